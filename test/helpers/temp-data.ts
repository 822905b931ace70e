/** Temporary data folders for CLI tests, and the position checks the hardening tests share. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Diagnostic } from '../../src/model/index.js';

/** A fresh temp folder holding `files` (path -> content); remove() deletes it. */
export function tempDir(files: Record<string, string | Uint8Array> = {}): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'lexgap-test-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A small valid country file using the bundled concepts; `name` and line ends as asked. */
export function countryYaml(code: string, name = `Testland ${code}`, eol = '\n'): string {
  return [
    '# yaml-language-server: $schema=../schemas/country.schema.json',
    'schema_version: 1',
    'country:',
    `  code: ${code}`,
    `  name: ${JSON.stringify(name)}`,
    'status: []',
    'laws:',
    '  - id: act-2010',
    '    title: Computer Misuse Act',
    '    citation: Act No. 1 of 2010',
    '    commenced: 2010-03-01',
    '    url: https://example.org/act',
    '    basis: verified',
    'sections:',
    '  - law: act-2010',
    '    number: "3"',
    '    title: Unauthorised access',
    '    summary: Entering a computer system intentionally and without authority.',
    '    implements: [illegal-access/access, illegal-access/intent, illegal-access/without-right]',
    '    source: { pinpoint: s. 3, url: https://example.org/act }',
    '    basis: verified',
    'surveyed:',
    '  groups: [substantive, procedural, jurisdiction, cooperation, liability]',
    '  note: The whole of its one law was read.',
    '',
  ].join(eol);
}

/**
 * Every position lies inside the file it names: 1 ≤ line ≤ number of lines, 1 ≤ col ≤ length of
 * that line + 1 (columns count UTF-16 code units, as yaml and SARIF do; a BOM is not counted).
 */
export function positionProblems(diagnostics: readonly Diagnostic[], textOf: (file: string) => string): string[] {
  const problems: string[] = [];
  for (const d of diagnostics) {
    const lines = textOf(d.file)
      .replace(/^\uFEFF/, '')
      // YAML line breaks are LF, CRLF and a lone CR alike (the loader counts lines that way).
      .split(/\r\n|\r|\n/);
    for (const [which, p] of [
      ['start', d.range.start],
      ['end', d.range.end],
    ] as const) {
      const line = lines[p.line - 1];
      if (!Number.isInteger(p.line) || p.line < 1 || line === undefined)
        problems.push(`${d.code} ${which} line ${p.line} outside 1..${lines.length}`);
      else if (!Number.isInteger(p.col) || p.col < 1 || p.col > line.length + 1)
        problems.push(`${d.code} ${which} col ${p.col} outside 1..${line.length + 1} on line ${p.line}`);
    }
  }
  return problems;
}
