/** report/summary: the registry of `lexgap summary` formats; its keys feed the --format help. */
import type { CorpusSummary } from '../../model/summary.js';
import type { Formatter } from '../context.js';
import { formatSummaryCsv } from './csv.js';
import { formatSummaryJson } from './json.js';
import { formatSummaryMarkdown } from './markdown.js';
import { formatSummaryTable } from './table.js';

export const summaryFormatters = {
  table: formatSummaryTable,
  markdown: formatSummaryMarkdown,
  json: formatSummaryJson,
  csv: formatSummaryCsv,
} satisfies Record<string, Formatter<CorpusSummary>>;

export type SummaryFormat = keyof typeof summaryFormatters;
