/**
 * Facts a legal reader can check in countries/gh.yaml (Ghana) against the stored Cybersecurity Act, 2020 (Act 1038)
 * text (reference/texts/national/gh-cybersecurity-act-2020.txt) and the status sources: penalties, narrowings,
 * elements implemented, status and provenance. Computed ratings are not asserted.
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
  elementsOf,
} from '../helpers/data.js';

const gh = loadCountry('gh');
const CSA = 'csa-2020';
const GHALII = 'https://ghalii.org/akn/gh/act/2020/1038';
const concepts = loadConcepts();

const status = (instrument: string): InstrumentStatus => statusOf(gh, instrument);
const section = (number: string): Section => sectionOf(gh, CSA, number);
/** The element ids a section implements, whether bare or qualified. */

describe('Ghana: country, law and status', () => {
  it('identifies the country and data version', () => {
    expect(gh.country).toEqual({ code: 'GH', name: 'Ghana', note: expect.any(String) as string });
    expect(gh.data_version).toBe('2026.11');
  });

  it('declares Act 1038 from GhaLII, with no enactment or commencement date the copy does not state', () => {
    const l = law(gh, CSA);
    expect(l.citation).toBe('Act 1038');
    expect(l.url).toBe(GHALII);
    expect(l.enacted).toBeUndefined();
    expect(l.assented).toBeUndefined();
    expect(l.commenced).toBeUndefined();
  });

  it('is a Budapest Party by accession, with no date or reservation recorded (none found)', () => {
    const b = status('budapest');
    expect(b.status).toBe('party');
    expect(b.basis).toBe('secondary');
    expect(b.signed).toBeUndefined();
    expect(b.ratified).toBeUndefined();
    expect(b.reservations).toBeUndefined();
  });

  it('signed the Second Additional Protocol on 28 June 2023', () => {
    const p2 = status('budapest-p2');
    expect(p2.status).toBe('signatory');
    expect(p2.signed).toBe('2023-06-28');
  });

  it('is an ECOWAS and Commonwealth member, a Malabo Party and a UN Convention signatory', () => {
    expect(status('ecowas-2011').status).toBe('member');
    expect(status('commonwealth-2002').status).toBe('member');
    expect(status('malabo-2014').status).toBe('party');
    const u = status('uncc-2024');
    expect(u.status).toBe('signatory');
    expect(u.signed).toBeUndefined();
  });
});

describe('Ghana: sections of Act 1038', () => {
  it('s. 40(1)-(2): access to critical information infrastructure, 2 to 5 years, narrowed to protected systems', () => {
    const s = section('40(1)-(2)');
    expect(s.penalty?.min_years).toBe(2);
    expect(s.penalty?.max_years).toBe(5);
    expect(s.penalty?.fine).toMatch(/15,000 penalty units/);
    expect(s.narrowings).toEqual(['illegal-access/protected-system-only']);
    expect(elementsOf(s)).toEqual(expect.arrayContaining(['illegal-access/without-right', 'attempt/illegal-access']));
  });

  it('s. 40 states no mental element, so intent is only arguable', () => {
    const intent = section('40(1)-(2)').implements.find(
      (e) => typeof e !== 'string' && e.element === 'illegal-access/intent',
    );
    expect(intent).toEqual(expect.objectContaining({ arguable: expect.any(String) as string }));
  });

  it('s. 62: child sexual abuse material, 5 to 10 years or a fine of 2,500 to 5,000 penalty units', () => {
    const s = section('62');
    expect(s.penalty?.min_years).toBe(5);
    expect(s.penalty?.max_years).toBe(10);
    expect(s.penalty?.fine).toMatch(/2,500 and not more than 5,000 penalty units/);
    expect(elementsOf(s)).toEqual(
      expect.arrayContaining(['csam/possess', 'csam/depicts-person-appearing-minor', 'csam/realistic-images']),
    );
    expect(elementsOf(s)).not.toContain('csam/import-export');
  });

  it('s. 66: sexual extortion carries 10 to 25 years, imprisonment only', () => {
    for (const n of ['66(1)', '66(2)']) {
      const p = section(n).penalty!;
      expect(p.min_years).toBe(10);
      expect(p.max_years).toBe(25);
      expect(p.fine).toBeUndefined();
    }
  });

  it('s. 67: intimate images need intent to cause serious emotional distress (a narrowing)', () => {
    const s = section('67');
    expect(s.narrowings).toEqual(['intimate-image-abuse/intent-to-cause-harm']);
    expect(s.penalty?.max_years).toBe(3);
  });

  it('s. 74: content interception limited to serious offences, provider compelled to collect', () => {
    const s = section('74');
    expect(s.narrowings).toEqual(['content-interception/serious-offences-only']);
    expect(elementsOf(s)).toContain('content-interception/compel-provider-collect');
    // s. 74(2): the warrant requires a service provider to "provide that content data to the officer immediately".
    expect(elementsOf(s)).toContain('content-interception/compel-provider-assist');
  });

  it('s. 73: content interception "to give effect to a mutual legal assistance request" is met in full', () => {
    expect(section('73').implements).toContain('mla-interception/intercept-on-request');
  });

  it('s. 83 designates the 24/7 contact point; s. 99(2) makes cyber offences extraditable', () => {
    expect(elementsOf(section('83'))).toContain('contact-point-24-7/designated-24-7');
    expect(elementsOf(section('99(2)'))).toEqual(['extradition/extraditable-offences']);
  });
});

describe('Ghana: provenance and references', () => {
  it('sources every section to the GhaLII text, read and verified', () => {
    expectEverySectionSourced(gh, { url: GHALII, bases: ['verified'] });
  });

  it('references only elements and narrowings that exist in the taxonomy', () => {
    const { elements, narrowings } = conceptRefs(concepts);
    for (const s of gh.sections) {
      for (const e of elementsOf(s)) expect(elements).toContain(e);
      for (const n of s.narrowings ?? []) expect(narrowings).toContain(n);
    }
  });

  it('does not claim the concepts of the unread Electronic Transactions Act as surveyed', () => {
    const surveyed = gh.surveyed!;
    expect(surveyed.groups).toEqual([]);
    // realtime-traffic-collection: interception orders are reported under the unread Electronic Communications Act.
    for (const c of [
      'data-interference',
      'computer-fraud',
      'jurisdiction-territorial',
      'mla-general',
      'realtime-traffic-collection',
    ]) {
      expect(surveyed.concepts).not.toContain(c);
    }
  });
});
