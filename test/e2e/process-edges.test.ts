/**
 * The built launcher at the edges of its process (issue 13, items 2, 3, 8): standard output that
 * cannot be written, a working directory that is gone, `-o /dev/stdout`, and an interrupt while
 * outputs are being written. dist/ comes from `npm ci` (the prepare script) or `npm run build`.
 */
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, lstatSync, mkdtempSync, openSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'bin', 'lexgap.js');
const ENV = { ...process.env, NO_COLOR: '1' };

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lexgap-process-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

it('built: dist/ exists, so nothing below is skipped', () => {
  expect(existsSync(join(ROOT, 'dist', 'cli', 'main.js'))).toBe(true);
});

it('a write error on standard output is exit 2 with one line, no stack trace', () => {
  const full = openSync('/dev/full', 'w');
  try {
    const r = spawnSync(process.execPath, [BIN, 'gap', 'KE', '--as-at', '2026-11-01'], {
      cwd: ROOT,
      env: ENV,
      stdio: ['ignore', full, 'pipe'],
      encoding: 'utf8',
    });
    expect(r.stderr).toBe('lexgap: cannot write to standard output: no space left on the device\n');
    expect(r.status).toBe(2);
  } finally {
    closeSync(full);
  }
});

it('a deleted working directory is exit 2 with a message, no stack trace', () => {
  const gone = join(dir, 'gone');
  const r = spawnSync(
    '/bin/sh',
    ['-c', `mkdir "${gone}" && cd "${gone}" && rmdir "${gone}" && exec "${process.execPath}" "${BIN}" gap KE`],
    { env: ENV, encoding: 'utf8' },
  );
  expect(r.stderr).toBe(
    'lexgap: the current directory no longer exists\n  hint: cd to an existing folder and run lexgap again\n',
  );
  expect(r.status).toBe(2);
});

it('-o /dev/stdout writes to standard output and leaves /dev/stdout alone', () => {
  const r = spawnSync(process.execPath, [BIN, 'gap', 'KE', '--as-at', '2026-11-01', '-f', 'csv', '-o', '/dev/stdout'], {
    cwd: dir,
    env: ENV,
    encoding: 'utf8',
  });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  expect(r.stdout.split('\n')[0]).toMatch(/^country,as_at,instrument,/);
  expect(lstatSync('/dev/stdout').isSymbolicLink()).toBe(true);
  expect(readdirSync(dir)).toEqual([]);
});

it('SIGINT while outputs are being written leaves no temporary file and no half set', async () => {
  // The FIFO has no reader, so the run waits on it with the other output staged as a temporary file.
  spawnSync('mkfifo', [join(dir, 'pipe')]);
  const child = spawn(
    process.execPath,
    [BIN, 'gap', 'KE', '--as-at', '2026-11-01', '-f', 'json', '-o', 'report.json', '-f', 'csv', '-o', 'pipe'],
    { cwd: dir, env: ENV, stdio: 'ignore' },
  );
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
  const deadline = Date.now() + 20_000;
  while (!readdirSync(dir).some((n) => n.endsWith('.lexgap-tmp')) && Date.now() < deadline)
    await new Promise((r) => setTimeout(r, 50));
  const staged = readdirSync(dir).filter((n) => n.endsWith('.lexgap-tmp'));
  child.kill('SIGINT');
  expect(await exited).toBe('SIGINT');
  expect(staged).toHaveLength(1);
  expect(readdirSync(dir)).toEqual(['pipe']);
  expect(lstatSync(join(dir, 'pipe')).isFIFO()).toBe(true);
}, 30_000);
