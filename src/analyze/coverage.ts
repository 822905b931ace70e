/**
 * analyze/coverage: DESIGN §3 — rate every provision of every applicable instrument for one country
 * at one date, with the evidence behind each rating. Pure: the corpus and the date come in, a
 * CountryCoverage goes out.
 */
import { implementedElement } from '../shared/implementation.js';
import type {
  Corpus,
  Country,
  CountryCoverage,
  ElementFinding,
  Instrument,
  InstrumentCoverage,
  NarrowingGroup,
  Obligation,
  PeerExample,
  Provision,
  ProvisionCoverage,
  Rating,
  Reservation,
  RollUp,
  Section,
  SectionRef,
} from '../model/index.js';
import { InputError, InternalError } from '../errors.js';
import type { Applicable } from './applicable.js';
import { applicableInstruments } from './applicable.js';
import { evaluateElement, permittedNarrowings, shortfallSentence, shortfalls } from './elements.js';
import { lawInForce, sectionsInForce, lawStart } from './in-force.js';
import { provisionLabel } from './labels.js';
import { groupRollUps, rollUp } from './roll-up.js';
import { compareSectionNumbers, sectionRef } from './section-ref.js';
import { RESERVING_STATUS, reservableElements, reservedElements, statusOn } from '../shared/reservations.js';
import { seriousCrimeFindings } from './serious-crime.js';
import { compareSections } from '../shared/compare.js';
import { partHeading } from '../shared/part-heading.js';

export interface AnalyzeOptions {
  /** YYYY-MM-DD: sections in force on this day are used. */
  asAt: string;
  /** -i: exactly these instruments. */
  instruments?: readonly string[];
  /** How many peer sections to offer per missing element. */
  peerExamples?: number;
}

const MANDATORY: ReadonlySet<Obligation> = new Set(['shall']);

export function findCountry(corpus: Corpus, code: string): Country {
  const country = corpus.countriesByCode.get(code.toUpperCase());
  if (!country) {
    throw new InputError(
      `unknown country '${code}'`,
      `known: ${[...corpus.countriesByCode.keys()].join(', ') || '(none)'}; 'lexgap init ${code.toUpperCase()}' starts a new file`,
    );
  }
  return country;
}

export function analyzeCountry(corpus: Corpus, code: string, options: AnalyzeOptions): CountryCoverage {
  const country = findCountry(corpus, code);
  const inForce = sectionsInForce(country, options.asAt);
  const applicable = applicableInstruments(corpus, country, options.instruments, options.asAt);
  return {
    schemaVersion: 1,
    country: { code: country.country.code, name: country.country.name },
    asAt: options.asAt,
    instruments: applicable.map((a) => analyzeInstrument(corpus, country, a, inForce, options)),
    laws: country.laws.map((l) => ({
      id: l.id,
      title: l.title,
      citation: l.citation,
      inForce: lawInForce(l, options.asAt),
      ...(lawStart(l) ? { commenced: lawStart(l) } : {}),
      url: l.url,
      basis: l.basis,
    })),
    sectionsInForce: inForce.length,
    sectionsNotInForce: country.sections.length - inForce.length,
  };
}

/** Provisions that are rated: those with requirements or a penalty scope test, outside 'meta'. */
export function ratedProvisions(instrument: Instrument): Provision[] {
  return instrument.provisions.filter(
    (p) => p.group !== 'meta' && ((p.requires?.length ?? 0) > 0 || p.penalty_threshold !== undefined),
  );
}

function chapterOf(instrument: Instrument, provision: Provision): { id: string; label: string } {
  const parts = new Map(instrument.parts.map((p) => [p.id, p]));
  let part = provision.part ? parts.get(provision.part) : undefined;
  const seen = new Set<string>();
  while (part?.parent && parts.has(part.parent) && !seen.has(part.id)) {
    seen.add(part.id);
    part = parts.get(part.parent);
  }
  return part ? { id: part.id, label: partHeading(part) } : { id: 'none', label: '(no chapter)' };
}

export function analyzeInstrument(
  corpus: Corpus,
  country: Country,
  applicable: Applicable,
  inForce: readonly Section[],
  options: AnalyzeOptions,
): InstrumentCoverage {
  const { instrument } = applicable;
  const status = country.status.find((s) => s.instrument === instrument.id);
  const statusToday = statusOn(status, options.asAt);
  // Reservations bind only once made (at signature or ratification); a state already a party can no
  // longer close a gap by one (Budapest Art. 42), so only others are told a gap is reservable.
  const inEffect = RESERVING_STATUS.has(statusToday) ? (status?.reservations ?? []) : [];
  const canReserve = statusToday !== 'party';
  const rated = ratedProvisions(instrument);
  const provisions = rated.map((p) =>
    rateProvision(
      corpus,
      country,
      instrument,
      p,
      inForce,
      inEffect.filter((r) => r.provision === p.id),
      canReserve,
      options,
    ),
  );
  const chapterOrder: { id: string; label: string }[] = [];
  for (const p of provisions)
    if (!chapterOrder.some((c) => c.id === p.chapter)) chapterOrder.push({ id: p.chapter, label: p.chapterLabel });
  const chapters: RollUp[] = chapterOrder.map((c) =>
    rollUp(
      c.id,
      c.label,
      provisions.filter((p) => p.chapter === c.id),
    ),
  );
  const threshold = rated.find((p) => p.penalty_threshold);
  return {
    instrument: instrument.id,
    title: instrument.title,
    shortTitle: instrument.short_title,
    appliesBecause: applicable.because,
    ...(applicable.status ? { status: applicable.status } : {}),
    provisions,
    chapters,
    groups: groupRollUps(provisions),
    total: rollUp(instrument.id, instrument.short_title, provisions, 'overall'),
    ...(threshold?.penalty_threshold
      ? {
          seriousCrime: {
            thresholdYears: threshold.penalty_threshold.min_max_penalty_years,
            provision: threshold.id,
            findings: seriousCrimeFindings(inForce, country, corpus, threshold.penalty_threshold.min_max_penalty_years),
          },
        }
      : {}),
  };
}

function rateProvision(
  corpus: Corpus,
  country: Country,
  instrument: Instrument,
  provision: Provision,
  inForce: readonly Section[],
  reservations: readonly Reservation[],
  canReserve: boolean,
  options: AnalyzeOptions,
): ProvisionCoverage {
  const reservation: Reservation | undefined = reservations.length
    ? { ...reservations[0]!, scope: reservations.map((r) => r.scope.replace(/\.\s*$/, '')).join('; ') }
    : undefined;
  const laws = new Map(country.laws.map((l) => [l.id, l]));
  const ref = (s: Section): SectionRef => sectionRef(country, s, laws.get(s.law));
  const name = provisionLabel(instrument, provision);
  const narrowingLabel = (r: string) => corpus.narrowingsByRef.get(r)?.narrowing.label ?? r;
  const reservable = provision.reservable;
  const reservableSet = canReserve ? reservableElements(provision) : new Set<string>();
  const reservedSet = reservedElements(provision, reservations);
  const permitted = permittedNarrowings(provision, reservation !== undefined);
  const reservablePermits = new Set(canReserve ? (reservable?.permits ?? []) : []);

  const elements: ElementFinding[] = (provision.requires ?? []).map((req) => {
    const known = corpus.elementsByRef.get(req.element);
    if (!known)
      throw new InternalError(
        `${instrument.id} ${provision.id} requires '${req.element}', which is not in the concept taxonomy`,
      );
    const obligation = req.obligation ?? provision.obligation;
    const ev = evaluateElement(req, permitted, inForce, narrowingLabel);
    const sections = (ev.status === 'met' ? ev.meeting : ev.narrow).map(ref);
    return {
      element: req.element,
      label: known.element.label,
      conceptTitle: known.concept.title,
      obligation,
      mandatory: MANDATORY.has(obligation),
      status: ev.status,
      sections,
      reasons: ev.shortfalls.map((f) => shortfallSentence(f, name)),
      shortfalls: ev.shortfalls,
      reserved: reservedSet.has(req.element),
      // Reservable when a reservation would remove it, or would permit every narrowing that falls short.
      reservable:
        reservableSet.has(req.element) ||
        (ev.status === 'narrower' &&
          ev.shortfalls.every(
            (f) => f.kind === 'narrowing' && f.narrowing !== undefined && reservablePermits.has(f.narrowing),
          )),
      ...(req.penalty_floor_years !== undefined ? { penaltyFloorYears: req.penalty_floor_years } : {}),
    };
  });

  // Two concepts may label an element alike ("effective, proportionate and dissuasive sanctions" for
  // natural and legal persons); name the concept wherever a label would otherwise be ambiguous.
  const labelCount = new Map<string, number>();
  for (const e of elements) labelCount.set(e.label, (labelCount.get(e.label) ?? 0) + 1);
  for (const e of elements) if ((labelCount.get(e.label) ?? 0) > 1) e.label = `${e.label} (${e.conceptTitle})`;

  const counted = elements.filter((e) => e.mandatory && !e.reserved);
  const missing = counted.filter((e) => e.status === 'missing').map((e) => e.element);
  const narrower = counted.filter((e) => e.status === 'narrower').map((e) => e.element);
  const reservedShort = elements.filter((e) => e.mandatory && e.reserved && e.status !== 'met');
  const computedRating = computeRating(provision, elements, counted, missing, narrower, reservedShort.length > 0);
  const gaps = [...missing, ...narrower];
  const gapReservable =
    (computedRating === 'partial' || computedRating === 'none') &&
    !reservation &&
    gaps.length > 0 &&
    gaps.every((g) => elements.find((e) => e.element === g)?.reservable === true);

  const assessmentEntry = country.assessments?.find(
    (a) => a.instrument === instrument.id && a.provision === provision.id,
  );
  const sectionsCited = dedupeSections(elements.flatMap((e) => e.sections));
  const rating: Rating = assessmentEntry ? assessmentEntry.rating : computedRating;
  const chapter = chapterOf(instrument, provision);
  return {
    instrument: instrument.id,
    provision: provision.id,
    number: provision.number,
    title: provision.title,
    summary: provision.summary,
    group: provision.group,
    chapter: chapter.id,
    chapterLabel: chapter.label,
    obligation: provision.obligation,
    rating,
    computedRating,
    ...(assessmentEntry
      ? {
          assessment: {
            rating: assessmentEntry.rating,
            rationale: assessmentEntry.rationale,
            reviewer: assessmentEntry.reviewer,
            date: assessmentEntry.date,
          },
        }
      : {}),
    elements,
    sections: sectionsCited,
    missing,
    narrower,
    narrowedBy: groupNarrowings(elements, narrower),
    gapReservable,
    ...(reservation ? { reservation: { scope: reservation.scope, elements: [...reservedSet].sort() } } : {}),
    explanation: explain(computedRating, elements, missing, narrower, name, gapReservable, reservation, provision),
    provenance: {
      source: provision.source,
      basis: provision.basis,
      reliesOnRecalled: provision.basis === 'recalled' || sectionsCited.some((s) => s.basis === 'recalled'),
    },
    peerExamples: gaps.length > 0 ? peerExamples(corpus, country, provision, gaps, options) : [],
  };
}

function computeRating(
  provision: Provision,
  elements: readonly ElementFinding[],
  counted: readonly ElementFinding[],
  missing: readonly string[],
  narrower: readonly string[],
  reservedShortfall: boolean,
): Rating {
  if ((provision.requires?.length ?? 0) === 0) return 'scope-test';
  if (!MANDATORY.has(provision.obligation) && elements.every((e) => !e.mandatory)) return 'optional';
  if (counted.length === 0) return elements.some((e) => e.reserved) ? 'reserved' : 'optional';
  if (missing.length === 0 && narrower.length === 0) return reservedShortfall ? 'reserved' : 'full';
  const met = counted.length - missing.length - narrower.length;
  return met > 0 || narrower.length > 0 ? 'partial' : 'none';
}

function list(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function explain(
  rating: Rating,
  elements: readonly ElementFinding[],
  missing: readonly string[],
  narrower: readonly string[],
  name: string,
  gapReservable: boolean,
  reservation: Reservation | undefined,
  provision: Provision,
): string {
  const label = (ref: string) => elements.find((e) => e.element === ref)?.label ?? ref;
  const sentences: string[] = [];
  const met = elements.filter((e) => e.mandatory && !e.reserved && e.status === 'met');
  const cite = (es: readonly ElementFinding[]) =>
    dedupeSections(es.flatMap((e) => e.sections)).map((s) => `s. ${s.number}`);
  switch (rating) {
    case 'scope-test':
      return `${name} is a scope test on penalties, not a list of elements: see the serious-crime findings.`;
    case 'optional':
      sentences.push(`${name} is optional ('${provision.obligation}'): reported, never a gap.`);
      break;
    case 'full':
      sentences.push(
        `All ${met.length} mandatory element${met.length === 1 ? ' is' : 's are'} met${cite(met).length ? ` (${list(cite(met))})` : ''}.`,
      );
      break;
    case 'none':
      sentences.push(
        missing.length === 1
          ? `The one mandatory element of ${name} is not implemented.`
          : `None of the ${missing.length} mandatory elements of ${name} is implemented.`,
      );
      break;
    case 'partial':
      if (met.length) sentences.push(`Met: ${list(met.map((e) => e.label))} (${list(cite(met))}).`);
      if (missing.length) sentences.push(`Missing: ${list(missing.map(label))}.`);
      for (const g of groupNarrowings(elements, narrower)) {
        const secs = list(g.sections.map((n) => `s. ${n}`));
        const affected = g.elements.length > 4 ? `${g.elements.length} elements` : list(g.elements.map(label));
        sentences.push(
          g.kind === 'narrowing'
            ? `Narrower: ${secs} ${g.sections.length === 1 ? 'adds' : 'add'} a condition ${name} does not permit — ${g.detail} (affects ${affected}).`
            : `Narrower: ${secs} ${g.sections.length === 1 ? 'has' : 'have'} a ${g.detail} (affects ${affected}).`,
        );
      }
      break;
    case 'reserved':
      sentences.push(`Reserved: ${reservation?.scope ?? 'the country has made a reservation'}.`);
      break;
    default:
      break;
  }
  const optionalShort = elements.filter((e) => !e.mandatory && e.status !== 'met');
  if (optionalShort.length && rating !== 'optional')
    sentences.push(`Optional limbs not implemented: ${list(optionalShort.map((e) => e.label))}.`);
  if (reservation && rating !== 'reserved') sentences.push(`Reservation made: ${reservation.scope}.`);
  if (gapReservable)
    sentences.push(
      `Everything missing falls within what ${name} allows a party to reserve (${provision.reservable?.source ?? ''}): a state not yet a party could close this gap by a reservation on accession.`,
    );
  else {
    const reservableShort = elements.filter((e) => e.mandatory && !e.reserved && e.status !== 'met' && e.reservable);
    if (reservableShort.length && !reservation)
      sentences.push(
        `${list(reservableShort.map((e) => e.label))}: a party may reserve ${reservableShort.length === 1 ? 'this limb' : 'these limbs'} (${provision.reservable?.source ?? name}).`,
      );
  }
  return sentences.join(' ');
}

function dedupeSections(sections: readonly SectionRef[]): SectionRef[] {
  const seen = new Map<string, SectionRef>();
  for (const s of sections) seen.set(`${s.law}\u0000${s.number}`, seen.get(`${s.law}\u0000${s.number}`) ?? s);
  return [...seen.values()].sort(compareSections);
}

/** Peers' sections in force, computed once per country and day rather than once per gap element. */
const inForceCache = new WeakMap<Country, Map<string, Section[]>>();
function inForceCached(country: Country, asAt: string): Section[] {
  const byDay = inForceCache.get(country) ?? new Map<string, Section[]>();
  inForceCache.set(country, byDay);
  const hit = byDay.get(asAt);
  if (hit) return hit;
  const sections = sectionsInForce(country, asAt);
  byDay.set(asAt, sections);
  return sections;
}

/** Drafting aid: sections of other countries, in force at the same date, that fully meet a missing element. */
function peerExamples(
  corpus: Corpus,
  country: Country,
  provision: Provision,
  gaps: readonly string[],
  options: AnalyzeOptions,
): PeerExample[] {
  const limit = options.peerExamples ?? 2;
  const out: PeerExample[] = [];
  if (limit <= 0) return out;
  const narrowingLabel = (r: string) => corpus.narrowingsByRef.get(r)?.narrowing.label ?? r;
  for (const element of gaps) {
    const requirement = provision.requires?.find((r) => r.element === element);
    if (!requirement) continue;
    let found = 0;
    for (const peer of corpus.countries) {
      if (peer.country.code === country.country.code || found >= limit) continue;
      const laws = new Map(peer.laws.map((l) => [l.id, l]));
      const match = inForceCached(peer, options.asAt).find(
        (s) =>
          s.implements.some((e) => implementedElement(e) === element) &&
          shortfalls(s, requirement, permittedNarrowings(provision, false), narrowingLabel).length === 0,
      );
      if (match) {
        out.push({ element, section: sectionRef(peer, match, laws.get(match.law)), countryName: peer.country.name });
        found += 1;
      }
    }
  }
  return out;
}

/** Groups narrower elements by cause, so one defence that narrows a whole offence is said once. */
export function groupNarrowings(elements: readonly ElementFinding[], narrower: readonly string[]): NarrowingGroup[] {
  const groups = new Map<string, NarrowingGroup>();
  for (const ref of narrower) {
    const e = elements.find((x) => x.element === ref);
    for (const f of e?.shortfalls ?? []) {
      const key = `${f.kind}\u0000${f.detail}`;
      const g = groups.get(key) ?? { detail: f.detail, kind: f.kind, sections: [], elements: [] };
      if (!g.sections.includes(f.section)) g.sections.push(f.section);
      if (!g.elements.includes(ref)) g.elements.push(ref);
      groups.set(key, g);
    }
  }
  return [...groups.values()].map((g) => ({ ...g, sections: g.sections.sort(compareSectionNumbers) }));
}
