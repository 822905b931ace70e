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

export { compareSectionNumbers } from '../shared/compare.js';
