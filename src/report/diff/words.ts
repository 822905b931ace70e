/** report/diff/words: how the diff formats name sides, moves and sections. */
import type { CoverageDiff, DiffSide, ProvisionChange } from '../../model/diff.js';
import type { SectionRef } from '../../model/index.js';
import { RATING_WORD } from '../text.js';

export function sideName(side: DiffSide): string {
  return `${side.country.name} (${side.country.code}) as at ${side.asAt}`;
}

export function diffTitle(diff: CoverageDiff): string {
  return `${sideName(diff.from)} → ${sideName(diff.to)}`;
}

const ARROW: Record<ProvisionChange['move'], string> = { up: '↑', down: '↓', changed: '↔' };

export function moveText(c: ProvisionChange): string {
  return `${RATING_WORD[c.from]} → ${RATING_WORD[c.to]} ${ARROW[c.move]}`;
}

/** Sections by law; with two countries the law is prefixed by its country's code. */
export function sectionList(sections: readonly SectionRef[], withCountry: boolean): string {
  if (sections.length === 0) return '—';
  const byLaw = new Map<string, string[]>();
  for (const s of sections) {
    const key = withCountry ? `${s.country} ${s.lawTitle}` : s.lawTitle;
    byLaw.set(key, [...(byLaw.get(key) ?? []), `s. ${s.number}`]);
  }
  return [...byLaw].map(([law, secs]) => `${law} ${secs.join(', ')}`).join('; ');
}

/** "now met (6): a; b; c; and 3 more" — at most three labels in a cell; the JSON output has them all. */
function labelled(what: string, labels: readonly string[]): string {
  if (labels.length <= 3) return `${what}: ${labels.join('; ')}`;
  return `${what} (${labels.length}): ${labels.slice(0, 3).join('; ')}; and ${labels.length - 3} more`;
}

export function elementsText(c: ProvisionChange): string {
  const parts: string[] = [];
  if (c.elementsGained.length) parts.push(labelled('now met', c.elementsGained));
  if (c.elementsLost.length) parts.push(labelled('no longer met', c.elementsLost));
  return parts.join(' | ') || '—';
}

export function changeCount(diff: CoverageDiff): number {
  return diff.instruments.reduce((n, i) => n + i.changes.length, 0);
}
