/**
 * The built launcher in a child process: output cut short by a closed pipe ends quietly, and the
 * build-time shortcuts (precompiled schemas, bundled snapshot) change nothing but the speed.
 * dist/ comes from `npm run build`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'bin', 'lexgap.js');
const BUILT = existsSync(join(ROOT, 'dist', 'cli', 'main.js'));
const BASH = ['/bin/bash', '/usr/bin/bash'].find(existsSync);
const builtIt = BUILT ? it : it.skip;

/** Runs `lexgap <args> | <reader>` in bash; `status` is lexgap's own exit status (PIPESTATUS). */
function piped(args: string, reader: string) {
  const script = `"${process.execPath}" "${BIN}" ${args} | ${reader}; exit \${PIPESTATUS[0]}`;
  const r = spawnSync(BASH!, ['-c', script], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function lexgap(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('a closed pipe', () => {
  const pipeIt = BUILT && BASH ? it : it.skip;
  pipeIt.each([
    ['gap KE', 'head -1'],
    // Far more than a pipe buffer: the write after `head` exits meets EPIPE.
    ['gap KE --format json --as-at 2026-11-01', 'head -c 100'],
    ['report KE --format html --as-at 2026-11-01', 'head -1'],
    ['validate --format sarif', 'head -1'],
  ])('`lexgap %s | %s` ends quietly with exit 0', (args, reader) => {
    const r = piped(args, reader);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout.length).toBeGreaterThan(0);
  });
});

describe('build-time shortcuts', () => {
  builtIt.each([
    [['validate', '--format', 'json']],
    [['gap', 'KE', '--format', 'json', '--as-at', '2026-11-01']],
    [['summary', '--format', 'csv', '--as-at', '2026-11-01']],
  ])('the bundled snapshot gives the same output as parsing: %j', (args) => {
    const fast = lexgap(args);
    const parsed = lexgap(args, { LEXGAP_NO_SNAPSHOT: '1' });
    expect(fast.stderr).toBe('');
    expect(fast.status).toBe(parsed.status);
    expect(fast.stdout).toBe(parsed.stdout);
  });

  builtIt('the build wrote the precompiled schemas and the snapshot', () => {
    expect(existsSync(join(ROOT, 'dist', 'validate', 'compiled-schemas.js'))).toBe(true);
    expect(existsSync(join(ROOT, 'dist', 'load', 'bundled-snapshot.json'))).toBe(true);
  });
});
