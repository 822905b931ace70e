/**
 * report/text-layout: terminal text layout shared by the formatters — display width, word wrap and
 * a boxed table. Drawn here rather than with cli-table3 for the large tables (gap, summary), which
 * it lays out at about 3 ms a row.
 */
import type { ChalkInstance } from 'chalk';
import { oneLine } from './terminal-text.js';

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

/** Greedy word wrap by display width; a word longer than the width is cut. Never returns no lines. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (let word of oneLine(text).split(/\s+/).filter(Boolean)) {
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

export interface TableCell {
  lines: string[];
  paint?: (s: string) => string;
}

/**
 * A boxed table. Each column is as wide as its widest line (at least `minWidths[i]`); wrap the
 * text before calling to bound the width. Rows are separated by rules, as cli-table3 draws them.
 */
export function drawTable(
  head: readonly TableCell[],
  body: readonly (readonly TableCell[])[],
  c: ChalkInstance,
  minWidths: readonly number[] = [],
): string[] {
  // A cell line is one line, whatever the data holds (a lone CR would otherwise break the box).
  const clean = (cells: readonly TableCell[]) => cells.map((cell) => ({ ...cell, lines: cell.lines.map(oneLine) }));
  head = clean(head);
  body = body.map(clean);
  const widths = head.map((_, i) =>
    Math.max(minWidths[i] ?? 0, ...[head, ...body].flatMap((r) => (r[i]?.lines ?? []).map(displayWidth))),
  );
  const border = (left: string, mid: string, right: string) =>
    c.gray(`${left}${widths.map((w) => '─'.repeat(w + 2)).join(mid)}${right}`);
  const bar = c.gray('│');
  const out: string[] = [];
  const drawRow = (cells: readonly TableCell[]) => {
    const height = Math.max(...cells.map((cell) => cell.lines.length));
    for (let l = 0; l < height; l++) {
      const parts = widths.map((w, i) => {
        const cell = cells[i];
        const text = cell?.lines[l] ?? '';
        return ` ${cell?.paint ? cell.paint(text) : text}${' '.repeat(w - displayWidth(text))} `;
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
  out.push(border('└', '┴', '┘'));
  return out;
}
