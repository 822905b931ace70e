/**
 * report/diagnostics/sarif: SARIF 2.1.0 as GitHub code scanning reads it — every ruleId declared in
 * tool.driver.rules, 1-based regions with start and end, URIs relative to the repository root.
 * Files bundled with an installed lexgap (`lexgap:countries/ke.yaml`) are not in the repository:
 * they get a base of their own, LEXGAPROOT, defined in originalUriBaseIds as the package folder.
 * Help is the text of docs/diagnostics.md, which ships in the package; no web address is claimed.
 */
import type { Log, ReportingDescriptor, Result } from 'sarif';
import type { Diagnostic, DiagnosticCode } from '../../model/index.js';
import { DIAGNOSTIC_HELP } from '../../shared/diagnostic-help.js';
import type { Formatter } from '../context.js';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;
const BUNDLED = 'lexgap:';

function artifactLocation(file: string): { uri: string; uriBaseId: string } {
  return file.startsWith(BUNDLED)
    ? { uri: encodeURI(file.slice(BUNDLED.length)), uriBaseId: 'LEXGAPROOT' }
    : { uri: encodeURI(file), uriBaseId: '%SRCROOT%' };
}

/** `packageRoot` is the installed package's folder, as a file: URL ending in '/'. */
export function buildSarif(diagnostics: readonly Diagnostic[], toolVersion: string, packageRoot?: string): Log {
  const codes: DiagnosticCode[] = [...new Set(diagnostics.map((d) => d.code))].sort();
  const rules: ReportingDescriptor[] = codes.map((code) => ({
    id: code,
    name: code.replace(/[/-](.)/g, (_m, ch: string) => ch.toUpperCase()),
    shortDescription: { text: DIAGNOSTIC_HELP[code] },
    fullDescription: { text: DIAGNOSTIC_HELP[code] },
    help: {
      text: `${DIAGNOSTIC_HELP[code]} See '${code}' in docs/diagnostics.md, shipped with lexgap.`,
      markdown: `${DIAGNOSTIC_HELP[code]} See \`${code}\` in \`docs/diagnostics.md\`, shipped with lexgap.`,
    },
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
          artifactLocation: artifactLocation(d.file),
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
            rules,
          },
        },
        results,
        ...(packageRoot !== undefined && diagnostics.some((d) => d.file.startsWith(BUNDLED))
          ? {
              originalUriBaseIds: {
                LEXGAPROOT: { uri: packageRoot, description: { text: 'the installed lexgap package' } },
              },
            }
          : {}),
      },
    ],
  };
}

export const formatSarif: Formatter<Diagnostic[]> = (diagnostics, ctx) =>
  JSON.stringify(buildSarif(diagnostics, ctx.toolVersion, ctx.packageRoot), null, 2) + '\n';
