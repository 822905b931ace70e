/**
 * `lexgap validate` run in process through main() with a fake Io. The fixtures under test/fixtures/cli
 * are complete little trees passed as explicit paths, so the bundled data is only context: their own
 * concepts file replaces the bundled one, and their diagnostics do not depend on the bundled data.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Log } from 'sarif';
import { main } from '../../../src/cli/main.js';
import type { ValidateJson } from '../../../src/report/diagnostics/json.js';
import { fakeIo } from '../../helpers/fake-io.js';
import type { FakeIo } from '../../helpers/fake-io.js';
import { ANSI } from '../../helpers/sample-diagnostics.js';
import { xmlProblems } from '../../helpers/xml-well-formed.js';

const FIXTURES = fileURLToPath(new URL('../../fixtures/cli/', import.meta.url));
const CLEAN = join(FIXTURES, 'clean');
const ERRORS = join(FIXTURES, 'errors');
const WARNINGS = join(FIXTURES, 'warnings');
const PATHS = ['frameworks', 'countries'];

const EXPECTED_ERRORS = [
  { code: 'date/invalid', file: 'countries/zz.yaml', line: 27, col: 14 },
  { code: 'ref/undeclared-law', file: 'countries/zz.yaml', line: 32, col: 10 },
];

async function run(cwd: string, args: string[], over: Parameters<typeof fakeIo>[1] = {}) {
  const io = fakeIo(cwd, over);
  const code = await main(['validate', ...args], io);
  return { code, io };
}

const tempDir = () => mkdtempSync(join(tmpdir(), 'lexgap-validate-'));

/** A usage or input error: exit 2, nothing on stdout, a short message on stderr and no stack trace. */
function expectUsageError(result: { code: number; io: FakeIo }, message: RegExp) {
  expect(result.code).toBe(2);
  expect(result.io.out).toBe('');
  const lines = result.io.err.trimEnd().split('\n');
  expect(lines[0]).toMatch(message);
  // The message, and at most a hint or a pointer to --help under it.
  expect(lines.length).toBeLessThanOrEqual(2);
  expect(result.io.err).not.toMatch(/^\s+at /m);
  expect(result.io.err).not.toMatch(/Error:/);
}

describe('lexgap validate: formats', () => {
  it('stylish (default): file:line:col first on each problem line, exit 1 on errors', async () => {
    const { code, io } = await run(ERRORS, PATHS);
    expect(code).toBe(1);
    expect(io.err).toBe('');
    const problemLines = io.out.split('\n').filter((l) => /^\S+:\d+:\d+ /.test(l));
    expect(problemLines.map((l) => l.split(/\s+/).slice(0, 3))).toEqual([
      ['countries/zz.yaml:27:14', 'error', 'date/invalid'],
      ['countries/zz.yaml:32:10', 'error', 'ref/undeclared-law'],
    ]);
    expect(io.out).toContain('✖ 2 errors, 0 warnings in 1 file');
  });

  it('json: the versioned wrapper with exactly the fixture diagnostics', async () => {
    const { code, io } = await run(ERRORS, [...PATHS, '--format', 'json']);
    expect(code).toBe(1);
    const out = JSON.parse(io.out) as ValidateJson;
    expect(out.schemaVersion).toBe(1);
    expect(out.tool.name).toBe('lexgap');
    expect(out.summary).toMatchObject({ errors: 2, warnings: 0 });
    expect(
      out.diagnostics.map((d) => ({ code: d.code, file: d.file, line: d.range.start.line, col: d.range.start.col })),
    ).toEqual(EXPECTED_ERRORS);
  });

  it('sarif: a 2.1.0 log with relative URIs', async () => {
    const { code, io } = await run(ERRORS, [...PATHS, '--format', 'sarif']);
    expect(code).toBe(1);
    const log = JSON.parse(io.out) as Log;
    expect(log.version).toBe('2.1.0');
    const results = log.runs[0]!.results!;
    expect(results.map((r) => r.ruleId)).toEqual(['date/invalid', 'ref/undeclared-law']);
    expect(results[0]!.locations![0]!.physicalLocation!.artifactLocation!.uri).toBe('countries/zz.yaml');
  });

  it('github: one workflow command per problem', async () => {
    const { code, io } = await run(ERRORS, [...PATHS, '--format', 'github']);
    expect(code).toBe(1);
    expect(io.out.trimEnd().split('\n')).toEqual([
      expect.stringMatching(/^::error file=countries\/zz\.yaml,line=27,col=14,.*title=lexgap date\/invalid::/),
      expect.stringMatching(/^::error file=countries\/zz\.yaml,line=32,col=10,.*title=lexgap ref\/undeclared-law::/),
    ]);
  });

  it('junit: well-formed, one failure per problem', async () => {
    const { code, io } = await run(ERRORS, [...PATHS, '--format', 'junit']);
    expect(code).toBe(1);
    expect(xmlProblems(io.out)).toEqual([]);
    expect(io.out.match(/<failure /g)).toHaveLength(2);
  });

  it('clean data: exit 0 in every format', async () => {
    for (const format of ['stylish', 'json', 'sarif', 'github', 'junit']) {
      const { code, io } = await run(CLEAN, [...PATHS, '--format', format]);
      expect([format, code, io.err]).toEqual([format, 0, '']);
    }
    const { io } = await run(CLEAN, PATHS);
    expect(io.out).toMatch(/^no problems \(\d+ files checked\)\n$/);
  });
});

describe('lexgap validate: several outputs in one run', () => {
  it('writes each --format to its -o, the extra format to stdout, and a one-line tally to stderr only when stdout is unused', async () => {
    const out = tempDir();
    const sarif = join(out, 'lexgap.sarif');
    const junit = join(out, 'lexgap.xml');
    const mixed = await run(ERRORS, [
      ...PATHS,
      '--format',
      'sarif',
      '-o',
      sarif,
      '--format',
      'junit',
      '-o',
      junit,
      '--format',
      'github',
    ]);
    expect(mixed.code).toBe(1);
    expect((JSON.parse(readFileSync(sarif, 'utf8')) as Log).runs[0]!.results).toHaveLength(2);
    expect(xmlProblems(readFileSync(junit, 'utf8'))).toEqual([]);
    expect(mixed.io.out).toMatch(/^::error file=countries\/zz\.yaml/);
    expect(mixed.io.err).toBe('');

    const json = join(out, 'report.json');
    const filesOnly = await run(ERRORS, [...PATHS, '--format', 'json', '-o', json, '-o', join(out, 'inferred.sarif')]);
    expect(filesOnly.code).toBe(1);
    expect(filesOnly.io.out).toBe('');
    expect(filesOnly.io.err).toBe('lexgap: 3 files checked: 2 errors, 0 warnings\n');
    expect((JSON.parse(readFileSync(json, 'utf8')) as ValidateJson).diagnostics).toHaveLength(2);
    expect((JSON.parse(readFileSync(join(out, 'inferred.sarif'), 'utf8')) as Log).version).toBe('2.1.0');
  });

  it('writes no file at all when one target is bad', async () => {
    const out = tempDir();
    const result = await run(ERRORS, [
      ...PATHS,
      '--format',
      'json',
      '-o',
      join(out, 'a.json'),
      '--format',
      'sarif',
      '-o',
      join(out, 'missing', 'b.sarif'),
    ]);
    expectUsageError(result, /^lexgap: -o .*b\.sarif: directory .* does not exist$/);
    expect(existsSync(join(out, 'a.json'))).toBe(false);
  });
});

describe('lexgap validate: exit codes', () => {
  it('0 on warnings by default, 1 with --fail-on warning', async () => {
    const byDefault = await run(WARNINGS, PATHS);
    expect(byDefault.code).toBe(0);
    expect(byDefault.io.out).toContain('countries/zz.yaml:1:1');
    expect(byDefault.io.out).toContain('schema/pragma');
    expect((await run(WARNINGS, [...PATHS, '--fail-on', 'warning'])).code).toBe(1);
    expect((await run(WARNINGS, [...PATHS, '--fail-on', 'error'])).code).toBe(0);
  });

  it('0 on errors with --fail-on never, and the errors are still printed', async () => {
    const { code, io } = await run(ERRORS, [...PATHS, '--fail-on', 'never']);
    expect(code).toBe(0);
    expect(io.out).toContain('date/invalid');
  });

  it('2 for an unknown flag', async () => {
    expectUsageError(await run(CLEAN, [...PATHS, '--bogus']), /unknown option '--bogus'/);
  });

  it('2 for a bad --fail-on value', async () => {
    expectUsageError(await run(CLEAN, [...PATHS, '--fail-on', 'sometimes']), /'sometimes' is invalid/);
  });

  it('2 for an unknown format, naming the ones there are', async () => {
    const result = await run(CLEAN, [...PATHS, '--format', 'xml']);
    expectUsageError(result, /^lexgap: --format: unknown format 'xml'$/);
    expect(result.io.err).toContain('stylish, json, sarif, github, junit');
  });

  it('2 for a path that does not exist', async () => {
    expectUsageError(
      await run(CLEAN, ['countries/nope.yaml']),
      /^lexgap: countries\/nope\.yaml: no such file or directory$/,
    );
  });

  it('2 for a glob that matches nothing', async () => {
    expectUsageError(await run(CLEAN, ['countries/*.yml']), /^lexgap: no YAML files match 'countries\/\*\.yml'$/);
  });

  it('2 for -o into a directory that does not exist', async () => {
    expectUsageError(
      await run(CLEAN, [...PATHS, '--format', 'json', '-o', 'no-such-dir/out.json']),
      /^lexgap: -o no-such-dir\/out\.json: directory no-such-dir does not exist$/,
    );
  });

  it('2 for -o onto an input file, which is left untouched', async () => {
    const input = join(CLEAN, 'countries', 'zz.yaml');
    const before = readFileSync(input, 'utf8');
    expectUsageError(
      await run(CLEAN, [...PATHS, '--format', 'json', '-o', 'countries/zz.yaml']),
      /^lexgap: -o countries\/zz\.yaml: refusing to overwrite an input file$/,
    );
    expect(readFileSync(input, 'utf8')).toBe(before);
  });

  it('2 for --format twice without -o', async () => {
    expectUsageError(
      await run(CLEAN, [...PATHS, '--format', 'json', '--format', 'sarif']),
      /^lexgap: --format given more than once without -o$/,
    );
  });
});

describe('lexgap validate: colour', () => {
  const tty = { stdoutIsTTY: true };

  it('colours stylish on a terminal', async () => {
    expect((await run(ERRORS, PATHS, tty)).io.out).toMatch(ANSI);
  });

  it('never with NO_COLOR, --no-color, TERM=dumb, off a terminal, or into a file', async () => {
    expect((await run(ERRORS, PATHS, { ...tty, env: { NO_COLOR: '1' } })).io.out).not.toMatch(ANSI);
    expect((await run(ERRORS, [...PATHS, '--no-color'], tty)).io.out).not.toMatch(ANSI);
    expect((await run(ERRORS, PATHS, { ...tty, env: { TERM: 'dumb' } })).io.out).not.toMatch(ANSI);
    expect((await run(ERRORS, PATHS)).io.out).not.toMatch(ANSI);
    const file = join(tempDir(), 'out.txt');
    await run(ERRORS, [...PATHS, '--format', 'stylish', '-o', file], tty);
    expect(readFileSync(file, 'utf8')).not.toMatch(ANSI);
    expect(readFileSync(file, 'utf8')).toContain('countries/zz.yaml:27:14');
  });
});
