import { flatRequirements } from '../../src/shared/requirements.js';
import type { Provision } from '../../src/model/index.js';
import { expectEveryProvisionSourced, loadInstrument, provision, requiredElements as els } from '../helpers/data.js';

const doc = loadInstrument('untoc-art3');
const prov = (id: string): Provision => provision(doc, id);

describe('UNTOC (Arts 2-3 scope test and the four Convention offences)', () => {
  test('identity: UN convention open to every State, in force 29 September 2003', () => {
    expect(doc.id).toBe('untoc-art3');
    expect(doc.title).toBe('United Nations Convention against Transnational Organized Crime');
    expect(doc.kind).toBe('convention');
    expect(doc.applies).toBe('every-state');
    expect(doc.adopted).toBe('2000-11-15');
    expect(doc.in_force).toBe('2003-09-29');
    expect(doc.languages.sort()).toEqual(['ar', 'en', 'es', 'fr', 'ru', 'zh']);
  });

  test('Art. 2(b) "serious crime" is the four-year test over the substantive offences', () => {
    const p = prov('art-2-b');
    expect(p.number).toBe('2(b)');
    expect(p.penalty_threshold).toEqual({ min_max_penalty_years: 4, group: 'substantive' });
    // a definition, not an obligation, and it never counts towards coverage itself
    expect(p.obligation).toBe('none');
    expect(p.requires ?? []).toHaveLength(0);
  });

  test('art-2-b is the only provision carrying a penalty threshold', () => {
    const withThreshold = doc.provisions.filter((p) => p.penalty_threshold);
    expect(withThreshold.map((p) => p.id)).toEqual(['art-2-b']);
  });

  test('Art. 2(a) organized criminal group is a definition', () => {
    const p = prov('art-2-a');
    expect(p.group).toBe('meta');
    expect(p.obligation).toBe('none');
  });

  test('Art. 3 scope clauses are meta provisions and never count', () => {
    for (const id of ['art-3-1-a', 'art-3-1-b', 'art-3-2']) {
      const p = prov(id);
      expect(p.group).toBe('meta');
      expect(p.obligation).toBe('none');
    }
    expect(prov('art-3-1-a').summary).toMatch(/5, 6, 8 and 23/);
    expect(prov('art-3-1-b').subject_to).toContain('art-2-b');
    expect(prov('art-3-2').source?.pinpoint).toBe('Art. 3(2)(a)-(d)');
  });

  test('Arts 5, 6, 8 and 23 are mandatory substantive offences with elements', () => {
    for (const n of ['5', '6', '8', '23']) {
      const p = prov(`art-${n}`);
      expect(p.number).toBe(n);
      expect(p.group).toBe('substantive');
      expect(p.obligation).toBe('shall');
      expect(els(p).length).toBeGreaterThan(0);
    }
    expect(prov('art-5').title).toBe('Criminalization of participation in an organized criminal group');
    expect(prov('art-6').title).toBe('Criminalization of the laundering of proceeds of crime');
    expect(prov('art-8').title).toBe('Criminalization of corruption');
    expect(prov('art-23').title).toBe('Criminalization of obstruction of justice');
  });

  test('Art. 5: agreement and active participation limbs, organising serious crime; narrowings allowed', () => {
    const p = prov('art-5');
    expect(els(p)).toEqual(
      expect.arrayContaining([
        'organized-criminal-group-participation/agreement',
        'organized-criminal-group-participation/active-part-criminal',
        'organized-criminal-group-participation/organise-direct',
      ]),
    );
    expect(p.permits).toEqual(
      expect.arrayContaining([
        'organized-criminal-group-participation/act-in-furtherance',
        'organized-criminal-group-participation/group-involvement',
      ]),
    );
  });

  test('Art. 6: laundering limbs, all serious crime as predicates, self-laundering exclusion permitted', () => {
    const p = prov('art-6');
    expect(els(p)).toEqual(
      expect.arrayContaining([
        'laundering-proceeds/convert-transfer',
        'laundering-proceeds/conceal-disguise',
        'laundering-proceeds/acquire-possess-use',
        'laundering-proceeds/predicate-serious-crime',
        'laundering-proceeds/predicate-abroad',
      ]),
    );
    expect(p.permits).toContain('laundering-proceeds/self-laundering-excluded');
  });

  test('Art. 8: active and passive bribery mandatory; foreign officials only to be considered', () => {
    const p = prov('art-8');
    const req = (e: string) => flatRequirements(p).find((r) => r.element === e);
    expect(req('corruption/active-bribery')?.obligation).toBeUndefined();
    expect(req('corruption/passive-bribery')?.obligation).toBeUndefined();
    expect(req('corruption/foreign-official')?.obligation).toBe('shall-consider');
    expect(req('corruption/other-forms')?.obligation).toBe('shall-consider');
    expect(req('corruption/accomplice')).toBeDefined();
  });

  test('Art. 23: inducing false testimony and interfering with officials', () => {
    expect(els(prov('art-23'))).toEqual(
      expect.arrayContaining([
        'obstruction-of-justice/induce-false-testimony',
        'obstruction-of-justice/interfere-officials',
        'obstruction-of-justice/by-undue-advantage',
      ]),
    );
  });

  test('every provision has a pinpoint source and is verified against the authentic text', () => {
    expectEveryProvisionSourced(doc, { pinpoint: /^Art\. /, bases: ['verified'] });
  });
});
