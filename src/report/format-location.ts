/** report/format-location: the one way a position is printed: file:line:col, 1-based. */
import type { Diagnostic } from '../model/index.js';

export function formatLocation(d: Pick<Diagnostic, 'file' | 'range'>): string {
  return `${d.file}:${d.range.start.line}:${d.range.start.col}`;
}
