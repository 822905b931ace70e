/** report/mission/sections/summary: per-instrument scores, the key gaps in plain words, serious-crime findings. */
import type { InstrumentCoverage, SeriousCrimeFinding } from '../../../model/index.js';
import type { KeyGap, ReportView } from '../../../model/report-view.js';
import { messages } from '../../i18n/index.js';
import type { Messages } from '../../i18n/index.js';
import { md } from '../../markdown-escape.js';
import { formatPercent } from '../../i18n/index.js';
import { measuredBecause, verdictLine } from '../../text.js';
import { labelList, listText, mdTable, provisionName, sectionsCell } from '../words.js';

const GROUP_WORD: Record<string, string> = {
  substantive: 'substantive criminal law',
  liability: 'liability and sanctions',
  procedural: 'procedural powers',
  jurisdiction: 'jurisdiction',
  cooperation: 'international co-operation',
};

function scoreTable(view: ReportView, m: Messages): string {
  const rows = view.coverage.instruments.map((inst) => {
    const t = inst.total.tally;
    return [
      md(inst.shortTitle),
      md(measuredBecause(inst)),
      String(t.full),
      String(t.partial),
      String(t.none),
      String(t.reserved),
      String(t.optional),
      String(t.notAssessed),
      formatPercent(m, t.score),
      md(verdictLine(inst)),
    ];
  });
  return mdTable(m.summary.columns, rows);
}

function keyGapLine(gap: KeyGap, kindOf: (id: string) => string, rank: number): string {
  const name = `${md(gap.shortTitle)} ${md(provisionName(kindOf(gap.instrument), gap.number))} ${md(gap.title)}`;
  const shortfall = [
    gap.missing.length ? `missing: ${md(labelList(gap.missing, 4))}` : '',
    gap.narrower.length ? `met only narrowly: ${md(labelList(gap.narrower, 4))}` : '',
  ].filter(Boolean);
  const what =
    gap.rating === 'none'
      ? shortfall.length
        ? `nothing in the law ${gap.narrower.length ? 'fully ' : ''}meets it (${shortfall.join('; ')})`
        : 'rated none by the assessor'
      : shortfall.length
        ? `partly met (${shortfall.join('; ')})`
        : 'rated partial by the assessor';
  const area = GROUP_WORD[gap.group] ?? gap.group;
  const also = gap.also.length
    ? ` The same concepts also fall short under ${listText(gap.also.map((a) => `${md(a.shortTitle)} ${md(provisionName(kindOf(a.instrument), a.number))}`))}.`
    : '';
  const reservable = gap.gapReservable ? ' A reservation the instrument allows could cover it.' : '';
  // The concept is named only when the provision's own title would not say it.
  const concepts = gap.concepts.length > 1 ? `: ${md(labelList(gap.concepts))}` : '';
  return `${rank}. **${name}** (${md(area)}${concepts}): ${what}.${also}${reservable}`;
}

/**
 * Serious-crime findings depend only on the threshold, so instruments sharing one are reported
 * together, as counts; each instrument's section lists every offence.
 */
function seriousCrimeLines(view: ReportView, kindOf: (id: string) => string): string[] {
  const byThreshold = new Map<number, InstrumentCoverage[]>();
  for (const inst of view.coverage.instruments)
    if (inst.seriousCrime)
      byThreshold.set(inst.seriousCrime.thresholdYears, [
        ...(byThreshold.get(inst.seriousCrime.thresholdYears) ?? []),
        inst,
      ]);
  return [...byThreshold].map(([years, insts]) => {
    const sc = insts[0]!.seriousCrime!;
    const count = (...kinds: SeriousCrimeFinding['qualifies'][]) =>
      sc.findings.filter((f) => kinds.includes(f.qualifies));
    const yes = count('yes', 'min-only-qualifies');
    const no = count('no');
    const open = count('min-only-undetermined', 'no-penalty-stated');
    const names = insts.map((i) => {
      const p = i.provisions.find((x) => x.provision === i.seriousCrime!.provision);
      return `${md(i.shortTitle)}${p ? ` ${md(provisionName(kindOf(i.instrument), p.number))}` : ''}`;
    });
    return [
      `**Serious crime (${listText(names)}: a maximum of at least ${years} years):** ${yes.length} of ${sc.findings.length} offence sections in force qualify and ${no.length} fall below.`,
      open.length
        ? ` For ${open.length} the data cannot tell (only a minimum, or no penalty, recorded): ${sectionsCell(open.map((f) => f.section))}.`
        : '',
      ' A qualifying offence is within the Convention only when it is also transnational and involves an organized criminal group, which lexgap does not assess. Each instrument section lists every offence.',
    ].join('');
  });
}

function unmappedNote(view: ReportView): string {
  const n = view.country.unmapped.length;
  return n === 0
    ? ''
    : ` ${n} section${n === 1 ? '' : 's'} in force ${n === 1 ? 'is' : 'are'} recorded without any element mapped (see Data provenance): ${n === 1 ? 'it' : 'they'} may meet some of these too.`;
}

export function summarySection(view: ReportView, m: Messages = messages()): string {
  const kinds = new Map(view.instruments.map((i) => [i.id, i.kind]));
  const kindOf = (id: string) => kinds.get(id) ?? '';
  const gaps = view.keyGaps.map((g, i) => keyGapLine(g, kindOf, i + 1));
  const serious = seriousCrimeLines(view, kindOf);
  return [
    `## ${m.summary.heading}`,
    '',
    view.coverage.instruments.length ? scoreTable(view, m) : m.summary.noInstrument,
    '',
    m.summary.scoreNote,
    '',
    `### ${m.summary.keyGaps}`,
    '',
    gaps.length ? `${m.summary.keyGapsIntro}${unmappedNote(view)}` : m.summary.noGaps,
    ...(gaps.length ? ['', ...gaps] : []),
    ...(serious.length ? ['', `### ${m.summary.seriousCrime}`, '', serious.join('\n\n')] : []),
  ].join('\n');
}
