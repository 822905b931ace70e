/** report/text: small wording helpers shared by the coverage formats. */
import { en } from './i18n/en.js';
import { isGap } from '../shared/gap.js';
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

export function ratingText(p: ProvisionCoverage): string {
  let text = RATING_WORD[p.rating];
  if (p.arguable && !p.assessment) text += ' (arguable)';
  if (p.rating === 'partial' && !isGap(p)) text += ' (rest not assessed)';
  if (p.gapReservable) text += ' (reservable)';
  if (p.reservation?.conditional) text += ' (conditional reservation)';
  else if (p.reservation && p.rating !== 'reserved')
    text += p.reservation.under ? ` (reservation under ${p.reservation.under})` : ' (reservation made)';
  if (p.assessment && p.assessment.rating !== p.computedRating)
    text += ` [assessed; computed: ${RATING_WORD[p.computedRating]}]`;
  else if (p.assessment) text += ' [assessed]';
  return text;
}

/** "s. 14" or "Art. 14"; a declaration or a law relied on by its pinpoint. ⚠ where the evidence is recalled. */
export function sectionCite(s: SectionRef): string {
  const mark = s.basis === 'recalled' ? ' ⚠' : '';
  if (s.via) return `${s.number}${mark}`;
  return `${s.unit === 'article' ? 'Art.' : 's.'} ${s.number}${mark}`;
}

/**
 * The sections a finding rests on, grouped by law. The main law's go bare; every other law is named,
 * and a law relied on without being encoded says so with its basis.
 */
export function sectionsText(p: ProvisionCoverage, mainLaw?: string): string {
  if (p.sections.length === 0) return '—';
  const byLaw = new Map<string, { title: string; via?: string; basis: string; secs: string[] }>();
  for (const s of p.sections) {
    const g = byLaw.get(s.law) ?? { title: s.lawTitle, ...(s.via ? { via: s.via } : {}), basis: s.basis, secs: [] };
    g.secs.push(sectionCite(s));
    byLaw.set(s.law, g);
  }
  return [...byLaw]
    .map(([law, g]) => {
      if (g.via === 'relied-on') return `${g.title}, ${g.secs.join(', ')} (relied on, ${g.basis})`;
      if (g.via === 'declaration') return g.secs.join(', ');
      return law === mainLaw ? g.secs.join(', ') : `${g.title} ${g.secs.join(', ')}`;
    })
    .join('; ');
}

/**
 * Missing elements by label; narrower elements grouped by the reason they are narrower, since one
 * unpermitted condition (a defence, a threshold) usually narrows every element of the offence at once.
 */
export function gapsText(p: ProvisionCoverage): string {
  const label = (ref: string) => p.elements.find((e) => e.element === ref)?.label ?? ref;
  const parts: string[] = [];
  if (p.missing.length) parts.push(`missing: ${p.missing.map(label).join('; ')}`);
  for (const g of p.narrowedBy) {
    const which = g.elements.length > 3 ? `${g.elements.length} elements` : g.elements.map(label).join('; ');
    const secs = g.sections.join(', ');
    const why =
      g.kind === 'narrowing' ? `${g.detail}, not permitted` : g.kind === 'only' ? `only ${g.detail}` : g.detail;
    parts.push(`narrower (${which}): ${secs} — ${why}`);
  }
  if (p.notAssessed.length) parts.push(`not assessed (law not read): ${p.notAssessed.map(label).join('; ')}`);
  for (const a of p.alternatives) if (a.metInFull) parts.push(`either-or met by ${a.label}`);
  const arguable = p.elements.flatMap((e) => (e.counted ? e.qualifiers.filter((q) => q.kind === 'arguable') : []));
  if (arguable.length) parts.push(`arguable: ${[...new Set(arguable.map((q) => q.detail))].join('; ')}`);
  const reserved = p.elements.filter((e) => e.reserved && e.status !== 'met');
  if (reserved.length) parts.push(`reserved, not a gap: ${reserved.map((e) => e.label).join('; ')}`);
  return parts.join(' | ');
}

export function tallyText(t: Tally): string {
  const bits = [`${t.full} full`, `${t.partial} partial`, `${t.none} none`];
  if (t.reserved) bits.push(`${t.reserved} reserved`);
  if (t.optional) bits.push(`${t.optional} optional`);
  if (t.notApplicable) bits.push(`${t.notApplicable} not applicable`);
  if (t.notAssessed) bits.push(`${t.notAssessed} not assessed`);
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
export function lawsLine(coverage: CountryCoverage): string {
  const inForce = coverage.laws.filter((l) => l.inForce).map((l) => l.title);
  const notInForce = coverage.laws
    .filter((l) => !l.inForce)
    .map((l) => `${l.title}${l.commenced && l.commenced > coverage.asAt ? ` (commenced ${l.commenced})` : ''}`);
  const parts = [`Laws in force on ${coverage.asAt}: ${inForce.length ? inForce.join('; ') : 'none recorded'}`];
  if (notInForce.length) parts.push(`Not in force on that day: ${notInForce.join('; ')}`);
  return `${parts.join('. ')}.`;
}

/** Why the instrument is measured, with the status dates recorded: "a party (ratified 2022-07-06, in force 2022-11-01)". */
export function measuredBecause(inst: InstrumentCoverage): string {
  const d = inst.statusDates;
  const dates = d
    ? [d.signed && `signed ${d.signed}`, d.ratified && `ratified ${d.ratified}`, d.inForce && `in force ${d.inForce}`]
        .filter(Boolean)
        .join(', ')
    : '';
  return dates ? `${inst.appliesBecause} (${dates})` : inst.appliesBecause;
}

/** The overall label and the group labels, as one line. */
export function verdictLine(inst: InstrumentCoverage): string {
  return [inst.total.verdict, ...inst.groups.map((g) => g.verdict)].join('; ');
}

/** The UNTOC-style serious-crime findings in one line, or undefined for instruments without the test. */
export function seriousCrimeLine(inst: InstrumentCoverage): string | undefined {
  const sc = inst.seriousCrime;
  if (!sc) return undefined;
  const cite = (fs: typeof sc.findings) => fs.map((f) => `s. ${f.section.number}`).join(', ');
  const yes = sc.findings.filter((f) => f.qualifies === 'yes' || f.qualifies === 'min-only-qualifies');
  const open = sc.findings.filter(
    (f) => f.qualifies === 'min-only-undetermined' || f.qualifies === 'no-penalty-stated',
  );
  return (
    `Serious crime (max ≥ ${sc.thresholdYears} years): ${yes.length} of ${sc.findings.length} offence sections qualify` +
    (yes.length ? ` (${cite(yes)})` : '') +
    (open.length ? `; undetermined: ${cite(open)}` : '')
  );
}
