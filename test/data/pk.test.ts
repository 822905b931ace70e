import { implementedElement } from '../../src/shared/implementation.js';
/**
 * Facts a legal reader can check in countries/pk.yaml (Pakistan) against the Prevention of Electronic Crimes Act,
 * 2016 as consolidated to the 2025 Amendment Act, and against the status sources: penalties as written, narrowings,
 * elements on named sections, the arguable Penal Code attempt reading, status facts and provenance hygiene. No
 * computed ratings.
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

const pk = loadCountry('pk');
const ACT = 'peca-2016';
const URL = 'https://pakistancode.gov.pk/english/UY2FqaJw1-apaUY2Fqa-apaUY2Jvbp8%3D-sg-jjjjjjjjjjjjj';
const section = (number: string): Section => sectionOf(pk, ACT, number);

describe('Pakistan: country, law and status', () => {
  it('identifies the country and data version', () => {
    expect(pk.country).toEqual({ code: 'PK', name: 'Pakistan', note: expect.any(String) });
    expect(pk.data_version).toBe('2026.11');
  });

  it('declares PECA 2016 (Act No. XL of 2016) without enactment or commencement dates, which the text does not give', () => {
    const act = law(pk, ACT);
    expect(act.citation).toBe('Act No. XL of 2016');
    expect(act.url).toBe(URL);
    expect(act.enacted).toBeUndefined();
    expect(act.commenced).toBeUndefined();
    expect(act.amendments?.map((a) => a.citation)).toEqual([
      'Act No. XXXVII of 2023',
      'Act No. XXV of 2024',
      'Act No. II of 2025',
    ]);
  });

  it('records the 2025 Amendment Act as assented on 29 January 2025, from a secondary source', () => {
    const a2025 = law(pk, ACT).amendments?.find((a) => a.citation === 'Act No. II of 2025');
    expect(a2025?.enacted).toBe('2025-01-29');
    expect(a2025?.basis).toBe('secondary');
  });

  it('is not a Party to, nor a signatory of, Budapest (secondary sources)', () => {
    const b = status(pk, 'budapest');
    expect(b.status).toBe('none');
    expect(b.signed).toBeUndefined();
    expect(b.basis).toBe('secondary');
  });

  it('is a Commonwealth member, and records no UN Convention against Cybercrime status it could not source', () => {
    expect(status(pk, 'commonwealth-2002').status).toBe('member');
    expect(pk.status.some((s) => s.instrument === 'uncc-2024')).toBe(false);
  });
});

describe('Pakistan: penalties as written', () => {
  it.each([
    ['3', 0.25, 'up to PKR 50,000'],
    ['4', 0.5, 'up to PKR 100,000'],
    ['5', 2, 'up to PKR 500,000'],
    ['8', 7, 'up to PKR 10,000,000'],
    ['10', 14, 'up to PKR 50,000,000'],
    ['13(1)', 3, 'up to PKR 250,000'],
    ['14', 2, 'up to PKR 10,000,000'],
    ['19', 2, 'up to PKR 500,000'],
    ['26A', 3, 'up to PKR 2,000,000'],
  ])('s. %s: up to %d years, fine %s', (number, years, fine) => {
    expect(section(number).penalty?.max_years).toBe(years);
    expect(section(number).penalty?.fine).toBe(fine);
  });

  it('ss. 22B and 22C carry fourteen to twenty years and a fine of at least one million rupees', () => {
    for (const n of ['22B', '22C']) {
      expect(section(n).penalty).toMatchObject({ min_years: 14, max_years: 20, fine: 'not less than PKR 1,000,000' });
    }
  });

  it('s. 22(1): maximum twenty years, no minimum encoded because the printed words do not state one', () => {
    const p = section('22(1)').penalty!;
    expect(p.max_years).toBe(20);
    expect(p.min_years).toBeUndefined();
    expect(p.note).toMatch(/may extend to fourteen years and may extend up to twenty years/);
  });

  it('s. 25(4) (unsolicited information) is fine-only', () => {
    expect(section('25(4)').penalty?.max_years).toBeUndefined();
    expect(elementsOf(section('25(4)'))).not.toContain('natural-person-penalties/deprivation-of-liberty');
  });
});

describe('Pakistan: elements and narrowings on named sections', () => {
  it('s. 3 requires dishonest intention (a narrowing Budapest Art. 2 permits) but no security measure', () => {
    const s3 = section('3');
    expect(s3.narrowings).toContain('illegal-access/dishonest-intent');
    expect(s3.narrowings).not.toContain('illegal-access/security-measures');
    expect(elementsOf(s3)).toEqual(
      expect.arrayContaining(['illegal-access/access', 'illegal-access/exceed-authorisation']),
    );
  });

  it('s. 5 carries the dishonest-intent narrowing for data and system interference', () => {
    expect(section('5').narrowings).toEqual([
      'data-interference/dishonest-intent',
      'system-interference/dishonest-intent',
    ]);
  });

  it('s. 19 reaches transmissions from or within a system and emissions, but not transmissions to a system', () => {
    const e = elementsOf(section('19'));
    expect(e).toEqual(
      expect.arrayContaining([
        'illegal-interception/transmission-from',
        'illegal-interception/transmission-within',
        'illegal-interception/electromagnetic-emissions',
      ]),
    );
    expect(e).not.toContain('illegal-interception/transmission-to');
    expect(section('19').narrowings).toEqual(['illegal-interception/dishonest-intent']);
  });

  it('s. 22(1) covers procuring for another and realistic images, limited to visual material', () => {
    const s22 = section('22(1)');
    expect(elementsOf(s22)).toEqual(expect.arrayContaining(['csam/procure-for-another', 'csam/realistic-images']));
    expect(s22.narrowings).toEqual(['csam/visual-only']);
  });

  it('s. 11 (hate speech) states no mental element, so intent is not claimed', () => {
    expect(elementsOf(section('11'))).not.toContain('hate-material-dissemination/intent');
  });

  it('s. 39 is limited to offences under the Act and does not compel service providers', () => {
    const s39 = section('39');
    expect(s39.narrowings).toEqual(
      expect.arrayContaining([
        'content-interception/offence-list-limited',
        'realtime-traffic-collection/offence-list-limited',
      ]),
    );
    expect(elementsOf(s39)).not.toContain('content-interception/compel-provider-collect');
  });

  it('s. 13(1) meets without-right only on an arguable reading', () => {
    const e = entryFor(section('13(1)'), 'computer-forgery/without-right');
    expect(typeof e === 'object' && e.arguable).toMatch(/without authorization/);
  });
});

describe('Pakistan: Penal Code reliance', () => {
  it('attempt rests on PPC s. 511 read through PECA s. 28, marked arguable for every element', () => {
    const attempt = pk.relies_on?.find((r) => r.id === 'ppc-attempt');
    expect(attempt?.basis).toBe('secondary');
    expect(attempt?.implements.length).toBeGreaterThan(0);
    for (const i of attempt!.implements) expect(typeof i === 'object' && i.arguable).toBeTruthy();
  });

  it('abetment rests on PPC ss. 107-109 with s. 40 and reaches csam', () => {
    const abet = pk.relies_on?.find((r) => r.id === 'ppc-abetment');
    expect(abet?.source.pinpoint).toMatch(/s\. 40/);
    expect(abet?.implements.map(implementedElement)).toContain('aiding-abetting/csam');
  });
});

describe('Pakistan: provenance', () => {
  const { elements, narrowings } = conceptRefs(loadConcepts());
  const refs = new Set([...elements, ...narrowings]);

  it('every section names a declared law, the Pakistan Code URL and basis verified', () => {
    expectEverySectionSourced(pk, { url: URL, bases: ['verified'] });
  });

  it('every element and narrowing named exists in concepts.yaml', () => {
    for (const s of pk.sections) for (const r of [...elementsOf(s), ...(s.narrowings ?? [])]) expect(refs).toContain(r);
    for (const r of pk.relies_on ?? []) for (const i of r.implements) expect(refs).toContain(implementedElement(i));
  });
});
