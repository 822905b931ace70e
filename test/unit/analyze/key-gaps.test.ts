import { analyzeCountry } from '../../../src/analyze/coverage.js';
import { keyGaps } from '../../../src/analyze/key-gaps.js';
import type { CountryCoverage, InstrumentCoverage } from '../../../src/model/index.js';
import { corpusWith, country, section } from '../../helpers/mini-corpus.js';

const AS_AT = '2024-01-01';
const title = (id: string) => id.toUpperCase();

describe('key gaps', () => {
  it("ranks 'none' before 'partial', then by group, and lists each concept once", () => {
    // s. 14 meets access/enter only, and below art-4's two-year floor.
    const xx = country('XX', [section({ number: '14', implements: ['access/enter'], penalty: { max_years: 1 } })]);
    const cov = analyzeCountry(corpusWith(xx), 'XX', { asAt: AS_AT });
    const ratings = Object.fromEntries(cov.instruments[0]!.provisions.map((p) => [p.provision, p.rating]));
    expect(ratings).toMatchObject({ 'art-1': 'partial', 'art-2': 'none', 'art-4': 'partial' });
    const gaps = keyGaps(cov, title);
    // art-2 (none) first; then art-1 (partial, access); art-4 touches only 'access' again, so it is an "also".
    expect(gaps.map((g) => g.provision)).toEqual(['art-2', 'art-1']);
    expect(gaps[0]).toMatchObject({
      rating: 'none',
      concepts: ['IMAGES'],
      missing: expect.arrayContaining(['making']),
    });
    expect(gaps[1]!.also).toEqual([{ instrument: 'treaty', shortTitle: 'Treaty', number: '4' }]);
  });

  it('puts gaps a reservation could close after those it could not, and stops at the count', () => {
    const xx = country('XX', [section({ number: '24', implements: ['images/make'] })]);
    const cov = analyzeCountry(corpusWith(xx), 'XX', { asAt: AS_AT });
    const gaps = keyGaps(cov, title);
    // art-1 none (not reservable) before art-2 partial (reservable); art-4 none ranks with art-1 but is an "also".
    expect(gaps.map((g) => [g.provision, g.gapReservable])).toEqual([
      ['art-1', false],
      ['art-2', true],
    ]);
    expect(keyGaps(cov, title, 1).map((g) => g.provision)).toEqual(['art-1']);
  });

  it('orders procedural after substantive and keeps instrument order as the last key', () => {
    const base = analyzeCountry(corpusWith(country('XX', [])), 'XX', { asAt: AS_AT });
    const inst = base.instruments[0]!;
    const proc: InstrumentCoverage = {
      ...inst,
      instrument: 'second',
      shortTitle: 'Second',
      provisions: inst.provisions.map((p) => ({
        ...p,
        instrument: 'second',
        group: 'procedural',
        elements: p.elements.map((e) => ({ ...e, element: `p-${e.element}` })),
        missing: p.missing.map((m) => `p-${m}`),
      })),
    };
    const cov: CountryCoverage = { ...base, instruments: [proc, inst] };
    const gaps = keyGaps(cov, title, 10);
    expect(gaps[0]!.instrument).toBe('treaty');
    expect(gaps.findIndex((g) => g.instrument === 'second')).toBeGreaterThan(
      gaps.filter((g) => g.instrument === 'treaty').length - 1,
    );
  });
});
