/**
 * Facts a reader can check in countries/mw.yaml (Malawi) against the Electronic Transactions and Cyber Security Act
 * 2016 (MalawiLII consolidation at 31 December 2017) and the status sources named in the file. Computed ratings are
 * not asserted.
 */
import { findImplementation } from '../../src/shared/implementation.js';
import type { Section } from '../../src/model/index.js';
import {
  conceptRefs,
  expectEverySectionSourced,
  law,
  loadConcepts,
  loadCountry,
  section,
  status,
  elementsOf,
} from '../helpers/data.js';

const mw = loadCountry('mw');
const MALAWILII = 'https://malawilii.org/akn/mw/act/2016/33/eng@2017-12-31';
const ACT = 'etcsa-2016';
const sec = (number: string): Section => section(mw, ACT, number);

describe('Malawi (countries/mw.yaml): status', () => {
  it('is invited to accede to Budapest, with no accession or ratification date recorded', () => {
    const b = status(mw, 'budapest');
    expect(b.status).toBe('invited');
    expect(b.ratified).toBeUndefined();
    expect(b.in_force).toBeUndefined();
    expect(b.note).toMatch(/9 October 2024/);
  });

  it('is a Commonwealth member, not a Malabo Party, and has no UN Convention signature recorded', () => {
    expect(status(mw, 'commonwealth-2002').status).toBe('member');
    expect(status(mw, 'malabo-2014').status).toBe('none');
    const uncc = status(mw, 'uncc-2024');
    expect(uncc.status).toBe('none');
    expect(uncc.signed).toBeUndefined();
    for (const st of mw.status) expect(st.basis).toBe('secondary');
  });
});

describe('Malawi: the law read', () => {
  it('is Act No. 33 of 2016 (Cap. 74:02), commenced 1 June 2017, with no assent date invented', () => {
    const act = law(mw, ACT);
    expect(act.citation).toMatch(/Act No\. 33 of 2016/);
    expect(act.url).toBe(MALAWILII);
    expect(act.commenced).toBe('2017-06-01');
    expect(act.enacted).toBeUndefined();
  });
});

describe('Malawi: penalties as printed', () => {
  it.each([
    ['84(3)', 5, 'K2,000,000'],
    ['84(5)', 5, 'K2,000,000'],
    ['85(2)', 15, 'K10,000,000'],
    ['89', 7, 'K5,000,000'],
    ['90', 7, 'K5,000,000'],
    ['88', 1, 'K1,000,000'],
  ])('s. %s: %d years, fine %s', (number, years, fine) => {
    expect(sec(number).penalty?.max_years).toBe(years);
    expect(sec(number).penalty?.fine).toBe(fine);
  });

  it('s. 84(10) sets a range of ten to fifteen years for data on national security or essential services', () => {
    expect(sec('84(10)').penalty?.min_years).toBe(10);
    expect(sec('84(10)').penalty?.max_years).toBe(15);
    expect(elementsOf(sec('84(10)'))).toContain('aggravating-circumstances/critical-infrastructure');
  });

  it('s. 92 states imprisonment for ten years and no fine', () => {
    expect(sec('92').penalty?.max_years).toBe(10);
    expect(sec('92').penalty?.fine).toBeUndefined();
  });
});

describe('Malawi: element mapping', () => {
  it('s. 84(3) is intentional access and interception without authority, including exceeding authorised access', () => {
    expect(elementsOf(sec('84(3)'))).toEqual(
      expect.arrayContaining([
        'illegal-access/intent',
        'illegal-access/without-right',
        'illegal-access/exceed-authorisation',
        'illegal-interception/intent',
        'illegal-interception/without-right',
      ]),
    );
  });

  it('s. 84(6) carries the security-measures narrowing', () => {
    expect(sec('84(6)').narrowings).toContain('illegal-access/security-measures');
  });

  it('limits the s. 84(5) device object to tools for overcoming security measures, without import or export', () => {
    expect(findImplementation(sec('84(5)').implements, 'misuse-of-devices/device-object')?.only).toMatch(
      /security measures/,
    );
    expect(elementsOf(sec('84(5)'))).not.toContain('misuse-of-devices/import');
    expect(elementsOf(sec('84(5)'))).not.toContain('misuse-of-devices/export');
  });

  it('records the silent mental element of s. 85(2) and the adult-pornography reading as arguable', () => {
    expect(findImplementation(sec('85(2)').implements, 'csam/intent')?.arguable).toBeDefined();
    expect(findImplementation(sec('85(2)').implements, 'pornography-adult/produce')?.arguable).toMatch(/Literal/);
  });

  it('s. 93(1) reaches attempt for the Act offences', () => {
    expect(elementsOf(sec('93(1)'))).toEqual(
      expect.arrayContaining(['attempt/illegal-interception', 'attempt/data-interference', 'attempt/csam']),
    );
  });

  it('claims no jurisdiction element anywhere (the Act has no jurisdiction clause) and excepts jurisdiction concepts', () => {
    for (const s of mw.sections) for (const e of elementsOf(s)) expect(e).not.toMatch(/^jurisdiction-/);
    expect(mw.surveyed?.except).toEqual(expect.arrayContaining(['jurisdiction-territorial', 'extradition']));
  });
});

describe('Malawi: provenance', () => {
  const { elements: known, narrowings } = conceptRefs(loadConcepts());
  const refs = new Set([...known, ...narrowings]);

  it('every section is sourced to the MalawiLII text and verified', () => {
    expectEverySectionSourced(mw, { url: MALAWILII, bases: ['verified'] });
  });

  it('every element and narrowing named exists in concepts.yaml', () => {
    for (const s of mw.sections) {
      for (const r of [...elementsOf(s), ...(s.narrowings ?? [])]) expect(refs).toContain(r);
    }
  });
});
