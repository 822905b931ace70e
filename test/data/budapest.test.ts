import { flatRequirements } from '../../src/shared/requirements.js';
import type { Provision } from '../../src/model/index.js';
import { expectEveryRatedProvisionSourced, loadInstrument, provision, requiredElements } from '../helpers/data.js';

const doc = loadInstrument('budapest');
const art = (n: number): Provision => provision(doc, `art-${n}`);
const required = (n: number): string[] => requiredElements(art(n));

describe('Budapest Convention (ETS 185) data', () => {
  it('has the identity of ETS No. 185', () => {
    expect(doc.id).toBe('budapest');
    expect(doc.reference).toBe('ETS No. 185');
    expect(doc.applies).toBe('every-state');
    expect(doc.languages).toEqual(['en', 'fr']);
    expect(String(doc.opened_for_signature)).toBe('2001-11-23');
    expect(String(doc.in_force)).toBe('2004-07-01');
    expect(doc.data_version).toBe('2026.11');
  });

  it('encodes every article 1-48 once, in order', () => {
    const ids = doc.provisions.map((p) => p.id);
    expect(ids).toEqual(Array.from({ length: 48 }, (_, i) => `art-${i + 1}`));
    expect(new Set(ids).size).toBe(48);
  });

  it('Art. 2 permits the three optional conditions for illegal access', () => {
    expect(required(2)).toEqual(
      expect.arrayContaining(['illegal-access/access', 'illegal-access/intent', 'illegal-access/without-right']),
    );
    expect(art(2).permits).toEqual(
      expect.arrayContaining([
        'illegal-access/security-measures',
        'illegal-access/dishonest-intent',
        'illegal-access/connected-system',
      ]),
    );
  });

  it('Art. 3 requires transmissions to, from and within a system and electromagnetic emissions', () => {
    expect(required(3)).toEqual(
      expect.arrayContaining([
        'illegal-interception/transmission-to',
        'illegal-interception/transmission-from',
        'illegal-interception/transmission-within',
        'illegal-interception/electromagnetic-emissions',
        'illegal-interception/non-public',
        'illegal-interception/technical-means',
      ]),
    );
    expect(art(3).permits).toEqual(
      expect.arrayContaining(['illegal-interception/dishonest-intent', 'illegal-interception/connected-system']),
    );
    expect(art(3).permits).not.toContain('illegal-interception/telecom-system-only');
  });

  it('Art. 4 permits serious harm only by reservation (Art. 4(2)), removing no element', () => {
    expect(art(4).permits ?? []).not.toContain('data-interference/serious-harm');
    expect(art(4).reservable?.permits).toEqual(['data-interference/serious-harm']);
    expect(art(4).reservable?.elements).toBeUndefined();
    expect(art(4).reservable?.source).toMatch(/4\(2\)/);
  });

  it('Art. 5 requires each means of hindering', () => {
    for (const e of [
      'by-input',
      'by-transmission',
      'by-damage',
      'by-deletion',
      'by-deterioration',
      'by-alteration',
      'by-suppression',
      'serious',
    ]) {
      expect(required(5)).toContain(`system-interference/${e}`);
    }
  });

  it('Art. 6 is reservable but not for selling or distributing passwords', () => {
    const r = art(6).reservable;
    expect(r).toBeDefined();
    expect(r?.elements).not.toContain('misuse-of-devices/sell');
    expect(r?.elements).not.toContain('misuse-of-devices/distribute');
    expect(r?.elements).not.toContain('misuse-of-devices/make-available');
    expect(r?.elements).not.toContain('misuse-of-devices/password-object');
    expect(art(6).permits).toContain('misuse-of-devices/possession-number-threshold');
  });

  it('Art. 9 requires the five acts and three kinds of material as separate elements', () => {
    const acts = [
      'produce-for-distribution',
      'offer',
      'make-available',
      'distribute',
      'transmit',
      'procure-for-self',
      'procure-for-another',
      'possess',
    ];
    const material = ['depicts-minor', 'depicts-person-appearing-minor', 'realistic-images'];
    for (const e of [...acts, ...material]) expect(required(9)).toContain(`csam/${e}`);
    expect(art(9).permits).toContain('csam/age-below-18');
    expect(art(9).permits ?? []).not.toContain('csam/public-good-defence');
  });

  it('Arts 6, 9 and 22 are reservable; Art. 9 reservation reaches 9(1)(d)-(e) and 9(2)(b)-(c)', () => {
    for (const n of [6, 9, 22]) expect(art(n).reservable).toBeDefined();
    expect(art(9).reservable?.elements).toEqual(
      expect.arrayContaining([
        'csam/procure-for-self',
        'csam/procure-for-another',
        'csam/possess',
        'csam/depicts-person-appearing-minor',
        'csam/realistic-images',
      ]),
    );
    expect(art(9).reservable?.elements).not.toContain('csam/depicts-minor');
    expect(art(9).reservable?.elements).not.toContain('csam/distribute');
  });

  it('only the Art. 42 clauses are reservable', () => {
    const reservable = doc.provisions.filter((p) => p.reservable).map((p) => p.id);
    expect(reservable.sort()).toEqual(
      ['art-4', 'art-6', 'art-9', 'art-10', 'art-11', 'art-14', 'art-22', 'art-29', 'art-41'].sort(),
    );
  });

  it('Art. 11 requires aiding for Arts 2-10 and attempt only for Arts 3-5, 7, 8 and 9', () => {
    const aid = required(11).filter((e) => e.startsWith('aiding-abetting/'));
    expect(aid.sort()).toEqual(
      [
        'illegal-access',
        'illegal-interception',
        'data-interference',
        'system-interference',
        'misuse-of-devices',
        'computer-forgery',
        'computer-fraud',
        'csam',
        'ip-infringement',
      ]
        .map((c) => `aiding-abetting/${c}`)
        .sort(),
    );
    const attempt = required(11).filter((e) => e.startsWith('attempt/'));
    expect(attempt.sort()).toEqual(
      ['illegal-interception', 'data-interference', 'system-interference', 'computer-forgery', 'computer-fraud', 'csam']
        .map((c) => `attempt/${c}`)
        .sort(),
    );
    expect(attempt).not.toContain('attempt/illegal-access');
    expect(art(11).reservable?.elements?.every((e) => e.startsWith('attempt/'))).toBe(true);
  });

  it('Arts 16-21 are procedural and subject to Art. 15', () => {
    for (let n = 16; n <= 21; n++) {
      expect(art(n).group).toBe('procedural');
      expect(art(n).subject_to).toContain('art-15');
    }
  });

  it('Art. 16 renewal is optional and Art. 21 may be confined to serious offences', () => {
    const renewal = flatRequirements(art(16)).find((r) => r.element === 'expedited-preservation/renewal');
    expect(renewal?.obligation).toBe('may');
    expect(art(21).permits).toContain('content-interception/serious-offences-only');
  });

  it('Art. 22 covers territory, flag and nationality, with 22(2) reservable', () => {
    expect(art(22).group).toBe('jurisdiction');
    expect(required(22)).toEqual(
      expect.arrayContaining([
        'jurisdiction-territorial/committed-in-territory',
        'jurisdiction-flag-state/ship',
        'jurisdiction-flag-state/aircraft',
        'jurisdiction-active-nationality/national-offender',
        'aut-dedere-aut-judicare/jurisdiction-if-not-extradited',
      ]),
    );
    expect(art(22).reservable?.elements).not.toContain('jurisdiction-territorial/committed-in-territory');
  });

  it('Arts 23-35 are cooperation and Art. 35 is the 24/7 network', () => {
    for (let n = 23; n <= 35; n++) expect(art(n).group).toBe('cooperation');
    expect(required(35)).toContain('contact-point-24-7/designated-24-7');
  });

  it('definitions and final clauses are meta with no requirements', () => {
    for (const n of [1, ...Array.from({ length: 13 }, (_, i) => 36 + i)]) {
      expect(art(n).group).toBe('meta');
      expect(art(n).requires ?? []).toHaveLength(0);
    }
  });

  it('every provision with requires has a source and a basis', () => {
    expectEveryRatedProvisionSourced(doc, { url: /^https:\/\// });
  });
});
