import { flatRequirements, permittedNarrowing } from '../../src/shared/requirements.js';
import { CONCEPTS_FILE, allInstruments, conceptRefs, loadConcepts, readRepoText } from '../helpers/data.js';

const conceptsText = readRepoText(CONCEPTS_FILE);
const conceptsDoc = loadConcepts();
const concepts = conceptsDoc.concepts;
const instruments = allInstruments();

const { elements: elementRefs, narrowings: narrowingRefs } = conceptRefs(conceptsDoc);

describe('concept taxonomy', () => {
  it('is marked taxonomy-ready directly after the schema pragma', () => {
    const lines = conceptsText.split('\n');
    expect(lines[0]).toMatch(/^# yaml-language-server: \$schema=/);
    expect(lines[1]).toBe('# taxonomy-ready');
  });

  it('has unique concept ids, and unique element/narrowing ids within each concept', () => {
    const ids = concepts.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of concepts) {
      const inner = [...c.elements.map((e) => e.id), ...(c.narrowings ?? []).map((n) => n.id)];
      expect({ concept: c.id, dup: inner.length - new Set(inner).size }).toEqual({ concept: c.id, dup: 0 });
    }
  });

  it('has the element granularity the analysis depends on', () => {
    const has = (ref: string) => expect(elementRefs).toContain(ref);
    for (const e of ['access', 'intent', 'without-right']) has(`illegal-access/${e}`);
    for (const e of ['transmission-to', 'transmission-from', 'transmission-within', 'electromagnetic-emissions'])
      has(`illegal-interception/${e}`);
    for (const e of [
      'produce-for-distribution',
      'offer',
      'make-available',
      'distribute',
      'transmit',
      'procure-for-self',
      'procure-for-another',
      'possess',
      'depicts-minor',
      'depicts-person-appearing-minor',
      'realistic-images',
    ])
      has(`csam/${e}`);
    for (const n of ['security-measures', 'dishonest-intent', 'connected-system'])
      expect(narrowingRefs).toContain(`illegal-access/${n}`);
    expect(narrowingRefs).toContain('illegal-interception/telecom-system-only');
    expect(narrowingRefs).toContain('csam/age-below-18');
    expect(narrowingRefs).toContain('csam/public-good-defence');
  });

  it('liability elements reach existing offence concepts, with element id = reached concept', () => {
    const ids = new Set(concepts.map((c) => c.id));
    for (const c of concepts.filter((x) => x.id === 'attempt' || x.id === 'aiding-abetting')) {
      for (const e of c.elements) {
        expect(e.reaches).toBe(e.id);
        expect(ids).toContain(e.reaches);
      }
    }
  });

  it('every reference used by an instrument exists', () => {
    const bad: string[] = [];
    for (const { file, doc } of instruments) {
      for (const p of doc.provisions ?? []) {
        for (const r of flatRequirements(p))
          if (!elementRefs.has(r.element)) bad.push(`${file} ${p.id} requires ${r.element}`);
        for (const r of p.reservable?.elements ?? [])
          if (!elementRefs.has(r)) bad.push(`${file} ${p.id} reservable ${r}`);
        for (const r of (p.permits ?? []).map(permittedNarrowing))
          if (!narrowingRefs.has(r)) bad.push(`${file} ${p.id} permits ${r}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('every concept is used by some instrument or is reserved', () => {
    const used = new Set<string>();
    for (const { doc } of instruments)
      for (const p of doc.provisions ?? [])
        for (const r of flatRequirements(p)) used.add(r.element.split('/')[0] ?? '');
    const unused = concepts.filter((c) => c.status !== 'reserved' && !used.has(c.id)).map((c) => c.id);
    expect(unused).toEqual([]);
  });
});
