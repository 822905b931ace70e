/** report/diagnostics: the registry of validate formats; its keys feed commander's choices. */
import type { Diagnostic } from '../../model/index.js';
import type { Formatter } from '../context.js';
import { formatGithub } from './github.js';
import { formatDiagnosticsJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatSarif } from './sarif.js';
import { formatStylish } from './stylish.js';

export const diagnosticFormatters = {
  stylish: formatStylish,
  json: formatDiagnosticsJson,
  sarif: formatSarif,
  github: formatGithub,
  junit: formatJunit,
} satisfies Record<string, Formatter<Diagnostic[]>>;

export type DiagnosticFormat = keyof typeof diagnosticFormatters;
