import type { Provision } from '../../src/model/index.js';
import {
  allRequiredElements,
  expectEveryProvisionSourced,
  loadInstrument,
  provision,
  requiredElements,
} from '../helpers/data.js';

const doc = loadInstrument('budapest-p1');
const art = (n: number): Provision => provision(doc, `art-${n}`);
const elements = (n: number): string[] => requiredElements(art(n));

describe('First Additional Protocol (ETS 189) data', () => {
  it('has the identity of ETS No. 189', () => {
    expect(doc.id).toBe('budapest-p1');
    expect(doc.reference).toBe('ETS No. 189');
    expect(doc.kind).toBe('protocol');
    expect(String(doc.opened_for_signature)).toBe('2003-01-28');
    expect(doc.languages).toEqual(['en', 'fr']);
  });

  it('encodes the preamble and Arts 1-16, all verified against the complete text', () => {
    expect(doc.provisions.map((p) => p.id)).toEqual([
      'preamble',
      ...Array.from({ length: 16 }, (_, i) => `art-${i + 1}`),
    ]);
    expectEveryProvisionSourced(doc, { bases: ['verified'] });
  });

  it('Art. 3 dissemination is mandatory; the reservation removes only discrimination-only material', () => {
    expect(art(3).obligation).toBe('shall');
    expect(elements(3)).toEqual(
      expect.arrayContaining([
        'hate-material-dissemination/distribute',
        'hate-material-dissemination/make-available',
        'hate-material-dissemination/hate-material',
      ]),
    );
    expect(art(3).reservable?.elements).toEqual(['hate-material-dissemination/discrimination-material']);
    expect(art(3).reservable?.source).toMatch(/Art\. 3\(2\)-\(3\)/);
  });

  it('Art. 4 threat is mandatory and cannot be reserved', () => {
    expect(elements(4)).toContain('hate-motivated-threat/threat');
    expect(art(4).reservable).toBeUndefined();
  });

  it('Art. 5 insult may be narrowed (exposure to hatred) or reserved in whole or part', () => {
    expect(elements(5)).toContain('hate-motivated-insult/insult');
    expect(art(5).permits).toEqual(['hate-motivated-insult/exposure-to-hatred']);
    expect(art(5).reservable).toBeDefined();
    expect(art(5).reservable?.elements).toBeUndefined();
  });

  it('Art. 6 denial covers denial, gross minimisation, approval and justification, with its options and reservation', () => {
    expect(elements(6)).toEqual(
      expect.arrayContaining(['genocide-denial/deny', 'genocide-denial/minimise', 'genocide-denial/approve-justify']),
    );
    expect(art(6).permits).toEqual(
      expect.arrayContaining(['genocide-denial/tribunal-recognised-only', 'genocide-denial/incitement-intent']),
    );
    expect(art(6).reservable?.elements).toBeUndefined();
  });

  it('Art. 7 aiding and abetting reaches all four offences; no attempt provision', () => {
    expect(elements(7).sort()).toEqual([
      'aiding-abetting/genocide-denial',
      'aiding-abetting/hate-material-dissemination',
      'aiding-abetting/hate-motivated-insult',
      'aiding-abetting/hate-motivated-threat',
    ]);
    expect(allRequiredElements(doc).some((e) => e.startsWith('attempt/'))).toBe(false);
  });

  it('only Arts 3, 5 and 6 are reservable', () => {
    expect(doc.provisions.filter((p) => p.reservable).map((p) => p.id)).toEqual(['art-3', 'art-5', 'art-6']);
  });
});
