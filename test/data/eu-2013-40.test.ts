import type { Provision } from '../../src/model/index.js';
import {
  articleNumbers,
  expectArticles,
  expectEveryProvisionSourced,
  loadInstrument,
  penaltyFloors,
  provision,
  requiredElements,
  verifiedIds,
} from '../helpers/data.js';

const doc = loadInstrument('eu-2013-40');
const prov = (id: string): Provision => provision(doc, id);
const elements = (id: string): string[] => requiredElements(prov(id));
const floors = (id: string): number[] => penaltyFloors(prov(id));

describe('Directive 2013/40/EU data', () => {
  it('is an EU directive applying by status, adopted 12 August 2013, with no invented in-force date', () => {
    expect(doc.id).toBe('eu-2013-40');
    expect(doc.kind).toBe('directive');
    expect(doc.applies).toBe('by-status');
    expect(String(doc.adopted)).toBe('2013-08-12');
    expect(doc.in_force).toBeUndefined();
  });

  it('encodes Arts 1-19 with every article present', () => {
    expectArticles(articleNumbers(doc), 1, 19);
  });

  it('puts the 2-year floor of Art. 9(2) on each offence in Arts 3-7, and only 2 years there', () => {
    for (const id of ['art-3', 'art-4', 'art-5', 'art-6', 'art-7']) {
      expect(prov(id).group).toBe('substantive');
      expect(floors(id)).toEqual([2]);
    }
  });

  it('Art. 9(3) sets a 3-year floor for botnet-scale attacks and Art. 9(4) a 5-year floor for its three aggravations', () => {
    expect(prov('art-9-3').requires).toEqual([
      { element: 'aggravating-circumstances/large-scale', penalty_floor_years: 3 },
    ]);
    expect(elements('art-9-4').sort()).toEqual([
      'aggravating-circumstances/critical-infrastructure',
      'aggravating-circumstances/organised-crime',
      'aggravating-circumstances/serious-damage',
    ]);
    expect(floors('art-9-4')).toEqual([5]);
  });

  it('Art. 9(5) identity misuse is only optional', () => {
    expect(prov('art-9-5').obligation).toBe('may');
    expect(prov('art-9-5').requires?.[0]).toMatchObject({
      element: 'aggravating-circumstances/identity-misuse',
      obligation: 'may',
    });
  });

  it('Art. 3 requires access without right and permits the security-measure and minor-case conditions', () => {
    expect(elements('art-3')).toEqual(
      expect.arrayContaining(['illegal-access/access', 'illegal-access/intent', 'illegal-access/without-right']),
    );
    expect(prov('art-3').permits).toEqual(
      expect.arrayContaining(['illegal-access/security-measures', 'illegal-access/minor-cases-excluded']),
    );
    expect(prov('art-3').basis).toBe('verified');
  });

  it('Art. 7 does not require possession, unlike Budapest Art. 6', () => {
    expect(elements('art-7')).not.toContain('misuse-of-devices/possess');
    expect(elements('art-7')).toContain('misuse-of-devices/password-object');
  });

  it('Art. 8 reaches aiding and abetting for Arts 3-7 and attempt for Arts 4-5 only', () => {
    expect(elements('art-8-1')).toHaveLength(5);
    expect(elements('art-8-2').sort()).toEqual(['attempt/data-interference', 'attempt/system-interference']);
  });

  it('legal persons (Arts 10-11), jurisdiction (Art. 12) and the 8-hour contact point (Art. 13) are encoded', () => {
    expect(elements('art-10-2')).toEqual(['legal-person-liability/lack-of-supervision']);
    expect(elements('art-11-1')).toContain('legal-person-sanctions/monetary');
    expect(elements('art-12-1-a')).toEqual(
      expect.arrayContaining([
        'jurisdiction-territorial/offender-in-territory',
        'jurisdiction-territorial/system-in-territory',
      ]),
    );
    expect(prov('art-12-1-b').permits).toEqual(['jurisdiction-active-nationality/double-criminality']);
    expect(prov('art-12-3').obligation).toBe('may');
    expect(elements('art-13-1')).toEqual([
      'contact-point-24-7/designated-24-7',
      'contact-point-24-7/eight-hour-response',
    ]);
    expect(prov('art-13-1').basis).toBe('verified');
    expect(prov('art-14').group).toBe('meta');
  });

  it('every provision has a source and a basis, and only checked articles are verified', () => {
    expectEveryProvisionSourced(doc);
    expect(verifiedIds(doc)).toEqual(['art-12-1-a', 'art-12-1-b', 'art-12-3', 'art-13-1', 'art-2', 'art-3']);
  });
});
