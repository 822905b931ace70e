import { flatRequirements } from '../../src/shared/requirements.js';
import type { Provision } from '../../src/model/index.js';
import {
  conceptElements,
  expectEveryProvisionSourced,
  loadInstrument,
  provision,
  requiredElements as els,
} from '../helpers/data.js';

const doc = loadInstrument('arab-2010');
const budapest = loadInstrument('budapest');
const prov = (id: string): Provision => provision(doc, id);

describe('Arab Convention on Combating Information Technology Offences (2010)', () => {
  test('identity: League of Arab States convention, Cairo 21 December 2010, Arabic only, by status', () => {
    expect(doc.id).toBe('arab-2010');
    expect(doc.title).toBe('Arab Convention on Combating Information Technology Offences');
    expect(doc.kind).toBe('convention');
    expect(doc.body).toBe('League of Arab States');
    expect(doc.adopted).toBe('2010-12-21');
    expect(doc.applies).toBe('by-status');
    expect(doc.languages).toEqual(['ar']);
    // entry into force is known only as 'February 2014' (secondary), so no date is given
    expect(doc.in_force).toBeUndefined();
    expect(doc.confidence).toMatch(/English translation/);
  });

  test('every article 1-43 and the unnumbered final provisions are present', () => {
    const numbers = doc.provisions.map((p) => p.number);
    for (let n = 1; n <= 43; n++) {
      if (n === 19) continue;
      expect(numbers).toContain(String(n));
    }
    expect(numbers).toEqual(expect.arrayContaining(['19(1)', '19(2)']));
    const fin = prov('final-provisions');
    expect(fin.group).toBe('meta');
    expect(fin.number).not.toMatch(/44/);
  });

  test('five chapters, with the offence articles in Chapter II', () => {
    expect(doc.parts.filter((p) => p.id.startsWith('ch-')).map((p) => p.label)).toEqual([
      'Chapter I',
      'Chapter II',
      'Chapter III',
      'Chapter IV',
      'Chapter V',
    ]);
    for (let n = 6; n <= 18; n++) expect(prov(`art-${n}`).part).toBe('ch-2');
    for (let n = 22; n <= 29; n++) expect(prov(`art-${n}`).part).toBe('ch-3');
    for (let n = 30; n <= 43; n++) expect(prov(`art-${n}`).part).toBe('ch-4');
  });

  test.each([
    ['6', 'Offense of Illicit Access'],
    ['7', 'Offence of Illicit Interception'],
    ['8', 'Offence Against the Integrity of Data'],
    ['9', 'Offence of Misuse of Information Technology Means'],
    ['10', 'Offence of Forgery'],
    ['11', 'Offence of Fraud'],
    ['12', 'Offence of Pornography'],
    ['13', 'Other Offences Related to Pornography'],
    ['14', 'Offence Against Privacy'],
    ['15', 'Offences Related to Terrorism Committed by means of information technology'],
    ['16', 'Offences related to organized crime committed by means of information technology'],
    ['17', 'Offenses Related to Copyright and Adjacent Rights'],
    ['18', 'Illicit Use of Electronic Payment Tools'],
    ['21', 'Increasing Punishment for Traditional Crimes Committed by Means of Information Technology'],
  ])('offence Art. %s "%s" is a mandatory substantive provision with elements', (n, title) => {
    const p = prov(`art-${n}`);
    expect(p.number).toBe(n);
    expect(p.title).toBe(title);
    expect(p.group).toBe('substantive');
    expect(p.obligation).toBe('shall');
    expect(els(p).length).toBeGreaterThan(0);
  });

  test('Art. 6 illegal access: access, presence/continuation, and two mandatory aggravations', () => {
    const p = prov('art-6');
    expect(els(p)).toEqual(
      expect.arrayContaining([
        'illegal-access/access',
        'illegal-access/without-right',
        'illegal-remaining/remain',
        'aggravating-circumstances/data-or-system-damage',
        'aggravating-circumstances/state-secrets',
      ]),
    );
    // no optional security-measure / dishonest-intent conditions as in Budapest Art. 2
    expect(p.permits ?? []).toHaveLength(0);
    expect(p.reservable).toBeUndefined();
  });

  test('Art. 7 illegal interception: by technical means, plus disruption of transmission; no emissions', () => {
    const p = prov('art-7');
    expect(els(p)).toEqual(
      expect.arrayContaining([
        'illegal-interception/technical-means',
        'illegal-interception/transmission-to',
        'illegal-interception/transmission-from',
        'illegal-interception/transmission-within',
        'system-interference/disrupt-transmission',
      ]),
    );
    expect(els(p)).not.toContain('illegal-interception/electromagnetic-emissions');
  });

  test('Art. 8 data interference permits a severe-damage condition (Art. 8(2))', () => {
    expect(prov('art-8').permits).toEqual(['data-interference/serious-harm']);
  });

  test('Art. 12: general pornography offence; child material only as a heavier penalty incl. possession', () => {
    const p = prov('art-12');
    expect(els(p)).toEqual(
      expect.arrayContaining([
        'pornography-adult/produce',
        'csam/possess',
        'csam/depicts-minor',
        'aggravating-circumstances/child-victim',
      ]),
    );
  });

  test('Art. 17 copyright: permits the "not for personal use" condition, not commercial scale', () => {
    const p = prov('art-17');
    expect(p.permits).toEqual(['ip-infringement/not-personal-use']);
  });

  test('Art. 19: participation and attempt reach every offence concept of Arts 6-18; attempt reservable', () => {
    const part = prov('art-19-1');
    const att = prov('art-19-2');
    expect(part.group).toBe('liability');
    expect(att.group).toBe('liability');
    const offenceConcepts = new Set(
      doc.provisions
        .filter((p) => /^art-(6|7|8|9|10|11|12|13|14|15|16|17|18)$/.test(p.id))
        .flatMap((p) => els(p))
        .map((e) => e.split('/')[0])
        .filter((c) => c !== 'aggravating-circumstances'),
    );
    const reach = (p: Provision, liab: string) =>
      new Set(
        els(p)
          .filter((e) => e.startsWith(`${liab}/`))
          .map((e) => e.split('/')[1]),
      );
    expect(reach(part, 'aiding-abetting')).toEqual(offenceConcepts);
    expect(reach(att, 'attempt')).toEqual(offenceConcepts);
    expect(att.reservable?.source).toBe('Art. 19(3)');
    expect(att.reservable?.elements).toBeUndefined();
    expect(part.reservable).toBeUndefined();
  });

  test('Art. 20 requires criminal liability of legal persons', () => {
    expect(els(prov('art-20'))).toContain('legal-person-liability/criminal-liability');
  });

  test('Art. 30 jurisdiction adds the protective head and a priority rule', () => {
    const p = prov('art-30');
    expect(p.title).toBe('Competence');
    expect(p.group).toBe('jurisdiction');
    expect(els(p)).toEqual(
      expect.arrayContaining(['jurisdiction-protective/state-interest', 'jurisdiction-priority/priority-order']),
    );
  });

  test('Art. 37 preservation on request: dual-criminality reservation (Art. 37(4))', () => {
    const p = prov('art-37');
    expect(p.reservable?.elements).toEqual(['mla-expedited-preservation/no-dual-criminality']);
    expect(p.reservable?.source).toBe('Art. 37(4)');
  });

  test('Art. 43 specialised body maps to the 24/7 contact point', () => {
    const p = prov('art-43');
    expect(p.title).toBe('Specialized Body');
    expect(els(p)).toContain('contact-point-24-7/designated-24-7');
  });

  test.each([
    ['art-8', 'art-4', 'data-interference'],
    ['art-9', 'art-6', 'misuse-of-devices'],
    ['art-11', 'art-8', 'computer-fraud'],
    ['art-22', 'art-14', 'procedural-scope'],
    ['art-23', 'art-16', 'expedited-preservation'],
    ['art-24', 'art-17', 'traffic-data-partial-disclosure'],
    ['art-26', 'art-19', 'search-access'],
    ['art-27', 'art-19', 'seizure-data'],
    ['art-28', 'art-20', 'realtime-traffic-collection'],
    ['art-29', 'art-21', 'content-interception'],
    ['art-38', 'art-30', 'mla-traffic-disclosure'],
    ['art-39', 'art-31', 'mla-stored-data-access'],
    ['art-41', 'art-33', 'mla-realtime-traffic'],
    ['art-42', 'art-34', 'mla-interception'],
    ['art-43', 'art-35', 'contact-point-24-7'],
  ])('Arab %s and Budapest %s use the same %s elements where the text is the same', (arab, bud, concept) => {
    const a = conceptElements(prov(arab), concept);
    const b = conceptElements(provision(budapest, bud), concept);
    if (concept === 'data-interference') {
      // Arab Art. 8 lists 'obstruction' (render inaccessible) but not 'deterioration'
      expect(a).toContain('data-interference/render-inaccessible');
      expect(a.filter((e) => !e.endsWith('/render-inaccessible'))).toEqual(
        b.filter((e) => !e.endsWith('/deteriorate')),
      );
    } else if (concept === 'content-interception') {
      // Arab Art. 29(1) (English translation) offers (a) gathering by the authorities or (b) a provider's help, and
      // names no duty on a provider to gather content itself.
      expect(a).toEqual(b.filter((e) => !e.endsWith('/compel-provider-collect')));
    } else {
      expect(a).toEqual(b);
    }
  });

  test('Art. 28(1)(b) and Art. 29(1) are either-or choices, like Budapest Arts 20(1)(b) and 21(1)(b)', () => {
    const options = (id: string) =>
      flatRequirements(prov(id))
        .filter((r) => r.alternative)
        .map((r) => `${r.alternative!.option}:${r.element}`);
    expect(options('art-28')).toEqual([
      'collect:realtime-traffic-collection/compel-provider-collect',
      'assist:realtime-traffic-collection/compel-provider-assist',
    ]);
    expect(options('art-29')).toEqual([
      'authorities:content-interception/collect-by-authorities',
      'assist:content-interception/compel-provider-assist',
    ]);
  });

  test('every provision has a source (pinpoint + URL) and a basis; all checked against the translation', () => {
    expectEveryProvisionSourced(doc, { bases: ['verified'] });
  });
});
