/**
 * analyze/country-context: what every provision's rating reads from one country on one day — the
 * sections in force, the laws relied on, the places an offence may sit in, and how to cite them —
 * built once per analysis.
 */
import type { Country, InstrumentStatus, Law, Section, SectionRef, CitedSection } from '../model/index.js';
import { sectionsInForce } from './in-force.js';
import type { Place } from './rules/one-offence-one-place.js';
import { buildPlaces } from './rules/one-offence-one-place.js';
import { relianceAsLaw, reliancesInForce } from './rules/relied-on.js';
import { citeSection, mainLaw, sectionRef } from './section-ref.js';

export interface CountryContext {
  /** Sections in force. */
  inForce: Section[];
  /** Sections in force and laws relied on: the evidence for concepts met by several sections together. */
  evidence: Section[];
  /** Each piece of evidence with the sections it works with: the places an offence may sit in. */
  places: Place[];
  ref: (s: Section) => SectionRef;
  cite: (law: string, number: string) => string;
  /** What a citation is made of, for a report to cite in its own words. */
  citeRef: (law: string, number: string) => CitedSection;
  status: (instrument: string) => InstrumentStatus | undefined;
}

export function countryContext(country: Country, asAt: string): CountryContext {
  const inForce = sectionsInForce(country, asAt);
  const relied = reliancesInForce(country, asAt);
  const evidence = [...inForce, ...relied];
  const laws = new Map<string, Law>(country.laws.map((l) => [l.id, l]));
  const reliedIds = new Set<string>();
  for (const r of country.relies_on ?? []) {
    laws.set(r.id, relianceAsLaw(r));
    reliedIds.add(r.id);
  }
  const main = mainLaw(country);
  const ref = (s: Section) => sectionRef(country, s, laws.get(s.law), reliedIds.has(s.law) ? 'relied-on' : undefined);
  const citeRef = (law: string, number: string): CitedSection => ({
    law,
    lawTitle: laws.get(law)?.title ?? law,
    number,
    ...(reliedIds.has(law) ? { via: 'relied-on' as const } : {}),
    ...(laws.get(law)?.unit === 'article' ? { unit: 'article' as const } : {}),
    ...(law === main ? { main: true } : {}),
  });
  const cite = (law: string, number: string) => citeSection(citeRef(law, number), main);
  return {
    inForce,
    evidence,
    places: buildPlaces(evidence),
    ref,
    cite,
    citeRef,
    status: (id) => country.status.find((s) => s.instrument === id),
  };
}
