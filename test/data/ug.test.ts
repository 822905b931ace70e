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

const ug = loadCountry('ug');
const ULII = 'https://ulii.org/en/akn/ug/act/2011/2/eng@2023-12-31';
const CMA = 'cma-2011';
const sec = (number: string): Section => section(ug, CMA, number);

describe('Uganda (countries/ug.yaml): status', () => {
  it('is not a Budapest Party, is a Commonwealth member, not a Malabo Party, and signed the UN Convention without a recorded date', () => {
    expect(status(ug, 'budapest').status).toBe('none');
    expect(status(ug, 'commonwealth-2002').status).toBe('member');
    expect(status(ug, 'malabo-2014').status).toBe('none');
    const uncc = status(ug, 'uncc-2024');
    expect(uncc.status).toBe('signatory');
    expect(uncc.signed).toBeUndefined();
    for (const st of ug.status) expect(st.basis).toBe('secondary');
  });
});

describe('Uganda: the law read', () => {
  it('is Act 2 of 2011 as revised in Cap. 96 (2023), with no commencement date invented', () => {
    const act = law(ug, CMA);
    expect(act.citation).toMatch(/Act 2 of 2011/);
    expect(act.citation).toMatch(/Cap\. 96/);
    expect(act.url).toBe(ULII);
    expect(act.commenced).toBeUndefined();
    expect(act.amendments?.[0]?.title).toBe('Computer Misuse (Amendment) Act, 2022');
  });
});

describe('Uganda: penalties as printed in Cap. 96', () => {
  it.each([
    ['11(1)(a)', 10, 'not exceeding 750 currency points (UGX 15,000,000)'],
    ['12', 10, 'not exceeding 240 currency points (UGX 4,800,000)'],
    ['13', 15, 'not exceeding 360 currency points (UGX 7,200,000)'],
    ['18', 15, 'not exceeding 360 currency points (UGX 7,200,000)'],
    ['22(1)', 15, 'not exceeding 360 currency points (UGX 7,200,000)'],
    ['24', 3, 'not exceeding 72 currency points (UGX 1,440,000)'],
    ['25', 5, 'not exceeding 120 currency points (UGX 2,400,000)'],
    ['26', 7, 'not exceeding 750 currency points (UGX 15,000,000)'],
  ])('s. %s: up to %d years, fine %s', (number, years, fine) => {
    expect(sec(number).penalty?.max_years).toBe(years);
    expect(sec(number).penalty?.fine).toBe(fine);
  });

  it('s. 19 makes life imprisonment available for offences involving protected computers', () => {
    expect(sec('19').penalty?.life).toBe(true);
    expect(elementsOf(sec('19'))).toContain('aggravating-circumstances/critical-infrastructure');
  });
});

describe('Uganda: element mapping', () => {
  it('s. 14(1)(b) is the interception offence, by technical means, knowingly and without authority', () => {
    expect(elementsOf(sec('14(1)(b)'))).toEqual(
      expect.arrayContaining([
        'illegal-interception/technical-means',
        'illegal-interception/transmission-within',
        'illegal-interception/intent',
        'illegal-interception/without-right',
      ]),
    );
  });

  it('s. 12 carries the further-offence narrowing and s. 11(4) the security-measures narrowing', () => {
    expect(sec('12').narrowings).toContain('illegal-access/further-offence-intent');
    expect(sec('11(4)').narrowings).toContain('illegal-access/security-measures');
    expect(sec('14(1)(a)').narrowings).toContain('illegal-access/dishonest-intent');
  });

  it('records the silent mental element of s. 11(1)(a) and s. 22(1) as arguable, not as met', () => {
    expect(findImplementation(sec('11(1)(a)').implements, 'illegal-access/intent')?.arguable).toMatch(/11\(6\)/);
    expect(findImplementation(sec('22(1)').implements, 'csam/intent')?.arguable).toBeDefined();
  });

  it('limits the s. 11(3) device object to tools for overcoming security measures', () => {
    expect(findImplementation(sec('11(3)').implements, 'misuse-of-devices/device-object')?.only).toMatch(
      /security measures/,
    );
    expect(elementsOf(sec('11(3)'))).not.toContain('misuse-of-devices/import');
  });

  it('second reading: s. 11(3) names only "procures for use", so obtaining is arguable; s. 31(7) protects officers in part', () => {
    expect(findImplementation(sec('11(3)').implements, 'misuse-of-devices/obtain')?.arguable).toMatch(
      /procures for use/,
    );
    expect(findImplementation(sec('31(7)').implements, 'obstruction-of-justice/interfere-officials')?.only).toMatch(
      /s\. 31/,
    );
  });

  it('s. 20(2) reaches attempt for the Act offences, read with s. 21', () => {
    expect(elementsOf(sec('20(2)'))).toEqual(
      expect.arrayContaining(['attempt/illegal-access', 'attempt/data-interference', 'attempt/csam']),
    );
    expect(sec('20(2)').works_with).toEqual(['21']);
  });
});

describe('Uganda: provenance', () => {
  const { elements: known, narrowings } = conceptRefs(loadConcepts());
  const refs = new Set([...known, ...narrowings]);

  it('every section is sourced to the ULII Cap. 96 text and verified', () => {
    expectEverySectionSourced(ug, { url: ULII, bases: ['verified'] });
  });

  it('every element and narrowing named exists in concepts.yaml', () => {
    for (const s of ug.sections) {
      for (const r of [...elementsOf(s), ...(s.narrowings ?? [])]) expect(refs).toContain(r);
    }
  });
});
