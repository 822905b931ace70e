/** report/mission/sections/heat-map: the Markdown heat map — a symbol table per concept group, with a legend. */
import type { HeatCell, HeatMap, HeatRow, ReportView } from '../../../model/report-view.js';
import { md } from '../../markdown-escape.js';
import { HEAT_STYLES, heatStyle } from '../heat-legend.js';
import { mdTable } from '../words.js';

/** Groups in the order the summary and the key-gap rule use: offences first. */
export const HEAT_GROUPS: readonly { group: string; title: string }[] = [
  { group: 'substantive', title: 'Substantive criminal law' },
  { group: 'liability', title: 'Liability and sanctions' },
  { group: 'procedural', title: 'Procedural powers' },
  { group: 'jurisdiction', title: 'Jurisdiction' },
  { group: 'cooperation', title: 'International co-operation' },
];

export function groupedRows(map: HeatMap): { title: string; rows: HeatRow[] }[] {
  return HEAT_GROUPS.map((g) => ({ title: g.title, rows: map.rows.filter((r) => r.group === g.group) })).filter(
    (g) => g.rows.length > 0,
  );
}

export function heatMapIntro(view: ReportView): string {
  const n = view.heatMap.rows.length;
  return [
    '## Heat map',
    '',
    `${n} concepts (rows) required by at least one of the ${view.heatMap.instruments.length} instruments measured (columns). Each cell rates the law against the elements of that concept the instrument requires: full when every counted element is met, none when none is, partial in between (the full rule is in the Method section). Cells resting on recalled instrument or national data are marked ⚠.`,
  ].join('\n');
}

function cellText(cell: HeatCell): string {
  const style = heatStyle(cell.rating);
  if (cell.rating === 'not-required') return style.symbol;
  return `${style.symbol} ${md(cell.provisions.join(', '))}${cell.reliesOnRecalled ? ' ⚠' : ''}`;
}

export function heatMapTables(map: HeatMap): string {
  const legend = mdTable(
    ['Symbol', 'Rating', 'Meaning'],
    HEAT_STYLES.map((s) => [s.symbol, s.label, s.meaning]),
  );
  const head = ['Concept', ...map.instruments.map((i) => md(i.shortTitle))];
  const groups = groupedRows(map).map((g) =>
    [
      `### ${md(g.title)}`,
      '',
      mdTable(
        head,
        g.rows.map((r) => [md(r.title), ...r.cells.map(cellText)]),
      ),
    ].join('\n'),
  );
  return [
    'Legend (numbers in a cell are the provisions of the instrument that require the concept):',
    '',
    legend,
    '',
    groups.join('\n\n'),
  ].join('\n');
}
