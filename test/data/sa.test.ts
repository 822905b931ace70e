/**
 * Facts a legal reader can check in countries/sa.yaml (Saudi Arabia) against the Anti-Cyber Crime Law (نظام مكافحة
 * جرائم المعلوماتية), Royal Decree No. M/17 of 8/3/1428H, official Arabic text (Arts 1-16), and the status sources
 * cited. Item numbers such as "3(1)" count the items of each article in printed order. Ratings are asserted in test/unit/analyze/bundled-ratings.test.ts, not here.
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
  entryFor,
} from '../helpers/data.js';

const sa = loadCountry('sa');
const LAW = 'acc-law-2007';
const URL = 'https://laws.boe.gov.sa/BoeLaws/Laws/LawDetails/25df73d6-0f49-4dc5-b010-a9a700f2ec1d/1';
const concepts = loadConcepts();

const status = (instrument: string): InstrumentStatus => statusOf(sa, instrument);
const section = (number: string): Section => sectionOf(sa, LAW, number);

describe('Saudi Arabia: country, law and status', () => {
  it('identifies the country and cites the Law by articles, with no commencement date computed', () => {
    expect(sa.country.code).toBe('SA');
    const l = lawOf(sa, LAW);
    expect(l.citation).toMatch(/^Royal Decree No\. M\/17 of 8\/3\/1428H/);
    expect(l.unit).toBe('article');
    expect(l.commenced).toBeUndefined();
    expect(l.basis).toBe('secondary');
  });

  it('is not a Budapest Party and is only a signatory of the Arab Convention 2010, with no date claimed', () => {
    expect(status('budapest').status).toBe('none');
    const a = status('arab-2010');
    expect(a.status).toBe('signatory');
    expect(a.basis).toBe('secondary');
    expect(a.signed).toBeUndefined();
    expect(a.ratified).toBeUndefined();
  });

  it('signed the UN Convention against Cybercrime on 26 October 2025 and has not ratified it', () => {
    const u = status('uncc-2024');
    expect(u.status).toBe('signatory');
    expect(u.signed).toBe('2025-10-26');
    expect(u.ratified).toBeUndefined();
    expect(status('arab-model-law').status).toBe('member');
  });

  it('records no African Union, ECOWAS or Commonwealth relation', () => {
    for (const i of ['malabo-2014', 'ecowas-2011', 'commonwealth-2002']) {
      expect(sa.status.some((s) => s.instrument === i)).toBe(false);
    }
  });
});

describe('Saudi Arabia: penalties as written (imprisonment and a fine, or either)', () => {
  it.each([
    ['3(1)', 1, 'SAR 500,000'],
    ['3(5)', 1, 'SAR 500,000'],
    ['4(1)', 3, 'SAR 2,000,000'],
    ['5(1)', 4, 'SAR 3,000,000'],
    ['6(1)', 5, 'SAR 3,000,000'],
    ['7(1)', 10, 'SAR 5,000,000'],
    ['7(2)', 10, 'SAR 5,000,000'],
  ])('Art. %s: up to %d years and a fine up to %s', (number, years, fine) => {
    const p = section(number).penalty!;
    expect(p.max_years).toBe(years);
    expect(p.fine).toBe(fine);
    expect(p.min_years).toBeUndefined();
  });

  it('Arts 9 and 10 set no term of their own: up to the maximum, or half of it', () => {
    expect(section('9').penalty?.max_years).toBeUndefined();
    expect(section('10').penalty?.note).toMatch(/half the maximum/);
  });
});

describe('Saudi Arabia: readings', () => {
  it('Art. 3(3) is the only plain access offence and reaches websites only', () => {
    const e = entryFor(section('3(3)'), 'illegal-access/access');
    expect(typeof e === 'object' && e.only).toMatch(/websites only/);
  });

  it('access offences built on the defined "unlawful access" take intent and without right from Art. 1', () => {
    for (const n of ['3(2)', '3(3)', '5(1)', '7(2)']) {
      const s = section(n);
      expect(s.works_with).toContain('1');
      expect(elementsOf(s)).toEqual(expect.arrayContaining(['illegal-access/intent', 'illegal-access/without-right']));
    }
  });

  it('Arts 4(2) and 7(2) are narrowed to a dishonest aim; Arts 3(2) and 5(1) to a further offence', () => {
    expect(section('4(2)').narrowings).toEqual(['illegal-access/dishonest-intent']);
    expect(section('7(2)').narrowings).toEqual(['illegal-access/dishonest-intent']);
    expect(section('3(2)').narrowings).toEqual(['illegal-access/further-offence-intent']);
    expect(section('5(1)').narrowings).toEqual(['illegal-access/further-offence-intent']);
  });

  it('Art. 3(1) states "without a valid legal justification" but no mental element', () => {
    const s = section('3(1)');
    expect(s.implements).toContain('illegal-interception/without-right');
    const i = entryFor(s, 'illegal-interception/intent');
    expect(typeof i === 'object' && i.arguable).toBeTruthy();
  });

  it('Art. 4(2) implements obtaining payment instrument data', () => {
    expect(section('4(2)').implements).toContain('payment-instrument-fraud/obtain-instrument-data');
  });

  it('second reading: Art. 4(2) reaches use of payment data only arguably, as the aim of the access', () => {
    const e = entryFor(section('4(2)'), 'payment-instrument-fraud/unlawful-use');
    expect(typeof e === 'object' && e.arguable).toBeTruthy();
  });

  it('second reading: Art. 5(2) reaches data in, or used in, an information network only', () => {
    for (const el of ['data-interference/damage', 'data-interference/delete', 'data-interference/alter']) {
      const e = entryFor(section('5(2)'), el);
      expect(typeof e === 'object' && e.only).toMatch(/information network only/);
    }
  });

  it('second reading: Art. 5(1) aggravates access by its aim, so data-or-system-damage is arguable', () => {
    const e = entryFor(section('5(1)'), 'aggravating-circumstances/data-or-system-damage');
    expect(typeof e === 'object' && e.arguable).toBeTruthy();
  });

  it('child sexual abuse material is reached only through general content offences (Arts 6(1), 6(3))', () => {
    for (const n of ['6(1)', '6(3)']) {
      const d = entryFor(section(n), 'csam/depicts-minor');
      expect(typeof d === 'object' && d.broader).toBeTruthy();
      const i = entryFor(section(n), 'csam/intent');
      expect(typeof i === 'object' && i.arguable).toBeTruthy();
    }
  });

  it('Art. 8 raises the minimum for organised gangs, public officials, minors and prior foreign convictions', () => {
    expect(elementsOf(section('8'))).toEqual(
      expect.arrayContaining([
        'aggravating-circumstances/organised-crime',
        'aggravating-circumstances/public-official',
        'aggravating-circumstances/child-victim',
        'foreign-conviction-record/consider-foreign-convictions',
      ]),
    );
  });

  it('Art. 9 covers incitement, aiding and agreement; Art. 10 attempt reaches the Law offences', () => {
    expect(elementsOf(section('9'))).toEqual(
      expect.arrayContaining(['aiding-abetting/illegal-access', 'criminal-association/agreement']),
    );
    expect(elementsOf(section('10'))).toEqual(
      expect.arrayContaining(['attempt/illegal-access', 'attempt/computer-fraud', 'attempt/system-interference']),
    );
  });

  it('Art. 13 provides confiscation of instruments and proceeds and closure of the website', () => {
    expect(section('13').implements).toEqual(
      expect.arrayContaining([
        'confiscation/instrumentalities',
        'confiscation/proceeds',
        'additional-sanctions/closure',
      ]),
    );
  });

  it('surveys only the substantive and liability groups (no procedural powers in the Law)', () => {
    expect(sa.surveyed?.groups).toEqual(['substantive', 'liability']);
  });
});

describe('Saudi Arabia: provenance', () => {
  const { elements, narrowings } = conceptRefs(concepts);
  const refs = new Set([...elements, ...narrowings]);

  it('every section names a declared law, a source with pinpoint and URL, and a basis', () => {
    expectEverySectionSourced(sa, { pinpoint: /^Art\. \d+/, url: URL, bases: ['verified'] });
  });

  it('every element and narrowing named exists in concepts.yaml', () => {
    for (const s of sa.sections) for (const r of [...elementsOf(s), ...(s.narrowings ?? [])]) expect(refs).toContain(r);
  });

  it('marks no status fact as verified', () => {
    for (const st of sa.status) expect(st.basis).not.toBe('verified');
  });
});
