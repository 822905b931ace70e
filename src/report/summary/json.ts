/** report/summary/json: the versioned machine contract of `lexgap summary`. */
import type { CorpusSummary } from '../../model/summary.js';
import type { Formatter } from '../context.js';

export const SUMMARY_JSON_SCHEMA_VERSION = 1;

export interface SummaryJson {
  schemaVersion: typeof SUMMARY_JSON_SCHEMA_VERSION;
  tool: { name: 'lexgap'; version: string };
  summary: CorpusSummary;
}

export const formatSummaryJson: Formatter<CorpusSummary> = (summary, ctx) => {
  const out: SummaryJson = {
    schemaVersion: SUMMARY_JSON_SCHEMA_VERSION,
    tool: { name: 'lexgap', version: ctx.toolVersion },
    summary,
  };
  return JSON.stringify(out, null, 2) + '\n';
};
