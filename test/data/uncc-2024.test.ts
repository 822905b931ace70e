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

/**
 * The Arabic text of Arts 1-15 the encoding was checked against (an official language version,
 * hand-transcribed from an unofficial copy), kept with the tests so they run on any checkout.
 * Split into articles on the 'المادة N:' headings.
 */
const arabicText = readFileSync(repoUrl('test/fixtures/texts/uncc-2024-ar-arts1-15.txt'), 'utf8');
const arabicArticle = (n: number): string => {
  const body = arabicText.slice(arabicText.indexOf('---'));
  const start = body.search(new RegExp(`^المادة ${n}:`, 'm'));
  if (start < 0) return '';
  const rest = body.slice(start + 1);
  const next = rest.search(/^المادة \d+:/m);
  return next < 0 ? body.slice(start) : body.slice(start, start + 1 + next);
};
const arabicHeading = (n: number): string => /^المادة \d+: (.+)$/m.exec(arabicArticle(n))?.[1]?.trim() ?? '';
const MANDATORY = 'تعتمد كل دولة طرف';
const MAY_REQUIRE = 'يجوز للدولة الطرف أن تشترط';

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

describe('uncc-2024: Arts 1-15 checked against the Arabic text', () => {
  const early = uncc.provisions.filter((p) => Number(p.number) >= 1 && Number(p.number) <= 15);

  it('every provision numbered 1-15 is secondary and its note names the Arabic text; 16 onwards keep their basis', () => {
    expect(early.length).toBeGreaterThanOrEqual(16);
    for (const p of early) {
      expect(p.basis).toBe('secondary');
      expect(p.note).toContain('reference/texts/uncc-2024-ar-arts1-15.txt');
    }
    // Art. 65 (entry into force) was already secondary from the UNODC page; nothing else from Art. 16 on is.
    for (const p of uncc.provisions.filter((x) => Number(x.number) >= 16)) {
      expect(p.basis).toBe(p.id === 'art-65' ? 'secondary' : 'recalled');
      expect(p.note ?? '').not.toContain('uncc-2024-ar-arts1-15');
    }
  });

  it('the Arabic text has Articles 1-15 and each note quotes its Arabic heading', () => {
    for (let n = 1; n <= 15; n++) {
      const heading = arabicHeading(n);
      expect(heading).not.toBe('');
      const p = prov(`art-${n}`);
      expect(p.note).toContain(`«${heading}»`);
    }
    expect(arabicArticle(16)).toBe('');
  });

  it('Arts 7-15 each open with the mandatory formula and are encoded as shall', () => {
    for (let n = 7; n <= 15; n++) {
      expect(arabicArticle(n)).toContain(MANDATORY);
      expect(prov(`art-${n}`).obligation).toBe('shall');
    }
  });

  it('Art. 7: para. 2 lets a State require a security breach, a dishonest or criminal intent, or a connected system', () => {
    const para2 = arabicArticle(7).split('2 - ')[1] ?? '';
    expect(para2.startsWith(MAY_REQUIRE)).toBe(true);
    expect(para2).toContain('تدبير أمني');
    expect(para2).toContain('غير نزيه أو إجرامي');
    expect(para2).toContain('متصل');
    const p = prov('art-7');
    expect(requiredElements(p).sort()).toEqual(
      ['illegal-access/access', 'illegal-access/intent', 'illegal-access/without-right'].sort(),
    );
    expect(flatRequirements(p).every((r) => r.obligation === undefined)).toBe(true);
    expect(p.permits).toEqual(
      expect.arrayContaining([
        'illegal-access/security-measures',
        'illegal-access/dishonest-intent',
        'illegal-access/further-offence-intent',
        'illegal-access/connected-system',
      ]),
    );
    expect(p.reservable).toBeUndefined();
  });

  it('Art. 9: serious harm is an option open to every State, not a reservation', () => {
    expect(arabicArticle(9)).toContain(MAY_REQUIRE);
    expect(arabicArticle(9)).toContain('ضرر جسيم');
    expect(prov('art-9').permits).toEqual(['data-interference/serious-harm']);
    expect(prov('art-9').reservable).toBeUndefined();
  });

  it('Arts 10 and 13 have no optional limb, no narrowing and no reservation', () => {
    for (const n of [10, 13]) {
      expect(arabicArticle(n)).not.toContain('يجوز');
      const p = prov(`art-${n}`);
      expect(p.permits ?? []).toHaveLength(0);
      expect(p.reservable).toBeUndefined();
    }
    expect(requiredElements(prov('art-13'))).toEqual(
      expect.arrayContaining([
        'computer-fraud/by-data-manipulation',
        'computer-fraud/by-system-interference',
        'computer-fraud/by-deception',
      ]),
    );
  });

  it('Art. 11: para. 3 may reserve para. 1, except selling or making available passwords and credentials', () => {
    expect(arabicArticle(11)).toContain('الاحتفاظ بالحق في عدم تطبيق الفقرة 1');
    const p = prov('art-11');
    expect(p.reservable?.source).toBe('Art. 11(3)');
    const reservable = p.reservable?.elements ?? [];
    for (const kept of [
      'misuse-of-devices/sell',
      'misuse-of-devices/distribute',
      'misuse-of-devices/make-available',
      'misuse-of-devices/password-object',
      'misuse-of-devices/intent-to-commit',
    ])
      expect(reservable).not.toContain(kept);
    expect(reservable).toContain('misuse-of-devices/possess');
    // No option to require a number of items (unlike Budapest Art. 6(1)(b)).
    expect(p.permits ?? []).not.toContain('misuse-of-devices/possession-number-threshold');
  });

  it('Art. 12: a State may require intent to defraud or a similar dishonest or criminal intent', () => {
    expect(arabicArticle(12)).toContain(MAY_REQUIRE);
    expect(arabicArticle(12)).toContain('نية للاحتيال');
    expect(prov('art-12').permits).toEqual(['computer-forgery/intent-to-defraud']);
    expect(prov('art-12').summary).toMatch(/dishonest or criminal intent/);
  });

  it('Art. 14: production has no distribution purpose; under-18 with no lower age; four permitted narrowings', () => {
    const a = arabicArticle(14);
    expect(a).toContain('دون الثامنة عشرة');
    expect(a).not.toContain('بغرض توزيع');
    const p = prov('art-14');
    expect(requiredElements(p)).toContain('csam/produce');
    expect(requiredElements(p)).not.toContain('csam/produce-for-distribution');
    expect(requiredElements(p)).not.toContain('csam/depicts-person-appearing-minor');
    expect(requiredElements(p)).toEqual(expect.arrayContaining(['csam/finance', 'csam/without-right']));
    expect([...(p.permits ?? [])].sort()).toEqual(
      [
        'csam/child-conduct-excluded',
        'csam/consensual-private-excluded',
        'csam/real-persons-only',
        'csam/visual-only',
      ].sort(),
    );
  });

  it("Art. 15: act in furtherance and children's conduct are permitted; a believed child is an optional limb", () => {
    const a = arabicArticle(15);
    expect(a).toContain('يُعتقد أنه طفل');
    const p = prov('art-15');
    expect(p.permits).toEqual(['child-grooming/act-in-furtherance', 'child-grooming/child-conduct-excluded']);
    const believed = flatRequirements(p).find((r) => r.element === 'child-grooming/believed-child');
    expect(believed?.obligation).toBe('may');
    expect(flatRequirements(p).filter((r) => r.obligation === undefined)).toHaveLength(5);
  });

  it('Art. 2: fifteen lettered terms; serious crime is (h), four years', () => {
    const a = arabicArticle(2);
    expect(a.match(/^\([^)]+\) ”/gm)).toHaveLength(15);
    expect(a).toMatch(/^\(ح\) ”الجريمة الخطيرة“.*أربع سنوات/m);
    const sc = prov('art-2-serious-crime');
    expect(sc.source.pinpoint).toBe('Art. 2(h)');
    expect(sc.penalty_threshold?.min_max_penalty_years).toBe(4);
    expect(prov('art-2').summary).toMatch(/\(o\) emergency/);
  });

  it('no provision 1-15 offers a choice between alternatives (none of their "or"s is a choice for the State)', () => {
    for (const p of early) expect((p.requires ?? []).some((r) => 'alternatives' in r)).toBe(false);
  });
});
