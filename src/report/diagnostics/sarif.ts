/**
 * report/diagnostics/sarif: SARIF 2.1.0 as GitHub code scanning reads it — every ruleId declared in
 * tool.driver.rules, 1-based regions with start and end, URIs relative to the repository root.
 */
import type { Log, ReportingDescriptor, Result } from 'sarif';
import type { Diagnostic, DiagnosticCode } from '../../model/index.js';
import { DIAGNOSTIC_HELP } from '../../shared/diagnostic-help.js';
import type { Formatter } from '../context.js';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;
const HELP_URI = 'https://github.com/lexgap/lexgap/blob/main/docs/diagnostics.md';

export function buildSarif(diagnostics: readonly Diagnostic[], toolVersion: string): Log {
  const codes: DiagnosticCode[] = [...new Set(diagnostics.map((d) => d.code))].sort();
  const rules: ReportingDescriptor[] = codes.map((code) => ({
    id: code,
    name: code.replace(/[/-](.)/g, (_m, ch: string) => ch.toUpperCase()),
    shortDescription: { text: DIAGNOSTIC_HELP[code] },
    fullDescription: { text: DIAGNOSTIC_HELP[code] },
    help: {
      text: `${DIAGNOSTIC_HELP[code]} See docs/diagnostics.md.`,
      markdown: `${DIAGNOSTIC_HELP[code]} See [docs/diagnostics.md](${HELP_URI}#${code.replace('/', '')}).`,
    },
    helpUri: HELP_URI,
    defaultConfiguration: { level: code === 'concept/unused' || code === 'schema/pragma' ? 'warning' : 'error' },
  }));
  const results: Result[] = diagnostics.map((d) => ({
    ruleId: d.code,
    ruleIndex: codes.indexOf(d.code),
    level: LEVEL[d.severity],
    message: { text: d.hint ? `${d.message} (hint: ${d.hint})` : d.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: encodeURI(d.file), uriBaseId: '%SRCROOT%' },
          region: {
            startLine: d.range.start.line,
            startColumn: d.range.start.col,
            endLine: d.range.end.line,
            endColumn: d.range.end.col,
          },
        },
      },
    ],
    partialFingerprints: { 'lexgap/v1': `${d.code}:${d.file}:${d.pointer}` },
  }));
  return {
    version: '2.1.0',
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    runs: [
      {
        tool: {
          driver: {
            name: 'lexgap',
            version: toolVersion,
            semanticVersion: toolVersion,
            informationUri: HELP_URI,
            rules,
          },
        },
        results,
      },
    ],
  };
}

export const formatSarif: Formatter<Diagnostic[]> = (diagnostics, ctx) =>
  JSON.stringify(buildSarif(diagnostics, ctx.toolVersion), null, 2) + '\n';
