import { flatRequirements } from '../../src/shared/requirements.js';
import { existsSync, readFileSync } from 'node:fs';
import type { Provision } from '../../src/model/index.js';
import {
  expectArticles,
  expectEveryRatedProvisionSourced,
  loadInstrument,
  provision,
  repoUrl,
  requiredConcepts as conceptsOf,
  requiredElements,
} from '../helpers/data.js';

const uncc = loadInstrument('uncc-2024');
const budapest = loadInstrument('budapest');

/** The stored official text (shared/ sits beside the repository). Missing file = no text read. */
const textUrl = repoUrl('../shared/reference/texts/uncc-2024.txt');
const officialText = existsSync(textUrl) ? readFileSync(textUrl, 'utf8') : '';

const prov = (id: string): Provision => provision(uncc, id);

const budapestConcepts = new Set(budapest.provisions.flatMap((p) => [...conceptsOf(p)]));

describe('uncc-2024: identity and status', () => {
  it('is adopted on 24 December 2024, open to every state, and not recorded as in force', () => {
    expect(uncc.id).toBe('uncc-2024');
    expect(uncc.adopted).toBe('2024-12-24');
    expect(uncc.opened_for_signature).toBe('2025-10-25');
    expect(uncc.in_force).toBeUndefined();
    expect(uncc.applies).toBe('every-state');
  });

  it('encodes every one of Articles 1-68', () => {
    expectArticles(new Set(uncc.provisions.map((p) => p.number)), 1, 68);
  });

  it('keeps Chapters I and VI-IX as meta, apart from the serious-crime penalty test', () => {
    for (const p of uncc.provisions) {
      const n = Number(p.number);
      if ((n >= 1 && n <= 6 && p.id !== 'art-2-serious-crime') || n >= 53) expect(p.group).toBe('meta');
      if (p.group === 'meta') expect(p.requires ?? []).toHaveLength(0);
    }
  });
});

describe('uncc-2024: offences Budapest lacks', () => {
  const beyond: [string, string][] = [
    ['art-15', 'child-grooming'],
    ['art-16', 'intimate-image-abuse'],
    ['art-17', 'laundering-proceeds'],
  ];

  it.each(beyond)('%s is a mandatory substantive offence requiring %s', (id, concept) => {
    const p = prov(id);
    expect(p.group).toBe('substantive');
    expect(p.obligation).toBe('shall');
    expect(conceptsOf(p).has(concept)).toBe(true);
  });

  it.each(beyond)('%s requires a concept (%s) that budapest.yaml does not require', (id, concept) => {
    expect(budapestConcepts.has(concept)).toBe(false);
    const extra = [...conceptsOf(prov(id))].filter((c) => !budapestConcepts.has(c));
    expect(extra).toContain(concept);
  });

  it('grooming permits an act-in-furtherance condition, intimate images an intent-to-harm condition', () => {
    expect(prov('art-15').permits).toContain('child-grooming/act-in-furtherance');
    expect(prov('art-16').permits).toContain('intimate-image-abuse/intent-to-cause-harm');
    expect(requiredElements(prov('art-16'))).toContain('intimate-image-abuse/no-consent');
  });

  it('participation reaches the new offences, attempt only as an option', () => {
    const reqs = flatRequirements(prov('art-19'));
    for (const c of ['child-grooming', 'intimate-image-abuse', 'laundering-proceeds']) {
      const aid = reqs.find((r) => r.element === `aiding-abetting/${c}`);
      expect(aid).toBeDefined();
      expect(aid?.obligation).toBeUndefined();
      expect(reqs.find((r) => r.element === `attempt/${c}`)?.obligation).toBe('may');
    }
  });

  it('liability of legal persons is in Chapter II', () => {
    expect(prov('art-18').group).toBe('liability');
    expect(conceptsOf(prov('art-18')).has('legal-person-liability')).toBe(true);
  });
});

describe('uncc-2024: shared offences use the Budapest elements', () => {
  const pairs: [string, string][] = [
    ['art-7', 'art-2'],
    ['art-8', 'art-3'],
    ['art-9', 'art-4'],
    ['art-10', 'art-5'],
    ['art-12', 'art-7'],
  ];
  it.each(pairs)('%s requires the same elements as Budapest %s', (u, b) => {
    const els = (p: Provision) => requiredElements(p).sort();
    const bp = budapest.provisions.find((x) => x.id === b);
    expect(bp).toBeDefined();
    expect(els(prov(u))).toEqual(els(bp!));
  });

  it('the CSAM article allows no age limit below 18', () => {
    expect(prov('art-14').permits ?? []).not.toContain('csam/age-below-18');
  });
});

describe('uncc-2024: procedural safeguards', () => {
  it('Art. 24 is the conditions-and-safeguards article', () => {
    const p = prov('art-24');
    expect(p.title).toBe('Conditions and safeguards');
    expect(p.group).toBe('procedural');
    expect(requiredElements(p)).toEqual(
      expect.arrayContaining([
        'procedural-safeguards/human-rights',
        'procedural-safeguards/proportionality',
        'procedural-safeguards/independent-supervision',
        'procedural-safeguards/effective-remedy',
      ]),
    );
  });

  it.each(['art-25', 'art-26', 'art-27', 'art-28', 'art-29', 'art-30'])('%s is subject to Art. 24', (id) => {
    const p = prov(id);
    expect(p.group).toBe('procedural');
    expect(p.subject_to).toContain('art-24');
  });
});

describe('uncc-2024: provenance', () => {
  it('every provision with requires has a source and a basis', () => {
    expectEveryRatedProvisionSourced(uncc);
  });

  it('no provision is verified unless the stored official text contains that article', () => {
    for (const p of uncc.provisions.filter((x) => x.basis === 'verified')) {
      expect(officialText).toMatch(new RegExp(`\\bArticle ${p.number}\\b`));
    }
  });

  it('with no article text stored, nothing is verified', () => {
    if (!/\bArticle 7\b/.test(officialText)) {
      expect(uncc.provisions.filter((p) => p.basis === 'verified')).toHaveLength(0);
    }
  });
});
