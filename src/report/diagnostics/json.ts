/** report/diagnostics/json: the machine view; a versioned wrapper around the diagnostics as they are. */
import type { Diagnostic } from '../../model/index.js';
import type { Formatter } from '../context.js';
import { summarize } from './summary.js';

export interface ValidateJson {
  schemaVersion: 1;
  tool: { name: 'lexgap'; version: string };
  /** files: files with findings; filesChecked: every file checked. */
  summary: ReturnType<typeof summarize> & { filesChecked?: number };
  diagnostics: Diagnostic[];
}

export const formatDiagnosticsJson: Formatter<Diagnostic[]> = (diagnostics, ctx) => {
  const out: ValidateJson = {
    schemaVersion: 1,
    tool: { name: 'lexgap', version: ctx.toolVersion },
    summary: {
      ...summarize(diagnostics),
      ...(ctx.filesChecked ? { filesChecked: ctx.filesChecked.length } : {}),
    },
    diagnostics,
  };
  return JSON.stringify(out, null, 2) + '\n';
};
