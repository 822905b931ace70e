/**
 * report/i18n: the report's own words per language. Every word lexgap writes in a report comes from
 * one catalogue (en, fr, ar); data keeps its own language unless the data carries a translation.
 * Plurals go through Intl.PluralRules and numbers through Intl.NumberFormat, with fixed locales, so
 * output is the same on every machine.
 */
import type { HeatRating } from '../../model/report-view.js';
import type { RenderContext } from '../context.js';
import { ar } from './ar.js';
import { en } from './en.js';
import { fr } from './fr.js';
import type { Messages } from './types.js';

export type { Messages } from './types.js';
export const LANGS = ['en', 'fr', 'ar'] as const;
export type Lang = (typeof LANGS)[number];

const CATALOGUES: Record<Lang, Messages> = { en, fr, ar };

export function messages(ctx: Pick<RenderContext, 'lang'> = {}): Messages {
  return CATALOGUES[(ctx.lang ?? 'en') as Lang] ?? en;
}

/** A score as a percentage with one decimal, in the language's number format, or an en dash. */
export function formatPercent(m: Messages, score: number | null): string {
  if (score === null) return '–';
  return new Intl.NumberFormat(m.locale, {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
    numberingSystem: 'latn',
  }).format(Math.round(score * 1000) / 1000);
}

/** The word for a heat-map rating. */
export function heatLabel(m: Messages, rating: HeatRating): string {
  return rating === 'not-required' ? m.heat.notRequired : m.rating[rating];
}
