/** report/diff/json: the machine form of `lexgap diff`, versioned like the gap JSON. */
import type { CoverageDiff } from '../../model/diff.js';
import type { Formatter } from '../context.js';

export const formatDiffJson: Formatter<CoverageDiff> = (diff, ctx) =>
  JSON.stringify({ schemaVersion: 1, tool: { name: 'lexgap', version: ctx.toolVersion }, diff }, null, 2) + '\n';
