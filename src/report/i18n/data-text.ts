/**
 * report/i18n/data-text: data's words in the report's language. Titles and labels come from the
 * translation documents (frameworks/translations/<lang>/); English data with no translation is kept
 * and marked — emphasised, and in an isolate so it reads left to right inside Arabic — so a reader
 * knows which words lexgap could not give in their language. Every function returns escaped Markdown.
 *
 * Proper names and citations of national law (law titles, section titles) stay in the law's own
 * language and are not marked; in right-to-left text they are isolated so their punctuation and
 * numbers keep their order.
 */
import type { TranslationDoc, TranslationEntry } from '../../model/index.js';
import { md } from '../markdown-escape.js';

/** First strong isolate … pop directional isolate: invisible, and CommonMark-neutral inside emphasis. */
export const FSI = '\u2068';
export const PDI = '\u2069';

/**
 * Plain-text mode (the gap tables, which escape whole cells themselves) cannot mark with emphasis: it
 * brackets untranslated text with these private-use characters instead, and each format turns them
 * into its own mark (resolveMarks) after escaping.
 */
export const MARK_OPEN = '\ue000';
export const MARK_CLOSE = '\ue001';

/** Turns plain-mode marks into Markdown emphasis (after md()) or removes them (terminal text). */
export function resolveMarks(text: string, as: 'markdown' | 'none'): string {
  return text.replace(/\ue000([^\ue001]*)\ue001/g, (_, inner: string) =>
    as === 'markdown' ? `*${FSI}${inner}${PDI}*` : inner,
  );
}

export interface DataText {
  lang: string;
  /** English data lexgap could not translate: marked (emphasis around an isolate). */
  untranslated(text: string): string;
  /** A name or citation kept in its own language: isolated in right-to-left reports. */
  name(text: string): string;
  /** A country's name in this language (Intl's region names), else the data's name. */
  country(code: string, english: string): string;
  instrumentTitle(id: string, english: string): string;
  instrumentShort(id: string, english: string): string;
  part(instrument: string, part: string, english: string): string;
  provision(instrument: string, provision: string, english: string): string;
  concept(id: string, english: string): string;
  /** 'concept/element' */
  element(ref: string, english: string): string;
  /** 'concept/narrowing' */
  narrowing(ref: string, english: string): string;
}

const regionNames = (lang: string) => new Intl.DisplayNames([lang], { type: 'region', fallback: 'code' });

const titleOf = (e: TranslationEntry | undefined) => (typeof e === 'string' ? e : e?.title);

/** English: data as written — escaped for Markdown, or as is in plain mode; nothing to mark. */
function englishData(esc: (text: string) => string): DataText {
  return {
    lang: 'en',
    untranslated: esc,
    name: esc,
    country: (_code, english) => esc(english),
    instrumentTitle: (_id, english) => esc(english),
    instrumentShort: (_id, english) => esc(english),
    part: (_i, _p, english) => esc(english),
    provision: (_i, _p, english) => esc(english),
    concept: (_id, english) => esc(english),
    element: (_ref, english) => esc(english),
    narrowing: (_ref, english) => esc(english),
  };
}

export const englishText: DataText = englishData(md);
const plainEnglish: DataText = englishData((text) => text);

export function dataText(
  lang: string,
  translations: readonly TranslationDoc[],
  rtl: boolean,
  mode: 'markdown' | 'plain' = 'markdown',
): DataText {
  if (lang === 'en') return mode === 'markdown' ? englishText : plainEnglish;
  const esc = mode === 'markdown' ? md : (text: string) => text;
  const mine = translations.filter((t) => t.lang === lang);
  const byInstrument = new Map(mine.filter((t) => t.of !== 'concepts').map((t) => [t.of, t]));
  const concepts = new Map<string, NonNullable<TranslationDoc['concepts']>[string]>();
  for (const t of mine) for (const [id, c] of Object.entries(t.concepts ?? {})) concepts.set(id, c);
  const untranslated = (text: string): string => {
    const trimmed = text.trim();
    if (trimmed === '') return '';
    return mode === 'markdown' ? `*${FSI}${md(trimmed)}${PDI}*` : `${MARK_OPEN}${trimmed}${MARK_CLOSE}`;
  };
  const pick = (found: string | undefined, english: string) => (found ? esc(found) : untranslated(english));
  const split = (ref: string) => {
    const at = ref.indexOf('/');
    return [ref.slice(0, at), ref.slice(at + 1)] as const;
  };
  return {
    lang,
    untranslated,
    name: (text) => (rtl && text.trim() !== '' ? `${FSI}${esc(text)}${PDI}` : esc(text)),
    country: (code, english) => {
      // ICU's region names are fixed data shipped with Node, so the result is the same on every machine.
      const local = /^[A-Z]{2}$/.test(code) ? regionNames(lang).of(code) : undefined;
      return local && local !== code ? esc(local) : esc(english);
    },
    instrumentTitle: (id, english) => pick(byInstrument.get(id)?.title, english),
    // A translation with the official title but no short one: the official title serves, not English.
    instrumentShort: (id, english) => pick(byInstrument.get(id)?.short_title ?? byInstrument.get(id)?.title, english),
    part: (instrument, part, english) => pick(titleOf(byInstrument.get(instrument)?.parts?.[part]), english),
    provision: (instrument, provision, english) =>
      pick(titleOf(byInstrument.get(instrument)?.provisions?.[provision]), english),
    concept: (id, english) => pick(concepts.get(id)?.title, english),
    element: (ref, english) => {
      const [concept, element] = split(ref);
      return pick(concepts.get(concept)?.elements?.[element], english);
    },
    narrowing: (ref, english) => {
      const [concept, narrowing] = split(ref);
      return pick(concepts.get(concept)?.narrowings?.[narrowing], english);
    },
  };
}
