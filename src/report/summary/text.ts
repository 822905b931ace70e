/** report/summary/text: how one summary cell reads, shared by the table and Markdown formats. */
import type { SummaryCell } from '../../model/summary.js';
import { formatScore } from '../text.js';

/** What a cell shows when the instrument does not apply to the country: a dash, never a score. */
export const NOT_APPLICABLE = '—';

/** Provisions rated full · partial · none: the counts behind the score. */
export function countsText(cell: Extract<SummaryCell, { applies: true }>): string {
  const base = `${cell.tally.full} · ${cell.tally.partial} · ${cell.tally.none}`;
  return cell.tally.notAssessed ? `${base} · ?${cell.tally.notAssessed}` : base;
}

/** Score, label and counts, as separate lines (table) or joined (Markdown). */
export function cellLines(cell: SummaryCell): string[] {
  if (!cell.applies) return [NOT_APPLICABLE];
  return [formatScore(cell.score), cell.label, countsText(cell)];
}

export const LEGEND =
  "Each cell: score, lexgap's label, and provisions rated full · partial · none (· ?N not assessed: law not read). — the instrument does not apply.";
export const DISCLAIMER = "Labels are lexgap's heuristic (docs/method.md), not a Council of Europe finding.";
