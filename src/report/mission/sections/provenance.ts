/**
 * report/mission/sections/provenance: the basis of every fact the report uses — instrument
 * provisions, laws, sections, status records, reservations — with counts, and ⚠ on every row that
 * rests on recalled data.
 */
import type { CountryCoverage } from '../../../model/index.js';
import type { BasisCount, ReportView } from '../../../model/report-view.js';
import { messages } from '../../i18n/index.js';
import type { Messages } from '../../i18n/index.js';
import { md, mdLink } from '../../markdown-escape.js';
import { RECALLED_MARK, basisNote, basisCountText, mdTable, sectionLink } from '../words.js';

const warn = (recalled: boolean, text: string) => (recalled ? `${RECALLED_MARK} ${text}` : text);
const counts = (c: BasisCount) => [String(c.verified), String(c.secondary), String(c.recalled)];

export function provenanceSection(view: ReportView, m: Messages = messages()): string {
  const { coverage, country } = view;
  const out = [
    `## ${m.sections.provenance}`,
    '',
    `Every fact in lexgap's data carries a basis: **verified** (read in the official text), **secondary** (taken from a secondary source) or **recalled** (from memory, not checked against a source). Rows that rest on recalled data are marked ${RECALLED_MARK}, here and in the tables above; treat them as leads to check, not as the law.`,
    '',
    '### Instruments',
    '',
    mdTable(
      ['Instrument', 'Data version', 'Provisions rated', 'Verified', 'Secondary', 'Recalled', 'Encoder’s note'],
      view.instruments.map((i) => [
        warn(i.basis.recalled > 0, `${md(i.shortTitle)} (${md(i.title)})`),
        md(i.dataVersion ?? 'unversioned'),
        String(i.basis.verified + i.basis.secondary + i.basis.recalled),
        ...counts(i.basis),
        md(i.confidence ?? '—'),
      ]),
    ),
    '',
    '### Instrument provisions by basis',
    '',
    mdTable(
      ['Instrument', 'Basis', 'Provisions'],
      view.instruments.flatMap((i) =>
        i.provisionsByBasis.map((g) => [
          warn(g.basis === 'recalled', md(i.shortTitle)),
          basisNote(g.basis),
          g.provisions.map((p) => mdLink(p.number, p.source.url)).join(', '),
        ]),
      ),
    ),
    '',
    `### ${md(coverage.country.name)}: facts used`,
    '',
    mdTable(
      ['Facts', 'Verified', 'Secondary', 'Recalled'],
      [
        ['Laws', ...counts(country.counts.laws)],
        ['Sections cited', ...counts(country.counts.sections)],
        ['Status under an instrument', ...counts(country.counts.statuses)],
        ['Reservations and declarations', ...counts(country.counts.reservations)],
      ].map(([label, ...rest]) => [warn(rest[2] !== '0', label!), ...rest]),
    ),
    '',
    `Country data version: ${md(country.dataVersion ?? 'unversioned')}. Sections in force on ${md(coverage.asAt)}: ${coverage.sectionsInForce}; recorded but not in force: ${coverage.sectionsNotInForce}.`,
    '',
    '### Laws',
    '',
    mdTable(
      ['Law', 'Citation', 'Dates', `In force on ${md(coverage.asAt)}`, 'Basis'],
      coverage.laws.map((l) => [
        warn(l.basis === 'recalled', mdLink(l.title, l.url)),
        md(l.citation),
        md(lawDates(l)),
        l.inForce
          ? `yes${l.commenced ? ` (from ${md(l.commenced)})` : ''}`
          : `no${l.commenced ? ` (from ${md(l.commenced)})` : ''}`,
        basisNote(l.basis),
      ]),
    ),
  ];
  if (country.statuses.length)
    out.push(
      '',
      '### Status under each instrument',
      '',
      mdTable(
        ['Instrument', 'Status', 'Source', 'Basis'],
        country.statuses.map((s) => [
          warn(s.basis === 'recalled', md(s.shortTitle)),
          md(s.status),
          mdLink(s.source.pinpoint, s.source.url),
          basisNote(s.basis),
        ]),
      ),
    );
  if (country.unmapped.length)
    out.push(
      '',
      '### Sections in force but mapped to nothing',
      '',
      `${country.unmapped.length} section${country.unmapped.length === 1 ? ' is' : 's are'} in the data and in force but mapped to no element: either the data records only the section's heading, or the section does something no measured instrument requires (a national offence with no treaty counterpart, an administrative rule). Where only the heading was read, a gap in this report may be met by the section; read it before relying on the gap.`,
      '',
      mdTable(
        ['Law', 'Section', 'Title', 'Basis'],
        country.unmapped.map((s) => [
          warn(s.basis === 'recalled', md(s.lawTitle)),
          sectionLink(s),
          md(s.title),
          basisNote(s.basis),
        ]),
      ),
    );
  out.push(
    '',
    '### Sections cited',
    '',
    `${basisCountText(country.counts.sections)}.`,
    '',
    country.sections.length
      ? mdTable(
          ['Law', 'Section', 'Title', 'Basis'],
          country.sections.map((s) => [
            warn(s.basis === 'recalled', md(s.lawTitle)),
            sectionLink(s),
            md(s.title),
            basisNote(s.basis),
          ]),
        )
      : 'No section is cited.',
  );
  return out.join('\n');
}

/**
 * What each date of a law is: enacted, assented, commenced — or "commencement not recorded", never an
 * enactment date passed off as commencement — and repealed, with or without a known date.
 */
export function lawDates(l: CountryCoverage['laws'][number]): string {
  const parts: string[] = [];
  if (l.enacted) parts.push(`enacted ${l.enacted}`);
  if (l.assented) parts.push(`assented ${l.assented}`);
  parts.push(l.commenced ? `commenced ${l.commenced}` : 'commencement not recorded');
  if (l.repealed) parts.push(l.repealed === 'date-unknown' ? 'repealed (date not recorded)' : `repealed ${l.repealed}`);
  return parts.join('; ');
}
