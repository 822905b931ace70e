/**
 * Facts a legal reader would check in countries/ng.yaml (Nigeria): Budapest status and reservations, ECOWAS
 * membership, the penalties the ground truth marks as read in the statute, and provenance hygiene.
 */
import type { InstrumentStatus, Section } from '../../src/model/index.js';
import {
  conceptRefs,
  expectEverySectionSourced,
  instrumentExists,
  loadConcepts,
  loadCountry,
  loadInstrument,
  requiredElements,
  section as sectionOf,
  status as statusOf,
} from '../helpers/data.js';

const ng = loadCountry('ng');
const ACT = 'cybercrimes-act-2015';
const budapest = instrumentExists('budapest') ? loadInstrument('budapest') : undefined;
const concepts = loadConcepts();

const status = (instrument: string): InstrumentStatus => statusOf(ng, instrument);
/** The one section with this number in force on the given day (default: before the 2024 amendment). */
const section = (number: string, asAt = '2020-01-01'): Section => sectionOf(ng, ACT, number, asAt);

describe('Nigeria: country and Budapest status', () => {
  it('identifies the country and data version', () => {
    expect(ng.country).toEqual({ code: 'NG', name: 'Nigeria', note: expect.any(String) });
    expect(ng.data_version).toBe('2026.11');
  });

  it('is a Party to Budapest by accession deposited 6 July 2022, in force 1 November 2022', () => {
    const b = status('budapest');
    expect(b.status).toBe('party');
    expect(b.ratified).toBe('2022-07-06');
    expect(b.in_force).toBe('2022-11-01');
  });

  it('records the reservations under Arts 14(3), 29(4) and 41 on the right provisions', () => {
    const r = status('budapest').reservations ?? [];
    expect(r.map((x) => x.provision).sort()).toEqual(['art-14', 'art-29', 'art-41']);
    expect(r.find((x) => x.provision === 'art-29')?.elements).toEqual([
      'mla-expedited-preservation/no-dual-criminality',
    ]);
    // The Art. 14(3) text was cut off in the copy read: no limb is claimed.
    expect(r.find((x) => x.provision === 'art-14')?.elements).toBeUndefined();
  });

  it('records the declarations under Arts 24(7), 27(2) and 35', () => {
    const d = status('budapest').declarations ?? [];
    expect(d.map((x) => x.provision).sort()).toEqual(['art-24', 'art-27', 'art-35']);
    expect(d.find((x) => x.provision === 'art-35')?.text).toMatch(/two 24\/7 points of contact/i);
  });

  (budapest ? it : it.skip)('reserves only provisions that exist in budapest.yaml and allow the reservation', () => {
    const byId = new Map(budapest!.provisions.map((p) => [p.id, p]));
    for (const r of status('budapest').reservations ?? []) {
      const p = byId.get(r.provision);
      expect(p).toBeDefined();
      expect(p!.reservable).toBeDefined();
      const allowed = p!.reservable!.elements ?? requiredElements(p!);
      for (const el of r.elements ?? []) expect(allowed).toContain(el);
    }
    for (const d of status('budapest').declarations ?? []) expect(byId.has(d.provision)).toBe(true);
  });

  (budapest ? it : it.skip)(
    'treats "for fraudulent purposes" in s. 6(1) as a narrowing Budapest Art. 2 permits',
    () => {
      const s61 = section('6(1)');
      expect(s61.implements).toEqual(expect.arrayContaining(['illegal-access/access', 'illegal-access/without-right']));
      expect(s61.narrowings).toEqual(['illegal-access/dishonest-intent']);
      const art2 = budapest!.provisions.find((p) => p.id === 'art-2');
      expect(art2?.permits).toContain('illegal-access/dishonest-intent');
    },
  );
});

describe('Nigeria: other instruments', () => {
  it('is an ECOWAS Member State', () => {
    expect(status('ecowas-2011').status).toBe('member');
  });

  it('is recorded as a Commonwealth member, on a recalled basis', () => {
    const c = status('commonwealth-2002');
    expect(c.status).toBe('member');
    expect(c.basis).toBe('recalled');
  });

  it('records no UNTOC status, which the reference notes do not source', () => {
    expect(ng.status.some((s) => s.instrument.startsWith('untoc'))).toBe(false);
  });
});

describe('Nigeria: laws', () => {
  it('declares the 2015 Act, commenced 15 May 2015, and the 2024 Amendment Act signed 28 February 2024', () => {
    expect(ng.laws).toHaveLength(1);
    const act = ng.laws[0]!;
    expect(act.id).toBe('cybercrimes-act-2015');
    expect(act.commenced).toBe('2015-05-15');
    expect(act.amendments?.map((a) => a.enacted)).toEqual(['2024-02-28']);
  });
});

describe('Nigeria: penalties the ground truth read in the statute', () => {
  it.each([
    ['5', 10],
    ['11', 3],
    ['15(b)', 7],
    ['15(c)', 1],
    ['15', 3],
    ['16', 3],
    ['23(1)(a)-(c)', 10],
    ['23(1)(d)-(e)', 5],
    ['23(2)', 1],
    ['23(3)(a)', 10],
    ['23(3)(b)', 15],
    ['23(3)(c)', 15],
    ['24(1)', 3],
    ['24(2)', 10],
    ['24(4)', 3],
    ['38(6)', 3],
    ['40', 3],
  ])('s. %s carries a maximum of %d years', (number, years) => {
    expect(section(number).penalty?.max_years).toBe(years);
  });

  it('s. 5 allows life imprisonment where death results, and 15 years for grievous harm', () => {
    const p = section('5').penalty!;
    expect(p.life).toBe(true);
    expect(p.note).toMatch(/15 years/);
  });

  it('s. 27 punishes attempt, conspiracy and aiding as the principal offence, reaching the core offences', () => {
    const s27 = section('27');
    expect(s27.penalty?.max_years).toBeUndefined();
    expect(s27.penalty?.note).toMatch(/same penalty as the principal/i);
    expect(s27.implements).toEqual(
      expect.arrayContaining(['attempt/data-interference', 'aiding-abetting/csam', 'criminal-association/agreement']),
    );
  });

  it('fines recorded with the s. 11, 16, 38(6) and 40 penalties', () => {
    expect(section('11').penalty?.fine).toBe('NGN 1,000,000');
    expect(section('16').penalty?.fine).toBe('up to NGN 7,000,000');
    expect(section('38(6)').penalty?.fine).toBe('up to NGN 7,000,000');
    expect(section('40').penalty?.fine).toBe('up to NGN 10,000,000');
  });

  it('ss. 13 and 14(1) state only a minimum, with no maximum', () => {
    for (const n of ['13', '14(1)']) {
      expect(section(n).penalty?.min_years).toBe(3);
      expect(section(n).penalty?.max_years).toBeUndefined();
    }
  });

  it('leaves out the disputed or Bill-stage penalties for s. 6(2) and 6(4)', () => {
    expect(section('6(2)').penalty).toBeUndefined();
    expect(section('6(4)').penalty).toBeUndefined();
  });
});

describe('Nigeria: the 2024 amendment', () => {
  it.each(['17', '21', '24(1)', '44'])(
    's. %s has a 2015 version to 27 Feb 2024 and a 2024 version from 28 Feb 2024',
    (n) => {
      expect(section(n, '2020-01-01').in_force?.to).toBe('2024-02-27');
      expect(section(n, '2025-01-01').in_force?.from).toBe('2024-02-28');
    },
  );

  it('s. 24(1) loses the grossly-offensive limb in 2024', () => {
    expect(section('24(1)', '2020-01-01').implements).toContain('personal-harm/harassment');
    expect(section('24(1)', '2025-01-01').implements).not.toContain('personal-harm/harassment');
  });
});

describe('Nigeria: numbering traps', () => {
  it('uses the enacted numbering: s. 24 is cyberstalking, s. 12 interception, s. 3 infrastructure designation', () => {
    expect(section('24(2)').title).toBe('Cyberstalking');
    expect(section('12').title).toBe('Unlawful interceptions');
    expect(section('3').title).toMatch(/critical national information infrastructure/);
    expect(ng.sections.some((s) => /unauthori[sz]ed access/i.test(s.title) && s.number.startsWith('3'))).toBe(false);
  });
});

describe('Nigeria: provenance', () => {
  const { elements, narrowings } = conceptRefs(concepts);
  const refs = new Set([...elements, ...narrowings]);

  it('every section names a declared law, a source with pinpoint and URL, and a basis', () => {
    expectEverySectionSourced(ng);
  });

  it('every element and narrowing a section names exists in concepts.yaml', () => {
    for (const s of ng.sections) for (const r of [...s.implements, ...(s.narrowings ?? [])]) expect(refs).toContain(r);
  });

  it('marks verified only what was read in the stored official text, never a section read by its heading alone', () => {
    const verified = ng.sections.filter((s) => s.basis === 'verified').map((s) => s.number);
    expect(verified.sort()).toEqual(['23(3)(c)', '23(4)', '3', '4'].sort());
    for (const n of ['20', '29', '30', '31', '32', '33']) expect(section(n).basis).toBe('secondary');
  });

  it('marks no recalled fact as verified', () => {
    for (const s of ng.sections) {
      if (/recalled in the reference notes|number recalled/.test(s.source.pinpoint)) expect(s.basis).toBe('recalled');
    }
    for (const n of ['13', '18', '25', '26', '28', '45', '50']) expect(section(n).basis).toBe('recalled');
    for (const st of ng.status) {
      expect(st.basis).not.toBe('verified');
      for (const r of st.reservations ?? []) expect(r.basis).not.toBe('verified');
      for (const d of st.declarations ?? []) expect(d.basis).not.toBe('verified');
    }
    for (const l of ng.laws) expect(l.basis).not.toBe('verified');
  });
});
