/** report/framework/compare: the crosswalk as a table, Markdown, JSON or CSV. */
import Table from 'cli-table3';
import { oneLine } from '../terminal-text.js';
import type { Crosswalk, CrosswalkCell } from '../../model/index.js';
import type { Formatter } from '../context.js';
import { csvRows } from '../csv.js';
import { md } from '../markdown-escape.js';

const shortEl = (ref: string) => ref.split('/')[1] ?? ref;

function cellText(cell: CrosswalkCell, first: boolean): string {
  if (cell.provisions.length === 0) return '—';
  const where = cell.provisions.map((p) => p.number).join(', ');
  const choice = cell.choice.length ? ` [either-or: ${cell.choice.map(shortEl).join(' | ')}]` : '';
  if (first) return where + (cell.optional.length ? ` [may: ${cell.optional.map(shortEl).join(', ')}]` : '') + choice;
  const diff = [
    cell.extra.length ? `+${cell.extra.map(shortEl).join(', +')}` : '',
    cell.lacking.length ? `−${cell.lacking.map(shortEl).join(', −')}` : '',
  ]
    .filter(Boolean)
    .join('; ');
  const optional = cell.optional.length ? ` [may: ${cell.optional.map(shortEl).join(', ')}]` : '';
  return `${where} · ${cell.relation}${diff && cell.relation !== 'only-in' ? ` (${diff})` : ''}${optional}${choice}`;
}

/** One line per instrument: the concepts only it requires, then the extra limbs it requires of shared ones. */
function uniqueLines(cw: Crosswalk): string[] {
  return cw.unique.map((u) => {
    const name = cw.instruments.find((i) => i.id === u.instrument)?.shortTitle ?? u.instrument;
    const parts: string[] = [];
    if (u.concepts.length) parts.push(`Only it requires: ${u.concepts.map((c) => c.title).join('; ')}`);
    if (u.elements.length)
      parts.push(
        `It also requires: ${u.elements.map((g) => `${g.title} — ${g.elements.map((e) => e.label).join(', ')}`).join('; ')}`,
      );
    return `${name}: ${parts.length ? parts.join('. ') : 'nothing the others do not also require'}`;
  });
}

export const formatCompareTable: Formatter<Crosswalk> = (cw, ctx) => {
  const table = new Table({
    head: ['concept', ...cw.instruments.map((i) => i.shortTitle)],
    wordWrap: true,
    colWidths: [28, ...cw.instruments.map(() => Math.max(22, Math.floor(92 / cw.instruments.length)))],
    style: { head: ctx.color ? ['bold'] : [], border: ctx.color ? ['grey'] : [] },
  });
  for (const row of cw.rows)
    table.push([`${oneLine(row.title)}\n(${oneLine(row.group)})`, ...row.cells.map((c, i) => cellText(c, i === 0))]);
  return [
    `Crosswalk: ${cw.instruments.map((i) => i.shortTitle).join(' × ')} — relations are to ${cw.instruments[0]?.shortTitle ?? 'the first'}`,
    table.toString(),
    '',
    'What each requires that the others do not:',
    ...uniqueLines(cw).map((l) => `  ${l}`),
    '',
  ].join('\n');
};

export const formatCompareMarkdown: Formatter<Crosswalk> = (cw) => {
  const head = ['Concept', ...cw.instruments.map((i) => md(i.shortTitle))];
  return [
    `# Crosswalk: ${cw.instruments.map((i) => md(i.shortTitle)).join(' × ')}`,
    '',
    `Each cell: the provisions requiring the concept, and how their required elements relate to ${md(cw.instruments[0]?.shortTitle ?? 'the first instrument')} (equal, subset, superset, intersects, disjoint; only-in: the first does not require the concept; + elements it adds, − elements it lacks).`,
    '',
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...cw.rows.map(
      (r) => `| ${md(r.title)} (${r.group}) | ${r.cells.map((c, i) => md(cellText(c, i === 0))).join(' | ')} |`,
    ),
    '',
    '## What each instrument requires that the others do not',
    '',
    ...uniqueLines(cw).map((l) => `- ${md(l)}`),
    '',
  ].join('\n');
};

export const formatCompareJson: Formatter<Crosswalk> = (cw, ctx) =>
  JSON.stringify({ ...cw, tool: { name: 'lexgap', version: ctx.toolVersion } }, null, 2) + '\n';

export const formatCompareCsv: Formatter<Crosswalk> = (cw) =>
  csvRows([
    ['concept', 'group', 'instrument', 'provisions', 'relation', 'elements', 'optional', 'choice', 'extra', 'lacking'],
    ...cw.rows.flatMap((r) =>
      r.cells.map((c) => [
        r.concept,
        r.group,
        c.instrument,
        c.provisions.map((p) => p.number).join('; '),
        c.relation,
        c.elements.join('; '),
        c.optional.join('; '),
        c.choice.join('; '),
        c.extra.join('; '),
        c.lacking.join('; '),
      ]),
    ),
  ]);

export const compareFormatters = {
  table: formatCompareTable,
  markdown: formatCompareMarkdown,
  json: formatCompareJson,
  csv: formatCompareCsv,
} satisfies Record<string, Formatter<Crosswalk>>;
export type CompareFormat = keyof typeof compareFormatters;
