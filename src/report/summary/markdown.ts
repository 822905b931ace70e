/** report/summary/markdown: `lexgap summary --format markdown` — the corpus table as GitHub-flavoured Markdown. */
import type { CorpusSummary } from '../../model/summary.js';
import type { Formatter } from '../context.js';
import { md } from '../markdown-escape.js';
import { cellLines, DISCLAIMER, LEGEND } from './text.js';

export const formatSummaryMarkdown: Formatter<CorpusSummary> = (summary) => {
  const out: string[] = [`# Coverage by country and instrument, as at ${summary.asAt}`, ''];
  if (summary.rows.length === 0 || summary.instruments.length === 0) {
    out.push(summary.rows.length === 0 ? 'No countries in the data.' : 'No instrument applies to any country.', '');
    return out.join('\n');
  }
  out.push(
    `| Country | ${summary.instruments.map((i) => md(i.shortTitle)).join(' | ')} |`,
    `| --- |${' --- |'.repeat(summary.instruments.length)}`,
  );
  for (const row of summary.rows) {
    const cells = row.cells.map((cell) => {
      const [score = '', label = '', counts = ''] = cellLines(cell);
      return cell.applies ? `${score} ${md(label)} (${counts})` : score;
    });
    out.push(`| ${md(`${row.country.name} (${row.country.code})`)} | ${cells.join(' | ')} |`);
  }
  out.push('', `_${md(LEGEND)}_`, '', `_${md(DISCLAIMER)}_`, '');
  return out.join('\n');
};
