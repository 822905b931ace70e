/** shared/score-bands: the score thresholds of lexgap's label heuristic (docs/method.md), used for words and colours. */
export const SCORE_BANDS = { largely: 0.75, partly: 0.4 } as const;
