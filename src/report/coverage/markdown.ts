/** report/coverage/markdown: `lexgap gap --format markdown` — the gap tables as GitHub-flavoured Markdown. */
import type { Formatter } from '../context.js';
import { md } from '../markdown-escape.js';
import {
  formatScore,
  gapsText,
  isGap,
  lawsLine,
  measuredBecause,
  ratingText,
  sectionsText,
  seriousCrimeLine,
  tallyText,
  verdictLine,
} from '../text.js';
import type { GapView } from './table.js';

export const formatGapMarkdown: Formatter<GapView> = ({ coverage, onlyGaps }) => {
  const out: string[] = [
    `# ${md(coverage.country.name)} (${md(coverage.country.code)}): coverage as at ${coverage.asAt}`,
    '',
    md(lawsLine(coverage)),
    '',
  ];
  for (const inst of coverage.instruments) {
    out.push(`## ${md(inst.shortTitle)}`, '', `${md(inst.title)}. Measured because: ${md(measuredBecause(inst))}.`, '');
    const rows = inst.provisions.filter((p) => p.rating !== 'scope-test' && (!onlyGaps || isGap(p)));
    if (rows.length === 0) out.push(onlyGaps ? 'No gaps.' : 'No rated provisions.', '');
    else {
      out.push('| Provision | Rating | National sections | Missing or narrower elements |', '| --- | --- | --- | --- |');
      for (const p of rows) out.push(`| ${md(`${p.number} ${p.title}`)} | ${md(ratingText(p))} | ${md(sectionsText(p, coverage.mainLaw))} | ${md(gapsText(p) || '—')} |`);
      out.push('');
    }
    out.push(`**Summary:** ${md(tallyText(inst.total.tally))}; score ${formatScore(inst.total.tally.score)}; ${md(verdictLine(inst))}.`, '');
    const serious = seriousCrimeLine(inst);
    if (serious) out.push(md(serious), '');
  }
  out.push("_Labels are lexgap's heuristic (see docs/method.md), not a Council of Europe finding._", '');
  return out.join('\n');
};
