/**
 * The opt-in parse cache (--cache, --cache-location): used when on and only then, keyed by content
 * so an edited file misses, tolerant of damaged entries, and safe for runs that share it.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../../../src/cli/main.js';
import { fakeIo } from '../../helpers/fake-io.js';
import { countryYaml, tempDir } from '../../helpers/temp-data.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const BIN = join(ROOT, 'bin', 'lexgap.js');
const GAP = ['gap', 'ZZ', '--as-at', '2026-11-01', '--format', 'json', '--data', 'data'];

let work: ReturnType<typeof tempDir>;
beforeEach(() => {
  work = tempDir({ 'data/countries/zz.yaml': countryYaml('ZZ', 'Cached Testland') });
});
afterEach(() => work.remove());

async function run(argv: string[]) {
  const io = fakeIo(work.dir);
  const code = await main(argv, io);
  return { code, out: io.out, err: io.err };
}

const entries = (dir: string) => (existsSync(dir) ? readdirSync(dir).sort() : []);

describe('--cache', () => {
  it('is off by default: nothing is written', async () => {
    expect((await run(GAP)).code).toBe(0);
    expect(existsSync(join(work.dir, 'node_modules'))).toBe(false);
  });

  it('keeps parsed user files in node_modules/.cache/lexgap, and a warm run gives the same bytes', async () => {
    const cold = await run([...GAP, '--cache']);
    const cache = join(work.dir, 'node_modules', '.cache', 'lexgap');
    // One entry: the user's file. Bundled files come from the build's snapshot, not this cache.
    expect(entries(cache)).toHaveLength(1);
    expect(entries(cache)[0]).toMatch(/^[0-9a-f]{64}\.json$/);
    const warm = await run([...GAP, '--cache']);
    expect(warm).toEqual(cold);
    expect(JSON.parse(cold.out)).toMatchObject({ coverage: { country: { name: 'Cached Testland' } } });
  });

  it('takes a file from the cache when its bytes match', async () => {
    const cache = join(work.dir, 'c');
    await run([...GAP, '--cache-location', 'c']);
    const [entry] = entries(cache);
    const file = join(cache, entry!);
    writeFileSync(file, readFileSync(file, 'utf8').replace('Cached Testland', 'From The Cache'));
    const warm = await run([...GAP, '--cache-location', 'c']);
    expect(JSON.parse(warm.out)).toMatchObject({ coverage: { country: { name: 'From The Cache' } } });
  });

  it('misses when the file changes, so the result follows the file', async () => {
    await run([...GAP, '--cache-location', 'c']);
    writeFileSync(join(work.dir, 'data', 'countries', 'zz.yaml'), countryYaml('ZZ', 'Edited Testland'));
    const after = await run([...GAP, '--cache-location', 'c']);
    expect(JSON.parse(after.out)).toMatchObject({ coverage: { country: { name: 'Edited Testland' } } });
    expect(entries(join(work.dir, 'c'))).toHaveLength(2);
  });

  it('treats a damaged entry as a miss', async () => {
    const cold = await run([...GAP, '--cache-location', 'c']);
    const [entry] = entries(join(work.dir, 'c'));
    writeFileSync(join(work.dir, 'c', entry!), '{"kind": "coun');
    expect(await run([...GAP, '--cache-location', 'c'])).toEqual(cold);
  });

  it('gives the same diagnostics, with positions, from a cached file with errors', async () => {
    writeFileSync(
      join(work.dir, 'data', 'countries', 'zz.yaml'),
      countryYaml('ZZ').replace('basis: verified', 'basis: nope'),
    );
    const argv = ['validate', '--data', 'data', '--cache-location', 'c'];
    const cold = await run(argv);
    expect(cold.code).toBe(1);
    expect(cold.out).toMatch(/data\/countries\/zz\.yaml:\d+:\d+ +error +schema\/enum/);
    expect(await run(argv)).toEqual(cold);
  });

  it('is safe for two runs sharing it at once: both right, no temporary file left, every entry whole', async () => {
    for (const code of ['YA', 'YB', 'YC', 'YD', 'YE', 'YF'])
      writeFileSync(join(work.dir, 'data', 'countries', `${code.toLowerCase()}.yaml`), countryYaml(code));
    const once = () =>
      new Promise<{ status: number | null; out: string }>((resolve) => {
        const child = spawn(
          process.execPath,
          [BIN, 'summary', '--as-at', '2026-11-01', '--format', 'csv', '--data', 'data', '--cache-location', 'shared'],
          { cwd: work.dir, stdio: ['ignore', 'pipe', 'ignore'] },
        );
        let out = '';
        child.stdout.on('data', (chunk) => (out += String(chunk)));
        child.on('close', (status) => resolve({ status, out }));
      });
    const runs = await Promise.all([once(), once(), once()]);
    expect(runs.map((r) => r.status)).toEqual([0, 0, 0]);
    expect(new Set(runs.map((r) => r.out)).size).toBe(1);
    const files = entries(join(work.dir, 'shared'));
    expect(files).toHaveLength(7);
    for (const f of files) {
      expect(f).toMatch(/^[0-9a-f]{64}\.json$/);
      expect(() => JSON.parse(readFileSync(join(work.dir, 'shared', f), 'utf8')) as unknown).not.toThrow();
    }
    expect((await once()).out).toBe(runs[0].out);
  }, 30_000);
});
