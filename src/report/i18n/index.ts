/**
 * report/i18n: the report's own words per language. Every word lexgap writes in a report comes from
 * one catalogue (en, fr, ar); data keeps its own language unless the data carries a translation.
 * Plurals go through Intl.PluralRules and numbers through Intl.NumberFormat, with fixed locales, so
 * output is the same on every machine.
 */
import type { HeatRating } from '../../model/report-view.js';
import type { RenderContext } from '../context.js';
import { en } from './en.js';
import { InternalError } from '../../errors.js';
import type { Messages } from './types.js';
import type { Prose } from './en-prose.js';
import { dataText } from './data-text.js';
import { md } from '../markdown-escape.js';
import type { DataText } from './data-text.js';
import type { TranslationDoc } from '../../model/index.js';

export type { Messages } from './types.js';
export type { Prose } from './en-prose.js';
export type { DataText } from './data-text.js';
export const LANGS = ['en', 'fr', 'ar'] as const;
export type Lang = (typeof LANGS)[number];

/**
 * English is always here; French and Arabic are loaded when a command asks for them (loadLanguage,
 * called by the CLI before rendering), so the common English run does not pay for two catalogues.
 */
const CATALOGUES: Partial<Record<Lang, Messages>> = { en };
const LOADERS: Record<Exclude<Lang, 'en'>, () => Promise<Messages>> = {
  fr: async () => (await import('./fr.js')).fr,
  ar: async () => (await import('./ar.js')).ar,
};

export async function loadLanguage(lang: string = 'en'): Promise<void> {
  if (lang === 'en' || CATALOGUES[lang as Lang]) return;
  const load = LOADERS[lang as Exclude<Lang, 'en'>];
  if (load) CATALOGUES[lang as Lang] = await load();
}

export function messages(ctx: Pick<RenderContext, 'lang'> = {}): Messages {
  const lang = (ctx.lang ?? 'en') as Lang;
  const m = CATALOGUES[lang];
  if (m) return m;
  // --lang is checked against LANGS by the CLI, and emit loads it: reaching here is a bug.
  throw new InternalError(`the '${lang}' catalogue was not loaded before rendering`);
}

/** A score as a percentage with one decimal, in the language's number format, or an en dash. */
export function formatPercent(m: Messages, score: number | null): string {
  if (score === null) return '–';
  return new Intl.NumberFormat(m.locale, {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
    numberingSystem: 'latn',
  }).format(Math.round(score * 1000) / 1000);
}

/**
 * A calendar date (YYYY-MM-DD) as the language writes it: ISO in English, where reports have always
 * used it and assessors compare dates; "1er novembre 2026" in French; «1 نوفمبر 2026» in Arabic, with
 * Western digits as elsewhere. UTC, so the day never shifts with the machine's time zone.
 */
export function formatDate(m: Messages, iso: string): string {
  if (m.lang === 'en' || !/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  const text = new Intl.DateTimeFormat(`${m.locale}-u-nu-latn`, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${iso}T00:00:00Z`));
  // French writes the first of the month as an ordinal.
  return m.lang === 'fr' ? text.replace(/^1 /, '1er ') : text;
}

/** The word for a heat-map rating. */
export function heatLabel(m: Messages, rating: HeatRating): string {
  return rating === 'not-required' ? m.heat.notRequired : m.rating[rating];
}

/** What a report section words things with: the catalogue, its prose, and data in this language. */
export interface Words {
  m: Messages;
  p: Prose;
  d: DataText;
}

export function reportWords(
  ctx: Pick<RenderContext, 'lang'> = {},
  translations: readonly TranslationDoc[] = [],
  mode: 'markdown' | 'plain' = 'markdown',
): Words {
  const m = messages(ctx);
  return { m, p: m.prose, d: dataText(m.lang, translations, m.dir === 'rtl', mode) };
}

/** A list joined as the language joins one: "a, b and c", « a, b et c », «أ وب وج». */
export function listText(m: Messages, items: readonly string[]): string {
  // British English, as the rest of the report: no serial comma ("a, b and c").
  const locale = m.lang === 'en' ? 'en-GB' : m.locale;
  return new Intl.ListFormat(locale, { type: 'conjunction', style: 'long' }).format(items);
}

/**
 * A part's heading in the report's language: its label's words ("Chapter II") from the catalogue and
 * its title from the translation; a label with a word the catalogue lacks stays English, marked.
 */
export function partHeadingText(
  w: Words,
  instrument: string,
  part: { id: string; label: string; title?: string } | undefined,
  fallback: string,
): string {
  if (!part) return w.d.untranslated(fallback);
  const words = part.label.split(/(\s+|,)/);
  const known =
    w.m.lang === 'en' ||
    words.every((x) => /^[\s,]*$/.test(x) || /^[IVXLC0-9]+$/.test(x) || /^\d/.test(x) || x in w.m.partWords);
  const label = known ? words.map((x) => w.m.partWords[x] ?? x).join('') : undefined;
  const title = part.title ? w.d.part(instrument, part.id, part.title) : '';
  if (!label) return w.d.untranslated(part.title ? `${part.label} – ${part.title}` : part.label);
  // The label is in the report's language now (or English, in English): escaped, never isolated.
  return title ? `${md(label)} – ${title}` : md(label);
}
