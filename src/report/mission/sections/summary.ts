/** report/mission/sections/summary: per-instrument scores, the key gaps in plain words, serious-crime findings. */
import type { InstrumentCoverage, SeriousCrimeFinding } from '../../../model/index.js';
import type { KeyGap, ReportView } from '../../../model/report-view.js';
import { formatPercent, listText } from '../../i18n/index.js';
import type { Words } from '../../i18n/index.js';
import { measuredBecause, verdictLine } from '../../text.js';
import { labelList, mdTable, provisionName, sectionsCell } from '../words.js';

function scoreTable(view: ReportView, w: Words): string {
  const country = view.coverage.country.name;
  const rows = view.coverage.instruments.map((inst) => {
    const t = inst.total.tally;
    return [
      w.d.instrumentShort(inst.instrument, inst.shortTitle),
      measuredBecause(inst, w.d.country(view.coverage.country.code, country), w),
      String(t.full),
      String(t.partial),
      String(t.none),
      String(t.reserved),
      String(t.optional),
      String(t.notAssessed),
      formatPercent(w.m, t.score),
      verdictLine(inst, w),
    ];
  });
  return mdTable(w.m.summary.columns, rows);
}

/** "Budapest Convention Art. 9" in the report's language. */
export function provisionRef(
  w: Words,
  kindOf: (id: string) => string,
  instrument: string,
  shortTitle: string,
  number: string,
) {
  return `${w.d.instrumentShort(instrument, shortTitle)} ${provisionName(w, kindOf(instrument), number)}`;
}

function keyGapLine(w: Words, gap: KeyGap, kindOf: (id: string) => string, rank: number): string {
  const k = w.p.keyGap;
  const name = `${provisionRef(w, kindOf, gap.instrument, gap.shortTitle, gap.number)} ${w.d.provision(gap.instrument, gap.provision, gap.title)}`;
  const element = (refs: readonly string[], labels: readonly string[]) =>
    refs.map((r, i) => w.d.element(r, labels[i] ?? r));
  const shortfall = [
    gap.missing.length ? k.missing(labelList(w, element(gap.missingRefs, gap.missing), 4)) : '',
    gap.narrower.length ? k.narrowly(labelList(w, element(gap.narrowerRefs, gap.narrower), 4)) : '',
  ].filter(Boolean);
  const what =
    gap.rating === 'none'
      ? shortfall.length
        ? k.none(gap.narrower.length > 0, shortfall.join(w.p.semicolon))
        : k.noneByAssessor
      : shortfall.length
        ? k.partial(shortfall.join(w.p.semicolon))
        : k.partialByAssessor;
  const area = w.p.area[gap.group] ?? gap.group;
  const also = gap.also.length
    ? k.also(
        listText(
          w.m,
          gap.also.map((a) => provisionRef(w, kindOf, a.instrument, a.shortTitle, a.number)),
        ),
      )
    : '';
  const reservable = gap.gapReservable ? k.reservable : '';
  // The concept is named only when the provision's own title would not say it.
  const concepts =
    gap.concepts.length > 1
      ? `${w.m.colon} ${labelList(
          w,
          gap.conceptIds.map((id, i) => w.d.concept(id, gap.concepts[i] ?? id)),
        )}`
      : '';
  return `${rank}. **${name}** (${area}${concepts})${w.m.colon} ${what}.${also}${reservable}`;
}

/**
 * Serious-crime findings depend only on the threshold, so instruments sharing one are reported
 * together, as counts; each instrument's section lists every offence.
 */
function seriousCrimeLines(w: Words, view: ReportView, kindOf: (id: string) => string): string[] {
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
      return p
        ? provisionRef(w, kindOf, i.instrument, i.shortTitle, p.number)
        : w.d.instrumentShort(i.instrument, i.shortTitle);
    });
    return [
      w.p.serious.headline(listText(w.m, names), years, yes.length, sc.findings.length, no.length),
      open.length
        ? w.p.serious.open(
            open.length,
            sectionsCell(
              w,
              open.map((f) => f.section),
            ),
          )
        : '',
      w.p.serious.caveat,
    ].join('');
  });
}

export function summarySection(view: ReportView, w: Words): string {
  const { m } = w;
  const kinds = new Map(view.instruments.map((i) => [i.id, i.kind]));
  const kindOf = (id: string) => kinds.get(id) ?? '';
  const gaps = view.keyGaps.map((g, i) => keyGapLine(w, g, kindOf, i + 1));
  const serious = seriousCrimeLines(w, view, kindOf);
  const unmapped = view.country.unmapped.length;
  return [
    `## ${m.summary.heading}`,
    '',
    view.coverage.instruments.length ? scoreTable(view, w) : m.summary.noInstrument,
    '',
    m.summary.scoreNote,
    '',
    `### ${m.summary.keyGaps}`,
    '',
    gaps.length ? `${m.summary.keyGapsIntro}${unmapped ? w.p.keyGap.unmapped(unmapped) : ''}` : m.summary.noGaps,
    ...(gaps.length ? ['', ...gaps] : []),
    ...(serious.length ? ['', `### ${m.summary.seriousCrime}`, '', serious.join('\n\n')] : []),
  ].join('\n');
}
