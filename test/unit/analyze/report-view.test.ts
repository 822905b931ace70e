import { analyzeCountry } from '../../../src/analyze/coverage.js';
import { buildReportView } from '../../../src/analyze/report-view.js';
import type { Country } from '../../../src/model/index.js';
import { corpusWith, country, section } from '../../helpers/mini-corpus.js';

const AS_AT = '2024-01-01';
const src = { pinpoint: 'x', url: 'https://example.org' };

function withStatus(status: 'party' | 'member'): Country {
  return country(
    'XX',
    [
      section({ number: '14', implements: ['access/enter', 'access/intent'], penalty: { max_years: 3 } }),
      section({ number: '24', implements: ['images/make'], basis: 'recalled' }),
    ],
    {
      data_version: '2024.1',
      status: [
        {
          instrument: 'treaty',
          status,
          source: src,
          basis: 'secondary',
          reservations: [{ provision: 'art-2', scope: 'procuring', source: src, basis: 'verified' }],
          declarations: [{ provision: 'art-3', text: 'authority named', source: src, basis: 'recalled' }],
        },
      ],
    },
  );
}

const view = (c: Country) => {
  const corpus = corpusWith(c, country('YY', [section({ number: '7', implements: ['images/get-for-other'] })]));
  return buildReportView(corpus, analyzeCountry(corpus, c.country.code, { asAt: AS_AT }));
};

describe('buildReportView', () => {
  it('carries instrument metadata and the basis of the rated provisions only', () => {
    const v = view(withStatus('party'));
    expect(v.instruments).toHaveLength(1);
    // art-1, art-2, art-5 verified; art-4 secondary; art-3 recalled; art-6 (meta) not rated.
    expect(v.instruments[0]).toMatchObject({
      id: 'treaty',
      shortTitle: 'Treaty',
      basis: { verified: 3, secondary: 1, recalled: 1 },
      status: { status: 'party', basis: 'secondary' },
    });
    expect(v.instruments[0]!.provisionsByBasis.map((g) => [g.basis, g.provisions.map((p) => p.number)])).toEqual([
      ['verified', ['1', '2', '5']],
      ['secondary', ['4']],
      ['recalled', ['3']],
    ]);
  });

  it("applies a party's reservation and says which rated provision it changes, with the elements it removes", () => {
    const [r] = view(withStatus('party')).reservations;
    expect(r).toMatchObject({
      provision: 'art-2',
      number: '2',
      applied: true,
      affects: [{ number: '2', rating: 'reserved' }],
    });
    expect(r!.elements.map((e) => e.label)).toEqual(['procuring for oneself', 'procuring for another']);
  });

  it("lists but does not apply a member's reservation", () => {
    const [r] = view(withStatus('member')).reservations;
    expect(r).toMatchObject({ applied: false, affects: [] });
  });

  it('counts the basis of every country fact used and lists each cited section once', () => {
    const v = view(withStatus('party'));
    expect(v.declarations).toMatchObject([{ number: '3', text: 'authority named', basis: 'recalled' }]);
    expect(v.country.dataVersion).toBe('2024.1');
    expect(v.country.sections.map((s) => s.number)).toEqual(['14', '24']);
    expect(v.country.counts).toEqual({
      laws: { verified: 1, secondary: 0, recalled: 0 },
      sections: { verified: 1, secondary: 0, recalled: 1 },
      statuses: { verified: 0, secondary: 1, recalled: 0 },
      reservations: { verified: 1, secondary: 0, recalled: 1 },
    });
  });

  it('lists sections in force that map to no element, since a gap may be met by one whose text was not read', () => {
    const c = withStatus('party');
    c.sections.push(section({ number: '30', title: 'Heading only', implements: [] }));
    c.sections.push(section({ number: '31', implements: [], in_force: { to: '2020-01-01' } }));
    expect(view(c).country.unmapped.map((s) => [s.number, s.title])).toEqual([['30', 'Heading only']]);
  });

  it('derives the heat map and key gaps from the same coverage', () => {
    const v = view(withStatus('member'));
    expect(v.heatMap.rows.map((r) => [r.concept, r.cells[0]!.rating])).toEqual([
      ['access', 'full'],
      ['images', 'partial'],
      ['preserve', 'optional'],
    ]);
    expect(v.keyGaps.map((g) => g.provision)).toEqual(['art-2']);
  });
});
