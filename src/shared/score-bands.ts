/** shared/score-bands: the score thresholds of lexgap's label heuristic (docs/method.md), used for words and colours. */
export const SCORE_BANDS = { largely: 0.75, partly: 0.4 } as const;

/** The label band of a score: lexgap's heuristic wording, never a finding of any body. */
export function verdictWord(score: number | null): string {
  if (score === null) return 'not assessed';
  if (score >= 1) return 'in place';
  if (score >= SCORE_BANDS.largely) return 'largely in place';
  if (score >= SCORE_BANDS.partly) return 'partly in place';
  if (score > 0) return 'largely missing';
  return 'not in place';
}

/**
 * What a label is said of, in English: the JSON's `verdict` strings ("substantive law partly in place")
 * and the English report catalogue both word a verdict with these.
 */
export const VERDICT_SCOPES: Readonly<Record<string, string>> = {
  overall: 'overall',
  substantive: 'substantive law',
  liability: 'liability and sanctions',
  procedural: 'procedural powers',
  jurisdiction: 'jurisdiction',
  cooperation: 'international co-operation',
};
