import { fileURLToPath } from 'node:url';
import { main } from '../../../src/cli/main.js';
import { expectGolden } from '../../helpers/golden.js';
import { fakeIo } from '../../helpers/fake-io.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

describe('lexgap gap', () => {
  it('prints the Kenya table (golden)', async () => {
    const io = fakeIo(ROOT);
    expect(await main(['gap', 'KE', '--as-at', '2026-11-01'], io)).toBe(0);
    expect(io.err).toBe('');
    expectGolden('gap/ke.txt', io.out);
  });

  it('writes the Kenya JSON contract (golden)', async () => {
    const io = fakeIo(ROOT);
    expect(await main(['gap', 'KE', '--as-at', '2026-11-01', '--format', 'json'], io)).toBe(0);
    const json = JSON.parse(io.out);
    expect(json.schemaVersion).toBe(1);
    expect(json.coverage.asAt).toBe('2026-11-01');
    expectGolden('gap/ke.json', io.out);
  });

  it('exits 1 with --fail-on-gaps when a provision is partial or none, 0 without', async () => {
    expect(
      await main(
        ['gap', 'KE', '-i', 'budapest', '--fail-on-gaps', '--as-at', '2026-11-01', '--format', 'csv'],
        fakeIo(ROOT),
      ),
    ).toBe(1);
    expect(await main(['gap', 'KE', '-i', 'budapest', '--as-at', '2026-11-01', '--format', 'csv'], fakeIo(ROOT))).toBe(
      0,
    );
  });

  it('--only gaps leaves out full, reserved and optional rows', async () => {
    const io = fakeIo(ROOT);
    await main(['gap', 'KE', '-i', 'budapest', '--only', 'gaps', '--as-at', '2026-11-01', '--format', 'json'], io);
    const ratings = JSON.parse(io.out).coverage.instruments[0].provisions.map((p: { rating: string }) => p.rating);
    expect(ratings.length).toBeGreaterThan(0);
    expect(ratings.every((r: string) => r === 'partial' || r === 'none')).toBe(true);
  });

  it('rejects an unknown country, an unknown instrument and a bad date with exit 2 and one message', async () => {
    for (const argv of [
      ['gap', 'ZZ'],
      ['gap', 'KE', '-i', 'budapst'],
      ['gap', 'KE', '--as-at', '2021-02-30'],
    ]) {
      const io = fakeIo(ROOT);
      expect(await main(argv, io)).toBe(2);
      expect(io.err).toMatch(/^lexgap: /);
      expect(io.err).not.toMatch(/\n\s+at /);
      expect(io.out).toBe('');
    }
  });

  it('points an unknown country to a data folder of its own, never to the bundled countries/ folder', async () => {
    const io = fakeIo(ROOT);
    expect(await main(['gap', 'ZZ'], io)).toBe(2);
    expect(io.err).toContain("'lexgap init ZZ -o mydata/countries/zz.yaml', then run with '--data mydata'");
    expect(io.err).not.toMatch(/init ZZ'/);
  });

  it('says, for a date before the 2018 Act, that it was not yet in force', async () => {
    const io = fakeIo(ROOT);
    expect(await main(['gap', 'KE', '-i', 'budapest', '--as-at', '2017-01-01', '--format', 'markdown'], io)).toBe(0);
    expect(io.out).toContain('Not in force on that day: Computer Misuse and Cybercrimes Act (commenced 2018-05-30).');
    expect(io.out).toMatch(/\| 2 Illegal access \| none \|/);
  });

  it('refuses the same -i twice', async () => {
    const io = fakeIo(ROOT);
    expect(await main(['gap', 'KE', '-i', 'budapest', '-i', 'budapest'], io)).toBe(2);
    expect(io.err).toMatch(/-i budapest is given twice/);
  });

  it('-i budapst suggests budapest', async () => {
    const io = fakeIo(ROOT);
    await main(['gap', 'KE', '-i', 'budapst'], io);
    expect(io.err).toMatch(/did you mean 'budapest'/);
  });
});

describe('lexgap compare', () => {
  it('crosswalks Budapest and ECOWAS (golden, Markdown)', async () => {
    const io = fakeIo(ROOT);
    expect(await main(['compare', 'budapest', 'ecowas-2011', '--format', 'markdown'], io)).toBe(0);
    expect(io.out).toMatch(/Illegal remaining/);
    expectGolden('compare/budapest-ecowas-2011.md', io.out);
  });

  it('shows what the UN Convention adds to and leaves out of Budapest', async () => {
    const io = fakeIo(ROOT);
    expect(await main(['compare', 'budapest', 'uncc-2024', '--format', 'json'], io)).toBe(0);
    const cw = JSON.parse(io.out);
    const uncc = cw.unique.find((u: { instrument: string }) => u.instrument === 'uncc-2024');
    const ids = (u: { concepts: { id: string }[] }) => u.concepts.map((c) => c.id);
    expect(ids(uncc)).toEqual(
      expect.arrayContaining(['child-grooming', 'intimate-image-abuse', 'laundering-proceeds']),
    );
    // What it leaves out: Budapest's mandatory attempt and IP offences have no UNCC counterpart.
    const budapest = cw.unique.find((u: { instrument: string }) => u.instrument === 'budapest');
    expect(ids(budapest)).toEqual(expect.arrayContaining(['ip-infringement', 'attempt']));
  });
});

describe('lexgap compare --format csv', () => {
  it('has as many cells in every row as in the header', async () => {
    const io = fakeIo(ROOT);
    expect(await main(['compare', 'budapest', 'ecowas-2011', '--format', 'csv'], io)).toBe(0);
    const rows = io.out.trim().split('\r\n');
    // Count cells with RFC 4180 quoting: commas inside quotes do not split.
    const width = (line: string) => {
      let cells = 1;
      let quoted = false;
      for (const ch of line) {
        if (ch === '"') quoted = !quoted;
        else if (ch === ',' && !quoted) cells += 1;
      }
      return cells;
    };
    expect(rows[0]).toBe('concept,group,instrument,provisions,relation,elements,optional,choice,extra,lacking');
    for (const r of rows) expect(width(r)).toBe(10);
  });
});

describe('lexgap list and show', () => {
  it('lists instruments with their share verified', async () => {
    const io = fakeIo(ROOT);
    expect(await main(['list', 'instruments', '--format', 'json'], io)).toBe(0);
    const budapest = JSON.parse(io.out).instruments.find((i: { id: string }) => i.id === 'budapest');
    expect(budapest.provisions).toBe(48);
    expect(budapest.basis.verified).toBe(1);
  });

  it('shows one provision with its reservation and related provisions', async () => {
    const io = fakeIo(ROOT);
    expect(await main(['show', 'budapest/art-6'], io)).toBe(0);
    expect(io.out).toMatch(/Misuse of devices/);
    expect(io.out).toMatch(/Reservations: .*Art\. 6\(3\)/);
    expect(io.out).toMatch(/Provisions of other instruments sharing its concepts:\n(\s+- .+\n)+/);
  });
});
