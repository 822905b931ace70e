/**
 * Shared helpers for the data-fact tests in test/data/. They read the shipped YAML directly with `yaml`'s parse
 * (default schema: unquoted dates stay strings), not through src/load, so the data tests remain a second line of
 * defence against a loader bug; only the project's model types are borrowed.
 */
import { implementedElement } from '../../src/shared/implementation.js';
import { flatRequirements } from '../../src/shared/requirements.js';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import type {
  Basis,
  Implementation,
  ConceptsDoc,
  Country,
  Instrument,
  InstrumentStatus,
  Law,
  Provision,
  Section,
  Source,
} from '../../src/model/index.js';

const ROOT = new URL('../../', import.meta.url);
const INSTRUMENTS_DIR = 'frameworks/instruments/';

// ---- reading -------------------------------------------------------------------------------------------------

/** A file of the repository, by path relative to its root. */
export const repoUrl = (relativePath: string): URL => new URL(relativePath, ROOT);
export const readRepoText = (relativePath: string): string => readFileSync(repoUrl(relativePath), 'utf8');
const readYaml = <T>(relativePath: string): T => parse(readRepoText(relativePath)) as T;

export const CONCEPTS_FILE = 'frameworks/concepts.yaml';

export const loadInstrument = (id: string): Instrument => readYaml(`${INSTRUMENTS_DIR}${id}.yaml`);
export const instrumentExists = (id: string): boolean => existsSync(repoUrl(`${INSTRUMENTS_DIR}${id}.yaml`));
export const loadCountry = (code: string): Country => readYaml(`countries/${code}.yaml`);
export const loadConcepts = (): ConceptsDoc => readYaml(CONCEPTS_FILE);

/** Every instrument file under frameworks/instruments/, with its file name. */
export function allInstruments(): { file: string; doc: Instrument }[] {
  return readdirSync(repoUrl(INSTRUMENTS_DIR))
    .filter((f) => f.endsWith('.yaml'))
    .map((file) => ({ file, doc: readYaml<Instrument>(`${INSTRUMENTS_DIR}${file}`) }));
}

/** `it` when the instrument file exists, `it.skip` otherwise (for cross-instrument comparisons). */
export const itIfInstrument = (id: string): jest.It => (instrumentExists(id) ? it : it.skip);

// ---- instruments -----------------------------------------------------------------------------------------------

/** The provision with this id; throws if the instrument has none. */
export function provision(instrument: Instrument, id: string): Provision {
  const p = instrument.provisions.find((x) => x.id === id);
  if (!p) throw new Error(`${instrument.id}: no provision with id "${id}"`);
  return p;
}

/** The provision with this printed number; throws if the instrument has none. */
export function provisionNumbered(instrument: Instrument, number: string): Provision {
  const p = instrument.provisions.find((x) => x.number === number);
  if (!p) throw new Error(`${instrument.id}: no provision numbered "${number}"`);
  return p;
}

/** The element ids a section implements, whether written bare or as { element, only | broader | arguable }. */
export const elementsOf = (s: Section): string[] => s.implements.map(implementedElement);

/** A section's implements entry for one element, as written (bare id or object), if it has one. */
export const entryFor = (s: Section, element: string): Implementation | undefined =>
  s.implements.find((i) => implementedElement(i) === element);

/** The element refs a provision requires, in file order. */
export const requiredElements = (p: Provision): string[] => flatRequirements(p).map((r) => r.element);

/** Every element ref any provision of the instrument requires. */
export const allRequiredElements = (instrument: Instrument): string[] =>
  instrument.provisions.flatMap(requiredElements);

/** The required element refs of one concept (`concept/...`), sorted. */
export const conceptElements = (p: Provision, concept: string): string[] =>
  requiredElements(p)
    .filter((e) => e.startsWith(`${concept}/`))
    .sort();

/** The concepts a provision requires elements of. */
export const requiredConcepts = (p: Provision): Set<string> =>
  new Set(requiredElements(p).map((e) => e.split('/')[0]!));

/** The distinct penalty floors a provision's requirements carry. */
export const penaltyFloors = (p: Provision): number[] => [
  ...new Set(flatRequirements(p).flatMap((r) => (r.penalty_floor_years === undefined ? [] : [r.penalty_floor_years]))),
];

/** Ids of the provisions recorded as verified, sorted. */
export const verifiedIds = (instrument: Instrument): string[] =>
  instrument.provisions
    .filter((p) => p.basis === 'verified')
    .map((p) => p.id)
    .sort();

/** Article numbers with any subdivision cut off: "8(2)" -> "8". */
export const articleNumbers = (instrument: Instrument): Set<string> =>
  new Set(instrument.provisions.map((p) => p.number.replace(/\(.*$/, '')));

/** Every article from..to (inclusive) appears in the set of numbers. */
export function expectArticles(numbers: Set<string>, from: number, to: number): void {
  for (let n = from; n <= to; n++) expect(numbers.has(String(n))).toBe(true);
}

// ---- provenance --------------------------------------------------------------------------------------------------

export const BASES: readonly Basis[] = ['verified', 'secondary', 'recalled'];
export const HTTP_URL = /^https?:\/\//;
/** A non-empty string. */
export const NON_EMPTY = /./s;
/** Any string, even empty. */
export const ANY_STRING = /(?:)/;

export interface SourceRule {
  /** What the pinpoint must match (default: a non-empty string). */
  pinpoint?: RegExp;
  /** What the URL must match, or the exact URL (default: http or https). */
  url?: RegExp | string;
  /** The bases allowed (default: any of the three). */
  bases?: readonly Basis[];
}

/** One source-and-basis check: pinpoint, URL and basis (three assertions). */
export function expectSourced(item: { source?: Source; basis?: Basis }, rule: SourceRule = {}): void {
  expect(item.source?.pinpoint).toMatch(rule.pinpoint ?? NON_EMPTY);
  if (typeof rule.url === 'string') expect(item.source?.url).toBe(rule.url);
  else expect(item.source?.url).toMatch(rule.url ?? HTTP_URL);
  expect(rule.bases ?? BASES).toContain(item.basis);
}

/** Every provision has a source and a basis. */
export function expectEveryProvisionSourced(instrument: Instrument, rule?: SourceRule): void {
  for (const p of instrument.provisions) expectSourced(p, rule);
}

/** Every provision with requirements (the ones coverage is rated on) has a source and a basis. */
export function expectEveryRatedProvisionSourced(instrument: Instrument, rule?: SourceRule): void {
  for (const p of instrument.provisions.filter((x) => (x.requires ?? []).length > 0)) expectSourced(p, rule);
}

/** No reservations, no optional provisions and no penalty floors anywhere in the instrument. */
export function expectNoReservationsOptionsOrFloors(instrument: Instrument): void {
  for (const p of instrument.provisions) {
    expect(p.reservable).toBeUndefined();
    expect(p.obligation).not.toBe('may');
    for (const r of flatRequirements(p)) expect(r.penalty_floor_years).toBeUndefined();
  }
}

// ---- countries ---------------------------------------------------------------------------------------------------

/** The declared law with this id; throws if absent. */
export function law(country: Country, id: string): Law {
  const l = country.laws.find((x) => x.id === id);
  if (!l) throw new Error(`${country.country.code}: no law "${id}"`);
  return l;
}

/** The country's status under an instrument; throws if none is recorded. */
export function status(country: Country, instrument: string): InstrumentStatus {
  const s = country.status.find((x) => x.instrument === instrument);
  if (!s) throw new Error(`${country.country.code}: no status for ${instrument}`);
  return s;
}

/** The sections of one law. */
export const sectionsOf = (country: Country, lawId: string): Section[] =>
  country.sections.filter((s) => s.law === lawId);

/** All versions of a section of a law, by printed number. */
export const sectionVersions = (country: Country, lawId: string, number: string): Section[] =>
  sectionsOf(country, lawId).filter((s) => s.number === number);

/** Is a section in force on a date? Its `from` defaults to its law's commencement. */
export function inForce(country: Country, s: Section, date: string): boolean {
  const commenced = country.laws.find((l) => l.id === s.law)?.commenced;
  const from = String(s.in_force?.from ?? commenced ?? '0000-01-01');
  const to = s.in_force?.to === undefined ? '9999-12-31' : String(s.in_force.to);
  return from <= date && date <= to;
}

/**
 * The one section of a law with this number: the only version there is, or, given a date, the only version in
 * force on that date. Throws otherwise.
 */
export function section(country: Country, lawId: string, number: string, asAt?: string): Section {
  const found = sectionVersions(country, lawId, number).filter((s) => asAt === undefined || inForce(country, s, asAt));
  if (found.length !== 1) {
    const when = asAt === undefined ? '' : ` in force on ${asAt}`;
    throw new Error(`${country.country.code}: expected one ${lawId} s. ${number}${when}, found ${found.length}`);
  }
  return found[0]!;
}

/** Every section names a declared law and has a source and a basis. */
export function expectEverySectionSourced(country: Country, rule?: SourceRule): void {
  const laws = new Set(country.laws.map((l) => l.id));
  for (const s of country.sections) {
    expect(laws.has(s.law)).toBe(true);
    expectSourced(s, rule);
  }
}

// ---- concepts ----------------------------------------------------------------------------------------------------

/** The `concept/element` and `concept/narrowing` refs the taxonomy defines. */
export function conceptRefs(doc: ConceptsDoc): { elements: Set<string>; narrowings: Set<string> } {
  return {
    elements: new Set(doc.concepts.flatMap((c) => c.elements.map((e) => `${c.id}/${e.id}`))),
    narrowings: new Set(doc.concepts.flatMap((c) => (c.narrowings ?? []).map((n) => `${c.id}/${n.id}`))),
  };
}
