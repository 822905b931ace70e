/** `--as-at` defaults to the user's calendar day, not UTC's. */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { localDay } from '../../../src/cli/local-day.js';

const IO = fileURLToPath(new URL('../../../dist/cli/io.js', import.meta.url));

/** The day it is now in a time zone, as YYYY-MM-DD. */
const dayIn = (timeZone: string) =>
  new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());

/** What the built CLI takes as today in a process running in that zone. */
function todayIn(zone: string): string {
  const script = `const { nodeIo } = await import(${JSON.stringify(IO)}); process.stdout.write(nodeIo().today());`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    encoding: 'utf8',
    env: { ...process.env, TZ: zone },
  });
  return r.stdout;
}

describe('today', () => {
  // 25 hours apart, so at any moment at least one of them is on a different day from UTC.
  it.each(['Pacific/Kiritimati', 'Pacific/Pago_Pago'])('is the local day in %s', (zone) => {
    expect(todayIn(zone)).toBe(dayIn(zone));
  });

  it('localDay reads the local calendar fields', () => {
    expect(localDay(new Date(2026, 0, 1, 0, 30))).toBe('2026-01-01');
    expect(localDay(new Date(2025, 11, 31, 23, 59))).toBe('2025-12-31');
  });
});
