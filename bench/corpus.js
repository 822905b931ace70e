// Synthetic corpus for `npm run bench`: N countries measured against the bundled instruments, each
// implementing a random share of the concepts. Seeded, so the same N gives the same files.
import { mkdirSync, writeFileSync } from 'node:fs';
import { Buffer } from 'node:buffer';
import { join } from 'node:path';
import { stringify } from 'yaml';

/** mulberry32: a small, fast, seeded PRNG (uniform in [0, 1)). */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Two-letter codes AA, AB, ... leaving out those the bundled data already has. */
export function countryCodes(n, taken) {
  const out = [];
  for (let i = 0; out.length < n && i < 26 * 26; i++) {
    const code = String.fromCharCode(65 + Math.floor(i / 26), 65 + (i % 26));
    if (!taken.has(code)) out.push(code);
  }
  if (out.length < n) throw new Error(`cannot make ${n} distinct two-letter codes`);
  return out;
}

const URL_BASE = 'https://example.org/synthetic';
const STATUSES = ['party', 'signatory', 'member', 'invited', 'none'];
// A model law, directive or resolution is not signed or ratified (validate: status/not-ratifiable).
const STANDINGS = ['member', 'member', 'invited', 'none', 'none'];
const NOT_RATIFIED = new Set(['model-law', 'directive', 'resolution']);
const BASES = ['verified', 'secondary', 'recalled'];

/** One country document (plain data, schema-valid, every reference resolving). */
export function syntheticCountry(code, corpus, random) {
  const pick = (xs) => xs[Math.floor(random() * xs.length)];
  const date = (from, to) => {
    const y = from + Math.floor(random() * (to - from + 1));
    const m = 1 + Math.floor(random() * 12);
    const d = 1 + Math.floor(random() * 28);
    return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  };
  const source = (pinpoint) => ({ pinpoint, url: `${URL_BASE}/${code.toLowerCase()}` });
  const status = corpus.instruments
    .filter((i) => i.applies === 'by-status' && random() < 0.5)
    .map((i) => ({
      instrument: i.id,
      status: pick(NOT_RATIFIED.has(i.kind) ? STANDINGS : STATUSES),
      source: source('treaty office'),
      basis: pick(BASES),
    }));
  const laws = Array.from({ length: 1 + Math.floor(random() * 3) }, (_, i) => ({
    id: `law-${i + 1}`,
    title: `Synthetic Act ${i + 1} of ${code}`,
    citation: `Act No. ${1 + Math.floor(random() * 40)} of ${2000 + i * 5}`,
    commenced: date(2000 + i * 5, 2004 + i * 5),
    url: `${URL_BASE}/${code.toLowerCase()}/law-${i + 1}`,
    basis: pick(BASES),
  }));
  // The share of concepts this country implements: anywhere from a fifth to nearly all.
  const share = 0.2 + random() * 0.75;
  const concepts = corpus.concepts.filter((c) => c.status !== 'reserved' && c.group !== 'meta');
  const sections = [];
  for (const concept of concepts) {
    if (random() >= share) continue;
    const elements = concept.elements.filter(() => random() < 0.85).map((e) => `${concept.id}/${e.id}`);
    if (elements.length === 0) continue;
    const narrowing = concept.narrowings?.length && random() < 0.15 ? pick(concept.narrowings) : undefined;
    const number = String(sections.length + 1);
    sections.push({
      law: pick(laws).id,
      number,
      title: concept.title,
      summary: `Synthetic section ${number}: ${concept.definition}`,
      implements: elements,
      ...(narrowing ? { narrowings: [`${concept.id}/${narrowing.id}`] } : {}),
      ...(concept.group === 'substantive' ? { penalty: { max_years: 1 + Math.floor(random() * 10) } } : {}),
      source: source(`s. ${number}`),
      basis: pick(BASES),
    });
  }
  return {
    schema_version: 1,
    data_version: 'synthetic',
    country: { code, name: `Synthland ${code}` },
    status,
    laws,
    sections,
    // Every bundled file says what its laws were read for; a synthetic one without it would time the
    // survey/undeclared warning (and the position lookup it needs) instead of the corpus.
    surveyed: { groups: ['substantive', 'procedural', 'jurisdiction', 'cooperation', 'liability'], note: 'Synthetic.' },
  };
}

/** Writes <dir>/countries/<code>.yaml for n countries; returns the total size in bytes. */
export function writeCorpus(dir, n, corpus, seed = 2026) {
  const random = prng(seed);
  const codes = countryCodes(n, new Set(corpus.countries.map((c) => c.country.code)));
  mkdirSync(join(dir, 'countries'), { recursive: true });
  let bytes = 0;
  for (const code of codes) {
    const text = `# yaml-language-server: $schema=../schemas/country.schema.json\n${stringify(syntheticCountry(code, corpus, random), { lineWidth: 120 })}`;
    writeFileSync(join(dir, 'countries', `${code.toLowerCase()}.yaml`), text);
    bytes += Buffer.byteLength(text);
  }
  return bytes;
}
