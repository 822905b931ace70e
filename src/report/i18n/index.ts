/**
 * report/i18n: the report's own words per language. Every word lexgap writes in a report comes from
 * one catalogue (en, fr, ar); data keeps its own language unless the data carries a translation.
 * Plurals go through Intl.PluralRules and numbers through Intl.NumberFormat, with fixed locales, so
 * output is the same on every machine.
 */
import type { RenderContext } from '../context.js';
import { en } from './en.js';
import type { Messages } from './types.js';

export type { Messages } from './types.js';
export const LANGS = ['en'] as const;
export type Lang = (typeof LANGS)[number];

const CATALOGUES: Record<Lang, Messages> = { en };

export function messages(ctx: Pick<RenderContext, 'lang'>): Messages {
  return CATALOGUES[(ctx.lang ?? 'en') as Lang] ?? en;
}
