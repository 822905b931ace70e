/**
 * The reading rules of docs/method.md, each on a corpus small enough to read: one offence in one place,
 * either-or requirements, what was read, laws relied on, partial / broader / arguable readings,
 * institutional and commitment requirements, and reservations that limit other articles.
 */
import { analyzeCountry } from '../../../src/analyze/coverage.js';
import type { Concept, Country, Instrument, Provision, Section } from '../../../src/model/index.js';
import { indexCorpus } from '../../../src/project/open-project.js';
import { rankGaps } from '../../../src/analyze/key-gaps.js';

const src = { pinpoint: 'Art. x', url: 'https://example.org/x' };
const AS_AT = '2024-01-01';

const concepts: Concept[] = [
  {
    id: 'hack',
    group: 'substantive',
    title: 'Hacking',
    definition: 'Entering a system.',
    elements: [
      { id: 'enter', kind: 'conduct', label: 'entering' },
      { id: 'tool', kind: 'object', label: 'with a tool' },
      { id: 'intent', kind: 'mental', label: 'intentionally' },
      { id: 'without-right', kind: 'circumstance', label: 'without right' },
    ],
    narrowings: [{ id: 'harm', label: 'only where harm is caused' }],
  },
  {
    id: 'collect',
    group: 'procedural',
    title: 'Collection',
    definition: 'Collecting traffic data.',
    elements: [
      { id: 'by-police', kind: 'power', label: 'collection by the police' },
      { id: 'provider-collects', kind: 'power', label: 'a provider collects' },
      { id: 'provider-assists', kind: 'power', label: 'a provider assists' },
    ],
  },
  {
    id: 'launder',
    group: 'substantive',
    title: 'Laundering',
    definition: 'Laundering proceeds.',
    elements: [{ id: 'conceal', kind: 'conduct', label: 'concealing proceeds' }],
  },
  {
    id: 'coop',
    group: 'cooperation',
    title: 'Co-operation',
    definition: 'Co-operating.',
    elements: [
      { id: 'widest', kind: 'condition', label: 'to the widest extent' },
      { id: 'authority', kind: 'condition', label: 'a central authority' },
    ],
  },
];

const provision = (p: Partial<Provision> & Pick<Provision, 'id' | 'requires'>): Provision => ({
  number: p.id.replace('art-', ''),
  title: p.id,
  group: 'substantive',
  obligation: 'shall',
  summary: 'A provision.',
  source: src,
  basis: 'verified',
  ...p,
});

const instrument: Instrument = {
  schema_version: 1,
  id: 'treaty',
  title: 'Test Treaty',
  short_title: 'Treaty',
  kind: 'convention',
  body: 'Test Body',
  applies: 'every-state',
  urls: [{ label: 'text', url: 'https://example.org' }],
  languages: ['en'],
  parts: [],
  provisions: [
    provision({
      id: 'art-1',
      requires: [
        { element: 'hack/enter' },
        { element: 'hack/tool' },
        { element: 'hack/intent' },
        { element: 'hack/without-right' },
      ],
    }),
    provision({
      id: 'art-2',
      group: 'procedural',
      requires: [
        { element: 'collect/by-police' },
        {
          alternatives: [
            { id: 'i', label: '(i) a provider collects', requires: [{ element: 'collect/provider-collects' }] },
            { id: 'ii', label: '(ii) a provider assists', requires: [{ element: 'collect/provider-assists' }] },
          ],
        },
      ],
    }),
    provision({ id: 'art-3', requires: [{ element: 'launder/conceal' }] }),
    provision({
      id: 'art-4',
      group: 'cooperation',
      requires: [
        { element: 'coop/widest', kind: 'commitment' },
        { element: 'coop/authority', kind: 'institutional' },
      ],
    }),
    provision({
      id: 'art-5',
      group: 'procedural',
      requires: [{ element: 'collect/by-police' }],
      reservable: { scope: 'may confine Art. 2 to listed offences', limits: ['art-2'], source: 'Art. 5(2)' },
    }),
    provision({
      id: 'art-6',
      requires: [{ element: 'launder/conceal' }],
      reservable: { scope: 'may not criminalise', conditional: 'only where other remedies exist', source: 'Art. 6(3)' },
    }),
  ],
};

const section = (number: string, implements_: Section['implements'], extra: Partial<Section> = {}): Section => ({
  law: 'act',
  number,
  title: `Section ${number}`,
  summary: 'A section.',
  implements: implements_,
  source: { pinpoint: `s. ${number}`, url: 'https://example.org/act' },
  basis: 'verified',
  ...extra,
});

function country(sections: Section[], extra: Partial<Country> = {}): Country {
  return {
    schema_version: 1,
    country: { code: 'XX', name: 'Testland' },
    status: [],
    laws: [{ id: 'act', title: 'Test Act', citation: 'Act 1', url: 'https://example.org/act', basis: 'verified' }],
    sections,
    surveyed: { groups: ['substantive', 'procedural', 'jurisdiction', 'cooperation', 'liability'], note: 'All read.' },
    ...extra,
  };
}

const rate = (c: Country, id: string) => {
  const cov = analyzeCountry(indexCorpus(concepts, [instrument], [c]), 'XX', { asAt: AS_AT, peerExamples: 0 });
  return cov.instruments[0]!.provisions.find((p) => p.provision === id)!;
};

describe('one offence, one place', () => {
  it("does not pair one section's conduct with another section's intent", () => {
    const p = rate(
      country([
        section('1', ['hack/enter', 'hack/tool']), // no intent, no "without right"
        section('2', ['hack/intent', 'hack/without-right', 'hack/tool']), // a different offence
      ]),
      'art-1',
    );
    expect(p.rating).toBe('partial');
    expect(p.missing).toEqual(['hack/enter']);
    expect(p.elements.find((e) => e.element === 'hack/tool')!.sections.map((s) => s.number)).toEqual(['2']);
  });

  it('reads a section with the definitions or general clause it works with', () => {
    const p = rate(
      country([
        section('1', ['hack/enter', 'hack/tool', 'hack/without-right'], { works_with: ['2'] }),
        section('2', ['hack/intent']), // a general intent clause
      ]),
      'art-1',
    );
    expect(p.rating).toBe('full');
    // Each element is credited to the section that meets it.
    expect(p.elements.find((e) => e.element === 'hack/intent')!.sections.map((s) => s.number)).toEqual(['2']);
    expect(p.elements.find((e) => e.element === 'hack/enter')!.sections.map((s) => s.number)).toEqual(['1']);
  });
});

describe('either-or requirements', () => {
  it('is met by one option in full and never lists the other as missing', () => {
    const p = rate(country([section('5', ['collect/by-police', 'collect/provider-assists'])]), 'art-2');
    expect(p.rating).toBe('full');
    expect(p.missing).toEqual([]);
    expect(p.alternatives).toEqual([expect.objectContaining({ chosen: 'ii', metInFull: true })]);
    expect(p.explanation).toMatch(/\(ii\) a provider assists is met, so \(i\) a provider collects is not needed/);
  });
});

describe('what was read', () => {
  it('rates a provision outside what was read "not assessed", never "none", and keeps it out of scores and gaps', () => {
    const c = country([section('1', ['hack/enter', 'hack/tool', 'hack/intent', 'hack/without-right'])], {
      surveyed: { groups: ['substantive'], except: ['launder'], note: 'The money-laundering Act was not read.' },
    });
    const cov = analyzeCountry(indexCorpus(concepts, [instrument], [c]), 'XX', { asAt: AS_AT, peerExamples: 0 });
    const art3 = cov.instruments[0]!.provisions.find((p) => p.provision === 'art-3')!;
    expect(art3.rating).toBe('not-assessed');
    expect(art3.notAssessed).toEqual(['launder/conceal']);
    expect(cov.instruments[0]!.total.tally.notAssessed).toBeGreaterThan(0);
    expect(rankGaps(cov).map((g) => g.p.provision)).not.toContain('art-3');
  });

  it('counts a law relied on, and says so', () => {
    const p = rate(
      country([], {
        relies_on: [
          {
            id: 'penal-code',
            title: 'Penal Code',
            source: { pinpoint: 's. 9', url: 'https://example.org/pc' },
            implements: ['launder/conceal'],
            basis: 'secondary',
          },
        ],
      }),
      'art-3',
    );
    expect(p.rating).toBe('full');
    expect(p.sections).toEqual([
      expect.objectContaining({ via: 'relied-on', lawTitle: 'Penal Code', basis: 'secondary' }),
    ]);
    expect(p.explanation).toMatch(/Rests on a law not encoded: Penal Code, s\. 9 \(relied on\) — secondary/);
  });
});

describe('how a section meets an element', () => {
  it('"only" makes the element narrower, with the limitation stated', () => {
    const p = rate(country([section('3', [{ element: 'launder/conceal', only: 'cash only' }])]), 'art-3');
    expect(p.rating).toBe('partial');
    expect(p.narrower).toEqual(['launder/conceal']);
    expect(p.explanation).toMatch(/s\. 3 meets it only in part — cash only/);
  });

  it('"arguable" is met, and the rating says it rests on a disputable reading', () => {
    const p = rate(
      country([section('3', [{ element: 'launder/conceal', arguable: 'hiding may not be concealing' }])]),
      'art-3',
    );
    expect(p.rating).toBe('full');
    expect(p.arguable).toBe(true);
    expect(p.explanation).toMatch(/Arguable: s\. 3: hiding may not be concealing/);
  });

  it('"broader" advises a dedicated offence naming what the broader one lacks', () => {
    const p = rate(
      country([
        section('4', [
          { element: 'hack/enter', broader: 'any unauthorised use of a computer' },
          'hack/intent',
          'hack/without-right',
        ]),
      ]),
      'art-1',
    );
    expect(p.missing).toEqual(['hack/tool']);
    expect(p.explanation).toMatch(/consider a dedicated offence — the broader one lacks with a tool/);
  });
});

describe('obligations that are not legislation', () => {
  it('a declaration meets an institutional requirement; a commitment is never a gap', () => {
    const p = rate(
      country([], {
        status: [
          {
            instrument: 'treaty',
            status: 'party',
            declarations: [
              {
                provision: 'art-4',
                text: 'The Ministry of Justice is the central authority.',
                source: src,
                basis: 'secondary',
              },
            ],
            source: src,
            basis: 'secondary',
          },
        ],
      }),
      'art-4',
    );
    expect(p.rating).toBe('full');
    expect(p.elements.find((e) => e.element === 'coop/widest')).toMatchObject({ kind: 'commitment', counted: false });
    expect(p.elements.find((e) => e.element === 'coop/authority')!.sections[0]).toMatchObject({ via: 'declaration' });
  });
});

describe('reservations', () => {
  const reserving = (provisionId: string) =>
    country([section('5', ['collect/by-police', 'collect/provider-collects'])], {
      status: [
        {
          instrument: 'treaty',
          status: 'party',
          reservations: [{ provision: provisionId, scope: 'as reserved', source: src, basis: 'secondary' }],
          source: src,
          basis: 'secondary',
        },
      ],
    });

  it('a reservation under one article that limits another is shown there, not on its own article', () => {
    expect(rate(reserving('art-5'), 'art-2').reservation).toMatchObject({ under: 'Art. 5' });
    expect(rate(reserving('art-5'), 'art-5').reservation).toBeUndefined();
  });

  it('a conditional reservation is shown as conditional', () => {
    const p = rate(reserving('art-6'), 'art-6');
    expect(p.rating).toBe('reserved');
    expect(p.reservation?.conditional).toBe('only where other remedies exist');
    expect(p.explanation).toMatch(/Reserved on condition \(only where other remedies exist\)/);
  });
});
