/** report/coverage: the registry of `lexgap gap` formats; its keys feed commander's choices. */
import type { Formatter } from '../context.js';
import { formatGapCsv } from './csv.js';
import { formatGapJson } from './json.js';
import { formatGapMarkdown } from './markdown.js';
import type { GapView } from './table.js';
import { formatGapTable } from './table.js';

export const gapFormatters = {
  table: formatGapTable,
  json: formatGapJson,
  csv: formatGapCsv,
  markdown: formatGapMarkdown,
} satisfies Record<string, Formatter<GapView>>;

export type GapFormat = keyof typeof gapFormatters;
export type { GapView };
