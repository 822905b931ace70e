import { analyzeCountry } from '../../../src/analyze/coverage.js';
import { diffCoverage, ratingMove } from '../../../src/analyze/diff.js';
import { corpusWith, country, section } from '../../helpers/mini-corpus.js';

const xx = country('XX', [
  section({ number: '14', implements: ['access/enter', 'access/intent'], penalty: { max_years: 3 } }),
  section({ number: '24', implements: ['images/make'], in_force: { from: '2020-01-01' } }),
]);
const yy = country('YY', [section({ number: '7', implements: ['images/make', 'images/get-for-self'] })]);
const corpus = corpusWith(xx, yy);

describe('diffCoverage', () => {
  it('lists provisions whose rating moved between two dates, with the sections that made the difference', () => {
    const d = diffCoverage(
      analyzeCountry(corpus, 'XX', { asAt: '2017-01-01' }),
      analyzeCountry(corpus, 'XX', { asAt: '2024-01-01' }),
    );
    expect(d.sameCountry).toBe(true);
    const changes = d.instruments[0]!.changes;
    expect(changes.map((c) => [c.provision, c.from, c.to, c.move])).toEqual([
      ['art-1', 'none', 'full', 'up'],
      ['art-2', 'none', 'partial', 'up'],
      ['art-4', 'none', 'full', 'up'],
    ]);
    expect(changes[0]!.sectionsAdded.map((s) => s.number)).toEqual(['14']);
    expect(changes[0]!.sectionsRemoved).toEqual([]);
    expect(changes[1]!.elementsGained).toEqual(['making']);
    expect(d.instruments[0]!.fromTally?.score).toBe(0);
  });

  it('lists nothing when nothing moved', () => {
    const cov = analyzeCountry(corpus, 'XX', { asAt: '2024-01-01' });
    expect(diffCoverage(cov, cov).instruments[0]!.changes).toEqual([]);
  });

  it('compares two countries: every cited section differs, and moves go both ways', () => {
    const d = diffCoverage(
      analyzeCountry(corpus, 'XX', { asAt: '2024-01-01' }),
      analyzeCountry(corpus, 'YY', { asAt: '2024-01-01' }),
    );
    expect(d.sameCountry).toBe(false);
    const byId = Object.fromEntries(d.instruments[0]!.changes.map((c) => [c.provision, c]));
    expect(byId['art-1']).toMatchObject({ from: 'full', to: 'none', move: 'down' });
    expect(byId['art-1']!.sectionsRemoved.map((s) => `${s.country} ${s.number}`)).toEqual(['XX 14']);
    expect(byId['art-2']).toBeUndefined(); // partial on both sides
  });
});

describe('ratingMove', () => {
  it('orders none < partial < full and calls anything else a change', () => {
    expect(ratingMove('partial', 'full')).toBe('up');
    expect(ratingMove('full', 'none')).toBe('down');
    expect(ratingMove('none', 'reserved')).toBe('changed');
  });
});
