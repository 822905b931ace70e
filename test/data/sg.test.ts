/**
 * Facts a legal reader can check in countries/sg.yaml (Singapore) against the stored Computer Misuse Act 1993 text
 * (reference/texts/national/sg-computer-misuse-act-1993.txt) and the status sources: penalties, narrowings, elements
 * implemented, in-force dates and status. Computed ratings are not asserted.
 */
import type { InstrumentStatus, Section } from '../../src/model/index.js';
import {
  conceptRefs,
  expectEverySectionSourced,
  law,
  loadConcepts,
  loadCountry,
  section as sectionOf,
  status as statusOf,
} from '../helpers/data.js';

const sg = loadCountry('sg');
const CMA = 'cma-1993';
const SSO = 'https://sso.agc.gov.sg/Act/CMA1993';
const concepts = loadConcepts();

const status = (instrument: string): InstrumentStatus => statusOf(sg, instrument);
const section = (number: string, asAt?: string): Section => sectionOf(sg, CMA, number, asAt);

describe('Singapore: country, law and status', () => {
  it('identifies the country and data version', () => {
    expect(sg.country).toEqual({ code: 'SG', name: 'Singapore', note: expect.any(String) as string });
    expect(sg.data_version).toBe('2026.11');
  });

  it('declares the CMA 1993 from the SSO portal, with no invented dates', () => {
    const l = law(sg, CMA);
    expect(l.title).toBe('Computer Misuse Act 1993');
    expect(l.url).toBe(SSO);
    expect(l.basis).toBe('verified');
    expect(l.enacted).toBeUndefined();
    expect(l.commenced).toBeUndefined();
  });

  it('is not a Budapest Party or signatory (secondary source)', () => {
    const b = status('budapest');
    expect(b.status).toBe('none');
    expect(b.basis).toBe('secondary');
    expect(b.signed).toBeUndefined();
  });

  it('is a Commonwealth member and has not signed the UN Convention against Cybercrime in the list read', () => {
    expect(status('commonwealth-2002').status).toBe('member');
    const u = status('uncc-2024');
    expect(u.status).toBe('none');
    expect(u.signed).toBeUndefined();
  });

  it('records no regional status it does not hold', () => {
    for (const id of ['ecowas-2011', 'malabo-2014', 'arab-2010', 'arab-model-law']) {
      expect(sg.status.some((s) => s.instrument === id)).toBe(false);
    }
  });
});

describe('Singapore: penalties as written in the CMA', () => {
  it.each([
    ['3(1)', 2, 'SGD 5,000'],
    ['3(2)', 7, 'SGD 50,000'],
    ['4', 10, 'SGD 50,000'],
    ['5(1)', 3, 'SGD 10,000'],
    ['7(1)', 3, 'SGD 10,000'],
    ['10', 3, 'SGD 10,000'],
    ['11', 20, 'SGD 100,000'],
  ])('s. %s: up to %d years and a fine of %s', (number, years, fine) => {
    const p = section(number).penalty;
    expect(p?.max_years).toBe(years);
    expect(p?.fine).toBe(fine);
  });

  it('s. 3(1) notes the repeat-offender tier (3 years)', () => {
    expect(section('3(1)').penalty?.note).toMatch(/second or subsequent conviction.*3 years/);
  });

  it('s. 12 punishes abetment and attempt as the principal offence, with no figures of its own', () => {
    const p = section('12').penalty;
    expect(p?.max_years).toBeUndefined();
    expect(p?.note).toMatch(/punishment provided for the offence/);
  });

  it('ss. 8A and 8B mention caning in scam cases', () => {
    expect(section('8A').penalty?.note).toMatch(/caning of up to 12 strokes/);
    expect(section('8B').penalty?.note).toMatch(/caning of up to 12 strokes/);
  });
});

describe('Singapore: readings of named sections', () => {
  it('s. 4 requires intent to commit a further offence, and its without-right reading is arguable', () => {
    const s4 = section('4');
    expect(s4.narrowings).toEqual(['illegal-access/further-offence-intent']);
    const wr = s4.implements.find((i) => typeof i === 'object' && i.element === 'illegal-access/without-right');
    expect(wr).toEqual(expect.objectContaining({ arguable: expect.stringMatching(/immaterial/) as string }));
  });

  it('the damage aggravations carry the serious-harm narrowings', () => {
    expect(section('3(2)').narrowings).toContain('illegal-access/serious-harm');
    expect(section('5(2)').narrowings).toEqual(
      expect.arrayContaining(['data-interference/serious-harm', 'system-interference/serious-damage']),
    );
  });

  it('s. 3(1) implements illegal access with intent and without right, including exceeding authorisation', () => {
    expect(section('3(1)').implements).toEqual(
      expect.arrayContaining([
        'illegal-access/access',
        'illegal-access/intent',
        'illegal-access/without-right',
        'illegal-access/exceed-authorisation',
      ]),
    );
    expect(section('3(1)').narrowings).toBeUndefined();
  });

  it('s. 6(1)(b) implements interception of transmissions within a computer; s. 10 covers passwords', () => {
    expect(section('6(1)(b)').implements).toContain('illegal-interception/transmission-within');
    expect(section('10').implements).toEqual(
      expect.arrayContaining(['misuse-of-devices/password-object', 'misuse-of-devices/possess']),
    );
  });

  it('s. 12 reaches attempt and abetment of the CMA offences only', () => {
    const s12 = section('12').implements;
    expect(s12).toEqual(expect.arrayContaining(['attempt/data-interference', 'aiding-abetting/illegal-access']));
    expect(s12).not.toContain('attempt/computer-fraud');
    expect(s12).not.toContain('aiding-abetting/csam');
  });

  it('second reading: s. 5 reaches hindering only through a computer function; s. 9 identity information is limited', () => {
    // s. 2(7): a modification takes place "by the operation of any function of the computer concerned or any other computer"
    const anyMeans = section('5(1)').implements.find(
      (i) => typeof i === 'object' && i.element === 'system-interference/by-any-means',
    );
    expect(anyMeans).toEqual(
      expect.objectContaining({ only: expect.stringMatching(/function of a computer/) as string }),
    );
    expect(section('7(1)').implements).toContain('system-interference/by-any-means');
    // s. 9(1): only personal information obtained "by an act done in contravention of section 3, 4, 5 or 6"
    const idInfo = section('9').implements.find(
      (i) => typeof i === 'object' && i.element === 'identity-offence/identity-information',
    );
    expect(idInfo).toEqual(expect.objectContaining({ only: expect.stringMatching(/ss\. 3-6/) as string }));
  });

  it('second reading: nationality and residence jurisdiction are not surveyed (Penal Code not read)', () => {
    expect(sg.surveyed?.except).toEqual(
      expect.arrayContaining([
        'jurisdiction-active-nationality',
        'jurisdiction-passive-nationality',
        'jurisdiction-residence',
      ]),
    );
  });

  it('ss. 8A, 8B and 13(3)(d) are in force from 8 February 2024 only', () => {
    for (const n of ['8A', '8B', '13(3)(d)']) expect(String(section(n).in_force?.from)).toBe('2024-02-08');
    expect(() => section('8A', '2023-12-31')).toThrow();
  });
});

describe('Singapore: survey and provenance', () => {
  const { elements, narrowings } = conceptRefs(concepts);
  const refs = new Set([...elements, ...narrowings]);
  const el = (i: Section['implements'][number]): string => (typeof i === 'string' ? i : i.element);

  it('every section names a declared law, the SSO source and basis verified', () => {
    expectEverySectionSourced(sg, { url: SSO, bases: ['verified'] });
  });

  it('every element and narrowing named exists in concepts.yaml', () => {
    for (const s of sg.sections)
      for (const r of [...s.implements.map(el), ...(s.narrowings ?? [])]) expect(refs).toContain(r);
    for (const r of sg.relies_on ?? []) for (const i of r.implements) expect(refs).toContain(el(i));
  });

  it('leaves procedural and co-operation unsurveyed and lists laws not read under except', () => {
    expect(sg.surveyed?.groups).toEqual(['substantive', 'jurisdiction', 'liability']);
    expect(sg.surveyed?.except).toEqual(expect.arrayContaining(['csam', 'computer-fraud', 'legal-person-liability']));
  });

  it('relies on the CPC and MACMA only on a secondary basis', () => {
    const r = sg.relies_on ?? [];
    expect(r.map((x) => x.id).sort()).toEqual(['cpc-2010-s20', 'cpc-2010-s39', 'cpc-2010-s40', 'macma-2000']);
    for (const x of r) expect(x.basis).toBe('secondary');
  });
});
