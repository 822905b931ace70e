/**
 * report/text: wording shared by the gap tables and the report — ratings, citations, shortfalls,
 * tallies, labels, why an instrument is measured — in the language of the Words given (English when
 * none is). The gap formats pass plain text through md() themselves, so these functions return
 * Markdown only when the Words carry a non-English DataText (which marks untranslated data).
 */
import { en } from './i18n/en.js';
import { formatDate, reportWords } from './i18n/index.js';
import type { Words } from './i18n/index.js';
import { isGap } from '../shared/gap.js';
import { verdictWord as verdictLabel } from '../shared/score-bands.js';
import type {
  CountryCoverage,
  InstrumentCoverage,
  ProvisionCoverage,
  Rating,
  SectionRef,
  Tally,
} from '../model/index.js';

/** The English rating words: the English catalogue's, so the two never drift apart. */
export const RATING_WORD: Record<Rating, string> = en.rating;

const ENGLISH = reportWords({}, [], 'plain');

export function ratingText(p: ProvisionCoverage, w: Words = ENGLISH): string {
  const c = w.p.cell;
  let text = w.m.rating[p.rating];
  if (p.arguable && !p.assessment) text += ` (${c.arguableTag})`;
  if (p.rating === 'partial' && !isGap(p)) text += ` (${c.restNotAssessed})`;
  if (p.gapReservable) text += ` (${c.reservable})`;
  if (p.reservation?.conditional) text += ` (${c.conditionalReservation})`;
  else if (p.reservation && p.rating !== 'reserved')
    text += ` (${p.reservation.under ? c.reservationUnder(p.reservation.under) : c.reservationMade})`;
  if (p.assessment && p.assessment.rating !== p.computedRating)
    text += ` [${w.p.gap.assessed}${w.p.semicolon}${w.p.gap.computed(w.m.rating[p.computedRating])}]`;
  else if (p.assessment) text += ` [${w.p.gap.assessed}]`;
  return text;
}

/** A national section's number as the law numbers it ("s. 14", "Art. 431-8"), kept on one line. */
export function sectionNumber(w: Words, unit: string | undefined, number: string): string {
  return unit === 'article' ? w.p.cite.article(number) : w.p.cite.section(number);
}

/** "s. 14" or "Art. 14"; a declaration or a law relied on by its pinpoint. ⚠ where the evidence is recalled. */
export function sectionCite(s: SectionRef, w: Words = ENGLISH): string {
  const mark = s.basis === 'recalled' ? ' ⚠' : '';
  if (s.via) return `${s.number}${mark}`;
  // Plain spaces: the gap tables wrap cells themselves.
  return `${sectionNumber(w, s.unit, s.number).replace('\u00a0', ' ')}${mark}`;
}

/** Why a group of elements is narrower, in the language of the Words: a penalty, a narrowing, or the encoder's words. */
export function narrowingDetail(w: Words, g: ProvisionCoverage['narrowedBy'][number]): string {
  if (g.kind === 'penalty' && g.penalty)
    return g.penalty.max === undefined
      ? w.p.penalty.noMaximum(g.penalty.floor)
      : w.p.penalty.belowFloor(g.penalty.max, g.penalty.floor);
  if (g.kind === 'narrowing' && g.narrowing) return w.d.narrowing(g.narrowing, g.detail);
  // 'only': the encoder's own words about what the section reaches.
  return w.d.untranslated(g.detail);
}

/**
 * The sections a finding rests on, grouped by law. The main law's go bare; every other law is named,
 * and a law relied on without being encoded says so with its basis.
 */
export function sectionsText(p: ProvisionCoverage, mainLaw?: string, w: Words = ENGLISH): string {
  if (p.sections.length === 0) return '—';
  return sectionsByLaw(p.sections)
    .map((secs) => {
      const first = secs[0]!;
      const cited = secs.map((s) => sectionCite(s, w)).join(w.p.comma);
      if (first.via === 'relied-on')
        return `${first.lawTitle}${w.p.comma}${cited} (${w.p.gap.reliedOn}${w.p.comma}${w.p.basis[first.basis]})`;
      if (first.via === 'declaration') return cited;
      return first.law === mainLaw ? cited : `${first.lawTitle} ${cited}`;
    })
    .join(w.p.semicolon);
}

/** Sections grouped by the law they belong to, laws and sections in the order first met. */
export function sectionsByLaw(sections: readonly SectionRef[]): SectionRef[][] {
  const byLaw = new Map<string, SectionRef[]>();
  for (const s of sections) byLaw.set(s.law, [...(byLaw.get(s.law) ?? []), s]);
  return [...byLaw.values()];
}

/**
 * Missing elements by label; narrower elements grouped by the reason they are narrower, since one
 * unpermitted condition (a defence, a threshold) usually narrows every element of the offence at once.
 */
export function gapsText(p: ProvisionCoverage, w: Words = ENGLISH): string {
  const g = w.p.gap;
  const label = (ref: string) => w.d.element(ref, p.elements.find((e) => e.element === ref)?.label ?? ref);
  const parts: string[] = [];
  if (p.missing.length) parts.push(g.gapMissing(p.missing.map(label).join(w.p.semicolon)));
  for (const n of p.narrowedBy) {
    const which =
      n.elements.length > 3 ? w.p.cell.nElements(n.elements.length) : n.elements.map(label).join(w.p.semicolon);
    const detail = narrowingDetail(w, n);
    const why = n.kind === 'narrowing' ? g.whyNarrowing(detail) : n.kind === 'only' ? g.whyOnly(detail) : detail;
    parts.push(g.gapNarrower(which, n.sections.join(w.p.comma), why));
  }
  if (p.notAssessed.length) parts.push(g.gapNotAssessed(p.notAssessed.map(label).join(w.p.semicolon)));
  for (const a of p.alternatives) if (a.metInFull) parts.push(g.gapEitherOr(w.d.untranslated(a.label)));
  const arguable = p.elements.flatMap((e) => (e.counted ? e.qualifiers.filter((q) => q.kind === 'arguable') : []));
  if (arguable.length)
    parts.push(
      g.gapArguable([...new Set(arguable.map((q) => q.detail))].map((d) => w.d.untranslated(d)).join(w.p.semicolon)),
    );
  const reserved = p.elements.filter((e) => e.reserved && e.status !== 'met');
  if (reserved.length)
    parts.push(g.gapReserved(reserved.map((e) => w.d.element(e.element, e.label)).join(w.p.semicolon)));
  return parts.join(' | ');
}

export function tallyText(t: Tally, w: Words = ENGLISH): string {
  const x = w.p.tally;
  const bits = [x.full(t.full), x.partial(t.partial), x.none(t.none)];
  if (t.reserved) bits.push(x.reserved(t.reserved));
  if (t.optional) bits.push(x.optional(t.optional));
  if (t.notApplicable) bits.push(x.notApplicable(t.notApplicable));
  if (t.notAssessed) bits.push(x.notAssessed(t.notAssessed));
  return bits.join(' · ');
}

export { isGap } from '../shared/gap.js';

/** A score as a percentage with one decimal, or an en dash when nothing counts. */
export function formatScore(score: number | null): string {
  return score === null ? '–' : `${(Math.round(score * 1000) / 10).toFixed(1)}%`;
}

/**
 * Which laws the ratings rest on: those in force on the day, and those not (yet, or any longer), so a
 * reader of an early --as-at sees why everything is "none".
 */
export function lawsLine(coverage: CountryCoverage, w: Words = ENGLISH): string {
  const g = w.p.gap;
  const inForce = coverage.laws.filter((l) => l.inForce).map((l) => l.title);
  const notInForce = coverage.laws
    .filter((l) => !l.inForce)
    .map(
      (l) =>
        `${l.title}${l.commenced && l.commenced > coverage.asAt ? ` (${g.commencedLater(formatDate(w.m, l.commenced))})` : ''}`,
    );
  const parts = [
    g.lawsInForce(formatDate(w.m, coverage.asAt), inForce.length ? inForce.join(w.p.semicolon) : g.noneRecorded),
  ];
  if (notInForce.length) parts.push(g.notInForce(notInForce.join(w.p.semicolon)));
  return `${parts.join('. ')}.`;
}

/** Why the instrument is measured: the country's status, "open to every state", or -i. */
export function measuredReason(inst: InstrumentCoverage, country: string, w: Words = ENGLISH): string {
  const x = w.p.measured;
  if (inst.measuredVia === 'requested') return x.requested;
  if (inst.measuredVia === 'every-state') return x.everyState;
  return x.status(country, inst.status ?? '');
}

/** The reason with the status dates recorded: "a party (ratified 2022-07-06, in force 2022-11-01)". */
export function measuredBecause(inst: InstrumentCoverage, country: string, w: Words = ENGLISH): string {
  const x = w.p.measured;
  const d = inst.statusDates;
  const dates = d
    ? [
        d.signed && x.signed(formatDate(w.m, d.signed)),
        d.ratified && x.ratified(formatDate(w.m, d.ratified)),
        d.inForce && x.inForce(formatDate(w.m, d.inForce)),
      ]
        .filter(Boolean)
        .join(w.p.comma)
    : '';
  const because = measuredReason(inst, country, w);
  return dates ? `${because} (${dates})` : because;
}

/** The overall label and the group labels, as one line. */
export function verdictLine(inst: InstrumentCoverage, w: Words = ENGLISH): string {
  const v = w.p.verdict;
  const word = (r: InstrumentCoverage['total']) => v.labels[verdictLabel(r.tally.score)] ?? '';
  return [
    v.line(v.scopes.overall ?? '', word(inst.total)),
    ...inst.groups.map((g) => v.line(v.scopes[g.key] ?? g.label, word(g))),
  ].join(w.p.semicolon);
}

/** The UNTOC-style serious-crime findings in one line, or undefined for instruments without the test. */
export function seriousCrimeLine(inst: InstrumentCoverage, w: Words = ENGLISH): string | undefined {
  const sc = inst.seriousCrime;
  if (!sc) return undefined;
  const cite = (fs: typeof sc.findings) => fs.map((f) => sectionCite(f.section, w)).join(w.p.comma);
  const yes = sc.findings.filter((f) => f.qualifies === 'yes' || f.qualifies === 'min-only-qualifies');
  const open = sc.findings.filter(
    (f) => f.qualifies === 'min-only-undetermined' || f.qualifies === 'no-penalty-stated',
  );
  return w.p.serious.line(sc.thresholdYears, yes.length, sc.findings.length, cite(yes), cite(open));
}
