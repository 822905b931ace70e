/**
 * analyze/coverage: DESIGN §3 — rate every provision of every applicable instrument for one country
 * at one date, with the evidence behind each rating. Pure: the corpus and the date come in, a
 * CountryCoverage goes out.
 */
import { VERDICT_SCOPES } from '../shared/score-bands.js';
import type {
  Corpus,
  Country,
  CountryCoverage,
  ElementStatus,
  Instrument,
  InstrumentCoverage,
  Provision,
  ProvisionCoverage,
  Rating,
  Reservation,
  RollUp,
  SectionRef,
} from '../model/index.js';
import { InputError } from '../errors.js';
import { implementedElement } from '../shared/implementation.js';
import type { CountryContext } from './country-context.js';
import { countryContext } from './country-context.js';
import type { Applicable } from './applicable.js';
import { applicableInstruments } from './applicable.js';
import { permittedNarrowings } from './elements.js';
import { elementFindings } from './element-findings.js';
import { explain } from './explain.js';
import { findingNotes } from './finding-notes.js';
import { lawInForce } from './in-force.js';
import { provisionLabel } from './labels.js';
import { groupNarrowings } from './narrowing-groups.js';
import { peerExamples } from './peers.js';
import { groupRollUps, rollUp } from './roll-up.js';
import { chooseAlternatives } from './rules/alternatives.js';
import { computeRating } from './rules/rating.js';
import { reservationsApplying } from './rules/reservations-applying.js';
import { mainLaw } from './section-ref.js';
import { RESERVING_STATUS, reservableElements, statusOn } from '../shared/reservations.js';
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

export function findCountry(corpus: Corpus, code: string): Country {
  const country = corpus.countriesByCode.get(code.toUpperCase());
  if (!country) {
    throw new InputError(
      `unknown country '${code}'`,
      // Never point at the bundled countries/ folder: in an installed copy that is inside node_modules.
      `known: ${[...corpus.countriesByCode.keys()].join(', ') || '(none)'}; to add it, keep your own data folder: ` +
        `'lexgap init ${code.toUpperCase()} -o mydata/countries/${code.toLowerCase()}.yaml', then run with '--data mydata'`,
    );
  }
  return country;
}

export function analyzeCountry(corpus: Corpus, code: string, options: AnalyzeOptions): CountryCoverage {
  const country = findCountry(corpus, code);
  const ctx = countryContext(country, options.asAt);
  const applicable = applicableInstruments(corpus, country, options.instruments, options.asAt);
  return {
    schemaVersion: 2,
    country: { code: country.country.code, name: country.country.name },
    asAt: options.asAt,
    ...(mainLaw(country) ? { mainLaw: mainLaw(country) } : {}),
    instruments: applicable.map((a) => analyzeInstrument(corpus, country, a, ctx, options)),
    laws: country.laws.map((l) => ({
      id: l.id,
      title: l.title,
      citation: l.citation,
      inForce: lawInForce(l, options.asAt),
      ...(l.enacted ? { enacted: l.enacted } : {}),
      ...(l.assented ? { assented: l.assented } : {}),
      ...(l.commenced ? { commenced: l.commenced } : {}),
      ...(l.repealed ? { repealed: l.repealed } : {}),
      url: l.url,
      basis: l.basis,
      ...(l.note ? { note: l.note } : {}),
    })),
    reliedOn: (country.relies_on ?? []).map((r) => ({
      id: r.id,
      title: r.title,
      ...(r.citation ? { citation: r.citation } : {}),
      source: r.source,
      basis: r.basis,
      elements: r.implements.map(implementedElement),
      ...(r.note ? { note: r.note } : {}),
    })),
    survey: country.surveyed
      ? {
          groups: [...country.surveyed.groups],
          concepts: [...(country.surveyed.concepts ?? [])],
          except: [...(country.surveyed.except ?? [])],
          note: country.surveyed.note,
          ...(country.surveyed.until ? { until: country.surveyed.until } : {}),
        }
      : null,
    ...(country.country.note ? { note: country.country.note } : {}),
    sectionsInForce: ctx.inForce.length,
    sectionsNotInForce: country.sections.length - ctx.inForce.length,
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
  ctx: CountryContext,
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
    rateProvision(corpus, country, instrument, p, ctx, inEffect, canReserve, options),
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
    measuredVia: applicable.via,
    ...(applicable.status ? { status: applicable.status } : {}),
    ...(status && (status.signed || status.ratified || status.in_force)
      ? {
          statusDates: {
            ...(status.signed ? { signed: status.signed } : {}),
            ...(status.ratified ? { ratified: status.ratified } : {}),
            ...(status.in_force ? { inForce: status.in_force } : {}),
          },
        }
      : {}),
    provisions,
    chapters,
    groups: groupRollUps(provisions),
    total: rollUp(instrument.id, instrument.short_title, provisions, VERDICT_SCOPES.overall),
    ...(threshold?.penalty_threshold
      ? {
          seriousCrime: {
            thresholdYears: threshold.penalty_threshold.min_max_penalty_years,
            provision: threshold.id,
            findings: seriousCrimeFindings(
              ctx.inForce,
              country,
              corpus,
              threshold.penalty_threshold.min_max_penalty_years,
            ),
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
  ctx: CountryContext,
  inEffect: readonly Reservation[],
  canReserve: boolean,
  options: AnalyzeOptions,
): ProvisionCoverage {
  const name = provisionLabel(instrument, provision);
  const reservation = reservationsApplying(instrument, provision, inEffect);
  const reservedSet = reservation?.elements ?? new Set<string>();
  const elements = elementFindings(corpus, country, instrument, provision, ctx, {
    reservedSet,
    reservableSet: canReserve ? reservableElements(provision) : new Set<string>(),
    permitted: permittedNarrowings(provision, reservation?.permits ?? []),
    reservablePermits: new Set(canReserve ? (provision.reservable?.permits ?? []) : []),
    asAt: options.asAt,
  });
  const alternatives = chooseAlternatives(elements);

  const counted = elements.filter((e) => e.counted);
  const pick = (status: ElementStatus) => counted.filter((e) => e.status === status).map((e) => e.element);
  const missing = pick('missing');
  const narrower = pick('narrower');
  const notAssessed = pick('not-assessed');
  const reservedShort = elements.filter((e) => e.mandatory && e.reserved && e.status !== 'met');
  const computedRating = computeRating(provision, elements, counted, reservedShort.length > 0);
  const gaps = [...missing, ...narrower];
  const gapReservable =
    (computedRating === 'partial' || computedRating === 'none') &&
    !reservation &&
    gaps.length > 0 &&
    gaps.every((g) => elements.find((e) => e.element === g)?.reservable === true);

  const assessmentEntry = country.assessments?.find(
    (a) => a.instrument === instrument.id && a.provision === provision.id,
  );
  const sectionsCited = dedupeSections(
    elements.filter((e) => e.counted || e.status === 'met').flatMap((e) => e.sections),
  );
  const rating: Rating = assessmentEntry ? assessmentEntry.rating : computedRating;
  const chapter = chapterOf(instrument, provision);
  const reservationView = reservation
    ? {
        scope: reservation.scope,
        elements: [...reservedSet].sort(),
        ...(reservation.under ? { under: provisionLabel(instrument, reservation.under) } : {}),
        ...(reservation.conditional ? { conditional: reservation.conditional } : {}),
      }
    : undefined;
  const finding: ProvisionCoverage = {
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
            source: assessmentEntry.source,
            basis: assessmentEntry.basis,
          },
        }
      : {}),
    elements,
    sections: sectionsCited,
    missing,
    narrower,
    notAssessed,
    arguable: counted.some((e) => e.qualifiers.some((q) => q.kind === 'arguable')),
    alternatives,
    narrowedBy: groupNarrowings(elements, narrower, ctx.cite, ctx.citeRef),
    gapReservable,
    ...(reservationView ? { reservation: reservationView } : {}),
    notes: findingNotes(sectionsCited, ctx.status(instrument.id), reservation !== undefined),
    explanation: '',
    provenance: {
      source: provision.source,
      basis: provision.basis,
      reliesOnRecalled: provision.basis === 'recalled' || sectionsCited.some((s) => s.basis === 'recalled'),
      reliesOnUnverified: sectionsCited.some((s) => s.basis !== 'verified'),
    },
    peerExamples:
      gaps.length > 0 ? peerExamples(corpus, country, provision, gaps, options.asAt, options.peerExamples ?? 2) : [],
  };
  finding.explanation = explain(finding, name, provision, ctx.cite);
  return finding;
}

function dedupeSections(sections: readonly SectionRef[]): SectionRef[] {
  const seen = new Map<string, SectionRef>();
  for (const s of sections) seen.set(`${s.law}\u0000${s.number}`, seen.get(`${s.law}\u0000${s.number}`) ?? s);
  return [...seen.values()].sort(compareSections);
}
