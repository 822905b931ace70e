/**
 * Facts a legal reader can check in countries/tz.yaml (Tanzania) against the Cybercrimes Act, 2015 (Act No. 14 of
 * 2015) and the status sources: penalties as written (minimums only), narrowings, elements on named sections, the
 * strict reading of unstated mental elements, status facts and provenance hygiene. No computed ratings.
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
  elementsOf,
  entryFor,
} from '../helpers/data.js';

const tz = loadCountry('tz');
const ACT = 'cybercrimes-act-2015';
const URL = 'https://tanzlii.org/en/akn/tz/act/2015/14/eng@2015-05-22';
const section = (number: string): Section => sectionOf(tz, ACT, number);
/** Element ids a section implements, whether bare or qualified. */

describe('Tanzania: country, law and status', () => {
  it('identifies the country and data version', () => {
    expect(tz.country).toEqual({ code: 'TZ', name: 'Tanzania', note: expect.any(String) });
    expect(tz.data_version).toBe('2026.11');
  });

  it('declares the Cybercrimes Act, 2015 with no assent or commencement date (not stated in the text read)', () => {
    const act = law(tz, ACT);
    expect(act.citation).toBe('Act No. 14 of 2015');
    expect(act.url).toBe(URL);
    expect(act.enacted).toBeUndefined();
    expect(act.commenced).toBeUndefined();
    expect(act.amendments?.map((a) => a.title)).toEqual(['Child Protection Laws (Miscellaneous Amendments) Act, 2024']);
    expect(act.amendments?.[0]?.basis).toBe('secondary');
  });

  it('is not a Party to Budapest (parliamentary answer of 7 February 2024)', () => {
    const b = status(tz, 'budapest');
    expect(b.status).toBe('none');
    expect(b.source.url).toBe('http://parliament.go.tz/polis/questions/10550');
    expect(b.basis).toBe('secondary');
  });

  it('signed the UN Convention against Cybercrime in Hanoi on 25 October 2025, not ratified', () => {
    const u = status(tz, 'uncc-2024');
    expect(u.status).toBe('signatory');
    expect(u.signed).toBe('2025-10-25');
    expect(u.ratified).toBeUndefined();
    expect(u.basis).toBe('secondary');
  });

  it('is a Commonwealth member and has not ratified Malabo', () => {
    expect(status(tz, 'commonwealth-2002').status).toBe('member');
    expect(status(tz, 'malabo-2014').status).toBe('none');
    expect(tz.status.some((s) => s.instrument === 'ecowas-2011' || s.instrument.startsWith('arab'))).toBe(false);
  });
});

describe('Tanzania: penalties as written (minimum terms, no maximum)', () => {
  it.each([
    ['4', 1],
    ['5', 1],
    ['6', 1],
    ['7(1)', 3],
    ['8', 5],
    ['10(1)(a)', 3],
    ['11', 7],
    ['12', 7],
    ['13', 7],
    ['14(1)(b)', 10],
    ['29', 5],
    ['26', 0.5],
  ])('s. %s sets a minimum of %d years and no maximum', (number, years) => {
    const p = section(number).penalty!;
    expect(p.min_years).toBe(years);
    expect(p.max_years).toBeUndefined();
  });

  it('records the fines as written', () => {
    expect(section('4').penalty?.fine).toBe(
      'not less than TZS 3,000,000 or three times the value of the undue advantage received, whichever is greater',
    );
    expect(section('13').penalty?.fine).toMatch(/^not less than TZS 50,000,000/);
    expect(section('6').penalty?.fine).toBe('not less than TZS 5,000,000');
  });
});

describe('Tanzania: elements and narrowings on named sections', () => {
  it('s. 4 implements illegal access with intent and without right ("intentionally and unlawfully")', () => {
    expect(elementsOf(section('4'))).toEqual(
      expect.arrayContaining(['illegal-access/access', 'illegal-access/intent', 'illegal-access/without-right']),
    );
    expect(section('4').narrowings).toBeUndefined();
  });

  it('s. 6 reaches transmissions within a system and electromagnetic emissions', () => {
    expect(elementsOf(section('6'))).toEqual(
      expect.arrayContaining([
        'illegal-interception/transmission-within',
        'illegal-interception/electromagnetic-emissions',
      ]),
    );
  });

  it('s. 8 (data espionage) is narrowed to data protected against unauthorised access', () => {
    expect(section('8').narrowings).toEqual(['illegal-data-acquisition/security-measures']);
  });

  it('s. 7(3) is limited to data kept by law or used as evidence; s. 24(2)(b) to commercial infringement', () => {
    expect(section('7(3)').narrowings).toEqual(['data-interference/specific-data-only']);
    expect(section('24(2)(b)').narrowings).toEqual(['ip-infringement/commercial-scale']);
  });

  it('s. 30(1)(d) carries the double-criminality condition, s. 30(1)(c) does not', () => {
    expect(section('30(1)(d)').narrowings).toEqual(['jurisdiction-active-nationality/double-criminality']);
    expect(section('30(1)(c)').narrowings).toBeUndefined();
  });

  it('s. 11 lists no suppression of data, so computer-forgery/suppress is not claimed', () => {
    expect(elementsOf(section('11'))).not.toContain('computer-forgery/suppress');
  });

  it('claims no intent or "without right" on s. 13, which states neither', () => {
    const els = elementsOf(section('13'));
    expect(els).toContain('csam/distribute');
    expect(els).not.toContain('csam/intent');
    expect(els).not.toContain('csam/without-right');
    expect(els).not.toContain('csam/possess');
  });

  it('marks the "internationally" misprint in s. 7(2)(b) as an arguable reading of intent', () => {
    const e = entryFor(section('7(2)(b)'), 'illegal-data-acquisition/intent');
    expect(typeof e === 'object' && e.arguable).toMatch(/internationally/);
  });

  it('s. 26 (attempt) and s. 25 (aiding) reach the core offences', () => {
    expect(elementsOf(section('26'))).toEqual(
      expect.arrayContaining(['attempt/illegal-interception', 'attempt/computer-fraud', 'attempt/csam']),
    );
    expect(elementsOf(section('25'))).toEqual(
      expect.arrayContaining(['aiding-abetting/illegal-access', 'aiding-abetting/ip-infringement']),
    );
  });

  it('s. 57 adds Cybercrimes Act offences as money-laundering predicates', () => {
    expect(elementsOf(section('57'))).toEqual(['laundering-proceeds/predicate-computer-offences']);
  });
});

describe('Tanzania: second-reading corrections', () => {
  it('s. 14(1)(a) catches giving a minor access to pornography only as a broader general offence', () => {
    const e = entryFor(section('14(1)(a)'), 'minors-exposure-to-pornography/provide-access');
    expect(typeof e === 'object' && e.broader).toMatch(/publishing pornography/);
  });

  it('s. 22(1) "conceal" is only an arguable reading of suppression, under the obstruction purpose', () => {
    const e = entryFor(section('22(1)'), 'data-interference/suppress');
    expect(typeof e === 'object' && e.arguable).toMatch(/conceal/);
    expect(section('22(1)').narrowings).toEqual(['data-interference/dishonest-intent']);
  });

  it('claims extradite-or-prosecute jurisdiction only as arguable, through s. 30(1)(c)', () => {
    const e = entryFor(section('30(1)(c)'), 'aut-dedere-aut-judicare/jurisdiction-if-not-extradited');
    expect(typeof e === 'object' && e.arguable).toMatch(/para\. \(d\)/);
    expect(elementsOf(section('30(1)(c)'))).not.toContain('aut-dedere-aut-judicare/submit-for-prosecution');
  });

  it('does not survey transfer-data-protection (Personal Data Protection Act and MLA law not read)', () => {
    expect(tz.surveyed?.except).toContain('transfer-data-protection');
  });
});

describe('Tanzania: provenance', () => {
  const { elements, narrowings } = conceptRefs(loadConcepts());
  const refs = new Set([...elements, ...narrowings]);

  it('every section names the Act, a pinpoint, the TanzLII URL and basis verified', () => {
    expectEverySectionSourced(tz, { url: URL, bases: ['verified'] });
  });

  it('every element and narrowing named exists in concepts.yaml', () => {
    for (const s of tz.sections) for (const r of [...elementsOf(s), ...(s.narrowings ?? [])]) expect(refs).toContain(r);
  });

  it('records surveyed groups with the unread laws excepted', () => {
    expect(tz.surveyed?.groups).toEqual(['substantive', 'procedural', 'jurisdiction', 'cooperation', 'liability']);
    expect(tz.surveyed?.except).toEqual(expect.arrayContaining(['mla-general', 'extradition', 'laundering-proceeds']));
  });

  it('marks no status fact as verified', () => {
    for (const st of tz.status) expect(st.basis).not.toBe('verified');
  });
});
