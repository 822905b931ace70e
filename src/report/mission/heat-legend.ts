/**
 * report/mission/heat-legend: one legend for both heat maps. The Markdown table shows the symbol; the
 * SVG shows the symbol as a shape on a fill. Fills run along one sequential blue scale, darkest for
 * full, so they order correctly in greyscale and for every common colour-vision deficiency; the shape
 * (filled, half-filled, empty circle, letter) carries the meaning on its own without any colour.
 */
import type { HeatRating } from '../../model/report-view.js';

export interface HeatStyle {
  rating: HeatRating;
  symbol: string;
  label: string;
  meaning: string;
  fill: string;
  /** Dashed outline: not assessed, so it is told from none (solid outline) in greyscale too. */
  dashed?: boolean;
  /** Colour of the symbol drawn on the fill (contrast ≥ 4.5:1 against it). */
  ink: string;
}

export const HEAT_STYLES: readonly HeatStyle[] = [
  {
    rating: 'full',
    symbol: '●',
    label: 'full',
    meaning: 'every required element met',
    fill: '#08519c',
    ink: '#ffffff',
  },
  {
    rating: 'partial',
    symbol: '◐',
    label: 'partial',
    meaning: 'some elements met, or met only narrowly',
    fill: '#6baed6',
    ink: '#08306b',
  },
  { rating: 'none', symbol: '○', label: 'none', meaning: 'no required element met', fill: '#ffffff', ink: '#08306b' },
  {
    rating: 'reserved',
    symbol: 'R',
    label: 'reserved',
    meaning: 'what falls short is covered by a reservation',
    fill: '#d9d9d9',
    ink: '#252525',
  },
  {
    rating: 'optional',
    symbol: '◇',
    label: 'optional',
    meaning: "required only by 'may' limbs: never a gap",
    fill: '#f0f0f0',
    ink: '#525252',
  },
  {
    rating: 'not-applicable',
    symbol: 'n/a',
    label: 'not applicable',
    meaning: 'an assessor rated it not applicable',
    fill: '#f0f0f0',
    ink: '#525252',
  },
  {
    rating: 'not-assessed',
    symbol: '?',
    label: 'not assessed',
    meaning: 'the laws that would meet it were not read',
    fill: '#ffffff',
    dashed: true,
    ink: '#252525',
  },
  {
    rating: 'not-required',
    symbol: '–',
    label: 'not required',
    meaning: 'the instrument does not require this concept',
    fill: '#ffffff',
    ink: '#737373',
  },
];

export function heatStyle(rating: HeatRating): HeatStyle {
  return HEAT_STYLES.find((s) => s.rating === rating) ?? HEAT_STYLES[HEAT_STYLES.length - 1]!;
}
