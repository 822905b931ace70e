/** analyze/section-ref: how a national section is cited in evidence. */
import type { Country, Law, Section, SectionRef } from '../model/index.js';

export function sectionRef(
  country: Country,
  section: Section,
  law: Law | undefined,
  via?: SectionRef['via'],
): SectionRef {
  return {
    country: country.country.code,
    law: section.law,
    lawTitle: law?.title ?? section.law,
    number: section.number,
    title: section.title,
    summary: section.summary,
    pinpoint: section.source.pinpoint,
    url: section.source.url,
    basis: section.basis,
    ...(section.penalty ? { penalty: section.penalty } : {}),
    ...(via ? { via } : {}),
    ...(law?.unit === 'article' ? { unit: 'article' as const } : {}),
    ...(section.note ? { note: section.note } : {}),
  };
}

/**
 * The country's main law: the one most sections come from. Citations name every other law ("Copyright
 * Act s. 38"), so a reader never takes a section of another statute for one of the main Act.
 */
export function mainLaw(country: Country): string | undefined {
  const counts = new Map<string, number>();
  for (const s of country.sections) counts.set(s.law, (counts.get(s.law) ?? 0) + 1);
  let best: string | undefined;
  for (const [law, n] of counts) if (best === undefined || n > (counts.get(best) ?? 0)) best = law;
  return best;
}

/** "s. 14" for the main law, "Copyright Act s. 38" for another, "Penal Code, s. 393 (relied on)" for a law not encoded. */
export function citeSection(
  ref: Pick<SectionRef, 'law' | 'lawTitle' | 'number' | 'via' | 'unit'>,
  main: string | undefined,
): string {
  if (ref.via === 'relied-on') return `${ref.lawTitle}, ${ref.number} (relied on)`;
  if (ref.via === 'declaration') return ref.number;
  const own = `${ref.unit === 'article' ? 'Art.' : 's.'} ${ref.number}`;
  return ref.law === main ? own : `${ref.lawTitle} ${own}`;
}

export { compareSectionNumbers } from '../shared/compare.js';
