import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../../../src/cli/main.js';
import { expectGolden } from '../../helpers/golden.js';
import { fakeIo } from '../../helpers/fake-io.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

describe('lexgap summary', () => {
  it('prints the bundled countries against their instruments (golden)', async () => {
    const io = fakeIo(ROOT);
    expect(await main(['summary', '--as-at', '2026-11-01'], io)).toBe(0);
    expect(io.err).toBe('');
    expectGolden('summary/bundled.txt', io.out);
  });

  it('fits a 120-column terminal at fourteen countries: instruments that do not fit go to a further table', async () => {
    const io = fakeIo(ROOT);
    expect(await main(['summary', '--as-at', '2026-11-01'], io)).toBe(0);
    const lines = io.out.split('\n');
    expect(Math.max(...lines.map((l) => [...l].length))).toBeLessThanOrEqual(120);
    // Every country appears once per table, and every table starts with the country column.
    const tables = lines.filter((l) => l.startsWith('│ Country')).length;
    expect(tables).toBeGreaterThan(1);
    expect(lines.filter((l) => l.startsWith('│ Kenya (KE)')).length).toBe(tables);
  });

  it('agrees with gap on every cell', async () => {
    const io = fakeIo(ROOT);
    expect(await main(['summary', '--as-at', '2026-11-01', '--format', 'json'], io)).toBe(0);
    const { summary } = JSON.parse(io.out);
    for (const row of summary.rows) {
      const gapIo = fakeIo(ROOT);
      expect(await main(['gap', row.country.code, '--as-at', '2026-11-01', '--format', 'json'], gapIo)).toBe(0);
      const { coverage } = JSON.parse(gapIo.out);
      const measured = coverage.instruments.map((i: { instrument: string }) => i.instrument).sort();
      const applying = row.cells
        .filter((c: { applies: boolean }) => c.applies)
        .map((c: { instrument: string }) => c.instrument);
      expect(applying.sort()).toEqual(measured);
      for (const inst of coverage.instruments) {
        const cell = row.cells.find((c: { instrument: string }) => c.instrument === inst.instrument);
        expect(cell.tally).toEqual(inst.total.tally);
      }
    }
  });

  it('writes several formats in one run, atomically', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lexgap-summary-'));
    try {
      const io = fakeIo(ROOT);
      const argv = ['summary', '--as-at', '2026-11-01', '-f', 'csv', '-o', join(dir, 's.csv'), '-o', join(dir, 's.md')];
      expect(await main(argv, io)).toBe(0);
      expect(readdirSync(dir).sort()).toEqual(['s.csv', 's.md']);
      expect(readFileSync(join(dir, 's.csv'), 'utf8')).toMatch(/^country,name,as_at,/);
      expect(readFileSync(join(dir, 's.md'), 'utf8')).toMatch(/^# Coverage by country and instrument/);
      expect(io.out).toBe('');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('rejects a bad date and an unknown format with exit 2', async () => {
    for (const argv of [
      ['summary', '--as-at', '2026-02-30'],
      ['summary', '--format', 'html'],
    ]) {
      const io = fakeIo(ROOT);
      expect(await main(argv, io)).toBe(2);
      expect(io.err).toMatch(/^lexgap: /);
      expect(io.out).toBe('');
    }
  });
});
