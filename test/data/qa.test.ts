/**
 * Facts a legal reader can check in countries/qa.yaml (Qatar) against the Cybercrime Prevention Law, Law No. (14) of
 * 2014 (Al Meezan English translation) and the status sources cited. Ratings are asserted in test/unit/analyze/bundled-ratings.test.ts, not here.
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

const qa = loadCountry('qa');
const LAW = 'cybercrime-law-2014';
const concepts = loadConcepts();

const status = (instrument: string): InstrumentStatus => statusOf(qa, instrument);
const section = (number: string): Section => sectionOf(qa, LAW, number);

describe('Qatar: country, law and status', () => {
  it('identifies the country and cites the Law by articles', () => {
    expect(qa.country.code).toBe('QA');
    const l = lawOf(qa, LAW);
    expect(l.citation).toBe('Law No. (14) of 2014');
    expect(l.unit).toBe('article');
    expect(l.commenced).toBeUndefined();
  });

  it('is a party to the Arab Convention 2010 on a secondary source, with no date claimed', () => {
    const a = status('arab-2010');
    expect(a.status).toBe('party');
    expect(a.basis).toBe('secondary');
    expect(a.ratified).toBeUndefined();
    expect(a.signed).toBeUndefined();
  });

  it('is a member for the Arab model law, not a Budapest Party, and signed the UN Convention on 25 October 2025', () => {
    expect(status('arab-model-law').status).toBe('member');
    expect(status('budapest').status).toBe('none');
    const u = status('uncc-2024');
    expect(u.status).toBe('signatory');
    expect(u.signed).toBe('2025-10-25');
    expect(u.ratified).toBeUndefined();
  });

  it('records no African Union, ECOWAS or Commonwealth relation', () => {
    for (const i of ['malabo-2014', 'ecowas-2011', 'commonwealth-2002']) {
      expect(qa.status.some((s) => s.instrument === i)).toBe(false);
    }
  });
});

describe('Qatar: penalties as written', () => {
  it.each([
    ['3(1)', 3, 'QAR 500,000'],
    ['4', 2, 'QAR 100,000'],
    ['7(1)', 5, 'QAR 500,000'],
    ['7(2)', 1, 'QAR 250,000'],
    ['10(1)', 10, 'QAR 200,000'],
    ['12', 3, 'QAR 200,000'],
  ])('Art. %s: up to %d years and a fine of %s', (number, years, fine) => {
    expect(section(number).penalty?.max_years).toBe(years);
    expect(section(number).penalty?.fine).toBe(fine);
  });

  it('Art. 48 fines a legal person up to QAR 1,000,000, with no term', () => {
    const p = section('48').penalty!;
    expect(p.fine).toBe('QAR 1,000,000');
    expect(p.max_years).toBeUndefined();
  });
});

describe('Qatar: readings', () => {
  it('Art. 2(1) is limited to State systems and states no intent', () => {
    const s = section('2(1)');
    expect(s.narrowings).toEqual(['illegal-access/protected-system-only']);
    expect(elementsOf(s)).not.toContain('illegal-access/intent');
  });

  it('Art. 3(1) meets illegal access with intent and without right, and remaining', () => {
    expect(elementsOf(section('3(1)'))).toEqual(
      expect.arrayContaining([
        'illegal-access/access',
        'illegal-access/intent',
        'illegal-access/without-right',
        'illegal-remaining/remain',
      ]),
    );
  });

  it('data interference is reached only as aggravated access (Art. 3(2))', () => {
    const e = entryFor(section('3(2)'), 'data-interference/delete');
    expect(typeof e === 'object' && e.only).toMatch(/unlawful access/);
  });

  it('second reading: Art. 7(1) reaches importing only, and Art. 3(1) remaining states no "unlawfully"', () => {
    const ie = entryFor(section('7(1)'), 'csam/import-export');
    expect(typeof ie === 'object' && ie.only).toMatch(/importing only/);
    const wr = entryFor(section('3(1)'), 'illegal-remaining/without-right');
    expect(typeof wr === 'object' && wr.arguable).toBeTruthy();
  });

  it('second reading: Art. 3(2) reaches capturing or copying stored data only as aggravated access', () => {
    const e = entryFor(section('3(2)'), 'illegal-data-acquisition/obtain');
    expect(typeof e === 'object' && e.only).toMatch(/unlawful access/);
  });

  it('second reading (procedure and co-operation): Art. 21(5) real time is arguable, Art. 35 confiscation reaches instrumentalities only', () => {
    const rt = entryFor(section('21(5)'), 'realtime-traffic-collection/compel-provider-assist');
    expect(typeof rt === 'object' && rt.arguable).toBeTruthy();
    const cf = entryFor(section('35'), 'asset-recovery-cooperation/freeze-confiscate-on-request');
    expect(typeof cf === 'object' && cf.only).toMatch(/devices/);
  });

  it('second reading: Penal Code Art. 380 states no "without right", so it is arguable', () => {
    const r = (qa.relies_on ?? []).find((x) => x.id === 'penal-code-computer-forgery');
    const wr = r?.implements.find((i) => (typeof i === 'string' ? i : i.element) === 'computer-forgery/without-right');
    expect(typeof wr === 'object' && wr.arguable).toBeTruthy();
  });

  it('Art. 10(1) is narrowed to official electronic documents', () => {
    expect(section('10(1)').narrowings).toEqual(['computer-forgery/specific-data-only']);
  });

  it('Art. 7 offences state no mental element: csam intent is arguable, never plain', () => {
    for (const n of ['7(1)', '7(2)']) {
      const e = entryFor(section(n), 'csam/intent');
      expect(typeof e === 'object' && e.arguable).toBeTruthy();
    }
  });

  it('Art. 50 attempt reaches the Law offences, including CSAM and fraud', () => {
    expect(elementsOf(section('50'))).toEqual(expect.arrayContaining(['attempt/csam', 'attempt/computer-fraud']));
  });

  it('relies on the Penal Code for jurisdiction, on a secondary basis', () => {
    const r = (qa.relies_on ?? []).find((x) => x.id === 'penal-code-territorial');
    expect(r?.basis).toBe('secondary');
  });
});

describe('Qatar: provenance', () => {
  const { elements, narrowings } = conceptRefs(concepts);
  const refs = new Set([...elements, ...narrowings]);

  it('every section names a declared law, a source with pinpoint and URL, and a basis', () => {
    expectEverySectionSourced(qa, { url: 'https://www.almeezan.qa/EnglishLaws//142014.docx', bases: ['verified'] });
  });

  it('every element and narrowing named exists in concepts.yaml', () => {
    for (const s of qa.sections) for (const r of [...elementsOf(s), ...(s.narrowings ?? [])]) expect(refs).toContain(r);
  });

  it('marks no status fact as verified', () => {
    for (const st of qa.status) expect(st.basis).not.toBe('verified');
  });
});
