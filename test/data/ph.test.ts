/**
 * Facts a legal reader can check in countries/ph.yaml (Philippines) against RA 10175 as enacted (LawPhil copy),
 * the Disini ruling (G.R. No. 203335) and the status sources cited: penalties as written, narrowings and elements
 * on named sections, the struck-down provisions, and status facts. Ratings are not asserted.
 */
import type { Section } from '../../src/model/index.js';
import {
  conceptRefs,
  expectEverySectionSourced,
  law,
  loadConcepts,
  loadCountry,
  section as sectionOf,
  sectionVersions,
  status,
  elementsOf,
} from '../helpers/data.js';

const ph = loadCountry('ph');
const ACT = 'ra-10175-2012';
const LAWPHIL = 'https://lawphil.net/statutes/repacts/ra2012/ra_10175_2012.html';
const section = (number: string, asAt = '2020-01-01'): Section => sectionOf(ph, ACT, number, asAt);

describe('Philippines: country and law', () => {
  it('identifies the country', () => {
    expect(ph.country.code).toBe('PH');
    expect(ph.country.name).toBe('Philippines');
  });

  it('declares RA 10175, approved 12 September 2012, with no commencement date (not in the text)', () => {
    const act = law(ph, ACT);
    expect(act.citation).toBe('Republic Act No. 10175');
    expect(act.enacted).toBe('2012-09-12');
    expect(act.commenced).toBeUndefined();
    expect(act.url).toBe(LAWPHIL);
  });
});

describe('Philippines: status', () => {
  it('is a Budapest Party without invented dates, with declarations under Arts 24, 27 and 35 and no reservation', () => {
    const b = status(ph, 'budapest');
    expect(b.status).toBe('party');
    expect(b.ratified).toBeUndefined();
    expect(b.in_force).toBeUndefined();
    expect(b.reservations ?? []).toHaveLength(0);
    expect((b.declarations ?? []).map((d) => d.provision).sort()).toEqual(['art-24', 'art-27', 'art-35']);
    expect(b.basis).toBe('secondary');
  });

  it('signed the UN Convention against Cybercrime on 25 October 2025', () => {
    const u = status(ph, 'uncc-2024');
    expect(u.status).toBe('signatory');
    expect(u.signed).toBe('2025-10-25');
  });

  it('records no Commonwealth, African Union, ECOWAS or Arab League instrument', () => {
    const ids = ph.status.map((s) => s.instrument);
    for (const id of ['commonwealth-2002', 'malabo-2014', 'ecowas-2011', 'arab-2010', 'arab-model-law'])
      expect(ids).not.toContain(id);
  });
});

describe('Philippines: penalties as written (s. 8, with RPC Art. 27 for the terms)', () => {
  it.each([
    ['4(a)(1)', 12],
    ['4(a)(5)(i)', 12],
    ['4(b)(2)', 12],
    ['4(c)(1)', 12],
    ['8 (third paragraph)', 20],
    ['20', 6],
  ])('s. %s carries a maximum of %d years', (number, years) => {
    expect(section(number).penalty?.max_years).toBe(years);
  });

  it('states the fines as written', () => {
    expect(section('4(a)(1)').penalty?.fine).toMatch(/at least PHP 200,000/);
    expect(section('4(a)(5)(i)').penalty?.fine).toBe('not more than PHP 500,000');
    expect(section('4(c)(1)').penalty?.fine).toBe('at least PHP 200,000 but not exceeding PHP 1,000,000');
    expect(section('20').penalty?.fine).toBe('PHP 100,000');
  });

  it('records no term for online libel, which s. 8 does not penalise', () => {
    expect(section('4(c)(4)').penalty).toBeUndefined();
  });
});

describe('Philippines: elements and narrowings on named sections', () => {
  it('s. 4(a)(1) illegal access has no narrowing and meets exceeded authorisation through s. 3(h)', () => {
    const s = section('4(a)(1)');
    expect(s.narrowings ?? []).toEqual([]);
    expect(elementsOf(s)).toContain('illegal-access/exceed-authorisation');
    expect(s.works_with).toEqual(['3']);
  });

  it('s. 4(a)(1) intent is arguable, since the paragraph states no mental element', () => {
    const intent = section('4(a)(1)').implements.find(
      (e) => typeof e !== 'string' && e.element === 'illegal-access/intent',
    );
    expect(intent).toEqual(expect.objectContaining({ arguable: expect.any(String) }));
  });

  it('s. 4(a)(3) data interference does not claim suppression (not in the text) and allows recklessness', () => {
    const ids = elementsOf(section('4(a)(3)'));
    expect(ids).not.toContain('data-interference/suppress');
    expect(ids).toContain('data-interference/recklessness');
  });

  it('s. 9 implements every Budapest Art. 12 attribution element', () => {
    expect(elementsOf(section('9'))).toEqual(
      expect.arrayContaining([
        'legal-person-liability/for-benefit',
        'legal-person-liability/leading-person-representation',
        'legal-person-liability/leading-person-decision',
        'legal-person-liability/leading-person-control',
        'legal-person-liability/lack-of-supervision',
        'legal-person-liability/natural-persons-unaffected',
      ]),
    );
  });
});

describe('Philippines: Disini v. Secretary of Justice (decision dated 11 February 2014)', () => {
  it.each(['4(c)(3)', '12', '19'])('s. %s ends the day before the decision', (number) => {
    const versions = sectionVersions(ph, ACT, number);
    expect(versions).toHaveLength(1);
    expect(versions[0]!.in_force?.to).toBe('2014-02-10');
  });

  it.each(['5(a)', '5(b)'])(
    's. %s no longer reaches child pornography or online libel after the decision',
    (number) => {
      const concept = number === '5(a)' ? 'aiding-abetting' : 'attempt';
      expect(elementsOf(section(number, '2013-01-01'))).toEqual(
        expect.arrayContaining([`${concept}/csam`, `${concept}/personal-harm`, `${concept}/spam`]),
      );
      const after = elementsOf(section(number, '2020-01-01'));
      for (const c of ['csam', 'personal-harm', 'spam']) expect(after).not.toContain(`${concept}/${c}`);
      expect(after).toContain(`${concept}/data-interference`);
    },
  );
});

describe('Philippines: provenance', () => {
  const { elements, narrowings } = conceptRefs(loadConcepts());

  it('every section names a declared law, a source with pinpoint and LawPhil URL, and is verified', () => {
    expectEverySectionSourced(ph, { url: LAWPHIL, bases: ['verified'] });
  });

  it('every element and narrowing a section or reliance names exists in concepts.yaml', () => {
    for (const s of ph.sections) {
      for (const e of elementsOf(s)) expect(elements).toContain(e);
      for (const n of s.narrowings ?? []) expect(narrowings).toContain(n);
    }
    for (const r of ph.relies_on ?? [])
      for (const e of r.implements) expect(elements).toContain(typeof e === 'string' ? e : e.element);
  });

  it('marks no status fact or reliance as verified', () => {
    for (const st of ph.status) expect(st.basis).not.toBe('verified');
    for (const r of ph.relies_on ?? []) expect(r.basis).not.toBe('verified');
  });
});

describe('Philippines: second reading', () => {
  it.each(['4(b)(1)(ii)', '4(b)(3)'])(
    's. %s carries the s. 8 first-paragraph penalty (prision mayor or fine) and is tagged with the penalty elements',
    (number) => {
      const s = section(number);
      expect(s.penalty?.max_years).toBe(12);
      expect(elementsOf(s)).toEqual(
        expect.arrayContaining([
          'natural-person-penalties/effective-proportionate-dissuasive',
          'natural-person-penalties/deprivation-of-liberty',
          'natural-person-penalties/fines',
        ]),
      );
    },
  );
});
