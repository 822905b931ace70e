/**
 * Data-driven: every folder under test/fixtures/invalid is a tiny data tree with the exact diagnostics
 * lexgap must report for it (expected.json). See test/fixtures/invalid/README.md.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openProject } from '../../../src/project/open-project.js';

const CASES_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures', 'invalid');

interface Expected {
  code: string;
  file: string;
  line: number;
  col: number;
  /** A substring the message must contain. */
  message?: string;
}

const cases = readdirSync(CASES_ROOT, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();

function diagnose(caseDir: string) {
  return openProject({ cwd: caseDir, bundledRoot: caseDir }).diagnostics;
}

describe('invalid inputs (test/fixtures/invalid)', () => {
  it('has a case for every kind of mistake the issue names, and a clean one', () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
    expect(cases).toContain('minimal-valid');
  });

  it.each(cases)('%s', (name) => {
    const caseDir = join(CASES_ROOT, name);
    const expected = JSON.parse(readFileSync(join(caseDir, 'expected.json'), 'utf8')) as Expected[];
    const actual = diagnose(caseDir);
    expect(
      actual.map((d) => ({ code: d.code, file: d.file, line: d.range.start.line, col: d.range.start.col })),
    ).toEqual(expected.map(({ code, file, line, col }) => ({ code, file, line, col })));
    expected.forEach((e, i) => {
      if (e.message !== undefined) expect(actual[i]!.message).toContain(e.message);
    });
  });

  it('minimal-valid has no errors and no warnings', () => {
    expect(diagnose(join(CASES_ROOT, 'minimal-valid'))).toEqual([]);
  });

  it('every diagnostic of every case has a message, a 1-based position inside its file and a known severity', () => {
    for (const name of cases) {
      const caseDir = join(CASES_ROOT, name);
      for (const d of diagnose(caseDir)) {
        expect(d.message.trim()).not.toBe('');
        expect(d.message).not.toContain('\n');
        expect(d.range.start.line).toBeGreaterThanOrEqual(1);
        expect(d.range.start.col).toBeGreaterThanOrEqual(1);
        const lines = readFileSync(join(caseDir, d.file), 'latin1').split('\n').length;
        expect(d.range.start.line).toBeLessThanOrEqual(lines);
        expect(['error', 'warning', 'info']).toContain(d.severity);
      }
    }
  });
});
