/** shared/did-you-mean: the closest known word to a misspelt one, for hints. Any module may import shared/. */

function distance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = prev[j]!;
      prev[j] = Math.min(above + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = above;
    }
  }
  return prev[b.length]!;
}

/** The candidate within a third of the word's length in edits, or undefined. Ties go to the first. */
export function didYouMean(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.ceil(word.length / 3)) + 1;
  for (const c of candidates) {
    const d = distance(word, c);
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

/** A hint for an unknown id: the closest known one, or the list of known ones. */
export function didYouMeanHint(word: string, candidates: Iterable<string>): string {
  const all = [...candidates];
  const guess = didYouMean(word, all);
  return guess ? `did you mean '${guess}'?` : `known: ${all.join(', ')}`;
}
