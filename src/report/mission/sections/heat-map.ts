/** report/mission/sections/heat-map: the Markdown heat map — a symbol table per concept group, with a legend. */
import type { HeatCell, HeatMap, HeatRow, ReportView } from '../../../model/report-view.js';
import { messages } from '../../i18n/index.js';
import type { Messages } from '../../i18n/index.js';
import { heatLabel } from '../../i18n/index.js';
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

export function groupedRows(map: HeatMap, m: Messages = messages()): { title: string; rows: HeatRow[] }[] {
  return HEAT_GROUPS.map((g) => ({
    title: m.group[g.group as keyof Messages['group']],
    rows: map.rows.filter((r) => r.group === g.group),
  })).filter((g) => g.rows.length > 0);
}

export function heatMapIntro(view: ReportView, m: Messages = messages()): string {
  return [
    `## ${m.heat.heading}`,
    '',
    m.heat.intro(m.count(view.heatMap.rows.length, 'concept'), m.count(view.heatMap.instruments.length, 'instrument')),
  ].join('\n');
}

function cellText(cell: HeatCell): string {
  const style = heatStyle(cell.rating);
  if (cell.rating === 'not-required') return style.symbol;
  return `${style.symbol} ${md(cell.provisions.join(', '))}${cell.reliesOnRecalled ? ' ⚠' : ''}`;
}

export function heatMapTables(map: HeatMap, m: Messages = messages()): string {
  const legend = mdTable(
    [m.heat.symbol, m.heat.rating, m.heat.meaning],
    HEAT_STYLES.map((s) => [s.symbol, heatLabel(m, s.rating), m.heat.meanings[s.rating]]),
  );
  const head = [m.heat.concept, ...map.instruments.map((i) => md(i.shortTitle))];
  const groups = groupedRows(map, m).map((g) =>
    [
      `### ${md(g.title)}`,
      '',
      mdTable(
        head,
        g.rows.map((r) => [md(r.title), ...r.cells.map(cellText)]),
      ),
    ].join('\n'),
  );
  return [m.heat.legendTitle, '', legend, '', groups.join('\n\n')].join('\n');
}
