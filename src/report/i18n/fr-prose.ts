/** report/i18n/fr-prose: the running sentences in French (shape and English in en-prose.ts). */
import { enProse } from './en-prose.js';
import type { Prose } from './en-prose.js';

export const frProse: Prose = enProse;
