/**
 * validate/rules/translation-rules: a translation names what it translates, is named for it, is the
 * only one of its kind per language, and every id it gives a title for exists. An unknown id is an
 * error, not a silent miss: a translated title that reaches no report is a translator's lost work.
 */
import { basename, dirname, extname } from 'node:path';
import type { SourceDocument, TranslationDoc } from '../../model/index.js';
import { didYouMean } from '../../shared/did-you-mean.js';
import type { Report, Rule } from './rule.js';

function unknownKeys(
  keys: Iterable<string>,
  known: readonly string[],
  report: Report,
  doc: SourceDocument,
  pointer: (key: string) => string,
  code:
    | 'ref/unknown-part'
    | 'ref/unknown-provision'
    | 'ref/unknown-concept'
    | 'ref/unknown-element'
    | 'ref/unknown-narrowing',
  what: string,
): void {
  for (const key of keys) {
    if (known.includes(key)) continue;
    const guess = didYouMean(key, known);
    report(doc, pointer(key), code, `unknown ${what} '${key}'`, {
      target: 'key',
      hint: guess ? `did you mean '${guess}'?` : `translate only the ${what}s the data defines`,
    });
  }
}

const esc = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');

export const translationsResolve: Rule = (ctx, report) => {
  const instruments = new Map(ctx.instruments.map(({ data }) => [data.id, data]));
  const seen = new Map<string, SourceDocument>();
  for (const { doc, data } of ctx.translations) {
    const key = `${data.lang}/${data.of}`;
    const first = seen.get(key);
    if (first)
      report(doc, '/of', 'id/duplicate', `a ${data.lang} translation of '${data.of}' is also in ${first.path}`);
    else seen.set(key, doc);
    checkFileName(doc, data, report);
    if (data.of === 'concepts') {
      if (!ctx.haveConcepts) continue;
      for (const [id, t] of Object.entries(data.concepts ?? {})) {
        const concept = ctx.conceptsById.get(id);
        if (!concept) {
          unknownKeys(
            [id],
            [...ctx.conceptsById.keys()],
            report,
            doc,
            (k) => `/concepts/${esc(k)}`,
            'ref/unknown-concept',
            'concept',
          );
          continue;
        }
        const at = (part: string) => (k: string) => `/concepts/${esc(id)}/${part}/${esc(k)}`;
        unknownKeys(
          Object.keys(t.elements ?? {}),
          concept.elements.map((e) => e.id),
          report,
          doc,
          at('elements'),
          'ref/unknown-element',
          `element of '${id}'`,
        );
        unknownKeys(
          Object.keys(t.narrowings ?? {}),
          (concept.narrowings ?? []).map((n) => n.id),
          report,
          doc,
          at('narrowings'),
          'ref/unknown-narrowing',
          `narrowing of '${id}'`,
        );
      }
      continue;
    }
    const instrument = instruments.get(data.of);
    if (!instrument) {
      const guess = didYouMean(data.of, [...instruments.keys(), 'concepts']);
      report(doc, '/of', 'ref/unknown-instrument', `'${data.of}' is neither an instrument id nor 'concepts'`, {
        hint: guess ? `did you mean '${guess}'?` : 'name the id of an instrument in frameworks/instruments/',
      });
      continue;
    }
    unknownKeys(
      Object.keys(data.parts ?? {}),
      (instrument.parts ?? []).map((p) => p.id),
      report,
      doc,
      (k) => `/parts/${esc(k)}`,
      'ref/unknown-part',
      'part',
    );
    unknownKeys(
      Object.keys(data.provisions ?? {}),
      instrument.provisions.map((p) => p.id),
      report,
      doc,
      (k) => `/provisions/${esc(k)}`,
      'ref/unknown-provision',
      'provision',
    );
  }
};

/** frameworks/translations/<lang>/<of>.yaml: the folder says the language, the name what is translated. */
function checkFileName(doc: SourceDocument, data: TranslationDoc, report: Report): void {
  const stem = basename(doc.path, extname(doc.path));
  const folder = basename(dirname(doc.path));
  if (stem !== data.of)
    report(
      doc,
      '/of',
      'id/file-name-mismatch',
      `translation of '${data.of}' does not match the file name '${basename(doc.path)}'`,
      {
        hint: `rename the file to ${data.of}.yaml, or change 'of'`,
      },
    );
  else if (folder !== data.lang && basename(dirname(dirname(doc.path))) === 'translations')
    report(doc, '/lang', 'id/file-name-mismatch', `a '${data.lang}' translation in the folder '${folder}/'`, {
      hint: `move it to translations/${data.lang}/, or change 'lang'`,
    });
}
