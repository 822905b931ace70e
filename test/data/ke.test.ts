import { implementedElement } from '../../src/shared/implementation.js';
import type { Law, Section } from '../../src/model/index.js';
import {
  ANY_STRING,
  expectEverySectionSourced,
  expectSourced,
  inForce as inForceIn,
  law,
  loadCountry,
  section,
  sectionVersions,
  sectionsOf,
  status,
} from '../helpers/data.js';

const doc = loadCountry('ke');
const KENYA_LAW = 'https://new.kenyalaw.org/akn/ke/act/2018/5/';
const CMCA = 'cmca-2018';

const cmca = (): Law => law(doc, CMCA);
/** All versions of a CMCA section, by printed number. */
const versions = (number: string): Section[] => sectionVersions(doc, CMCA, number);
/** The one CMCA section with this number (fails if there are several versions). */
const sec = (number: string): Section => section(doc, CMCA, number);
/** Is a section in force on a date (from defaults to its law's commencement)? */
const inForce = (s: Section, date: string): boolean => inForceIn(doc, s, date);

describe('Kenya (countries/ke.yaml)', () => {
  it('identifies Kenya and the data version', () => {
    expect(doc.country).toEqual({ code: 'KE', name: 'Kenya', note: expect.any(String) as string });
    expect(doc.data_version).toBe('2026.11');
  });

  it('records Budapest as none (with the 2024 accession process noted) and Commonwealth membership', () => {
    const bud = status(doc, 'budapest');
    expect(bud.status).toBe('none');
    expect(bud.basis).toBe('secondary');
    expect(bud.note).toMatch(/2024/);
    expect(status(doc, 'commonwealth-2002').status).toBe('member');
  });

  it('declares the CMCA 2018 with its dates and the 2025 amendment', () => {
    const l = cmca();
    expect(l.citation).toBe('Act No. 5 of 2018');
    expect(String(l.enacted)).toBe('2018-05-16');
    expect(String(l.commenced)).toBe('2018-05-30');
    expect(l.url).toBe(KENYA_LAW);
    expect(l.basis).toBe('verified');
    const am = l.amendments?.[0];
    expect(am?.citation).toBe('Act No. 17 of 2025');
    expect(String(am?.commenced)).toBe('2025-11-04');
  });

  it('declares the related laws (Sexual Offences Act, Copyright Act)', () => {
    const ids = doc.laws.map((l) => l.id);
    expect(ids).toEqual(expect.arrayContaining(['sexual-offences-act-2006', 'copyright-act-2001']));
  });

  it('has the 2018 Act not in force on 2017-01-01', () => {
    expect(String(cmca().commenced) > '2017-01-01').toBe(true);
    const cmcaSections = sectionsOf(doc, CMCA);
    expect(cmcaSections.length).toBeGreaterThan(40);
    for (const s of cmcaSections) expect(inForce(s, '2017-01-01')).toBe(false);
    expect(inForce(sec('14'), '2018-05-30')).toBe(true);
  });

  it('makes every section reference a declared law and carry source and basis', () => {
    expectEverySectionSourced(doc, { pinpoint: ANY_STRING });
  });

  it('sources every CMCA section to Kenya Law with a section pinpoint, verified from the text', () => {
    for (const s of sectionsOf(doc, CMCA))
      expectSourced(s, { pinpoint: /^s\. \d+/, url: KENYA_LAW, bases: ['verified'] });
  });

  it('s. 14: illegal access with the security-measures narrowing, max 3 years', () => {
    const s = sec('14');
    expect(s.implements).toEqual(
      expect.arrayContaining(['illegal-access/access', 'illegal-access/intent', 'illegal-access/without-right']),
    );
    expect(s.narrowings).toContain('illegal-access/security-measures');
    expect(s.penalty?.max_years).toBe(3);
    expect(s.penalty?.fine).toBe('KES 5,000,000');
  });

  it('s. 15: access with intent to commit a further offence, max 10 years', () => {
    const s = sec('15');
    expect(s.narrowings).toContain('illegal-access/further-offence-intent');
    expect(s.penalty?.max_years).toBe(10);
  });

  it('s. 17: interception of transmissions to or from a system, not within, not emissions', () => {
    const s = sec('17(1)');
    expect(s.implements).toEqual(
      expect.arrayContaining([
        'illegal-interception/transmission-to',
        'illegal-interception/transmission-from',
        'illegal-interception/technical-means',
        'illegal-interception/intent',
        'illegal-interception/without-right',
        'illegal-interception/non-public',
      ]),
    );
    for (const x of versions('17(1)').concat(versions('17(2)'))) {
      expect(x.implements).not.toContain('illegal-interception/transmission-within');
      expect(x.implements).not.toContain('illegal-interception/electromagnetic-emissions');
      expect(x.narrowings ?? []).not.toContain('illegal-interception/telecom-system-only');
    }
    // No Kenyan section reaches transmissions within a system or emissions.
    for (const x of doc.sections) {
      expect(x.implements).not.toContain('illegal-interception/transmission-within');
      expect(x.implements).not.toContain('illegal-interception/electromagnetic-emissions');
    }
  });

  it('s. 24: child pornography acts, material and the public-good defence', () => {
    const s = sec('24(1)');
    const implemented = s.implements.map(implementedElement);
    expect(implemented).toEqual(
      expect.arrayContaining([
        'csam/produce-for-distribution',
        'csam/offer',
        'csam/make-available',
        'csam/distribute',
        'csam/transmit',
        'csam/possess',
        'csam/procure-for-self',
        'csam/depicts-minor',
        'csam/depicts-person-appearing-minor',
        'csam/realistic-images',
      ]),
    );
    // Procuring rests on reading "downloads" and "delivers": recorded as arguable, not as plainly met.
    expect(s.implements).toContainEqual(
      expect.objectContaining({ element: 'csam/procure-for-another', arguable: expect.any(String) }),
    );
    expect(s.narrowings).toContain('csam/public-good-defence');
    expect(s.narrowings ?? []).not.toContain('csam/age-below-18');
    expect(s.penalty?.max_years).toBe(25);
  });

  it('s. 42: attempt and aiding or abetting reach every offence concept the Act implements', () => {
    const offenceConcepts = new Set<string>();
    const part3 = sectionsOf(doc, CMCA).filter((s) => /^(1[4-9]|2\d|3\d|4[01]|46)(\(|$|-)/.test(s.number));
    for (const s of part3)
      for (const ref of s.implements) {
        const concept = implementedElement(ref).split('/')[0] as string;
        if (!['aggravating-circumstances', 'meta-definitions', 'natural-person-penalties'].includes(concept))
          offenceConcepts.add(concept);
      }
    const aid = sec('42(1)');
    const att = sec('42(2)');
    for (const c of offenceConcepts) {
      expect(aid.implements).toContain(`aiding-abetting/${c}`);
      expect(att.implements).toContain(`attempt/${c}`);
    }
    expect(aid.penalty?.max_years).toBe(4);
    expect(att.penalty?.max_years).toBe(4);
  });

  it('has the penalties of ss. 14-18 and 23-35 as in the text', () => {
    const expected: Record<string, number> = {
      '14': 3,
      '15': 10,
      '16(1)': 5,
      '16(3)': 10,
      '17(1)': 5,
      '17(2)': 10,
      '18(1)': 10,
      '18(2)': 5,
      '23': 10,
      '24(1)': 25,
      '25(1)': 5,
      '25(2)': 10,
      '26': 10,
      '27(1)-(2)': 10,
      '27(8)': 0.5,
      '28': 2,
      '29': 3,
      '30': 3,
      '31': 7,
      '32': 2,
      '33': 10,
      '34': 2,
      '35': 2,
    };
    for (const [number, years] of Object.entries(expected)) {
      const v = versions(number);
      expect(v.length).toBeGreaterThan(0);
      for (const s of v) expect([number, s.penalty?.max_years]).toEqual([number, years]);
    }
    expect(sec('16(3)').penalty?.fine).toBe('KES 20,000,000');
    expect(sec('21(3)').penalty?.life).toBe(true);
  });

  it('splits the sections amended in 2025 at the Kenya Law date', () => {
    for (const n of ['2', '6', '27(1)-(2)', '30']) {
      const v = versions(n);
      expect(v).toHaveLength(2);
      expect(
        v
          .map((s) => s.in_force?.to)
          .filter(Boolean)
          .map(String),
      ).toEqual(['2025-11-03']);
      expect(
        v
          .map((s) => s.in_force?.from)
          .filter(Boolean)
          .map(String),
      ).toEqual(['2025-11-04']);
    }
    expect(String(sec('46A').in_force?.from)).toBe('2025-11-04');
    expect(inForce(sec('46A'), '2025-01-01')).toBe(false);
  });

  it('has the Part IV powers, Part V co-operation and jurisdiction sections', () => {
    expect(sec('48').implements).toEqual(
      expect.arrayContaining(['search-access/search-system', 'seizure-data/copy-data']),
    );
    expect(sec('50').implements).toEqual(
      expect.arrayContaining([
        'production-order-stored-data/order-person',
        'production-order-subscriber-info/order-provider',
      ]),
    );
    expect(sec('51').implements).toEqual(
      expect.arrayContaining([
        'expedited-preservation/preservation-order',
        'traffic-data-partial-disclosure/identify-path',
      ]),
    );
    // s. 51 preserves traffic data only
    expect(sec('51').implements).not.toContain('expedited-preservation/specified-stored-data');
    expect(sec('52').implements).toContain('realtime-traffic-collection/compel-provider-collect');
    expect(sec('53').implements).toContain('content-interception/collect-by-authorities');
    expect(sec('65').implements).toContain('contact-point-24-7/designated-24-7');
    expect(sec('66(1)').implements).toContain('jurisdiction-territorial/committed-in-territory');
  });

  it('marks the related-law sections by how they are known', () => {
    const soa = sectionsOf(doc, 'sexual-offences-act-2006');
    expect(soa.find((s) => s.number === '16' && s.in_force?.to !== undefined)?.basis).toBe('recalled');
    const substituted = soa.find((s) => s.number === '16' && s.in_force?.from !== undefined);
    expect(substituted?.basis).toBe('verified');
    expect(substituted?.penalty?.min_years).toBe(6);
    expect(substituted?.penalty?.max_years).toBeUndefined();
    const cr = sectionsOf(doc, 'copyright-act-2001');
    expect(cr.length).toBeGreaterThan(0);
    for (const s of cr) {
      expect(s.basis).toBe('recalled');
      expect(s.penalty).toBeUndefined();
    }
  });
});
