import type { Provision } from '../../src/model/index.js';
import { expectEveryProvisionSourced, loadInstrument, provision, requiredElements } from '../helpers/data.js';

const doc = loadInstrument('malabo-2014');
const prov = (id: string): Provision => provision(doc, id);
const elements = (id: string): string[] => requiredElements(prov(id));

describe('Malabo Convention (AU, 2014) data', () => {
  it('has the dates the notes give and applies by status', () => {
    expect(doc.id).toBe('malabo-2014');
    expect(doc.applies).toBe('by-status');
    expect(String(doc.adopted)).toBe('2014-06-27');
    expect(String(doc.in_force)).toBe('2023-06-08');
    expect(doc.note).toMatch(/INCOMPLETE/);
  });

  it('encodes Art. 29(1)(a)-(h) and 29(2)(a)-(f) with their printed numbers, all verified', () => {
    for (const l of 'abcdefgh') {
      const p = prov(`art-29-1-${l}`);
      expect(p.number).toBe(`29(1)(${l})`);
      expect(p.basis).toBe('verified');
    }
    for (const l of 'abcdef') {
      const p = prov(`art-29-2-${l}`);
      expect(p.number).toBe(`29(2)(${l})`);
      expect(p.basis).toBe('verified');
    }
  });

  it('encodes Art. 29(3)(1)(a)-(h), verified only where the text was available', () => {
    for (const l of 'abcdefgh') {
      const p = prov(`art-29-3-1-${l}`);
      expect(p.number).toBe(`29(3)(1)(${l})`);
      expect(p.basis).toBe('abc'.includes(l) ? 'verified' : 'secondary');
    }
  });

  it('builds the attempt into the Art. 29(1) offences that name it', () => {
    expect(elements('art-29-1-a')).toEqual(
      expect.arrayContaining([
        'illegal-access/access',
        'illegal-access/exceed-authorisation',
        'attempt/illegal-access',
      ]),
    );
    expect(elements('art-29-1-c')).toContain('attempt/illegal-remaining');
    expect(elements('art-29-1-d')).toContain('attempt/system-interference');
    expect(elements('art-29-2-a')).toContain('attempt/illegal-interception');
  });

  it('Art. 29(1)(b) permits the further-offence intent that (a) does not', () => {
    expect(prov('art-29-1-b').permits).toEqual(['illegal-access/further-offence-intent']);
    expect(prov('art-29-1-a').permits).toBeUndefined();
  });

  it('Art. 29(1)(g) is a vendor duty (meta), 29(1)(h) misuse of devices', () => {
    expect(prov('art-29-1-g').group).toBe('meta');
    expect(elements('art-29-1-h')).toEqual(
      expect.arrayContaining(['misuse-of-devices/possess', 'misuse-of-devices/password-object']),
    );
  });

  it('Art. 29(2) covers forgery (intent to defraud optional), negligent data processing and criminal association', () => {
    expect(prov('art-29-2-b').permits).toEqual(['computer-forgery/intent-to-defraud']);
    expect(elements('art-29-2-e')).toContain('personal-data-offence/negligence');
    expect(elements('art-29-2-f')).toContain('criminal-association/association-participation');
  });

  it('encodes Art. 28 as co-operation and Arts 24-27 as meta', () => {
    for (const id of ['art-28-1', 'art-28-2', 'art-28-3', 'art-28-4']) expect(prov(id).group).toBe('cooperation');
    for (const id of ['art-24', 'art-25', 'art-26', 'art-27']) expect(prov(id).group).toBe('meta');
  });

  it('encodes Arts 30-31 as recalled, except the preservation and interception items read by the notes', () => {
    for (const id of ['art-30-1-a', 'art-30-1-b', 'art-30-1-c', 'art-30-2', 'art-31-1', 'art-31-2', 'art-31-3-a-c']) {
      expect(prov(id).basis).toBe('recalled');
    }
    expect(prov('art-31-3-d').basis).toBe('secondary');
    expect(elements('art-31-3-d')).toContain('expedited-preservation/preservation-order');
    expect(elements('art-31-3-e')).toContain('content-interception/collect-by-authorities');
  });

  it('every provision has a source and a basis', () => {
    expectEveryProvisionSourced(doc);
  });
});
