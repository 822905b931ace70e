/** A tiny hand-built corpus: two offence concepts, one instrument with every kind of provision, two countries. */
import type { Concept, Country, Instrument, Section } from '../../src/model/index.js';
import { indexCorpus } from '../../src/project/open-project.js';

const src = { pinpoint: 'Art. x', url: 'https://example.org/x' };

export const concepts: Concept[] = [
  {
    id: 'access',
    group: 'substantive',
    title: 'Access',
    definition: 'Entering a system without right.',
    elements: [
      { id: 'enter', kind: 'conduct', label: 'entering a system' },
      { id: 'intent', kind: 'mental', label: 'intent' },
    ],
    narrowings: [
      { id: 'security', label: 'by breaking security' },
      { id: 'harm', label: 'causing harm' },
    ],
  },
  {
    id: 'images',
    group: 'substantive',
    title: 'Images',
    definition: 'Dealing in unlawful images.',
    elements: [
      { id: 'make', kind: 'conduct', label: 'making' },
      { id: 'get-for-self', kind: 'conduct', label: 'procuring for oneself' },
      { id: 'get-for-other', kind: 'conduct', label: 'procuring for another' },
    ],
  },
  {
    id: 'preserve',
    group: 'procedural',
    title: 'Preservation',
    definition: 'Keeping data.',
    elements: [{ id: 'order', kind: 'power', label: 'preservation order' }],
  },
];

export const instrument: Instrument = {
  schema_version: 1,
  id: 'treaty',
  title: 'Test Treaty',
  short_title: 'Treaty',
  kind: 'convention',
  body: 'Test Body',
  applies: 'every-state',
  urls: [{ label: 'text', url: 'https://example.org' }],
  languages: ['en'],
  parts: [
    { id: 'ch-1', label: 'Chapter I', title: 'Offences' },
    { id: 'ch-2', label: 'Chapter II', title: 'Procedure' },
  ],
  provisions: [
    {
      id: 'art-1',
      number: '1',
      title: 'Access',
      part: 'ch-1',
      group: 'substantive',
      obligation: 'shall',
      summary: 'Criminalise access.',
      requires: [{ element: 'access/enter' }, { element: 'access/intent' }],
      permits: ['access/security'],
      source: src,
      basis: 'verified',
    },
    {
      id: 'art-2',
      number: '2',
      title: 'Images',
      part: 'ch-1',
      group: 'substantive',
      obligation: 'shall',
      summary: 'Criminalise image offences.',
      requires: [{ element: 'images/make' }, { element: 'images/get-for-self' }, { element: 'images/get-for-other' }],
      reservable: {
        scope: 'procuring',
        elements: ['images/get-for-self', 'images/get-for-other'],
        source: 'Art. 2(4)',
      },
      source: src,
      basis: 'verified',
    },
    {
      id: 'art-3',
      number: '3',
      title: 'Preservation',
      part: 'ch-2',
      group: 'procedural',
      obligation: 'may',
      summary: 'May provide preservation.',
      requires: [{ element: 'preserve/order' }],
      source: src,
      basis: 'recalled',
    },
    {
      id: 'art-4',
      number: '4',
      title: 'Serious access',
      part: 'ch-1',
      group: 'substantive',
      obligation: 'shall',
      summary: 'Access punishable by at least 2 years.',
      requires: [{ element: 'access/enter', penalty_floor_years: 2 }],
      source: src,
      basis: 'secondary',
    },
    {
      id: 'art-5',
      number: '5',
      title: 'Serious crime',
      part: 'ch-1',
      group: 'substantive',
      obligation: 'none',
      summary: 'Four-year test.',
      penalty_threshold: { min_max_penalty_years: 4, group: 'substantive' },
      source: src,
      basis: 'verified',
    },
    {
      id: 'art-6',
      number: '6',
      title: 'Final',
      group: 'meta',
      obligation: 'none',
      summary: 'Final clauses.',
      source: src,
      basis: 'verified',
    },
  ],
};

const section = (over: Partial<Section> & Pick<Section, 'number' | 'implements'>): Section => ({
  law: 'act',
  title: `Section ${over.number}`,
  summary: 'A section.',
  source: { pinpoint: `s. ${over.number}`, url: 'https://example.org/act' },
  basis: 'verified',
  ...over,
});

export function country(code: string, sections: Section[], extra: Partial<Country> = {}): Country {
  return {
    schema_version: 1,
    country: { code, name: `Country ${code}` },
    status: [],
    laws: [
      {
        id: 'act',
        title: 'Test Act',
        citation: 'Act 1',
        commenced: '2018-05-30',
        url: 'https://example.org/act',
        basis: 'verified',
      },
    ],
    sections,
    ...extra,
  };
}

export { section };

export function corpusWith(...countries: Country[]) {
  return indexCorpus(concepts, [instrument], countries);
}
