/** shared/compare: orderings that do not depend on the machine's locale, so output is the same everywhere. */

/** Code-point order of two strings. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// One collator for every comparison: localeCompare with options builds a new one per call.
const NATURAL = new Intl.Collator('en', { numeric: true });

/** Natural order of section numbers: 2 < 10 < 10(2) < 10A (fixed 'en' collation, numeric). */
export function compareSectionNumbers(a: string, b: string): number {
  return NATURAL.compare(a, b);
}

/** Sections by law id, then by natural section number. */
export function compareSections(a: { law: string; number: string }, b: { law: string; number: string }): number {
  return compareText(a.law, b.law) || compareSectionNumbers(a.number, b.number);
}
