/**
 * End to end: the installed launcher (bin/lexgap.js -> dist/) in a child process, as CI runs it.
 * Builds nothing: dist/ comes from `npm run build`, which `prepare` runs on `npm ci`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ValidateJson } from '../../src/report/diagnostics/json.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'bin', 'lexgap.js');
const BUILT = existsSync(join(ROOT, 'dist', 'cli', 'main.js'));
const FIXTURES = join(ROOT, 'test', 'fixtures', 'cli');

function lexgap(cwd: string, args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    timeout: 60_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('bin/lexgap.js validate', () => {
  if (!BUILT) {
    it('needs dist/: run `npm run build` first (npm ci runs it through `prepare`)', () => {
      throw new Error('dist/cli/main.js is missing: run `npm run build` before the end-to-end tests');
    });
  }
  const builtIt = BUILT ? it : it.skip;

  builtIt('exits 1 and prints the JSON diagnostics of a fixture with errors', () => {
    const r = lexgap(join(FIXTURES, 'errors'), ['validate', 'frameworks', 'countries', '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    const out = JSON.parse(r.stdout) as ValidateJson;
    expect(out.schemaVersion).toBe(1);
    expect(out.tool.name).toBe('lexgap');
    expect(out.diagnostics.map((d) => [d.code, d.file, d.range.start.line, d.range.start.col])).toEqual([
      ['date/invalid', 'countries/zz.yaml', 27, 14],
      ['ref/undeclared-law', 'countries/zz.yaml', 32, 10],
    ]);
  });

  builtIt('exits 0 with an empty list for a clean fixture file', () => {
    const r = lexgap(join(FIXTURES, 'clean'), ['validate', 'frameworks', 'countries/zz.yaml', '--format', 'json']);
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as ValidateJson).diagnostics).toEqual([]);
  });

  builtIt('gives one diagnostic, with did-you-mean, for a misspelt required property (built validators)', () => {
    const r = lexgap(join(FIXTURES, 'typo'), ['validate', 'frameworks/concepts.yaml', '--format', 'json']);
    expect(r.status).toBe(1);
    const [d, ...rest] = (JSON.parse(r.stdout) as ValidateJson).diagnostics;
    expect(rest).toEqual([]);
    expect(d).toMatchObject({
      code: 'schema/additional-property',
      file: 'frameworks/concepts.yaml',
      range: { start: { line: 21, col: 5 } },
      message: "unknown property 'defintion' (did you mean 'definition'?)",
    });
  });

  builtIt('exits 2 with a one-line message for a missing file', () => {
    const r = lexgap(join(FIXTURES, 'clean'), ['validate', 'countries/nope.yaml', '--format', 'json']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('lexgap: countries/nope.yaml: no such file or directory\n');
  });
});
