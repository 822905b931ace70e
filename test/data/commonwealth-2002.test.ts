import type { Provision } from '../../src/model/index.js';
import {
  allRequiredElements,
  conceptElements,
  expectEveryProvisionSourced,
  expectNoReservationsOptionsOrFloors,
  itIfInstrument,
  loadInstrument,
  provision,
  provisionNumbered,
  requiredElements,
} from '../helpers/data.js';

const doc = loadInstrument('commonwealth-2002');
const sec = (n: number): Provision => provisionNumbered(doc, String(n));
const required = (n: number): string[] => requiredElements(sec(n));
const allRequired = allRequiredElements(doc);

describe('Commonwealth Model Law on Computer and Computer Related Crime (LMM(02)17) data', () => {
  it('has the identity of LMM(02)17', () => {
    expect(doc.id).toBe('commonwealth-2002');
    expect(doc.reference).toBe('LMM(02)17');
    expect(doc.kind).toBe('model-law');
    expect(doc.body).toBe('Commonwealth Secretariat');
    expect(doc.applies).toBe('by-status');
    expect(doc.languages).toEqual(['en']);
    // Date of adoption/endorsement is not confirmed, so it is left out.
    expect(doc.adopted).toBeUndefined();
    expect(doc.in_force).toBeUndefined();
  });

  it('encodes ss.1-21 once each, in order, in the three sourced Parts', () => {
    expect(doc.provisions.map((p) => p.number)).toEqual(Array.from({ length: 21 }, (_, i) => String(i + 1)));
    const part = (n: number) => sec(n).part;
    for (let n = 1; n <= 4; n++) expect(part(n)).toBe('part-1-introduction');
    for (let n = 5; n <= 10; n++) expect(part(n)).toBe('part-2-offences');
    for (let n = 11; n <= 21; n++) expect(part(n)).toBe('part-3-procedural-powers');
  });

  it('gives every section a source and a basis; nothing is verified (operative text unread)', () => {
    expectEveryProvisionSourced(doc, { bases: ['secondary', 'recalled'] });
    const secondary = doc.provisions.filter((p) => p.basis === 'secondary').map((p) => p.number);
    expect(secondary).toEqual(['2', '3', '5']);
    expect(doc.confidence).toMatch(/none is verified/);
  });

  it('has the six offences of Part II, all "shall"', () => {
    const offences = doc.provisions.filter((p) => p.part === 'part-2-offences');
    expect(offences.map((p) => p.id)).toEqual([
      'illegal-access',
      'interfering-with-data',
      'interfering-with-computer-system',
      'illegal-interception',
      'illegal-devices',
      'child-pornography',
    ]);
    for (const p of offences) expect(p.obligation).toBe('shall');
  });

  it('has no computer forgery, fraud, copyright, attempt, aiding, corporate liability or co-operation', () => {
    for (const c of [
      'computer-forgery/',
      'computer-fraud/',
      'ip-infringement/',
      'attempt/',
      'aiding-abetting/',
      'legal-person-liability/',
      'cooperation-general-principles/',
      'mla-general/',
      'contact-point-24-7/',
    ])
      expect(allRequired.some((e) => e.startsWith(c))).toBe(false);
    expect(doc.provisions.some((p) => p.group === 'cooperation')).toBe(false);
  });

  it('s.5 illegal access: intent and without right, none of the Budapest options', () => {
    expect(required(5)).toEqual(['illegal-access/access', 'illegal-access/intent', 'illegal-access/without-right']);
    expect(sec(5).permits ?? []).toEqual([]);
  });

  it('ss.6 and 7 reach recklessness; s.7 has no seriousness threshold and covers physical means', () => {
    expect(required(6)).toContain('data-interference/recklessness');
    expect(required(6)).toContain('data-interference/obstruct-lawful-use');
    expect(required(7)).toEqual(
      expect.arrayContaining([
        'system-interference/recklessness',
        'system-interference/by-any-means',
        'system-interference/interfere-lawful-user',
      ]),
    );
    expect(required(7)).not.toContain('system-interference/serious');
  });

  it('s.8 includes electromagnetic emissions and is not limited to non-public transmissions', () => {
    expect(required(8)).toContain('illegal-interception/electromagnetic-emissions');
    expect(required(8)).not.toContain('illegal-interception/non-public');
  });

  it('s.9 devices adds export; s.10 has no procuring and permits the legitimate-purpose defence', () => {
    expect(required(9)).toContain('misuse-of-devices/export');
    expect(required(9)).toContain('misuse-of-devices/intent-to-commit');
    expect(required(10)).not.toContain('csam/procure-for-self');
    expect(required(10)).not.toContain('csam/procure-for-another');
    expect(sec(10).permits).toEqual(expect.arrayContaining(['csam/public-good-defence', 'csam/age-below-18']));
  });

  it('s.4 jurisdiction follows Budapest Art. 22(1) and allows double criminality', () => {
    expect(sec(4).group).toBe('jurisdiction');
    expect(required(4)).toEqual(
      expect.arrayContaining([
        'jurisdiction-territorial/committed-in-territory',
        'jurisdiction-flag-state/ship',
        'jurisdiction-flag-state/aircraft',
        'jurisdiction-active-nationality/national-offender',
      ]),
    );
    expect(sec(4).permits).toEqual(['jurisdiction-active-nationality/double-criminality']);
  });

  it('Part III maps each power to its Budapest-style concept', () => {
    expect(required(12)).toEqual(
      expect.arrayContaining(['search-access/search-system', 'search-access/extend-to-connected']),
    );
    expect(required(13)).toEqual([
      'compelled-assistance/order-person-in-control',
      'compelled-assistance/failure-offence',
    ]);
    expect(required(14)).toEqual(['procedural-safeguards/seizure-record-access']);
    expect(required(15)).toEqual(
      expect.arrayContaining([
        'production-order-stored-data/order-person',
        'production-order-subscriber-info/order-provider',
      ]),
    );
    expect(required(16)).toContain('traffic-data-partial-disclosure/identify-path');
    expect(required(17)).toContain('expedited-preservation/preservation-order');
    expect(required(18)).toContain('content-interception/collect-by-authorities');
    expect(required(19)).toContain('realtime-traffic-collection/collect-by-authorities');
    expect(sec(18).permits ?? []).not.toContain('content-interception/serious-offences-only');
  });

  it('meta sections carry no requirements; no penalties, reservations or optional limbs are encoded', () => {
    for (const n of [1, 2, 3, 11]) {
      expect(sec(n).group).toBe('meta');
      expect(sec(n).requires).toBeUndefined();
    }
    expectNoReservationsOptionsOrFloors(doc);
  });

  itIfInstrument('budapest')('s.5 uses the same illegal-access elements as Budapest Art. 2', () => {
    const bcAccess = conceptElements(provision(loadInstrument('budapest'), 'art-2'), 'illegal-access');
    expect([...required(5)].sort()).toEqual(bcAccess);
  });
});
