/** analyze/in-force: which sections and laws apply on a given day. Dates compare as YYYY-MM-DD strings. */
import type { Country, Law, Section } from '../model/index.js';

/** The first day a law applies: its commencement, else its enactment, else unknown. */
export function lawStart(law: Law): string | undefined {
  return law.commenced ?? law.enacted;
}

export function lawInForce(law: Law, asAt: string): boolean {
  const start = lawStart(law);
  if (start !== undefined && asAt < start) return false;
  if (law.repealed === 'date-unknown') return false;
  return law.repealed === undefined || asAt < law.repealed;
}

/**
 * A section applies from its own in_force.from (else its law's start) to its in_force.to inclusive,
 * and never outside its law's life. Unknown start dates count as in force: the data says so in notes.
 */
export function sectionInForce(section: Section, law: Law | undefined, asAt: string): boolean {
  if (law && !lawInForce(law, asAt)) return false;
  const from = section.in_force?.from ?? (law ? lawStart(law) : undefined);
  if (from !== undefined && asAt < from) return false;
  const to = section.in_force?.to;
  return to === undefined || asAt <= to;
}

export function sectionsInForce(country: Country, asAt: string): Section[] {
  const laws = new Map(country.laws.map((l) => [l.id, l]));
  return country.sections.filter((s) => sectionInForce(s, laws.get(s.law), asAt));
}
