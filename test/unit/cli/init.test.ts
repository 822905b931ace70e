import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../../src/cli/main.js';
import { fakeIo } from '../../helpers/fake-io.js';

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'lexgap-init-'));
  mkdirSync(join(dir, 'countries'));
  return dir;
}

describe('lexgap init', () => {
  it('writes a country file that validates as soon as it is written', async () => {
    const dir = workspace();
    const io = fakeIo(dir);
    expect(await main(['init', 'gh', '--name', 'Ghana', '-i', 'budapest', '-i', 'ecowas-2011'], io)).toBe(0);
    expect(io.out).toMatch(/wrote countries\/gh\.yaml/);
    const text = readFileSync(join(dir, 'countries', 'gh.yaml'), 'utf8');
    expect(text.split('\n')[0]).toMatch(/^# yaml-language-server: \$schema=.*schemas\/country\.schema\.json$/);
    expect(text).toMatch(/code: GH/);
    expect(text).toMatch(/name: "Ghana"/);
    // Commented placeholders list what the chosen instruments require.
    expect(text).toMatch(/# Budapest Convention \(budapest\)/);
    expect(text).toMatch(/#\s+illegal-access: access, intent, without-right/);
    expect(text).toMatch(/# ECOWAS/);
    expect(text).toMatch(/#\s+illegal-remaining:/);

    const check = fakeIo(dir);
    expect(await main(['validate', 'countries/gh.yaml', '--format', 'json'], check)).toBe(0);
    expect(JSON.parse(check.out).diagnostics).toEqual([]);
  });

  it('refuses to overwrite an existing file, and leaves it as it was', async () => {
    const dir = workspace();
    writeFileSync(join(dir, 'countries', 'gh.yaml'), 'mine\n');
    const io = fakeIo(dir);
    expect(await main(['init', 'GH'], io)).toBe(2);
    expect(io.err).toMatch(/already exists; refusing to overwrite/);
    expect(readFileSync(join(dir, 'countries', 'gh.yaml'), 'utf8')).toBe('mine\n');
  });

  it('rejects a code that is not two letters', async () => {
    const io = fakeIo(workspace());
    expect(await main(['init', 'GHA'], io)).toBe(2);
    expect(io.err).toMatch(/not an ISO 3166 alpha-2 code/);
  });
});
