/**
 * report/summary/table: the terminal view of `lexgap summary` — one row per country, one column per
 * instrument, each cell three short lines (report/text-layout draws the box).
 */
import { Chalk } from 'chalk';
import type { CorpusSummary } from '../../model/summary.js';
import type { Formatter } from '../context.js';
import { drawTable, wrap } from '../text-layout.js';
import type { TableCell } from '../text-layout.js';
import { cellLines, DISCLAIMER, LEGEND } from './text.js';
import { SCORE_BANDS } from '../../shared/score-bands.js';

/** Wide enough for every label ('largely in place') and the counts. */
const CELL_WIDTH = 16;
/** A terminal is rarely wider: more instruments than fit are shown in further tables, the countries repeated. */
const MAX_WIDTH = 120;

export const formatSummaryTable: Formatter<CorpusSummary> = (summary, ctx) => {
  const c = new Chalk({ level: ctx.color ? 1 : 0 });
  const paint = (score: number | null): ((s: string) => string) =>
    score === null ? c.dim : score >= SCORE_BANDS.largely ? c.green : score >= SCORE_BANDS.partly ? c.yellow : c.red;
  const out: string[] = [c.bold(`Coverage by country and instrument, as at ${summary.asAt}`), ''];
  if (summary.rows.length === 0 || summary.instruments.length === 0) {
    out.push(summary.rows.length === 0 ? 'No countries in the data.' : 'No instrument applies to any country.');
    return out.join('\n') + '\n';
  }

  const countryWidth = Math.max(7, ...summary.rows.map((r) => `${r.country.name} (${r.country.code})`.length));
  const perTable = Math.max(1, Math.floor((MAX_WIDTH - countryWidth - 4) / (CELL_WIDTH + 3)));
  for (let first = 0; first < summary.instruments.length; first += perTable) {
    const columns = summary.instruments.slice(first, first + perTable);
    const head: TableCell[] = [
      { lines: ['Country'], paint: c.bold },
      ...columns.map((i) => ({ lines: wrap(i.shortTitle, CELL_WIDTH), paint: c.bold })),
    ];
    const body: TableCell[][] = summary.rows.map((row) => [
      { lines: [`${row.country.name} (${row.country.code})`] },
      ...row.cells
        .slice(first, first + perTable)
        .map((cell) => ({ lines: cellLines(cell), paint: cell.applies ? paint(cell.score) : c.dim })),
    ]);
    if (first > 0) out.push('');
    out.push(...drawTable(head, body, c, [0, ...columns.map(() => CELL_WIDTH)]));
  }
  out.push(...wrap(LEGEND, MAX_WIDTH).map((l) => c.dim(l)), c.dim(DISCLAIMER));
  return out.join('\n') + '\n';
};
