/**
 * report/mission/sections/instrument: one instrument, chapter by chapter — what each provision
 * requires, the national provisions cited, the rating, what is missing and what to do about it.
 */
import type { InstrumentCoverage, ProvisionCoverage, Rating, SeriousCrimeFinding } from '../../../model/index.js';
import type { ReportInstrument } from '../../../model/report-view.js';
import { formatPercent, partHeadingText } from '../../i18n/index.js';
import type { Words } from '../../i18n/index.js';
import { md, mdUrl } from '../../markdown-escape.js';
import { measuredBecause, tallyText, verdictLine } from '../../text.js';
import {
  RECALLED_MARK,
  basisNote,
  mdTable,
  provisionName,
  ratingCell,
  recommendationCell,
  sectionLink,
  sectionsCell,
  shortfallCell,
} from '../words.js';

/** Provision ratings use the heat-map symbols where the meanings coincide. */
const RATING_SYMBOL: Record<Rating, string> = {
  full: '●',
  partial: '◐',
  none: '○',
  reserved: 'R',
  optional: '◇',
  'not-applicable': 'n/a',
  'not-assessed': '?',
  'scope-test': '§',
};

function provisionCell(w: Words, inst: InstrumentCoverage, p: ProvisionCoverage, kind: string): string {
  const label = provisionName(w, kind, p.number);
  const url = mdUrl(p.provenance.source.url);
  const name = url ? `[${label}](${url})` : label;
  const obligationWord = w.p.obligation[p.obligation] ?? p.obligation;
  const obligation = p.obligation === 'shall' || p.obligation === 'none' ? '' : ` (${obligationWord})`;
  const warning = p.provenance.reliesOnRecalled ? ` ${RECALLED_MARK} ${w.m.instrument.restsOnRecalled}` : '';
  return `${name} ${w.d.provision(inst.instrument, p.provision, p.title)}${obligation}${warning}`;
}

function row(w: Words, inst: InstrumentCoverage, p: ProvisionCoverage, kind: string): string[] {
  return [
    provisionCell(w, inst, p, kind),
    w.d.untranslated(p.summary),
    sectionsCell(w, p.sections),
    ratingCell(w, p, RATING_SYMBOL[p.rating]),
    shortfallCell(w, p, inst.shortTitle),
    recommendationCell(w, p, provisionName(w, kind, p.number)),
  ];
}

function penaltyText(w: Words, f: SeriousCrimeFinding): string {
  const p = f.section.penalty;
  if (!p) return '—';
  const x = w.p.penalty;
  const bits: string[] = [];
  if (p.life) bits.push(x.life);
  if (p.max_years !== undefined) bits.push(x.max(p.max_years));
  if (p.min_years !== undefined) bits.push(x.min(p.min_years));
  if (p.fine) bits.push(x.fine(w.d.name(p.fine)));
  return bits.join(w.p.semicolon) || '—';
}

/** Why an offence does or does not reach the threshold, from its penalty. */
export function seriousWhy(w: Words, f: SeriousCrimeFinding, threshold: number): string {
  const y = w.p.serious.why;
  const p = f.section.penalty;
  switch (f.qualifies) {
    case 'yes':
      return p?.life ? y.life : y.atLeast(p?.max_years ?? 0, threshold);
    case 'no':
      return y.below(p?.max_years ?? 0, threshold);
    case 'min-only-qualifies':
      return y.minQualifies(p?.min_years ?? 0, threshold);
    case 'min-only-undetermined':
      return y.minUndetermined(p?.min_years ?? 0, threshold);
    case 'no-penalty-stated':
      return y.noPenalty;
  }
}

function seriousCrimeTable(w: Words, inst: InstrumentCoverage, kind: string): string {
  const sc = inst.seriousCrime;
  if (!sc) return '';
  const x = w.p.serious;
  const rows = sc.findings.map((f) => [
    `${w.d.name(f.section.lawTitle)} ${sectionLink(w, f.section)}${f.section.basis === 'recalled' ? ` ${RECALLED_MARK}` : ''}`,
    w.d.name(f.section.title),
    penaltyText(w, f),
    x.qualifies[f.qualifies] ?? f.qualifies,
    seriousWhy(w, f, sc.thresholdYears),
  ]);
  const number = inst.provisions.find((p) => p.provision === sc.provision)?.number ?? sc.provision;
  return [
    `### ${x.heading(provisionName(w, kind, number))}`,
    '',
    x.intro(sc.thresholdYears),
    '',
    rows.length ? mdTable(x.columns, rows) : x.noOffence,
  ].join('\n');
}

export function instrumentSection(
  inst: InstrumentCoverage,
  facts: ReportInstrument,
  w: Words,
  country: string,
): string {
  const { m } = w;
  const t = m.instrument;
  const kind = facts.kind;
  const status = facts.status
    ? `${w.p.semicolon}${t.status}${m.colon} ${w.p.status[facts.status.status] ?? md(facts.status.status)} (${basisNote(w, facts.status.basis)})`
    : '';
  const title = w.d.instrumentTitle(inst.instrument, inst.title);
  const out: string[] = [
    `## ${t.heading(w.d.instrumentShort(inst.instrument, inst.shortTitle))}`,
    '',
    w.p.instrumentIntro(
      `${title}${facts.reference ? ` (${w.d.name(facts.reference)})` : ''}`,
      w.d.untranslated(facts.body),
      measuredBecause(inst, country, w),
      status,
    ),
    '',
    `**${t.overall}${m.colon}** ${tallyText(inst.total.tally, w)}${w.p.semicolon}${t.score} ${formatPercent(m, inst.total.tally.score)}${w.p.semicolon}${verdictLine(inst, w)}.`,
  ];
  const parts = new Map(facts.parts.map((p) => [p.id, p]));
  for (const chapter of inst.chapters) {
    const rows = inst.provisions.filter((p) => p.chapter === chapter.key);
    out.push(
      '',
      `### ${partHeadingText(w, inst.instrument, parts.get(chapter.key), chapter.label)}`,
      '',
      chapter.tally.counted === 0
        ? t.nothingCounts
        : `${tallyText(chapter.tally, w)}${w.p.semicolon}${t.score} ${formatPercent(m, chapter.tally.score)}.`,
      '',
      mdTable(
        t.columns,
        rows.map((p) => row(w, inst, p, kind)),
      ),
    );
  }
  const serious = seriousCrimeTable(w, inst, kind);
  if (serious) out.push('', serious);
  return out.join('\n');
}
