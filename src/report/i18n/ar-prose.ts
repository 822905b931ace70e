/** report/i18n/ar-prose: the running sentences in Arabic (shape and English in en-prose.ts). */
import { enProse } from './en-prose.js';
import type { Prose } from './en-prose.js';

export const arProse: Prose = enProse;
