/**
 * report/mission/sections/provenance: the basis of every fact the report uses — instrument
 * provisions, laws, sections, status records, reservations, translations — with counts, and ⚠ on
 * every row that rests on recalled data.
 */
import type { Basis, CountryCoverage } from '../../../model/index.js';
import type { BasisCount, ReportView } from '../../../model/report-view.js';
import type { Words } from '../../i18n/index.js';
import { formatDate } from '../../i18n/index.js';
import { md, mdLink } from '../../markdown-escape.js';
import { RECALLED_MARK, basisNote, basisCountText, mdTable, sectionLink } from '../words.js';

const warn = (recalled: boolean, text: string) => (recalled ? `${RECALLED_MARK} ${text}` : text);
const counts = (c: BasisCount) => [String(c.verified), String(c.secondary), String(c.recalled)];

/** Which translations gave this report its titles and labels, and on what basis; none in English. */
function translationLines(view: ReportView, w: Words): string[] {
  if (w.m.lang === 'en') return [];
  const x = w.p.provenance;
  const mine = view.translations.filter((t) => t.lang === w.m.lang);
  const short = new Map(view.instruments.map((i) => [i.id, i]));
  const rows = mine.map((t) => {
    const inst = short.get(t.of);
    const what = inst ? w.d.instrumentShort(inst.id, inst.shortTitle) : w.m.title.concepts;
    // Each title's own basis where it has one, else the file's: a secondary title among verified ones shows.
    const entries = [...Object.values(t.parts ?? {}), ...Object.values(t.provisions ?? {})];
    const bases = new Map<Basis, number>();
    for (const e of entries) {
      const basis = typeof e === 'string' ? t.basis : e.basis;
      if (basis) bases.set(basis, (bases.get(basis) ?? 0) + 1);
    }
    const basis =
      t.of === 'concepts' || bases.size === 0
        ? t.basis
          ? basisNote(w, t.basis)
          : '—'
        : (['verified', 'secondary', 'recalled'] as const)
            .filter((b) => bases.has(b))
            .map((b) => `${basisNote(w, b)} (${bases.get(b)})`)
            .join(w.p.comma);
    return [
      what,
      w.m.lang,
      String(t.of === 'concepts' ? Object.keys(t.concepts ?? {}).length : entries.length),
      t.source ? mdLink(t.source.pinpoint, t.source.url) : x.lexgapTerms,
      basis,
    ];
  });
  return [
    '',
    `### ${x.translations}`,
    '',
    x.translationsIntro,
    '',
    rows.length ? mdTable(x.translationColumns, rows) : x.noTranslation,
  ];
}

export function provenanceSection(view: ReportView, w: Words): string {
  const x = w.p.provenance;
  const { coverage, country } = view;
  const unversioned = w.m.title.unversioned;
  const sectionRow = (s: (typeof country.sections)[number]) => [
    warn(s.basis === 'recalled', w.d.name(s.lawTitle)),
    sectionLink(w, s),
    w.d.name(s.title),
    basisNote(w, s.basis),
  ];
  const out = [
    `## ${w.m.sections.provenance}`,
    '',
    x.intro(RECALLED_MARK),
    '',
    `### ${x.instruments}`,
    '',
    mdTable(
      x.instrumentColumns,
      view.instruments.map((i) => [
        warn(
          i.basis.recalled > 0,
          `${w.d.instrumentShort(i.id, i.shortTitle)} (${w.d.instrumentTitle(i.id, i.title)})`,
        ),
        md(i.dataVersion ?? unversioned),
        String(i.basis.verified + i.basis.secondary + i.basis.recalled),
        ...counts(i.basis),
        i.confidence ? w.d.untranslated(i.confidence) : '—',
      ]),
    ),
    '',
    `### ${x.byBasis}`,
    '',
    mdTable(
      x.byBasisColumns,
      view.instruments.flatMap((i) =>
        i.provisionsByBasis.map((g) => [
          warn(g.basis === 'recalled', w.d.instrumentShort(i.id, i.shortTitle)),
          basisNote(w, g.basis),
          g.provisions.map((p) => mdLink(p.number, p.source.url)).join(w.p.comma),
        ]),
      ),
    ),
    '',
    `### ${x.factsUsed(w.d.country(coverage.country.code, coverage.country.name))}`,
    '',
    mdTable(
      x.factsColumns,
      [
        [x.facts.laws, ...counts(country.counts.laws)],
        [x.facts.sections, ...counts(country.counts.sections)],
        [x.facts.statuses, ...counts(country.counts.statuses)],
        [x.facts.reservations, ...counts(country.counts.reservations)],
      ].map(([label, ...rest]) => [warn(rest[2] !== '0', label!), ...rest]),
    ),
    '',
    x.versions(
      md(country.dataVersion ?? unversioned),
      formatDate(w.m, coverage.asAt),
      coverage.sectionsInForce,
      coverage.sectionsNotInForce,
    ),
    '',
    `### ${x.laws}`,
    '',
    mdTable(
      x.lawColumns(formatDate(w.m, coverage.asAt)),
      coverage.laws.map((l) => {
        const from = l.commenced ? ` (${x.from(formatDate(w.m, l.commenced))})` : '';
        return [
          warn(l.basis === 'recalled', mdLink(l.title, l.url)),
          w.d.name(l.citation),
          lawDates(w, l),
          `${l.inForce ? x.yes : x.no}${from}`,
          basisNote(w, l.basis),
        ];
      }),
    ),
  ];
  if (country.statuses.length)
    out.push(
      '',
      `### ${x.statuses}`,
      '',
      mdTable(
        x.statusColumns,
        country.statuses.map((s) => [
          warn(s.basis === 'recalled', w.d.instrumentShort(s.instrument, s.shortTitle)),
          w.p.status[s.status] ?? md(s.status),
          mdLink(s.source.pinpoint, s.source.url),
          basisNote(w, s.basis),
        ]),
      ),
    );
  if (country.unmapped.length)
    out.push(
      '',
      `### ${x.unmapped}`,
      '',
      x.unmappedIntro(country.unmapped.length),
      '',
      mdTable(x.sectionColumns, country.unmapped.map(sectionRow)),
    );
  out.push(
    '',
    `### ${x.cited}`,
    '',
    `${basisCountText(w, country.counts.sections)}.`,
    '',
    country.sections.length ? mdTable(x.sectionColumns, country.sections.map(sectionRow)) : x.noneCited,
    ...translationLines(view, w),
  );
  return out.join('\n');
}

/**
 * What each date of a law is: enacted, assented, commenced — or "commencement not recorded", never an
 * enactment date passed off as commencement — and repealed, with or without a known date.
 */
export function lawDates(w: Words, l: CountryCoverage['laws'][number]): string {
  const x = w.p.lawDates;
  const parts: string[] = [];
  if (l.enacted) parts.push(x.enacted(formatDate(w.m, l.enacted)));
  if (l.assented) parts.push(x.assented(formatDate(w.m, l.assented)));
  parts.push(l.commenced ? x.commenced(formatDate(w.m, l.commenced)) : x.noCommencement);
  if (l.repealed)
    parts.push(l.repealed === 'date-unknown' ? x.repealedUndated : x.repealed(formatDate(w.m, l.repealed)));
  return parts.join(w.p.semicolon);
}
