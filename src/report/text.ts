/** report/text: small wording helpers shared by the coverage formats. */
import type {
  CountryCoverage,
  InstrumentCoverage,
  ProvisionCoverage,
  Rating,
  SectionRef,
  Tally,
} from '../model/index.js';

export const RATING_WORD: Record<Rating, string> = {
  full: 'full',
  partial: 'partial',
  none: 'none',
  reserved: 'reserved',
  optional: 'optional',
  'not-applicable': 'not applicable',
  'scope-test': 'scope test',
};

export function ratingText(p: ProvisionCoverage): string {
  let text = RATING_WORD[p.rating];
  if (p.gapReservable) text += ' (reservable)';
  if (p.reservation && p.rating !== 'reserved') text += ' (reservation made)';
  if (p.assessment && p.assessment.rating !== p.computedRating)
    text += ` [assessed; computed: ${RATING_WORD[p.computedRating]}]`;
  else if (p.assessment) text += ' [assessed]';
  return text;
}

export function sectionCite(s: SectionRef): string {
  return `s. ${s.number}`;
}

export function sectionsText(p: ProvisionCoverage): string {
  if (p.sections.length === 0) return '—';
  const byLaw = new Map<string, string[]>();
  for (const s of p.sections) byLaw.set(s.lawTitle, [...(byLaw.get(s.lawTitle) ?? []), sectionCite(s)]);
  return [...byLaw]
    .map(([law, secs]) => (byLaw.size === 1 && p.sections[0]?.law ? secs.join(', ') : `${law} ${secs.join(', ')}`))
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
    const secs = g.sections.map((n) => `s. ${n}`).join(', ');
    parts.push(`narrower (${which}): ${secs} — ${g.kind === 'narrowing' ? `${g.detail}, not permitted` : g.detail}`);
  }
  const reserved = p.elements.filter((e) => e.reserved && e.status !== 'met');
  if (reserved.length) parts.push(`reserved, not a gap: ${reserved.map((e) => e.label).join('; ')}`);
  return parts.join(' | ');
}

export function tallyText(t: Tally): string {
  const bits = [`${t.full} full`, `${t.partial} partial`, `${t.none} none`];
  if (t.reserved) bits.push(`${t.reserved} reserved`);
  if (t.optional) bits.push(`${t.optional} optional`);
  if (t.notApplicable) bits.push(`${t.notApplicable} not applicable`);
  return bits.join(' · ');
}

export function isGap(p: ProvisionCoverage): boolean {
  return p.rating === 'partial' || p.rating === 'none';
}

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
