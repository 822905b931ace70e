/** report/mission/sections/heat-map: the Markdown heat map — a symbol table per concept group, with a legend. */
import type { HeatCell, HeatMap, HeatRow, ReportView } from '../../../model/report-view.js';
import type { Messages, Words } from '../../i18n/index.js';
import { heatLabel } from '../../i18n/index.js';
import { md } from '../../markdown-escape.js';
import { HEAT_STYLES, heatStyle } from '../heat-legend.js';
import { mdTable } from '../words.js';

/** Groups in the order the summary and the key-gap rule use: offences first. */
export const HEAT_GROUPS: readonly string[] = ['substantive', 'liability', 'procedural', 'jurisdiction', 'cooperation'];

/** Rows by group, each group titled in the report's language (plain text: callers escape). */
export function groupedRows(map: HeatMap, m: Messages): { title: string; rows: HeatRow[] }[] {
  return HEAT_GROUPS.map((g) => ({
    title: m.group[g as keyof Messages['group']],
    rows: map.rows.filter((r) => r.group === g),
  })).filter((g) => g.rows.length > 0);
}

export function heatMapIntro(view: ReportView, w: Words): string {
  const { m } = w;
  return [
    `## ${m.heat.heading}`,
    '',
    m.heat.intro(
      m.count(view.heatMap.rows.length, 'concept'),
      m.count(view.heatMap.instruments.length, 'instrument'),
      view.heatMap.instruments.length === 1,
    ),
  ].join('\n');
}

function cellText(cell: HeatCell): string {
  const style = heatStyle(cell.rating);
  if (cell.rating === 'not-required') return style.symbol;
  return `${style.symbol} ${md(cell.provisions.join(', '))}${cell.reliesOnRecalled ? ' ⚠' : ''}`;
}

export function heatMapTables(map: HeatMap, w: Words): string {
  const { m } = w;
  const legend = mdTable(
    [m.heat.symbol, m.heat.rating, m.heat.meaning],
    HEAT_STYLES.map((s) => [s.symbol, heatLabel(m, s.rating), m.heat.meanings[s.rating]]),
  );
  const head = [m.heat.concept, ...map.instruments.map((i) => w.d.instrumentShort(i.id, i.shortTitle))];
  const groups = groupedRows(map, m).map((g) =>
    [
      `### ${md(g.title)}`,
      '',
      mdTable(
        head,
        g.rows.map((r) => [w.d.concept(r.concept, r.title), ...r.cells.map(cellText)]),
      ),
    ].join('\n'),
  );
  return [m.heat.legendTitle, '', legend, '', groups.join('\n\n')].join('\n');
}
