/**
 * analyze/serious-crime: the UNTOC Art. 2(b) scope test — does each offence carry a maximum of at
 * least the threshold? A section that states only a minimum is handled explicitly: a minimum at or
 * above the threshold implies the maximum reaches it; a lower minimum leaves the question open.
 */
import { implementedElement } from '../shared/implementation.js';
import type { Corpus, Country, Section, SeriousCrimeFinding } from '../model/index.js';
import { sectionRef } from './section-ref.js';
import { compareSections } from '../shared/compare.js';

export function isOffenceSection(section: Section, corpus: Corpus): boolean {
  if (section.penalty?.max_years !== undefined || section.penalty?.min_years !== undefined || section.penalty?.life)
    return true;
  return section.implements.some(
    (e) => corpus.conceptsById.get(implementedElement(e).split('/')[0] ?? '')?.group === 'substantive',
  );
}

export function seriousCrimeFinding(section: Section, country: Country, threshold: number): SeriousCrimeFinding {
  const law = country.laws.find((l) => l.id === section.law);
  const ref = sectionRef(country, section, law);
  const p = section.penalty;
  if (p?.life) return { section: ref, qualifies: 'yes', explanation: 'life imprisonment is available' };
  if (p?.max_years !== undefined) {
    return p.max_years >= threshold
      ? { section: ref, qualifies: 'yes', explanation: `maximum ${p.max_years} years ≥ ${threshold}` }
      : { section: ref, qualifies: 'no', explanation: `maximum ${p.max_years} years < ${threshold}` };
  }
  if (p?.min_years !== undefined) {
    return p.min_years >= threshold
      ? {
          section: ref,
          qualifies: 'min-only-qualifies',
          explanation: `only a minimum of ${p.min_years} years is stated; the maximum is at least that, so ≥ ${threshold}`,
        }
      : {
          section: ref,
          qualifies: 'min-only-undetermined',
          explanation: `only a minimum of ${p.min_years} years is stated and no maximum: whether it reaches ${threshold} years cannot be told from the text`,
        };
  }
  return {
    section: ref,
    qualifies: 'no-penalty-stated',
    explanation: 'no term of imprisonment recorded for this section',
  };
}

export function seriousCrimeFindings(
  sections: readonly Section[],
  country: Country,
  corpus: Corpus,
  threshold: number,
): SeriousCrimeFinding[] {
  return sections
    .filter((s) => isOffenceSection(s, corpus))
    .sort(compareSections)
    .map((s) => seriousCrimeFinding(s, country, threshold));
}
