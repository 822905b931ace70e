/** report/coverage/json: the versioned machine contract of `lexgap gap` (docs/json-output.md). */
import type { CountryCoverage } from '../../model/index.js';
import type { Formatter } from '../context.js';
import { isGap } from '../text.js';
import type { GapView } from './table.js';

export const GAP_JSON_SCHEMA_VERSION = 1;

export interface GapJson {
  schemaVersion: typeof GAP_JSON_SCHEMA_VERSION;
  tool: { name: 'lexgap'; version: string };
  onlyGaps: boolean;
  coverage: CountryCoverage;
}

export const formatGapJson: Formatter<GapView> = ({ coverage, onlyGaps }, ctx) => {
  const filtered: CountryCoverage = onlyGaps
    ? { ...coverage, instruments: coverage.instruments.map((i) => ({ ...i, provisions: i.provisions.filter(isGap) })) }
    : coverage;
  const out: GapJson = { schemaVersion: GAP_JSON_SCHEMA_VERSION, tool: { name: 'lexgap', version: ctx.toolVersion }, onlyGaps, coverage: filtered };
  return JSON.stringify(out, null, 2) + '\n';
};
