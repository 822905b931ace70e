import { flatRequirements } from '../../src/shared/requirements.js';
import type { Provision } from '../../src/model/index.js';
import {
  allRequiredElements,
  conceptElements,
  expectEveryProvisionSourced,
  expectNoReservationsOptionsOrFloors,
  itIfInstrument,
  loadInstrument,
  provision,
  provisionNumbered,
  requiredElements,
} from '../helpers/data.js';

const doc = loadInstrument('ecowas-2011');
const prov = (id: string): Provision => provision(doc, id);
const required = (id: string): string[] => requiredElements(prov(id));

/** Chapter II offences, with the numbers of the project's ECOWAS article map (reference/ecowas.md §5). */
const OFFENCES: [string, string][] = [
  ['fraudulent-access', '4'],
  ['fraudulent-remaining', '5'],
  ['system-interference', '6'],
  ['fraudulent-data-input', '7'],
  ['fraudulent-interception', '8'],
  ['fraudulent-data-modification', '9'],
  ['fraudulent-data-production', '10'],
  ['use-of-fraudulent-data', '11'],
  ['fraudulent-benefit', '12'],
  ['personal-data-manipulation', '13'],
  ['equipment-for-offences', '14'],
  ['criminal-association', '15'],
  ['cp-production', '16'],
  ['cp-import-export', '17'],
  ['cp-possession', '18'],
  ['minor-access-to-pornography', '19'],
  ['racist-material', '20'],
  ['racist-threat', '21'],
  ['racist-insult', '22'],
  ['crimes-against-humanity-denial', '23'],
];

/** Only Arts 2, 3 and 33 are cited by number in a source; every other number is flagged uncertain in ecowas.md. */
const SOURCED_NUMBERS = new Set(['2', '3', '33']);

describe('ECOWAS Directive C/DIR. 1/08/11 data', () => {
  it('has the identity of the 2011 Directive', () => {
    expect(doc.id).toBe('ecowas-2011');
    expect(doc.reference).toBe('C/DIR. 1/08/11');
    expect(doc.kind).toBe('directive');
    expect(doc.body).toBe('ECOWAS');
    expect(doc.applies).toBe('by-status');
    expect(String(doc.adopted)).toBe('2011-08-19');
    expect(doc.in_force).toBeUndefined();
    expect(doc.languages).toEqual(['en', 'fr']);
  });

  it('states the numbering caveat and the confidence at instrument level', () => {
    expect(doc.note).toMatch(/NUMBERING CAVEAT/);
    expect(doc.note).toMatch(/two lower/);
    expect(doc.note).toMatch(/ground-truth/);
    expect(doc.confidence).toMatch(/1 is verified/);
  });

  it('encodes Arts 1-35 once each, in order, with unique number-free ids', () => {
    expect(doc.provisions.map((p) => p.number)).toEqual(Array.from({ length: 35 }, (_, i) => String(i + 1)));
    const ids = doc.provisions.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).not.toMatch(/^art-\d/);
  });

  it('has the offence articles 4-23 with their numbers, all mandatory', () => {
    for (const [id, number] of OFFENCES) {
      const p = prov(id);
      expect({ id, number: p.number, obligation: p.obligation, part: p.part }).toEqual({
        id,
        number,
        obligation: 'shall',
        part: 'ch2-ict-specific-offences',
      });
      expect((p.requires ?? []).length).toBeGreaterThan(0);
    }
  });

  it('gives every provision a source and a basis, and every requirement-bearing one too', () => {
    expectEveryProvisionSourced(doc);
    expect(doc.provisions.filter((p) => (p.requires ?? []).length > 0).length).toBe(31);
  });

  it('marks no provision verified whose number is flagged uncertain in ecowas.md', () => {
    for (const p of doc.provisions) {
      if (!SOURCED_NUMBERS.has(p.number))
        expect({ id: p.id, basis: p.basis }).not.toEqual({ id: p.id, basis: 'verified' });
    }
    // Art. 33 was read only in a secondary quotation of the French text: no provision is verified.
    const verified = doc.provisions.filter((p) => p.basis === 'verified').map((p) => p.number);
    expect(verified).toEqual([]);
  });

  it('records the basis the reference note supports for each article', () => {
    const basis = (n: string) => provisionNumbered(doc, n).basis;
    for (const n of [
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
      '10',
      '11',
      '12',
      '14',
      '15',
      '16',
      '17',
      '18',
      '19',
      '20',
      '34',
    ])
      expect({ n, b: basis(n) }).toEqual({ n, b: 'secondary' });
    for (const n of ['1', '13', '21', '22', '23', '24', '25', '26', '27', '28', '29', '30', '31', '32', '35'])
      expect({ n, b: basis(n) }).toEqual({ n, b: 'recalled' });
    // Offence articles with recalled numbers say so in their pinpoint.
    for (const [id, number] of OFFENCES)
      expect(prov(id).source?.pinpoint).toMatch(new RegExp(`^Art\\. ${number} \\(number`));
  });

  it('Art. 4 fraudulent access: intent and without right, with the attempt, and no Budapest options', () => {
    expect(required('fraudulent-access')).toEqual([
      'illegal-access/access',
      'illegal-access/intent',
      'illegal-access/without-right',
      'attempt/illegal-access',
    ]);
    expect(prov('fraudulent-access').permits ?? []).toEqual([]);
    expect(prov('fraudulent-access').note).toMatch(/dishonest-intent/);
  });

  it('Art. 5 requires illegal remaining (with attempt)', () => {
    expect(required('fraudulent-remaining')).toEqual(
      expect.arrayContaining([
        'illegal-remaining/remain',
        'illegal-remaining/intent',
        'illegal-remaining/without-right',
        'attempt/illegal-remaining',
      ]),
    );
  });

  it('writes the attempt into Arts 4-9 only', () => {
    const withAttempt = doc.provisions
      .filter((p) => flatRequirements(p).some((r) => r.element.startsWith('attempt/')))
      .map((p) => p.number);
    expect(withAttempt).toEqual(['4', '5', '6', '7', '8', '9']);
  });

  it('Art. 6 covers distorting as well as hindering, by any means, with no seriousness threshold', () => {
    const els = required('system-interference');
    expect(els).toEqual(
      expect.arrayContaining([
        'system-interference/hinder',
        'system-interference/distort',
        'system-interference/by-any-means',
      ]),
    );
    expect(els).not.toContain('system-interference/serious');
  });

  it('Art. 8 interception omits electromagnetic emissions; Art. 9 omits suppression', () => {
    expect(required('fraudulent-interception')).not.toContain('illegal-interception/electromagnetic-emissions');
    expect(required('fraudulent-interception')).toContain('illegal-interception/non-public');
    expect(required('fraudulent-data-modification')).not.toContain('data-interference/suppress');
    expect(required('fraudulent-data-input')).toContain('data-interference/input');
  });

  it('Art. 12 is about obtaining any benefit, not causing a loss', () => {
    expect(required('fraudulent-benefit')).toContain('computer-fraud/obtain-benefit');
    expect(required('fraudulent-benefit')).not.toContain('computer-fraud/property-loss');
    expect(prov('fraudulent-benefit').permits).toEqual(['computer-fraud/benefit-obtained']);
  });

  it('Arts 16-19 cover production whatever its purpose, import/export, possession and minors\u2019 access', () => {
    expect(required('cp-production')).toContain('csam/produce');
    expect(required('cp-production')).not.toContain('csam/produce-for-distribution');
    expect(required('cp-import-export')).toContain('csam/import-export');
    expect(required('cp-possession')).toContain('csam/possess');
    expect(required('minor-access-to-pornography')).toContain('minors-exposure-to-pornography/provide-access');
  });

  it('Art. 15 association and Art. 20 racist material go beyond Budapest', () => {
    expect(required('criminal-association')).toEqual(
      expect.arrayContaining(['criminal-association/association-participation', 'criminal-association/agreement']),
    );
    expect(required('racist-material')).toEqual(
      expect.arrayContaining(['hate-material-dissemination/create', 'hate-material-dissemination/download']),
    );
  });

  it('Art. 33 is a duty to cooperate on request, read in a secondary quotation of its French text', () => {
    const p = prov('member-state-cooperation');
    expect(p.number).toBe('33');
    expect(p.basis).toBe('secondary');
    expect(p.group).toBe('cooperation');
    expect(required('member-state-cooperation')).toEqual([
      'cooperation-general-principles/computer-offences',
      'cooperation-general-principles/electronic-evidence',
    ]);
    expect(required('member-state-cooperation')).not.toContain('cooperation-general-principles/widest-extent');
  });

  it('Art. 34 keeps the transposition deadline of 1 January 2014', () => {
    expect(prov('transposition').summary).toMatch(/1 January 2014/);
    expect(prov('transposition').group).toBe('meta');
  });

  it('has no reservations, no optional limbs and no penalty floors', () => {
    expectNoReservationsOptionsOrFloors(doc);
    for (const p of doc.provisions) for (const r of flatRequirements(p)) expect(r.obligation).toBeUndefined();
  });

  const budapestIt = itIfInstrument('budapest');

  budapestIt('illegal remaining is required by ECOWAS and nowhere in budapest.yaml', () => {
    const bcRefs = allRequiredElements(loadInstrument('budapest'));
    expect(bcRefs.some((e) => e.startsWith('illegal-remaining/') || e === 'attempt/illegal-remaining')).toBe(false);
    expect(required('fraudulent-remaining').some((e) => e.startsWith('illegal-remaining/'))).toBe(true);
  });

  budapestIt('Art. 4 uses the same illegal-access elements as Budapest Art. 2', () => {
    const bcAccess = conceptElements(provision(loadInstrument('budapest'), 'art-2'), 'illegal-access');
    expect(conceptElements(prov('fraudulent-access'), 'illegal-access')).toEqual(bcAccess);
  });
});
