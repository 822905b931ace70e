/**
 * report/coverage/markdown: `lexgap gap --format markdown` — the gap tables as GitHub-flavoured
 * Markdown, in the language of --lang. Cells are worded in plain text and escaped whole; English data
 * with no translation is then marked in italics, as in the report.
 */
import type { Formatter } from '../context.js';
import { md } from '../markdown-escape.js';
import { reportWords } from '../i18n/index.js';
import { resolveMarks } from '../i18n/data-text.js';
import { formatDate, formatPercent } from '../i18n/index.js';
import {
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

export const formatGapMarkdown: Formatter<GapView> = ({ coverage, onlyGaps, translations }, ctx) => {
  const w = reportWords(ctx, translations ?? [], 'plain');
  const g = w.p.gap;
  const esc = (text: string) => resolveMarks(md(text), 'markdown');
  const country = w.d.country(coverage.country.code, coverage.country.name);
  const out: string[] = [
    `# ${esc(g.heading(country, coverage.country.code, formatDate(w.m, coverage.asAt)))}`,
    '',
    esc(lawsLine(coverage, w)),
    '',
  ];
  for (const inst of coverage.instruments) {
    out.push(
      `## ${esc(w.d.instrumentShort(inst.instrument, inst.shortTitle))}`,
      '',
      esc(g.measuredBecause(w.d.instrumentTitle(inst.instrument, inst.title), measuredBecause(inst, country, w))),
      '',
    );
    const rows = inst.provisions.filter((p) => p.rating !== 'scope-test' && (!onlyGaps || isGap(p)));
    if (rows.length === 0) out.push(onlyGaps ? g.noGaps : g.noRows, '');
    else {
      out.push(`| ${g.columns.join(' | ')} |`, `| ${g.columns.map(() => '---').join(' | ')} |`);
      for (const p of rows)
        out.push(
          `| ${esc(`${p.number} ${w.d.provision(inst.instrument, p.provision, p.title)}`)} | ${esc(ratingText(p, w))} | ${esc(sectionsText(p, coverage.mainLaw, w))} | ${esc(gapsText(p, w) || '—')} |`,
        );
      out.push('');
    }
    out.push(
      g.summary(
        esc(tallyText(inst.total.tally, w)),
        formatPercent(w.m, inst.total.tally.score),
        esc(verdictLine(inst, w)),
      ),
      '',
    );
    const serious = seriousCrimeLine(inst, w);
    if (serious) out.push(esc(serious), '');
  }
  out.push(`*${g.footer}*`, '');
  return out.join('\n');
};
