/** analyze/section-ref: how a national section is cited in evidence. */
import type { Country, Law, Section, SectionRef } from '../model/index.js';

export function sectionRef(country: Country, section: Section, law: Law | undefined): SectionRef {
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
  };
}

/** Natural order of section numbers: 2 < 10 < 10(2) < 10A. */
export function compareSectionNumbers(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}
