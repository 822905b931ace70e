/**
 * analyze/rules/survey-scope: "we did not read that law" is not "the law has nothing". An element that
 * nothing encoded meets is 'not-assessed' when its concept lies outside what the country file says its
 * laws were read for. A file that declares no scope keeps the old reading: everything counts as read.
 */
import type { Concept, Country } from '../../model/index.js';

export function conceptSurveyed(country: Country, concept: Concept, asAt: string): boolean {
  const scope = country.surveyed;
  if (!scope) return true;
  // The laws read were later repealed and their successors not read: nothing after that day is a finding.
  if (scope.until !== undefined && asAt > scope.until) return false;
  if (scope.except?.includes(concept.id)) return false;
  if (scope.concepts?.includes(concept.id)) return true;
  return concept.group !== 'meta' && (scope.groups as string[]).includes(concept.group);
}
