/** report/summary/table: the terminal view of `lexgap summary` — one row per country, one column per instrument. */
import { Chalk } from 'chalk';
import Table from 'cli-table3';
import type { CorpusSummary } from '../../model/summary.js';
import type { Formatter } from '../context.js';
import { cellLines, DISCLAIMER, LEGEND } from './text.js';

export const formatSummaryTable: Formatter<CorpusSummary> = (summary, ctx) => {
  const c = new Chalk({ level: ctx.color ? 1 : 0 });
  const paint = (score: number | null): ((s: string) => string) =>
    score === null ? c.dim : score >= 0.75 ? c.green : score >= 0.4 ? c.yellow : c.red;
  const out: string[] = [c.bold(`Coverage by country and instrument, as at ${summary.asAt}`), ''];
  if (summary.rows.length === 0 || summary.instruments.length === 0) {
    out.push(summary.rows.length === 0 ? 'No countries in the data.' : 'No instrument applies to any country.');
    return out.join('\n') + '\n';
  }
  const table = new Table({
    head: ['Country', ...summary.instruments.map((i) => i.shortTitle)],
    colWidths: [16, ...summary.instruments.map(() => 19)],
    wordWrap: true,
    style: { head: ctx.color ? ['bold'] : [], border: ctx.color ? ['grey'] : [] },
  });
  for (const row of summary.rows) {
    table.push([
      `${row.country.name} (${row.country.code})`,
      ...row.cells.map((cell) => {
        const text = cellLines(cell).join('\n');
        return cell.applies ? paint(cell.score)(text) : c.dim(text);
      }),
    ]);
  }
  out.push(table.toString(), c.dim(LEGEND), c.dim(DISCLAIMER));
  return out.join('\n') + '\n';
};
