/**
 * Parsing on several threads (load/parallel-parse) changes the speed, never the output: the built
 * CLI on a synthetic corpus large enough to use threads gives the same bytes with them as with
 * LEXGAP_NO_PARALLEL=1, diagnostics and positions included. dist/ comes from `npm ci` or the build.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
// @ts-expect-error -- bench/corpus.js is plain JavaScript without types
import { writeCorpus } from '../../bench/corpus.js';
import { openProject } from '../../src/project/open-project.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'bin', 'lexgap.js');

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lexgap-parallel-'));
  const bytes = (writeCorpus as (dir: string, n: number, corpus: unknown) => number)(
    dir,
    60,
    openProject({ cwd: ROOT }).corpus,
  );
  expect(bytes).toBeGreaterThan(512 * 1024);
  // Two files with problems, so positions (parsed again on the main thread) are compared too.
  const ab = join(dir, 'countries', 'ab.yaml');
  writeFileSync(ab, readFileSync(ab, 'utf8').replace(/basis: verified/, 'basis: verifid'));
  writeFileSync(join(dir, 'countries', 'zz.yaml'), 'schema_version: 1\ncountry: [unclosed\n');
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function lexgap(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

it.each([
  [['validate', '--data'], 1],
  [['validate', '--format', 'json', '--data'], 1],
])(
  '%j gives the same bytes on threads and on one',
  (args, status) => {
    const threaded = lexgap([...args, dir]);
    const single = lexgap([...args, dir], { LEXGAP_NO_PARALLEL: '1' });
    expect(threaded.status).toBe(status);
    expect(threaded).toEqual(single);
    for (const s of ['countries/ab.yaml', 'schema/enum', 'countries/zz.yaml', 'yaml/syntax'])
      expect(threaded.stdout).toContain(s);
  },
  60_000,
);

it('summary on the valid files gives the same bytes on threads and on one', () => {
  rmSync(join(dir, 'countries', 'zz.yaml'));
  const ab = join(dir, 'countries', 'ab.yaml');
  writeFileSync(ab, readFileSync(ab, 'utf8').replace('basis: verifid', 'basis: verified'));
  const args = ['summary', '--as-at', '2026-11-01', '--format', 'csv', '--data', dir];
  const threaded = lexgap(args);
  expect(threaded.status).toBe(0);
  expect(threaded).toEqual(lexgap(args, { LEXGAP_NO_PARALLEL: '1' }));
  expect(threaded.stdout.split('\n').length).toBeGreaterThan(60);
}, 60_000);
