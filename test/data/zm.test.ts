/**
 * Facts a legal reader can check in countries/zm.yaml (Zambia) against the Cyber Security and Cyber Crimes Act, 2021
 * (Act No. 2 of 2021) and the status sources: penalties as written, narrowings, elements on named sections, the
 * arguable marking of unstated mental and "without right" elements, the 2025 repeal, status facts and provenance
 * hygiene. No computed ratings.
 */
import type { Section } from '../../src/model/index.js';
import {
  conceptRefs,
  expectEverySectionSourced,
  law,
  loadConcepts,
  loadCountry,
  section as sectionOf,
  status,
  entryFor,
} from '../helpers/data.js';

const zm = loadCountry('zm');
const ACT = 'cscca-2021';
const URL = 'https://zambialii.org/akn/zm/act/2021/2/eng@2021-03-24';
const section = (number: string): Section => sectionOf(zm, ACT, number);

describe('Zambia: country, law and status', () => {
  it('identifies the country and data version', () => {
    expect(zm.country).toEqual({ code: 'ZM', name: 'Zambia', note: expect.any(String) });
    expect(zm.data_version).toBe('2026.11');
  });

  it('declares Act No. 2 of 2021, commenced 1 April 2021 and repealed from 12 May 2025 by the Cyber Security Act, 2025', () => {
    const act = law(zm, ACT);
    expect(act.citation).toBe('Act No. 2 of 2021');
    expect(act.url).toBe(URL);
    expect(act.commenced).toBe('2021-04-01');
    expect(act.repealed).toBe('2025-05-12');
    expect(act.note).toMatch(/Act No\. 3 of\s+2025\), s\. 73/);
  });

  it('is a Malabo Party in force from 8 June 2023, with no deposit date guessed', () => {
    const m = status(zm, 'malabo-2014');
    expect(m.status).toBe('party');
    expect(m.in_force).toBe('2023-06-08');
    expect(m.ratified).toBeUndefined();
    expect(m.basis).toBe('secondary');
  });

  it('is a Commonwealth member; records no Budapest status (no source found) and no Hanoi signature of the UNCC', () => {
    expect(status(zm, 'commonwealth-2002').status).toBe('member');
    expect(zm.status.some((s) => s.instrument === 'budapest')).toBe(false);
    const u = status(zm, 'uncc-2024');
    expect(u.status).toBe('none');
    expect(u.signed).toBeUndefined();
  });
});

describe('Zambia: penalties as written', () => {
  it.each([
    ['49(1)', 5, '500,000 penalty units'],
    ['49(3)', 25, '2,500,000 penalty units'],
    ['49(4)(d)', 2, '200,000 penalty units'],
    ['51(1)', 7, '700,000 penalty units'],
    ['61', 10, '1,000,000 penalty units'],
    ['66', 20, '2,000,000 penalty units'],
  ])('s. %s: up to %d years or a fine of %s', (number, years, fine) => {
    const p = section(number).penalty!;
    expect(p.max_years).toBe(years);
    expect(p.fine).toBe(fine);
  });

  it('s. 57 child pornography: not less than 15 years, no maximum and no fine', () => {
    const p = section('57(1)(g)').penalty!;
    expect(p.min_years).toBe(15);
    expect(p.max_years).toBeUndefined();
    expect(p.fine).toBeUndefined();
  });

  it('s. 70 cyber terrorism carries life imprisonment', () => {
    expect(section('70').penalty?.life).toBe(true);
  });
});

describe('Zambia: elements and narrowings on named sections', () => {
  it('s. 49(1) covers intentional access without authority and exceeding authorised access', () => {
    expect(section('49(1)').implements).toEqual(
      expect.arrayContaining([
        'illegal-access/access',
        'illegal-access/intent',
        'illegal-access/without-right',
        'illegal-access/exceed-authorisation',
      ]),
    );
    expect(section('49(1)').narrowings).toBeUndefined();
  });

  it('s. 79 preservation for up to seven days is marked short-period', () => {
    expect(section('79').narrowings).toEqual(['expedited-preservation/short-period']);
  });

  it('s. 28 interception orders are limited to offences under the Act', () => {
    expect(section('28').narrowings).toEqual(['content-interception/offence-list-limited']);
  });

  it('marks unstated mental and "without right" elements as arguable, never as plainly met', () => {
    const s26 = section('26');
    expect(entryFor(s26, 'illegal-interception/intent')).toMatchObject({ arguable: expect.any(String) });
    expect(entryFor(s26, 'illegal-interception/without-right')).toMatchObject({ arguable: expect.any(String) });
    expect(entryFor(section('61'), 'system-interference/without-right')).toMatchObject({
      arguable: expect.any(String),
    });
  });

  it('claims no element for s. 71 "cyber attack", a term the 2021 Act does not define', () => {
    expect(section('71').implements).toEqual([]);
  });

  it('s. 12 (second reading): obstructing a cyber inspector, up to 2 years or 200,000 penalty units', () => {
    const s = section('12');
    expect(s.penalty?.max_years).toBe(2);
    expect(s.penalty?.fine).toBe('200,000 penalty units');
    expect(entryFor(s, 'obstruction-of-justice/interfere-officials')).toMatchObject({ only: expect.any(String) });
  });

  it('second reading: the survey stops the day before the repeal and leaves computer fraud (Penal Code) unassessed', () => {
    const surveyed = zm.surveyed as { until?: string; except?: string[] };
    expect(surveyed.until).toBe('2025-05-11');
    expect(surveyed.except).toContain('computer-fraud');
  });
});

describe('Zambia: provenance hygiene', () => {
  it('sources every section in the ZambiaLII text, basis verified', () => {
    expectEverySectionSourced(zm);
    for (const s of zm.sections) {
      expect(s.basis).toBe('verified');
      expect(s.source.url).toBe(URL);
    }
  });

  it('references only concept elements and narrowings that exist', () => {
    const refs = conceptRefs(loadConcepts());
    for (const s of zm.sections) {
      for (const i of s.implements) expect(refs.elements.has(typeof i === 'string' ? i : i.element)).toBe(true);
      for (const n of s.narrowings ?? []) expect(refs.narrowings.has(n)).toBe(true);
    }
  });
});
