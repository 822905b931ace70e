/**
 * Inputs that must not hang, exhaust memory or crash the tool (issue 13, items 4, 5, 11): directory
 * symbolic link loops, FIFOs and devices named like data files, huge files, duplicate ids in one
 * folder, unreadable folders and malformed globs. Cases that would block the old code for ever run
 * the built CLI in a child process with a timeout, so a regression fails instead of hanging.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, closeSync, cpSync, ftruncateSync, mkdirSync, openSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../../../src/cli/main.js';
import { fakeIo } from '../../helpers/fake-io.js';
import { countryYaml, tempDir } from '../../helpers/temp-data.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const BIN = join(ROOT, 'bin', 'lexgap.js');

let work: ReturnType<typeof tempDir>;
beforeEach(() => {
  work = tempDir({ 'data/countries/zz.yaml': countryYaml('ZZ') });
});
afterEach(() => work.remove());

/** The built CLI in `cwd`, killed after 20 s: a hang is a failure, not a stuck test run. */
/**
 * The CLI as another user can run it. A checkout under a private folder (a home directory, a mode-700
 * temporary folder) cannot be read by `nobody`; then the package and its runtime dependencies are
 * copied into the test's own (world-readable) folder and run from there.
 */
function binFor(user: { uid?: number; gid?: number }): string {
  if (user.uid === undefined) return BIN;
  const probe = spawnSync(process.execPath, ['-e', `require('fs').accessSync(${JSON.stringify(BIN)})`], user);
  if (probe.status === 0) return BIN;
  const copy = join(work.dir, 'lexgap-copy');
  for (const part of ['bin', 'dist', 'schemas', 'frameworks', 'countries', 'package.json'])
    cpSync(join(ROOT, part), join(copy, part), { recursive: true });
  const runtime = spawnSync('npm', ['ls', '--omit=dev', '--all', '--parseable'], { cwd: ROOT, encoding: 'utf8' });
  for (const dir of runtime.stdout.split('\n').filter((d) => d.startsWith(join(ROOT, 'node_modules'))))
    cpSync(dir, join(copy, relative(ROOT, dir)), { recursive: true });
  return join(copy, 'bin', 'lexgap.js');
}

function lexgap(args: string[], options: { uid?: number; gid?: number } = {}) {
  const r = spawnSync(process.execPath, [binFor(options), ...args], {
    cwd: work.dir,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    timeout: 20_000,
    ...options,
  });
  return { status: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

describe('directory loops', () => {
  // Read twice through a link, zz.yaml would be an id/duplicate error: no errors means once.
  it('a --data folder with links back to itself is walked once (by device and inode)', () => {
    symlinkSync('.', join(work.dir, 'data', 'a'));
    symlinkSync('.', join(work.dir, 'data', 'b'));
    symlinkSync('..', join(work.dir, 'data', 'countries', 'up'));
    const r = lexgap(['validate', '--data', 'data', '--format', 'json']);
    expect(r.signal).toBeNull();
    expect(JSON.parse(r.stdout)).toMatchObject({ summary: { errors: 0 } });
    expect(r.status).toBe(0);
  }, 30_000);

  it('a ** glob over the same folder ends, with each file once', () => {
    symlinkSync('.', join(work.dir, 'data', 'a'));
    symlinkSync('.', join(work.dir, 'data', 'b'));
    const r = lexgap(['validate', 'data/**/*.yaml', '--format', 'json', '-o', 'out.json']);
    expect(r.signal).toBeNull();
    expect(r.stderr).toBe('lexgap: 1 files checked: 0 errors, 0 warnings\n');
    expect(r.status).toBe(0);
  }, 30_000);
});

describe('files that are not regular files', () => {
  it('a FIFO named zz.yaml is reported, located, and never waited on', () => {
    const fifo = join(work.dir, 'data', 'countries', 'yy.yaml');
    spawnSync('mkfifo', [fifo]);
    const r = lexgap(['validate', '--data', 'data']);
    expect(r.signal).toBeNull();
    expect(r.stdout).toMatch(
      /data\/countries\/yy\.yaml:1:1 +error +file\/not-regular +a FIFO, not a regular file; it was not read\n/,
    );
    expect(r.status).toBe(1);
  });

  it('a symbolic link to /dev/zero is reported without reading from it', () => {
    symlinkSync('/dev/zero', join(work.dir, 'data', 'countries', 'yy.yaml'));
    const r = lexgap(['validate', '--data', 'data']);
    expect(r.signal).toBeNull();
    expect(r.stdout).toMatch(
      /data\/countries\/yy\.yaml:1:1 +error +file\/not-regular +a character device, not a regular file; it was not read\n/,
    );
    expect(r.status).toBe(1);
  });

  it('a 5 GiB (sparse) file is refused by its size, before any of it is read', async () => {
    const fd = openSync(join(work.dir, 'data', 'countries', 'yy.yaml'), 'w');
    ftruncateSync(fd, 5 * 1024 ** 3);
    closeSync(fd);
    const io = fakeIo(work.dir);
    expect(await main(['validate', '--data', 'data'], io)).toBe(1);
    expect(io.out).toMatch(
      /data\/countries\/yy\.yaml:1:1 +error +file\/too-large +file is 5368709120 bytes; the limit is 4194304\n/,
    );
  });
});

describe('duplicate ids', () => {
  it('zz.yaml and zz.yml in one --data folder are an id/duplicate error, located', async () => {
    writeFileSync(join(work.dir, 'data', 'countries', 'zz.yml'), countryYaml('ZZ', 'Other Testland'));
    const io = fakeIo(work.dir);
    expect(await main(['validate', '--data', 'data'], io)).toBe(1);
    expect(io.out).toMatch(
      /data\/countries\/zz\.yml:4:9 +error +id\/duplicate +country 'ZZ' is also defined in data\/countries\/zz\.yaml/,
    );
  });

  it('two files for one country in one folder (and its subfolders) stop an analysis', async () => {
    mkdirSync(join(work.dir, 'data', 'countries', 'more'));
    writeFileSync(join(work.dir, 'data', 'countries', 'more', 'zz.yaml'), countryYaml('ZZ', 'Other Testland'));
    const io = fakeIo(work.dir);
    expect(await main(['gap', 'ZZ', '--data', 'data'], io)).toBe(2);
    expect(io.err).toMatch(/id\/duplicate {2}country 'ZZ' is also defined in/);
  });

  it('across folders a later one replaces an earlier one by id, as documented', async () => {
    mkdirSync(join(work.dir, 'later', 'countries'), { recursive: true });
    writeFileSync(join(work.dir, 'later', 'countries', 'zz.yaml'), countryYaml('ZZ', 'Later Testland'));
    const io = fakeIo(work.dir);
    expect(await main(['gap', 'ZZ', '--data', 'data', '--data', 'later', '--format', 'json'], io)).toBe(0);
    expect(JSON.parse(io.out)).toMatchObject({ coverage: { country: { code: 'ZZ', name: 'Later Testland' } } });
  });
});

describe('input problems are exit 2 with the place, not internal errors', () => {
  it('an unreadable subfolder under --data', () => {
    mkdirSync(join(work.dir, 'data', 'private'));
    writeFileSync(join(work.dir, 'data', 'private', 'yy.yaml'), countryYaml('YY'));
    chmodSync(join(work.dir, 'data', 'private'), 0o000);
    chmodSync(work.dir, 0o755);
    // Root reads any folder: run as nobody, for whom mode 000 means what it says.
    const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    try {
      const r = lexgap(['validate', '--data', 'data'], asUser);
      expect(r.stderr).toBe(
        'lexgap: --data data: cannot read the folder data/private: permission denied\n  hint: check its permissions, or point --data somewhere else\n',
      );
      expect(r.status).toBe(2);
    } finally {
      chmodSync(join(work.dir, 'data', 'private'), 0o755);
    }
  });

  it("a glob with an unbalanced '[' says where", async () => {
    const io = fakeIo(work.dir);
    expect(await main(['validate', 'data/countries/[zz.yaml'], io)).toBe(2);
    expect(io.err).toMatch(/^lexgap: glob 'data\/countries\/\[zz\.yaml': the '\[' at column 16 is never closed\n/);
  });

  it("a file literally named '[draft].yaml' is validated by its name", async () => {
    writeFileSync(join(work.dir, 'data', 'countries', '[draft].yaml'), countryYaml('ZZ'));
    const io = fakeIo(work.dir);
    expect(await main(['validate', 'data/countries/[draft].yaml'], io)).toBe(1);
    expect(io.out).toMatch(/data\/countries\/\[draft\]\.yaml:4:9 +error +id\/file-name-mismatch +country code 'ZZ'/);
  });

  it('a [class] in a glob matches as in a shell', async () => {
    writeFileSync(join(work.dir, 'data', 'countries', 'yy.yaml'), countryYaml('YY'));
    const io = fakeIo(work.dir);
    expect(await main(['validate', 'data/countries/[!y]*.yaml', '-f', 'json', '-o', 'out.json'], io)).toBe(0);
    expect(io.err).toBe('lexgap: 1 files checked: 0 errors, 0 warnings\n');
  });
});
