/**
 * report/mission/sections/instrument: one instrument, chapter by chapter — what each provision
 * requires, the national provisions cited, the rating, what is missing and what to do about it.
 */
import type { InstrumentCoverage, ProvisionCoverage, Rating, SeriousCrimeFinding } from '../../../model/index.js';
import type { ReportInstrument } from '../../../model/report-view.js';
import { messages } from '../../i18n/index.js';
import type { Messages } from '../../i18n/index.js';
import { formatPercent } from '../../i18n/index.js';
import { md, mdLink } from '../../markdown-escape.js';
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

function provisionCell(p: ProvisionCoverage, kind: string, m: Messages): string {
  const name = mdLink(`${provisionName(kind, p.number)}`, p.provenance.source.url);
  const obligation = p.obligation === 'shall' || p.obligation === 'none' ? '' : ` (${md(p.obligation)})`;
  const warning = p.provenance.reliesOnRecalled ? ` ${RECALLED_MARK} ${m.instrument.restsOnRecalled}` : '';
  return `${name} ${md(p.title)}${obligation}${warning}`;
}

function row(p: ProvisionCoverage, kind: string, m: Messages): string[] {
  return [
    provisionCell(p, kind, m),
    md(p.summary),
    sectionsCell(p.sections),
    ratingCell(p, RATING_SYMBOL[p.rating], m),
    shortfallCell(p),
    recommendationCell(p, provisionName(kind, p.number)),
  ];
}

function penaltyText(f: SeriousCrimeFinding): string {
  const p = f.section.penalty;
  if (!p) return '—';
  const bits: string[] = [];
  if (p.life) bits.push('life');
  if (p.max_years !== undefined) bits.push(`max ${p.max_years} years`);
  if (p.min_years !== undefined) bits.push(`min ${p.min_years} years`);
  if (p.fine) bits.push(`fine: ${p.fine}`);
  return md(bits.join('; ') || '—');
}

const QUALIFIES_WORD: Record<SeriousCrimeFinding['qualifies'], string> = {
  yes: 'yes',
  no: 'no',
  'min-only-qualifies': 'yes (from the minimum)',
  'min-only-undetermined': 'cannot be told',
  'no-penalty-stated': 'cannot be told',
};

function seriousCrimeTable(inst: InstrumentCoverage, kind: string): string {
  const sc = inst.seriousCrime;
  if (!sc) return '';
  const rows = sc.findings.map((f) => [
    `${md(f.section.lawTitle)} ${sectionLink(f.section)}${f.section.basis === 'recalled' ? ` ${RECALLED_MARK}` : ''}`,
    md(f.section.title),
    penaltyText(f),
    QUALIFIES_WORD[f.qualifies],
    md(f.explanation),
  ]);
  return [
    `### Serious-crime test (${md(provisionName(kind, inst.provisions.find((p) => p.provision === sc.provision)?.number ?? sc.provision))})`,
    '',
    `Each offence section in force, tested against a maximum of at least ${sc.thresholdYears} years.`,
    '',
    rows.length
      ? mdTable(['National provision', 'Title', 'Penalty', 'Serious crime', 'Why'], rows)
      : 'No offence section is in force.',
  ].join('\n');
}

export function instrumentSection(inst: InstrumentCoverage, facts: ReportInstrument, m: Messages = messages()): string {
  const t = m.instrument;
  const kind = facts.kind;
  const status = facts.status
    ? `; ${t.status}${m.colon} ${md(facts.status.status)} (${basisNote(facts.status.basis)})`
    : '';
  const out: string[] = [
    `## ${t.heading(md(inst.shortTitle))}`,
    '',
    `${md(inst.title)}${facts.reference ? ` (${md(facts.reference)})` : ''}, ${md(facts.body)}. ${t.measuredBecause}${m.colon} ${md(measuredBecause(inst))}${status}.`,
    '',
    `**${t.overall}${m.colon}** ${md(tallyText(inst.total.tally))}; ${t.score} ${formatPercent(m, inst.total.tally.score)}; ${md(verdictLine(inst))}.`,
  ];
  const head = t.columns;
  for (const chapter of inst.chapters) {
    const rows = inst.provisions.filter((p) => p.chapter === chapter.key);
    out.push(
      '',
      `### ${md(chapter.label)}`,
      '',
      chapter.tally.counted === 0
        ? t.nothingCounts
        : `${md(tallyText(chapter.tally))}; ${t.score} ${formatPercent(m, chapter.tally.score)}.`,
      '',
      mdTable(
        head,
        rows.map((p) => row(p, kind, m)),
      ),
    );
  }
  const serious = seriousCrimeTable(inst, kind);
  if (serious) out.push('', serious);
  return out.join('\n');
}
