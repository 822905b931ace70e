/**
 * `npm ci && npm test` must pass on a machine with nothing but Node: the browser test's Chromium and
 * the NSS libraries it links against come from the npm install, and CI installs nothing else.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readTar, unpackNss } from '../../helpers/bundled-chromium.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

describe('a fresh machine', () => {
  it('CI runs the README test command and installs no system package', () => {
    const ci = readFileSync(join(ROOT, '.ci/run'), 'utf8');
    const commands = ci.split('\n').filter((l) => l.trim() !== '' && !l.trimStart().startsWith('#'));
    expect(commands).toContain('npm ci');
    expect(commands).toContain('npm test');
    expect(commands.join('\n')).not.toMatch(/apt-get|apt install|chromium/i);
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toContain('npm ci && npm test');
  });

  it('the browser test uses no system browser', () => {
    const test = readFileSync(join(ROOT, 'test/e2e/report-browser.test.ts'), 'utf8');
    expect(test).not.toContain('/usr/bin/');
    expect(test).not.toMatch(/\.skip|skipIf|existsSync\(CHROMIUM/);
  });

  it('unpacks the NSS libraries shipped inside @sparticuz/chromium into a private folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lexgap-nss-test-'));
    try {
      const lib = unpackNss(dir);
      for (const name of ['libnss3.so', 'libnspr4.so', 'libnssutil3.so', 'libsoftokn3.so']) {
        expect(existsSync(join(lib, name))).toBe(true);
        // An ELF shared object, whole.
        expect(readFileSync(join(lib, name)).subarray(1, 4).toString('ascii')).toBe('ELF');
      }
      expect(statSync(join(lib, 'libnss3.so')).size).toBeGreaterThan(100_000);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads ustar entries and stops at the zero blocks', () => {
    const header = Buffer.alloc(512);
    header.write('lib/a.so', 0);
    header.write('00000000005\0', 124);
    header.write('0', 156);
    const archive = Buffer.concat([header, Buffer.from('hello'.padEnd(512, '\0')), Buffer.alloc(1024)]);
    expect(readTar(archive).map((e) => [e.path, Buffer.from(e.content).toString()])).toEqual([['lib/a.so', 'hello']]);
  });
});
