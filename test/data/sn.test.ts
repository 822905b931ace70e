/**
 * Facts a legal reader can check in countries/sn.yaml (Senegal) against Loi n° 2008-11 du 25 janvier 2008 sur la
 * cybercriminalité (French text, Code pénal arts 431-7 to 431-65 and Code de procédure pénale arts 677-34 to 677-42
 * as inserted) and the status sources cited: penalties as written, narrowings and elements on named articles, and
 * status facts. Ratings are not asserted.
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

const sn = loadCountry('sn');
const CP = 'cp-loi-2008-11';
const CPP = 'cpp-loi-2008-11';
const PORTAL = 'https://senegalnumeriquesa.sn/sites/default/files/lois/loi_sur_la_cybercriminalite.pdf';
const cp = (number: string): Section => sectionOf(sn, CP, number);
const cpp = (number: string): Section => sectionOf(sn, CPP, number);

describe('Senegal: country and laws', () => {
  it('identifies the country and says the French text was read', () => {
    expect(sn.country.code).toBe('SN');
    expect(sn.country.name).toBe('Senegal');
    expect(sn.country.note).toMatch(/read in full in French/);
  });

  it('encodes the Loi as its Code pénal and Code de procédure pénale parts, cited by article, dated 25 January 2008', () => {
    for (const id of [CP, CPP]) {
      const l = law(sn, id);
      expect(l.unit).toBe('article');
      expect(l.enacted).toBe('2008-01-25');
      expect(l.commenced).toBeUndefined();
      expect(l.citation).toMatch(/^Loi n° 2008-11 du 25 janvier 2008/);
      expect(l.url).toBe(PORTAL);
    }
    expect(law(sn, CP).citation).toMatch(/art\. 1 .*431-7 to 431-65/);
    expect(law(sn, CPP).citation).toMatch(/art\. 2 .*677-34 to 677-42/);
  });
});

describe('Senegal: status', () => {
  it('is a Budapest Party by accession, with no invented dates and declarations under Arts 24, 27 and 35 only', () => {
    const b = status(sn, 'budapest');
    expect(b.status).toBe('party');
    expect(b.signed).toBeUndefined();
    expect(b.ratified).toBeUndefined();
    expect(b.in_force).toBeUndefined();
    expect(b.reservations ?? []).toHaveLength(0);
    expect((b.declarations ?? []).map((d) => d.provision).sort()).toEqual(['art-24', 'art-27', 'art-35']);
    expect(b.basis).toBe('secondary');
  });

  it("is an ECOWAS Member State and a Malabo Party bound from the Convention's entry into force", () => {
    expect(status(sn, 'ecowas-2011').status).toBe('member');
    const m = status(sn, 'malabo-2014');
    expect(m.status).toBe('party');
    expect(m.in_force).toBe('2023-06-08');
    expect(m.ratified).toBeUndefined();
  });

  it('had not signed the UN Convention against Cybercrime in the lists read', () => {
    expect(status(sn, 'uncc-2024').status).toBe('none');
  });

  it('records no Commonwealth or Arab League instrument', () => {
    const ids = sn.status.map((s) => s.instrument);
    for (const id of ['commonwealth-2002', 'arab-2010', 'arab-model-law']) expect(ids).not.toContain(id);
  });
});

describe('Senegal: penalties as written', () => {
  it('art. 431-8 al. 1: six months to three years and 1,000,000 to 10,000,000 francs, or one of them', () => {
    const p = cp('431-8 al. 1').penalty!;
    expect(p.min_years).toBe(0.5);
    expect(p.max_years).toBe(3);
    expect(p.fine).toBe('1,000,000 to 10,000,000 francs (CFA)');
  });

  it.each([
    ['431-10', 1, 5],
    ['431-12', 1, 5],
    ['431-16', 1, 5],
    ['431-17', 1, 7],
    ['431-34', 5, 10],
    ['431-36 al. 1', 5, 10],
    ['431-38', 0.5, 7],
  ])('art. %s carries %d to %d years', (number, min, max) => {
    expect(cp(number).penalty?.min_years).toBe(min);
    expect(cp(number).penalty?.max_years).toBe(max);
  });

  it('art. 431-60 (treason with digital data) carries life imprisonment', () => {
    expect(cp('431-60').penalty?.life).toBe(true);
  });

  it('art. 431-32 states no term of its own (it borrows the penalty of the offence aimed at)', () => {
    expect(cp('431-32').penalty?.max_years).toBeUndefined();
    expect(cp('431-32').penalty?.note).toMatch(/offence itself/);
  });
});

describe('Senegal: elements and narrowings on named articles', () => {
  it('art. 431-12 reaches transmissions within a system but not electromagnetic emissions', () => {
    const ids = elementsOf(cp('431-12'));
    expect(ids).toContain('illegal-interception/transmission-within');
    expect(ids).not.toContain('illegal-interception/electromagnetic-emissions');
  });

  it('art. 431-16 requires an advantage actually obtained (benefit-obtained narrowing)', () => {
    expect(cp('431-16').narrowings).toEqual(['computer-fraud/benefit-obtained']);
  });

  it('art. 431-62 has no lack-of-supervision limb (leading-persons-only narrowing)', () => {
    expect(cp('431-62').narrowings).toEqual(['legal-person-liability/leading-persons-only']);
    expect(elementsOf(cp('431-62'))).not.toContain('legal-person-liability/lack-of-supervision');
  });

  it('art. 431-10 states no mental element, so intent is arguable, not assumed', () => {
    const e = entryFor(cp('431-10'), 'system-interference/intent');
    expect(typeof e).toBe('object');
    expect(e).toHaveProperty('arguable');
  });

  it('art. 431-14 does not list alteration among the means of forgery', () => {
    expect(elementsOf(cp('431-14'))).not.toContain('computer-forgery/alter');
  });

  it('arts 431-34 to 431-36 al. 1 reach visual material only (art. 431-7(5): "représentant de manière visuelle")', () => {
    for (const n of ['431-34', '431-35', '431-36 al. 1']) expect(cp(n).narrowings).toContain('csam/visual-only');
  });

  it('judicial supervision of arts 677-35 to 677-38 is arguable, since art. 677-39 lets police officers use the powers', () => {
    for (const n of ['677-35', '677-36', '677-37', '677-38']) {
      expect(entryFor(cpp(n), 'procedural-safeguards/independent-supervision')).toHaveProperty('arguable');
    }
  });

  it('art. 431-62 confiscation reaches legal persons only', () => {
    expect(entryFor(cp('431-62'), 'confiscation/proceeds')).toHaveProperty('only');
  });

  it('art. 677-38 lets the investigating judge compel a provider to collect content data', () => {
    expect(elementsOf(cpp('677-38'))).toEqual(
      expect.arrayContaining(['content-interception/compel-provider-collect', 'content-interception/confidentiality']),
    );
  });
});

describe('Senegal: provenance', () => {
  const { elements, narrowings } = conceptRefs(loadConcepts());
  const refs = new Set([...elements, ...narrowings]);

  it('every article names a declared law, the portal URL and a verified basis', () => {
    expectEverySectionSourced(sn, { url: PORTAL, bases: ['verified'] });
  });

  it('every element and narrowing named exists in concepts.yaml', () => {
    for (const s of sn.sections) for (const r of [...elementsOf(s), ...(s.narrowings ?? [])]) expect(refs).toContain(r);
  });

  it('no status fact is marked verified', () => {
    for (const st of sn.status) {
      expect(st.basis).not.toBe('verified');
      for (const d of st.declarations ?? []) expect(d.basis).not.toBe('verified');
    }
  });
});
