import { analyzeCountry } from '../../../src/analyze/coverage.js';
import { InputError } from '../../../src/errors.js';
import type { Corpus, Country } from '../../../src/model/index.js';
import { corpusWith, country, section } from '../../helpers/mini-corpus.js';

const AS_AT = '2024-01-01';
const provision = (cov: ReturnType<typeof analyzeCountry>, id: string) => {
  const p = cov.instruments[0]!.provisions.find((x) => x.provision === id);
  if (!p) throw new Error(`no row for ${id}`);
  return p;
};

describe('element status and provision rating', () => {
  it('rates full when a section adds only a narrowing the provision permits', () => {
    const xx = country('XX', [
      section({
        number: '14',
        implements: ['access/enter', 'access/intent'],
        narrowings: ['access/security'],
        penalty: { max_years: 3 },
      }),
    ]);
    const p = provision(analyzeCountry(corpusWith(xx), 'XX', { asAt: AS_AT }), 'art-1');
    expect(p.rating).toBe('full');
    expect(p.sections.map((s) => s.number)).toEqual(['14']);
  });

  it('turns full into partial when a section adds a narrowing the provision does not permit, and says why', () => {
    const xx = country('XX', [
      section({ number: '14', implements: ['access/enter', 'access/intent'], narrowings: ['access/harm'] }),
    ]);
    const p = provision(analyzeCountry(corpusWith(xx), 'XX', { asAt: AS_AT }), 'art-1');
    expect(p.rating).toBe('partial');
    expect(p.narrower).toEqual(['access/enter', 'access/intent']);
    expect(p.elements[0]!.reasons[0]).toMatch(/s\. 14 adds a condition Art\. 1 does not permit: causing harm/);
  });

  it('counts an element as met when one section meets it even if another narrows it', () => {
    const xx = country('XX', [
      section({ number: '14', implements: ['access/enter', 'access/intent'], narrowings: ['access/harm'] }),
      section({ number: '15', implements: ['access/enter', 'access/intent'] }),
    ]);
    expect(provision(analyzeCountry(corpusWith(xx), 'XX', { asAt: AS_AT }), 'art-1').rating).toBe('full');
  });

  it('names the missing elements of a partial provision and says the gap is reservable', () => {
    const xx = country('XX', [section({ number: '24', implements: ['images/make', 'images/get-for-self'] })]);
    const p = provision(analyzeCountry(corpusWith(xx), 'XX', { asAt: AS_AT }), 'art-2');
    expect(p.rating).toBe('partial');
    expect(p.missing).toEqual(['images/get-for-other']);
    expect(p.gapReservable).toBe(true);
    expect(p.explanation).toMatch(/Missing: procuring for another/);
    expect(p.explanation).toMatch(/reservation on accession/);
  });

  it('rates none when nothing is implemented, and not reservable when unreservable elements are missing', () => {
    const p = provision(analyzeCountry(corpusWith(country('XX', [])), 'XX', { asAt: AS_AT }), 'art-2');
    expect(p.rating).toBe('none');
    expect(p.gapReservable).toBe(false);
  });

  it('keeps a reservation apart from gaps', () => {
    const xx = country('XX', [section({ number: '24', implements: ['images/make'] })], {
      status: [
        {
          instrument: 'treaty',
          status: 'party',
          source: { pinpoint: 'x', url: 'https://example.org' },
          basis: 'verified',
          reservations: [
            {
              provision: 'art-2',
              scope: 'procuring',
              source: { pinpoint: 'x', url: 'https://example.org' },
              basis: 'verified',
            },
          ],
        },
      ],
    });
    const p = provision(analyzeCountry(corpusWith(xx), 'XX', { asAt: AS_AT }), 'art-2');
    expect(p.rating).toBe('reserved');
    expect(p.missing).toEqual([]);
    expect(p.reservation?.elements).toEqual(['images/get-for-other', 'images/get-for-self']);
  });

  it("rates 'may' provisions optional, never a gap", () => {
    const p = provision(analyzeCountry(corpusWith(country('XX', [])), 'XX', { asAt: AS_AT }), 'art-3');
    expect(p.rating).toBe('optional');
  });

  it('treats a maximum below a penalty floor as narrower', () => {
    const xx = country('XX', [section({ number: '14', implements: ['access/enter'], penalty: { max_years: 1 } })]);
    const p = provision(analyzeCountry(corpusWith(xx), 'XX', { asAt: AS_AT }), 'art-4');
    expect(p.rating).toBe('partial');
    expect(p.elements[0]!.reasons).toEqual(['s. 14 has a maximum of 1 years, below the floor of 2']);
  });

  it('lets an assessment override the computed rating and keeps both', () => {
    const xx = country('XX', [], {
      assessments: [
        {
          instrument: 'treaty',
          provision: 'art-1',
          rating: 'full',
          rationale: 'Penal Code s. 9 covers it.',
          reviewer: 'A. Assessor',
          date: '2024-01-01',
          source: { pinpoint: 'assessor note', url: 'https://example.org/assessment' },
          basis: 'secondary' as const,
        },
      ],
    });
    const p = provision(analyzeCountry(corpusWith(xx), 'XX', { asAt: AS_AT }), 'art-1');
    expect(p.rating).toBe('full');
    expect(p.computedRating).toBe('none');
    expect(p.assessment?.rationale).toBe('Penal Code s. 9 covers it.');
  });

  it('leaves out meta provisions and keeps the penalty test as a scope test', () => {
    const cov = analyzeCountry(corpusWith(country('XX', [])), 'XX', { asAt: AS_AT });
    const ids = cov.instruments[0]!.provisions.map((p) => p.provision);
    expect(ids).not.toContain('art-6');
    expect(provision(cov, 'art-5').rating).toBe('scope-test');
  });
});

describe('a reservation that permits a narrowing (Budapest Art. 4(2))', () => {
  const withClause = (): Corpus => {
    const corpus = corpusWith();
    const art1 = corpus.instrumentsById.get('treaty')!.provisions.find((p) => p.id === 'art-1')!;
    art1.reservable = { scope: 'may require harm', permits: ['access/harm'], source: 'Art. 1(2)' };
    return corpus;
  };
  const harmSection = section({
    number: '14',
    implements: ['access/enter', 'access/intent'],
    narrowings: ['access/harm'],
  });
  const reservedBy = (c: Country): Country => ({
    ...c,
    status: [
      {
        instrument: 'treaty',
        status: 'party',
        source: { pinpoint: 'x', url: 'https://example.org' },
        basis: 'verified',
        reservations: [
          {
            provision: 'art-1',
            scope: 'harm required',
            source: { pinpoint: 'x', url: 'https://example.org' },
            basis: 'verified',
          },
        ],
      },
    ],
  });

  it('without the reservation the narrowing is a gap, and one a reservation could close', () => {
    const corpus = withClause();
    corpus.countriesByCode.set('XX', country('XX', [harmSection]));
    const p = provision(analyzeCountry(corpus, 'XX', { asAt: AS_AT }), 'art-1');
    expect(p.rating).toBe('partial');
    expect(p.narrower).toEqual(['access/enter', 'access/intent']);
    expect(p.gapReservable).toBe(true);
  });

  it('with the reservation the narrowing is permitted and no element is removed', () => {
    const corpus = withClause();
    corpus.countriesByCode.set('XX', reservedBy(country('XX', [harmSection])));
    const p = provision(analyzeCountry(corpus, 'XX', { asAt: AS_AT }), 'art-1');
    expect(p.rating).toBe('full');
    expect(p.reservation?.elements).toEqual([]);
  });

  it('the reservation does not excuse an element that is missing', () => {
    const corpus = withClause();
    corpus.countriesByCode.set('XX', reservedBy(country('XX', [])));
    expect(provision(analyzeCountry(corpus, 'XX', { asAt: AS_AT }), 'art-1').rating).toBe('none');
  });
});

describe('dates', () => {
  it('uses only sections in force at --as-at', () => {
    const xx = country('XX', [section({ number: '14', implements: ['access/enter', 'access/intent'] })]);
    const before = analyzeCountry(corpusWith(xx), 'XX', { asAt: '2017-01-01' });
    expect(provision(before, 'art-1').rating).toBe('none');
    expect(before.laws[0]!.inForce).toBe(false);
    expect(provision(analyzeCountry(corpusWith(xx), 'XX', { asAt: '2018-05-30' }), 'art-1').rating).toBe('full');
  });

  it('ends a section version on its in_force.to day', () => {
    const xx = country('XX', [
      section({ number: '14', implements: ['access/enter', 'access/intent'], in_force: { to: '2020-12-31' } }),
    ]);
    expect(provision(analyzeCountry(corpusWith(xx), 'XX', { asAt: '2020-12-31' }), 'art-1').rating).toBe('full');
    expect(provision(analyzeCountry(corpusWith(xx), 'XX', { asAt: '2021-01-01' }), 'art-1').rating).toBe('none');
  });
});

describe('serious crime (four-year test)', () => {
  it('classifies maxima, life, and minimum-only penalties explicitly', () => {
    const xx = country('XX', [
      section({ number: '14', implements: ['access/enter'], penalty: { max_years: 3 } }),
      section({ number: '15', implements: ['access/enter'], penalty: { max_years: 10 } }),
      section({ number: '16', implements: ['access/enter'], penalty: { min_years: 5 } }),
      section({ number: '17', implements: ['access/enter'], penalty: { min_years: 2 } }),
      section({ number: '18', implements: ['access/enter'], penalty: { life: true } }),
      section({ number: '19', implements: ['access/enter'] }),
    ]);
    const sc = analyzeCountry(corpusWith(xx), 'XX', { asAt: AS_AT }).instruments[0]!.seriousCrime!;
    expect(sc.thresholdYears).toBe(4);
    expect(Object.fromEntries(sc.findings.map((f) => [f.section.number, f.qualifies]))).toEqual({
      '14': 'no',
      '15': 'yes',
      '16': 'min-only-qualifies',
      '17': 'min-only-undetermined',
      '18': 'yes',
      '19': 'no-penalty-stated',
    });
  });
});

describe('roll-ups', () => {
  it('scores full = 1 and partial = 0.5 over the counted provisions', () => {
    const xx = country('XX', [
      section({ number: '14', implements: ['access/enter', 'access/intent'], penalty: { max_years: 3 } }),
      section({ number: '24', implements: ['images/make'] }),
    ]);
    const inst = analyzeCountry(corpusWith(xx), 'XX', { asAt: AS_AT }).instruments[0]!;
    // art-1 full, art-2 partial, art-4 full; art-3 optional and art-5 scope test do not count.
    expect(inst.total.tally).toMatchObject({ full: 2, partial: 1, none: 0, optional: 1, counted: 3 });
    expect(inst.total.tally.score).toBeCloseTo(2.5 / 3);
    expect(inst.groups.find((g) => g.key === 'substantive')!.verdict).toBe('substantive law largely in place');
    expect(inst.chapters.map((c) => c.key)).toEqual(['ch-1', 'ch-2']);
  });
});

describe('drafting aid', () => {
  it("offers another country's section that meets a missing element", () => {
    const xx = country('XX', []);
    const yy = country('YY', [section({ number: '7', implements: ['images/get-for-other'] })]);
    const p = provision(analyzeCountry(corpusWith(xx, yy), 'XX', { asAt: AS_AT }), 'art-2');
    expect(p.peerExamples).toMatchObject([
      { element: 'images/get-for-other', countryName: 'Country YY', section: { number: '7' } },
    ]);
  });
});

describe('inputs', () => {
  it('refuses an unknown country with the known ones listed', () => {
    expect(() => analyzeCountry(corpusWith(country('XX', [])), 'ZZ', { asAt: AS_AT })).toThrow(InputError);
  });
  it('refuses an unknown -i instrument rather than skipping it', () => {
    expect(() => analyzeCountry(corpusWith(country('XX', [])), 'XX', { asAt: AS_AT, instruments: ['nope'] })).toThrow(
      /unknown instrument 'nope'/,
    );
  });
});
