/** SARIF 2.1.0 as GitHub code scanning reads it (docs.github.com: "SARIF support for code scanning"). */
import type { Log, ReportingDescriptor, Result } from 'sarif';
import { DIAGNOSTIC_HELP } from '../../../src/shared/diagnostic-help.js';
import type { Diagnostic, DiagnosticCode } from '../../../src/model/index.js';
import { buildSarif, formatSarif } from '../../../src/report/diagnostics/sarif.js';
import { plainContext, sampleDiagnostics } from '../../helpers/sample-diagnostics.js';

const log: Log = buildSarif(sampleDiagnostics, '9.8.7');
const run = log.runs[0]!;
const rules: ReportingDescriptor[] = run.tool.driver.rules ?? [];
const results: Result[] = run.results ?? [];

describe('buildSarif', () => {
  it('is SARIF 2.1.0 with one run by lexgap at its version', () => {
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toMatch(/sarif-2\.1\.0/);
    expect(log.runs).toHaveLength(1);
    expect(run.tool.driver.name).toBe('lexgap');
    expect(run.tool.driver.version).toBe('9.8.7');
  });

  it('has one result per diagnostic, with the matching level', () => {
    expect(results.map((r) => [r.ruleId, r.level])).toEqual([
      ['schema/pragma', 'warning'],
      ['ref/undeclared-law', 'error'],
      ['schema/enum', 'error'],
      ['schema/other', 'note'],
    ]);
  });

  it('declares every ruleId in tool.driver.rules, with its help text, and indexes it correctly', () => {
    for (const r of results) {
      const rule = rules.find((x) => x.id === r.ruleId);
      expect(rule).toBeDefined();
      expect(rules[r.ruleIndex!]).toBe(rule);
      const help = DIAGNOSTIC_HELP[r.ruleId as DiagnosticCode];
      expect(rule!.shortDescription?.text).toBe(help);
      expect(rule!.help?.text).toContain(help);
      // The help names the page shipped in the package; no web address that may not exist.
      expect(rule!.help?.text).toContain('docs/diagnostics.md');
      expect(rule!.helpUri).toBeUndefined();
    }
    // Only the rules used, once each, in a stable order.
    expect(rules.map((r) => r.id)).toEqual(['ref/undeclared-law', 'schema/enum', 'schema/other', 'schema/pragma']);
  });

  it('gives every result a message and a 1-based region with start and end', () => {
    for (const r of results) {
      expect(r.message.text).toBeTruthy();
      const region = r.locations?.[0]?.physicalLocation?.region;
      expect(region).toBeDefined();
      for (const key of ['startLine', 'startColumn', 'endLine', 'endColumn'] as const) {
        expect(Number.isInteger(region![key])).toBe(true);
        expect(region![key]).toBeGreaterThanOrEqual(1);
      }
      expect(region!.endLine).toBeGreaterThanOrEqual(region!.startLine!);
    }
    expect(results[2]!.locations![0]!.physicalLocation!.region).toEqual({
      startLine: 6,
      startColumn: 7,
      endLine: 6,
      endColumn: 16,
    });
  });

  it('puts the hint into the message text, where code scanning shows it', () => {
    expect(results[1]!.message.text).toBe(
      "section 3 cites law 'cca-2011', which is not declared under laws (hint: did you mean 'cca-2010'?)",
    );
  });

  it('uses relative artifact URIs: no scheme, no leading slash, percent-encoded', () => {
    const uris = results.map((r) => r.locations![0]!.physicalLocation!.artifactLocation!.uri!);
    for (const uri of uris) {
      expect(uri).not.toMatch(/^[a-z][a-z0-9+.-]*:/i);
      expect(uri.startsWith('/')).toBe(false);
      expect(uri).not.toContain('\\');
    }
    expect(uris).toContain('my%20data/odd,%20name:1.yaml');
    expect(uris).toContain('countries/zz.yaml');
  });

  it('gives stable fingerprints, so alerts survive unrelated edits above them', () => {
    const moved = sampleDiagnostics.map((d) => ({
      ...d,
      range: { start: { line: 99, col: 1 }, end: { line: 99, col: 2 } },
    }));
    const again = buildSarif(moved, '9.8.7').runs[0]!.results!;
    expect(again.map((r) => r.partialFingerprints)).toEqual(results.map((r) => r.partialFingerprints));
  });

  it('is valid with no diagnostics: one run, no rules, no results', () => {
    const empty = buildSarif([], '9.8.7');
    expect(empty.runs[0]!.results).toEqual([]);
    expect(empty.runs[0]!.tool.driver.rules).toEqual([]);
  });

  it('formatSarif prints the same log as JSON, deterministically', () => {
    const text = formatSarif(sampleDiagnostics, plainContext);
    expect(JSON.parse(text)).toEqual(log);
    expect(formatSarif(sampleDiagnostics, plainContext)).toBe(text);
    expect(text.endsWith('\n')).toBe(true);
  });
});

describe('bundled files of an installed lexgap', () => {
  const bundled: Diagnostic = {
    code: 'schema/enum',
    severity: 'error',
    message: 'x',
    file: 'lexgap:countries/ke.yaml',
    pointer: '/status',
    range: { start: { line: 3, col: 1 }, end: { line: 3, col: 5 } },
  };

  it('get their own URI base, LEXGAPROOT, defined as the package folder', () => {
    const log = buildSarif([bundled], '0.1.0', 'file:///home/u/project/node_modules/lexgap/');
    const location = log.runs[0]!.results![0]!.locations![0]!.physicalLocation!.artifactLocation!;
    expect(location).toEqual({ uri: 'countries/ke.yaml', uriBaseId: 'LEXGAPROOT' });
    expect(log.runs[0]!.originalUriBaseIds?.LEXGAPROOT?.uri).toBe('file:///home/u/project/node_modules/lexgap/');
  });

  it('user files stay relative to %SRCROOT%, with no extra base declared', () => {
    const log = buildSarif([{ ...bundled, file: 'mydata/countries/zz.yaml' }], '0.1.0', 'file:///x/');
    expect(log.runs[0]!.results![0]!.locations![0]!.physicalLocation!.artifactLocation!.uriBaseId).toBe('%SRCROOT%');
    expect(log.runs[0]!.originalUriBaseIds).toBeUndefined();
  });
});
