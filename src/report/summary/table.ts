/**
 * report/summary/table: the terminal view of `lexgap summary` — one row per country, one column per
 * instrument, each cell three short lines. Drawn here rather than with cli-table3, which takes about
 * 3 ms a row: half a second for 200 countries, more than the analysis of them.
 */
import { Chalk } from 'chalk';
import type { CorpusSummary } from '../../model/summary.js';
import type { Formatter } from '../context.js';
import { cellLines, DISCLAIMER, LEGEND } from './text.js';

/** Wide enough for every label ('largely in place') and the counts. */
const CELL_WIDTH = 16;

/** Terminal columns a string takes: combining marks take none, East Asian wide characters two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    if (/\p{M}|\u200b|\u200c|\u200d|\ufeff/u.test(ch)) continue;
    width +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{1f300}-\u{1faff}\u{20000}-\u{3fffd}]/u.test(
        ch,
      )
        ? 2
        : 1;
  }
  return width;
}

/** Greedy word wrap; a word longer than the width is cut. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (let word of text.split(/\s+/).filter(Boolean)) {
    while (displayWidth(word) > width) {
      if (line) lines.push(line);
      line = '';
      const chars = [...word];
      let cut = 0;
      for (let w = 0; cut < chars.length && w + displayWidth(chars[cut]!) <= width; cut++)
        w += displayWidth(chars[cut]!);
      lines.push(chars.slice(0, cut).join(''));
      word = chars.slice(cut).join('');
    }
    if (!word) continue;
    if (line && displayWidth(line) + 1 + displayWidth(word) <= width) line += ` ${word}`;
    else {
      if (line) lines.push(line);
      line = word;
    }
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
}

export const formatSummaryTable: Formatter<CorpusSummary> = (summary, ctx) => {
  const c = new Chalk({ level: ctx.color ? 1 : 0 });
  const paint = (score: number | null): ((s: string) => string) =>
    score === null ? c.dim : score >= 0.75 ? c.green : score >= 0.4 ? c.yellow : c.red;
  const out: string[] = [c.bold(`Coverage by country and instrument, as at ${summary.asAt}`), ''];
  if (summary.rows.length === 0 || summary.instruments.length === 0) {
    out.push(summary.rows.length === 0 ? 'No countries in the data.' : 'No instrument applies to any country.');
    return out.join('\n') + '\n';
  }

  type Cell = { lines: string[]; paint: (s: string) => string };
  const head: Cell[] = [
    { lines: ['Country'], paint: c.bold },
    ...summary.instruments.map((i) => ({ lines: wrap(i.shortTitle, CELL_WIDTH), paint: c.bold })),
  ];
  const body: Cell[][] = summary.rows.map((row) => [
    { lines: [`${row.country.name} (${row.country.code})`], paint: (s: string) => s },
    ...row.cells.map((cell) => ({ lines: cellLines(cell), paint: cell.applies ? paint(cell.score) : c.dim })),
  ]);
  const widths = head.map((_, i) =>
    Math.max(...[head, ...body].flatMap((r) => r[i]!.lines.map(displayWidth)), i === 0 ? 0 : CELL_WIDTH),
  );
  const border = (left: string, mid: string, right: string) =>
    c.gray(`${left}${widths.map((w) => '─'.repeat(w + 2)).join(mid)}${right}`);
  const bar = c.gray('│');
  const drawRow = (cells: Cell[]) => {
    const height = Math.max(...cells.map((cell) => cell.lines.length));
    for (let l = 0; l < height; l++) {
      const parts = cells.map((cell, i) => {
        const text = cell.lines[l] ?? '';
        return ` ${cell.paint(text)}${' '.repeat(widths[i]! - displayWidth(text))} `;
      });
      out.push(`${bar}${parts.join(bar)}${bar}`);
    }
  };
  out.push(border('┌', '┬', '┐'));
  drawRow(head);
  for (const row of body) {
    out.push(border('├', '┼', '┤'));
    drawRow(row);
  }
  out.push(border('└', '┴', '┘'), c.dim(LEGEND), c.dim(DISCLAIMER));
  return out.join('\n') + '\n';
};
