/**
 * report/mission/heat-map-svg: the heat map as inline SVG for the HTML report — one panel per concept
 * group, each with its own column headings, then a legend, so that in print no panel is cut across a
 * page (a page break can fall only between panels) and every page carries its headings. Every cell
 * is a <g data-heat-cell="concept|instrument"> (the browser test counts them) holding a fill from the
 * sequential scale in heat-legend, a shape that says the same without colour, and a <title> tooltip.
 * Shapes are drawn, not typed, so the map does not depend on which fonts the reader has.
 */
import type { HeatCell, HeatMap, HeatRating } from '../../model/report-view.js';
import { wrap } from '../text-layout.js';
import { escapeXml } from '../xml.js';
import { HEAT_STYLES, heatStyle } from './heat-legend.js';
import { groupedRows } from './sections/heat-map.js';
import { heatLabel, reportWords } from '../i18n/index.js';
import type { Messages, Words } from '../i18n/index.js';
import { resolveMarks } from '../i18n/data-text.js';

const LABEL_W = 330;
const COL_W = 92;
const ROW_H = 20;
const LINE_H = 13;
const PAD = 8;
const LEGEND_ITEM_W = 190;
const LEGEND_ROW_H = 22;

const x = escapeXml;
// SVG text does not wrap by itself: headings are wrapped with report/text-layout's wrap.

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** The symbol of a rating, drawn centred on (cx, cy). */
export function shape(rating: HeatRating, cx: number, cy: number, ink: string): string {
  const r = 5.5;
  switch (rating) {
    case 'full':
      return `<circle cx="${cx}" cy="${cy}" r="${r}" fill="${ink}"/>`;
    case 'partial':
      return (
        `<circle cx="${cx}" cy="${cy}" r="${r}" fill="none" stroke="${ink}" stroke-width="1.5"/>` +
        `<path d="M${cx} ${cy - r}A${r} ${r} 0 0 0 ${cx} ${cy + r}Z" fill="${ink}"/>`
      );
    case 'none':
      return `<circle cx="${cx}" cy="${cy}" r="${r}" fill="none" stroke="${ink}" stroke-width="1.5"/>`;
    case 'optional':
      return `<path d="M${cx} ${cy - r}L${cx + r} ${cy}L${cx} ${cy + r}L${cx - r} ${cy}Z" fill="none" stroke="${ink}" stroke-width="1.3"/>`;
    case 'reserved':
      return `<text x="${cx}" y="${cy + 4}" text-anchor="middle" font-size="11" font-weight="bold" fill="${ink}">R</text>`;
    case 'not-applicable':
      return `<text x="${cx}" y="${cy + 3.5}" text-anchor="middle" font-size="9" fill="${ink}">n/a</text>`;
    case 'not-assessed':
      return `<text x="${cx}" y="${cy + 4}" text-anchor="middle" font-size="11" font-weight="bold" fill="${ink}">?</text>`;
    case 'not-required':
      return `<line x1="${cx - 5}" y1="${cy}" x2="${cx + 5}" y2="${cy}" stroke="${ink}" stroke-width="1.3"/>`;
  }
}

/** Small warning triangle in a cell's corner: the cell rests on recalled data. */
function recalledMark(x0: number, y0: number): string {
  return `<path d="M${x0 - 8} ${y0 + 9}L${x0 - 5} ${y0 + 3}L${x0 - 2} ${y0 + 9}Z" fill="#ffffff" stroke="#252525" stroke-width="0.7"/>`;
}

function cellFill(rating: HeatRating, hatch: string): string {
  // Reserved cells also carry a hatch, so they stay distinct from optional ones in greyscale.
  return rating === 'reserved' ? `url(#${hatch})` : heatStyle(rating).fill;
}

/** Each SVG defines its own hatch, under its own id, so no panel depends on another. */
function hatchPattern(id: string): string {
  return `<defs><pattern id="${id}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#d9d9d9"/><line x1="0" y1="0" x2="0" y2="6" stroke="#969696" stroke-width="2"/></pattern></defs>`;
}

/**
 * The cell's box. A gap (none) gets a dark outline so it stands out from cells the instrument does
 * not require, which get no box at all: both are white, and white must not mean two things.
 */
function cellRect(rating: HeatRating, x0: number, y0: number, w: number, h: number, hatch: string): string {
  if (rating === 'not-required')
    return `<rect x="${x0}" y="${y0}" width="${w}" height="${h}" fill="none" stroke="none"/>`;
  // Not assessed: a dashed mid-grey box with "?", never the solid dark box of a gap.
  const stroke =
    rating === 'none'
      ? 'stroke="#08306b" stroke-width="1.2"'
      : rating === 'not-assessed'
        ? 'stroke="#525252" stroke-width="1" stroke-dasharray="3 2"'
        : 'stroke="#bdbdbd" stroke-width="0.6"';
  return `<rect x="${x0}" y="${y0}" width="${w}" height="${h}" fill="${cellFill(rating, hatch)}" ${stroke}/>`;
}

function cellTitle(w: Words, concept: string, instrument: string, cell: HeatCell): string {
  const h = w.p.heatCell;
  const where = cell.provisions.length ? ` (${cell.provisions.join(', ')})` : '';
  const counts =
    cell.met + cell.narrower + cell.missing > 0
      ? `${w.m.colon} ${h.counts(cell.met, cell.narrower, cell.missing)}`
      : '';
  const unread = cell.notAssessed ? `; ${h.notAssessed(cell.notAssessed)}` : '';
  return `${concept} — ${instrument}${w.m.colon} ${heatLabel(w.m, cell.rating)}${where}${counts}${unread}${cell.reliesOnRecalled ? `; ${h.recalled}` : ''}`;
}

/** Text from the plain-mode DataText: marks removed for the tooltip, kept as italics on the page. */
function svgText(text: string, max = Infinity): string {
  const plain = resolveMarks(text, 'none');
  const shown = x(truncate(plain, max));
  return plain === text ? shown : `<tspan font-style="italic">${shown}</tspan>`;
}

/**
 * In a right-to-left report the label column sits on the right and instruments run leftwards: every
 * x is mirrored (a box of width w at x becomes one at width - x - w), and direction="rtl" makes text
 * anchored at "start" hang from its right edge. Shapes are symmetric, so they need no mirroring.
 */
const svgOpen = (cls: string, width: number, height: number, label: string, rtl: boolean) =>
  `<svg xmlns="http://www.w3.org/2000/svg" class="${cls}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${x(label)}"${rtl ? ' direction="rtl"' : ''} font-family="Liberation Sans, DejaVu Sans, Arial, Helvetica, sans-serif">`;

function legendSvg(width: number, m: Messages, w: Words): string {
  const rtl = m.dir === 'rtl';
  const fx = (x0: number, wd = 0) => (rtl ? width - x0 - wd : x0);
  const perRow = Math.max(1, Math.floor((width - PAD * 2) / LEGEND_ITEM_W));
  const items = [...HEAT_STYLES.map((s) => ({ kind: 'rating' as const, s })), { kind: 'recalled' as const }];
  const hatch = 'lexgap-hatch-legend';
  const parts = items.map((item, i) => {
    const lx = PAD + (i % perRow) * LEGEND_ITEM_W;
    const ly = PAD + Math.floor(i / perRow) * LEGEND_ROW_H;
    if (item.kind === 'recalled')
      return `<g class="legend-item"><rect x="${fx(lx, 24)}" y="${ly}" width="24" height="16" fill="#ffffff" stroke="#bdbdbd"/>${recalledMark(fx(lx + 24) + (rtl ? 10 : 0), ly + 1)}<text x="${fx(lx + 30)}" y="${ly + 12}" font-size="11" fill="#252525">${x(m.heat.recalled)}</text></g>`;
    const { s } = item;
    return `<g class="legend-item">${cellRect(s.rating, fx(lx, 24), ly, 24, 16, hatch)}${shape(s.rating, fx(lx + 12), ly + 8, s.ink)}<text x="${fx(lx + 30)}" y="${ly + 12}" font-size="11" fill="#252525">${x(heatLabel(m, s.rating))}</text></g>`;
  });
  const height = PAD * 2 + Math.ceil(items.length / perRow) * LEGEND_ROW_H;
  const words = HEAT_STYLES.map((st) => `${heatLabel(m, st.rating)}${m.colon} ${m.heat.meanings[st.rating]}`).join(
    w.p.semicolon,
  );
  return [
    svgOpen('heat-map-legend', width, height, w.p.heatCell.legendLabel(words), rtl),
    hatchPattern(hatch),
    ...parts,
    '</svg>',
  ].join('\n');
}

/** The heat map's panels (one per concept group) and its legend, as SVG elements in reading order. */
export function heatMapSvgs(map: HeatMap, w: Words = reportWords({}, [], 'plain')): string[] {
  const { m } = w;
  const rtl = m.dir === 'rtl';
  const cols = map.instruments.length;
  const width = LABEL_W + cols * COL_W + PAD;
  const fx = (x0: number, wd = 0) => (rtl ? width - x0 - wd : x0);
  const shortTitles = map.instruments.map((i) => resolveMarks(w.d.instrumentShort(i.id, i.shortTitle), 'none'));
  const headings = shortTitles.map((t) => wrap(t, 13).slice(0, 3));
  const headH = PAD + Math.max(1, ...headings.map((h) => h.length)) * LINE_H + PAD;
  const head = headings.map((lines, c) => {
    const cx = fx(LABEL_W + c * COL_W + COL_W / 2);
    const top = headH - PAD - lines.length * LINE_H + 10;
    return `<text x="${cx}" y="${top}" text-anchor="middle" font-size="11" font-weight="bold" fill="#252525">${lines
      .map((l, i) => `<tspan x="${cx}" dy="${i === 0 ? 0 : LINE_H}">${x(l)}</tspan>`)
      .join('')}</text>`;
  });
  const panels = groupedRows(map, m).map((group, g) => {
    const hatch = `lexgap-hatch-${g}`;
    const body: string[] = [
      `<text x="${fx(PAD)}" y="${headH - 12}" font-size="12" font-weight="bold" fill="#08306b">${x(group.title)}</text>`,
      `<line x1="${PAD}" y1="${headH - 3}" x2="${width - PAD}" y2="${headH - 3}" stroke="#9ecae1"/>`,
    ];
    let y = headH;
    for (const row of group.rows) {
      const title = w.d.concept(row.concept, row.title);
      const plainTitle = resolveMarks(title, 'none');
      body.push(
        `<text x="${fx(PAD)}" y="${y + 14}" font-size="11" fill="#252525">${svgText(title, 58)}<title>${x(plainTitle)}</title></text>`,
      );
      row.cells.forEach((cell, c) => {
        const cx0 = LABEL_W + c * COL_W;
        const style = heatStyle(cell.rating);
        const instrument = shortTitles[c] ?? cell.instrument;
        body.push(
          `<g data-heat-cell="${x(`${row.concept}|${cell.instrument}`)}" data-rating="${cell.rating}">` +
            `<title>${x(cellTitle(w, plainTitle, instrument, cell))}</title>` +
            cellRect(cell.rating, fx(cx0 + 1, COL_W - 2), y + 1, COL_W - 2, ROW_H - 2, hatch) +
            shape(cell.rating, fx(cx0 + COL_W / 2), y + ROW_H / 2, style.ink) +
            (cell.reliesOnRecalled ? recalledMark(fx(cx0 + COL_W - 1) + (rtl ? 10 : 0), y + 2) : '') +
            '</g>',
        );
      });
      y += ROW_H;
    }
    const height = y + PAD;
    const label = w.p.heatCell.panelLabel(group.title, group.rows.length, cols);
    return [svgOpen('heat-map', width, height, label, rtl), hatchPattern(hatch), ...head, ...body, '</svg>'].join('\n');
  });
  return [...panels, legendSvg(width, m, w)];
}
