/** validate/rules/identity: ids are unique where they must be, and files are named for their id. */
import { basename, extname } from 'node:path';
import type { SourceDocument } from '../../model/index.js';
import type { Report, Rule } from './rule.js';

/** Reports the second and later occurrences of each key. */
function uniqueBy<T>(
  items: readonly T[],
  keyOf: (item: T) => string,
  report: Report,
  doc: SourceDocument,
  pointerOf: (i: number) => string,
  what: string,
): void {
  const first = new Map<string, number>();
  items.forEach((item, i) => {
    const key = keyOf(item);
    const at = first.get(key);
    if (at === undefined) {
      first.set(key, i);
      return;
    }
    const line = doc.locate(pointerOf(at)).start.line;
    report(doc, pointerOf(i), 'id/duplicate', `duplicate ${what} '${key}' (first defined on line ${line})`);
  });
}

export const idsAreUnique: Rule = (ctx, report) => {
  for (const { doc, data } of ctx.concepts) {
    uniqueBy(
      data.concepts,
      (c) => c.id,
      report,
      doc,
      (i) => `/concepts/${i}/id`,
      'concept id',
    );
    // A concept defined again in another file replaces the earlier definition (a --data folder
    // refining the bundled taxonomy): only duplicates within one file are errors.
    data.concepts.forEach((c, i) => {
      const members = [...c.elements.map((e) => e.id), ...(c.narrowings ?? []).map((n) => n.id)];
      uniqueBy(
        members,
        (m) => m,
        report,
        doc,
        (j) =>
          j < c.elements.length
            ? `/concepts/${i}/elements/${j}/id`
            : `/concepts/${i}/narrowings/${j - c.elements.length}/id`,
        `element or narrowing id in '${c.id}'`,
      );
    });
  }
  const instrumentOwners = new Map<string, SourceDocument>();
  for (const { doc, data } of ctx.instruments) {
    const owner = instrumentOwners.get(data.id);
    if (owner) report(doc, '/id', 'id/duplicate', `instrument '${data.id}' is also defined in ${owner.path}`);
    else instrumentOwners.set(data.id, doc);
    uniqueBy(
      data.parts,
      (p) => p.id,
      report,
      doc,
      (i) => `/parts/${i}/id`,
      'part id',
    );
    uniqueBy(
      data.provisions,
      (p) => p.id,
      report,
      doc,
      (i) => `/provisions/${i}/id`,
      'provision id',
    );
  }
  const countryOwners = new Map<string, SourceDocument>();
  for (const { doc, data } of ctx.countries) {
    const owner = countryOwners.get(data.country.code);
    if (owner)
      report(doc, '/country/code', 'id/duplicate', `country '${data.country.code}' is also defined in ${owner.path}`);
    else countryOwners.set(data.country.code, doc);
    uniqueBy(
      data.laws,
      (l) => l.id,
      report,
      doc,
      (i) => `/laws/${i}/id`,
      'law id',
    );
    uniqueBy(
      data.assessments ?? [],
      (a) => `${a.instrument}/${a.provision}`,
      report,
      doc,
      (i) => `/assessments/${i}/provision`,
      'assessment of',
    );
    uniqueBy(
      data.status,
      (s) => s.instrument,
      report,
      doc,
      (i) => `/status/${i}/instrument`,
      'status entry for instrument',
    );
    uniqueBy(
      data.sections,
      (s) => `${s.law} s. ${s.number}${s.in_force?.from ? ` from ${s.in_force.from}` : ''}`,
      report,
      doc,
      (i) => `/sections/${i}/number`,
      'section',
    );
  }
};

function stem(path: string): string {
  return basename(path, extname(path));
}

export const fileNamesMatchIds: Rule = (ctx, report) => {
  for (const { doc, data } of ctx.instruments) {
    if (stem(doc.path) !== data.id) {
      report(
        doc,
        '/id',
        'id/file-name-mismatch',
        `instrument id '${data.id}' does not match the file name '${basename(doc.path)}'`,
        {
          hint: `rename the file to ${data.id}.yaml, or change the id`,
        },
      );
    }
  }
  for (const { doc, data } of ctx.countries) {
    if (stem(doc.path) !== data.country.code.toLowerCase()) {
      report(
        doc,
        '/country/code',
        'id/file-name-mismatch',
        `country code '${data.country.code}' does not match the file name '${basename(doc.path)}'`,
        {
          hint: `rename the file to ${data.country.code.toLowerCase()}.yaml, or change the code`,
        },
      );
    }
  }
};
