import { analyzeCountry } from '../../../src/analyze/coverage.js';
import { buildHeatMap, heatCell } from '../../../src/analyze/heat-map.js';
import { concepts, corpusWith, country, section } from '../../helpers/mini-corpus.js';

const AS_AT = '2024-01-01';
const treaty = (xx: ReturnType<typeof country>) =>
  analyzeCountry(corpusWith(xx), xx.country.code, { asAt: AS_AT }).instruments[0]!;

const party = (reservations: { provision: string; elements?: string[] }[]) => ({
  status: [
    {
      instrument: 'treaty',
      status: 'party' as const,
      source: { pinpoint: 'x', url: 'https://example.org' },
      basis: 'verified' as const,
      reservations: reservations.map((r) => ({
        ...r,
        scope: 'procuring',
        source: { pinpoint: 'x', url: 'https://example.org' },
        basis: 'verified' as const,
      })),
    },
  ],
});

describe('heat-map cell rule', () => {
  it('is full when every counted element of the concept is met, across all provisions requiring it', () => {
    // access is required by art-1 (enter, intent) and art-4 (enter, floor 2 years).
    const xx = country('XX', [
      section({ number: '14', implements: ['access/enter', 'access/intent'], penalty: { max_years: 3 } }),
    ]);
    expect(heatCell(treaty(xx), 'access')).toMatchObject({
      rating: 'full',
      provisions: ['1', '4'],
      met: 3,
      narrower: 0,
      missing: 0,
    });
  });

  it('is partial when one provision narrows what another meets (penalty below a floor)', () => {
    const xx = country('XX', [
      section({ number: '14', implements: ['access/enter', 'access/intent'], penalty: { max_years: 1 } }),
    ]);
    expect(heatCell(treaty(xx), 'access')).toMatchObject({ rating: 'partial', met: 2, narrower: 1 });
  });

  it('is none when nothing is implemented, and not-required for a concept the instrument never requires', () => {
    const cell = heatCell(treaty(country('XX', [])), 'images');
    expect(cell).toMatchObject({ rating: 'none', met: 0, missing: 3 });
    expect(heatCell(treaty(country('XX', [])), 'nothing-here').rating).toBe('not-required');
  });

  it("is optional when only 'may' provisions require the concept, and flags recalled instrument data", () => {
    expect(heatCell(treaty(country('XX', [])), 'preserve')).toMatchObject({
      rating: 'optional',
      reliesOnRecalled: true,
    });
  });

  it('is not-assessed, never none, when the concept lies outside what the laws were read for (issue 11)', () => {
    const surveyed = { surveyed: { groups: ['procedural' as const], note: 'Only procedure was read.' } };
    const cell = heatCell(treaty(country('XX', [], surveyed)), 'images');
    expect(cell).toMatchObject({ rating: 'not-assessed', met: 0, missing: 0, notAssessed: 3 });
    // Met where it was read, with the rest not read: partial, not full.
    const some = country('XX', [section({ number: '3', implements: ['images/make'] })], surveyed);
    expect(heatCell(treaty(some), 'images')).toMatchObject({ rating: 'partial', met: 1, notAssessed: 2 });
  });

  it('is reserved when only reserved elements fall short, as the provision rule has it', () => {
    const xx = country('XX', [section({ number: '24', implements: ['images/make'] })], party([{ provision: 'art-2' }]));
    expect(heatCell(treaty(xx), 'images').rating).toBe('reserved');
  });

  it('counts elements, not provisions: a concept fully met stays full inside a partial multi-concept provision', () => {
    const xx = country('XX', [
      section({ number: '14', implements: ['access/enter', 'access/intent'], penalty: { max_years: 3 } }),
    ]);
    const inst = treaty(xx);
    // Make art-1 reach a second concept it does not meet, as attempt or sanctions provisions do.
    const art1 = inst.provisions.find((p) => p.provision === 'art-1')!;
    const widened = {
      ...inst,
      provisions: inst.provisions.map((p) =>
        p === art1
          ? {
              ...p,
              rating: 'partial' as const,
              elements: [...p.elements, { ...p.elements[0]!, element: 'images/make', status: 'missing' as const }],
            }
          : p,
      ),
    };
    expect(heatCell(widened, 'access').rating).toBe('full');
    expect(heatCell(widened, 'images')).toMatchObject({ provisions: ['1', '2'], rating: 'none' });
  });

  it("lets an assessor's rating stand for every element of the assessed provision", () => {
    const assessed = (rating: 'full' | 'none' | 'not-applicable') =>
      country('XX', [], {
        assessments: [
          {
            instrument: 'treaty',
            provision: 'art-2',
            rating,
            rationale: 'r',
            reviewer: 'A',
            date: '2024-01-01',
            source: { pinpoint: 'assessor note', url: 'https://example.org/assessment' },
            basis: 'secondary' as const,
          },
        ],
      });
    expect(heatCell(treaty(assessed('full')), 'images').rating).toBe('full');
    expect(heatCell(treaty(assessed('none')), 'images').rating).toBe('none');
    expect(heatCell(treaty(assessed('not-applicable')), 'images').rating).toBe('not-applicable');
  });
});

describe('buildHeatMap', () => {
  it('has one row per required concept, in taxonomy order, and one cell per instrument', () => {
    const xx = country('XX', []);
    const cov = analyzeCountry(corpusWith(xx), 'XX', { asAt: AS_AT });
    const map = buildHeatMap(concepts, cov);
    expect(map.rows.map((r) => r.concept)).toEqual(['access', 'images', 'preserve']);
    expect(map.rows.every((r) => r.cells.length === map.instruments.length)).toBe(true);
    expect(map.instruments).toEqual([{ id: 'treaty', shortTitle: 'Treaty' }]);
  });
});
