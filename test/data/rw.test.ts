/**
 * Facts a legal reader can check in countries/rw.yaml (Rwanda) against Law No 60/2018 of 22/08/2018 on prevention
 * and punishment of cyber crimes (English version, RwandaLII copy of 25 Sep 2018) and the status sources cited.
 * Ratings are asserted in test/unit/analyze/bundled-ratings.test.ts, not here.
 */
import type { InstrumentStatus, Section } from '../../src/model/index.js';
import {
  conceptRefs,
  expectEverySectionSourced,
  law as lawOf,
  loadConcepts,
  loadCountry,
  section as sectionOf,
  status as statusOf,
  elementsOf,
} from '../helpers/data.js';

const rw = loadCountry('rw');
const LAW = 'cybercrimes-law-2018';
const concepts = loadConcepts();

const status = (instrument: string): InstrumentStatus => statusOf(rw, instrument);
const section = (number: string): Section => sectionOf(rw, LAW, number);

describe('Rwanda: country, law and status', () => {
  it('identifies the country and the 2018 Law', () => {
    expect(rw.country.code).toBe('RW');
    const l = lawOf(rw, LAW);
    expect(l.citation).toBe('Law No 60/2018 of 22/08/2018');
    expect(l.enacted).toBe('2018-08-22');
    expect(l.commenced).toBe('2018-09-25');
    // Second reading: the Law is cited by articles ("Article 16"), so the law record carries unit: article.
    expect((l as { unit?: string }).unit).toBe('article');
  });

  it('is a Budapest Party by accession deposited 10 January 2025, with no in-force date claimed', () => {
    const b = status('budapest');
    expect(b.status).toBe('party');
    expect(b.ratified).toBe('2025-01-10');
    expect(b.signed).toBeUndefined();
    expect(b.in_force).toBeUndefined();
    expect(b.basis).toBe('secondary');
  });

  it('acceded to the First Additional Protocol the same day', () => {
    expect(status('budapest-p1').status).toBe('party');
    expect(status('budapest-p1').ratified).toBe('2025-01-10');
  });

  it('is a Malabo Party, a Commonwealth member and a UN Convention signatory, without invented dates', () => {
    expect(status('malabo-2014').status).toBe('party');
    expect(status('malabo-2014').ratified).toBeUndefined();
    expect(status('commonwealth-2002').status).toBe('member');
    expect(status('uncc-2024').status).toBe('signatory');
    expect(status('uncc-2024').signed).toBeUndefined();
    expect(rw.status.some((s) => s.instrument === 'ecowas-2011')).toBe(false);
  });
});

describe('Rwanda: penalties as written (minimum and maximum, fines in FRW)', () => {
  it.each([
    ['16', 0.5, 2, 'FRW 1,000,000 to FRW 2,000,000'],
    ['20', 3, 5, 'FRW 3,000,000 to FRW 5,000,000'],
    ['23 para. 3', 10, 15, 'FRW 10,000,000 to FRW 30,000,000'],
    ['34 para. 3', 5, 7, 'FRW 1,000,000 to FRW 3,000,000'],
    ['37', 0.25, 0.5, 'FRW 300,000 to FRW 500,000'],
    ['41', 15, 20, 'FRW 20,000,000 to FRW 50,000,000'],
  ])('Art. %s: %d to %d years and %s', (n, min, max, fine) => {
    const p = section(n).penalty!;
    expect(p.min_years).toBe(min);
    expect(p.max_years).toBe(max);
    expect(p.fine).toBe(fine);
  });

  it('Art. 31 prints two minima, so no maximum is recorded', () => {
    const p = section('31').penalty!;
    expect(p.max_years).toBeUndefined();
    expect(p.note).toMatch(/not less than seven/);
  });

  it('Art. 44 is fine-only', () => {
    expect(section('44').penalty?.max_years).toBeUndefined();
    expect(section('44').penalty?.fine).toBe('FRW 1,000,000 to FRW 3,000,000');
  });
});

describe('Rwanda: readings of named sections', () => {
  it('Art. 16 implements illegal access intentionally and without right, with no narrowing', () => {
    const s = section('16');
    expect(elementsOf(s)).toEqual(
      expect.arrayContaining(['illegal-access/access', 'illegal-access/intent', 'illegal-access/without-right']),
    );
    expect(s.narrowings).toBeUndefined();
  });

  it('Art. 17 is narrowed to access with intent to commit a further offence', () => {
    expect(section('17').narrowings).toEqual(['illegal-access/further-offence-intent']);
  });

  it('Art. 19 is narrowed to the content of communications through the Art. 3(5°) definition', () => {
    expect(section('19').narrowings).toEqual(['illegal-interception/content-only']);
    expect(section('19').works_with).toEqual(['3']);
  });

  it('Art. 12 preservation: thirty days, renewable once, flagged as a short period', () => {
    const s = section('12');
    expect(elementsOf(s)).toEqual(
      expect.arrayContaining(['expedited-preservation/preservation-order', 'expedited-preservation/renewal']),
    );
    expect(s.narrowings).toEqual(['expedited-preservation/short-period']);
  });

  it('Arts 20 and 24 state no mental element: intent is arguable, never plain', () => {
    for (const n of ['20', '24']) {
      const intent = section(n).implements.find(
        (i) => typeof i !== 'string' && i.element === 'system-interference/intent',
      );
      expect(intent).toEqual(expect.objectContaining({ arguable: expect.any(String) }));
      expect(section(n).implements).not.toContain('system-interference/intent');
    }
  });

  it('Art. 34(2°) implements grooming with a proposed meeting', () => {
    expect(elementsOf(section('34(2°)'))).toEqual(
      expect.arrayContaining(['child-grooming/communicate', 'child-grooming/arrange-meeting', 'child-grooming/by-ict']),
    );
  });
});

describe('Rwanda: scope of the reading and provenance', () => {
  it('does not survey co-operation and excepts the general-part concepts the Law leaves to unread laws', () => {
    expect(rw.surveyed?.groups).not.toContain('cooperation');
    expect(rw.surveyed?.except).toEqual(expect.arrayContaining(['attempt', 'aiding-abetting', 'computer-fraud']));
  });

  it('every section is sourced from the RwandaLII page and verified', () => {
    expectEverySectionSourced(rw, {
      url: 'https://rwandalii.org/akn/rw/act/law/2018/60/eng@2018-09-25',
      bases: ['verified'],
    });
  });

  it('every element and narrowing named exists in concepts.yaml', () => {
    const { elements, narrowings } = conceptRefs(concepts);
    for (const s of rw.sections) {
      for (const e of elementsOf(s)) expect(elements).toContain(e);
      for (const n of s.narrowings ?? []) expect(narrowings).toContain(n);
    }
  });

  it('no status fact is marked verified', () => {
    for (const st of rw.status) expect(st.basis).not.toBe('verified');
  });
});
