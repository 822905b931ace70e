/** report/coverage/table: the terminal view of `lexgap gap` — one table per instrument, then a summary line. */
import { Chalk } from 'chalk';
import type { CountryCoverage, Rating, TranslationDoc } from '../../model/index.js';
import type { Formatter } from '../context.js';
import { drawTable, wrap } from '../text-layout.js';
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

/** Column text widths: about 130 terminal columns in all. */
const WIDTHS = [28, 18, 22, 44];
const HEAD = ['Provision', 'Rating', 'National sections', 'Missing or narrower elements'];

export interface GapView {
  coverage: CountryCoverage;
  onlyGaps: boolean;
  /** Translations of titles and labels, for --lang (report/i18n/data-text). */
  translations?: readonly TranslationDoc[];
}

export const formatGapTable: Formatter<GapView> = ({ coverage, onlyGaps }, ctx) => {
  const c = new Chalk({ level: ctx.color ? 1 : 0 });
  const paint: Record<Rating, (s: string) => string> = {
    full: c.green,
    partial: c.yellow,
    none: c.red,
    reserved: c.cyan,
    optional: c.dim,
    'not-applicable': c.dim,
    'not-assessed': c.blue,
    'scope-test': c.dim,
  };
  const out: string[] = [
    c.bold(`${coverage.country.name} (${coverage.country.code}) — coverage as at ${coverage.asAt}`),
    ...wrap(lawsLine(coverage), 120).map((l) => c.dim(l)),
    '',
  ];
  if (coverage.instruments.length === 0) out.push('No instrument applies. Use -i to choose one.');
  for (const inst of coverage.instruments) {
    out.push(c.bold(`${inst.shortTitle} — ${inst.title}`), c.dim(`measured because: ${measuredBecause(inst, coverage.country.name)}`));
    const rows = inst.provisions.filter((p) => p.rating !== 'scope-test' && (!onlyGaps || isGap(p)));
    const cell = (text: string, width: number, paintWith?: (s: string) => string) => ({ lines: wrap(text, width), ...(paintWith ? { paint: paintWith } : {}) });
    const head = HEAD.map((h, i) => cell(h, WIDTHS[i]!, ctx.color ? c.bold : undefined));
    const body = rows.map((p) => [
      cell(`${p.number} ${p.title}`, WIDTHS[0]!),
      cell(ratingText(p), WIDTHS[1]!, paint[p.rating]),
      cell(sectionsText(p, coverage.mainLaw), WIDTHS[2]!),
      cell(gapsText(p) || '—', WIDTHS[3]!),
    ]);
    if (rows.length) out.push(...drawTable(head, body, c, WIDTHS));
    else out.push(onlyGaps ? 'No gaps.' : 'No rated provisions.');
    const t = inst.total.tally;
    out.push(`${c.bold('Summary')}: ${tallyText(t)} — score ${formatScore(t.score)} — ${verdictLine(inst)}`);
    const serious = seriousCrimeLine(inst);
    if (serious) out.push(serious);
    out.push('');
  }
  out.push(c.dim("Labels are lexgap's heuristic (docs/method.md), not a Council of Europe finding."));
  return out.join('\n') + '\n';
};
