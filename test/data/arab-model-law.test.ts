import { loadInstrument } from '../helpers/data.js';

const doc = loadInstrument('arab-model-law');

describe('Arab League model ("guiding") law on IT crimes: text not obtained', () => {
  test('identity: a League of Arab States model law, applied by status only', () => {
    expect(doc.id).toBe('arab-model-law');
    expect(doc.kind).toBe('model-law');
    expect(doc.body).toBe('League of Arab States');
    expect(doc.applies).toBe('by-status');
  });

  test('no dates are given: adoption (recalled 2003/2004) is not confirmed', () => {
    expect(doc.adopted).toBeUndefined();
    expect(doc.opened_for_signature).toBeUndefined();
    expect(doc.in_force).toBeUndefined();
  });

  test('the confidence statement says plainly how little is confirmed', () => {
    expect(doc.confidence).toMatch(/could not be obtained/);
    expect(doc.confidence).toMatch(/No article number, article title or element has been confirmed/);
  });

  test('no provision is verified, since the text was never read', () => {
    expect(doc.provisions.length).toBeGreaterThan(0);
    for (const p of doc.provisions) {
      expect(p.basis).not.toBe('verified');
      expect(p.basis).toBe('recalled');
    }
  });

  test('no article numbers are invented: every provision is unnumbered with number "n/k"', () => {
    for (const p of doc.provisions) {
      expect(p.id).toMatch(/^unnumbered-\d+$/);
      expect(p.number).toBe('n/k');
      expect(p.source?.pinpoint).toMatch(/not known/);
      expect(p.note).toMatch(/not known/);
    }
  });

  test('every provision has a source URL and a summary flagged as recalled', () => {
    for (const p of doc.provisions) {
      expect(p.source?.url).toMatch(/^https?:\/\//);
      expect(p.summary).toMatch(/^Recalled:/);
    }
  });
});
