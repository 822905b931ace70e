/**
 * analyze/element-findings: each element a provision requires, found in the country's law — met,
 * narrower, missing or not assessed, with the sections that show it, why it falls short, and whether
 * a reservation removes it or could. The rules it applies live in rules/; this assembles them.
 */
import type {
  Corpus,
  Country,
  ElementFinding,
  ElementStatus,
  Instrument,
  Obligation,
  Provision,
} from '../model/index.js';
import { InternalError } from '../errors.js';
import { flatRequirements } from '../shared/requirements.js';
import type { CountryContext } from './country-context.js';
import { evaluateElement, shortfallSentence } from './elements.js';
import { provisionLabel } from './labels.js';
import { declarationRef, declarationsMeeting } from './rules/institutional.js';
import { offenceSectionsByConcept } from './rules/one-offence-one-place.js';
import { conceptSurveyed } from './rules/survey-scope.js';

export const MANDATORY: ReadonlySet<Obligation> = new Set(['shall']);

/** What a reservation does to the provision: what it removes, and what one could remove or permit. */
export interface ReservationScope {
  reservedSet: ReadonlySet<string>;
  reservableSet: ReadonlySet<string>;
  permitted: ReadonlySet<string>;
  reservablePermits: ReadonlySet<string>;
  asAt: string;
}

export function elementFindings(
  corpus: Corpus,
  country: Country,
  instrument: Instrument,
  provision: Provision,
  ctx: CountryContext,
  scope: ReservationScope,
): ElementFinding[] {
  const narrowingLabel = (r: string) => corpus.narrowingsByRef.get(r)?.narrowing.label ?? r;
  const { reservedSet, reservableSet, permitted, reservablePermits } = scope;
  const name = provisionLabel(instrument, provision);
  const requirements = flatRequirements(provision);

  // One offence, one place: per offence concept, the sections its elements may be credited to.
  const offenceCandidates = offenceSectionsByConcept(
    corpus.conceptsById,
    requirements
      .filter((r) => !reservedSet.has(r.element) && MANDATORY.has(r.obligation ?? provision.obligation))
      .map((r) => r.element),
    ctx.places,
  );

  const elements: ElementFinding[] = requirements.map((req) => {
    const known = corpus.elementsByRef.get(req.element);
    if (!known)
      throw new InternalError(
        `${instrument.id} ${provision.id} requires '${req.element}', which is not in the concept taxonomy`,
      );
    const obligation = req.obligation ?? provision.obligation;
    const kind = req.kind ?? 'legislative';
    const candidates = offenceCandidates.get(known.concept.id) ?? ctx.evidence;
    const ev = evaluateElement(req, permitted, candidates, narrowingLabel);
    let status: ElementStatus = ev.status;
    let sections = (ev.status === 'met' ? ev.meeting : ev.narrow).map(ctx.ref);
    if (status !== 'met' && kind === 'institutional') {
      const declared = declarationsMeeting(ctx.status(instrument.id), provision, req.element);
      if (declared.length) {
        status = 'met';
        sections = declared.map((d) => declarationRef(country, instrument, d));
      }
    }
    if (status === 'missing' && !conceptSurveyed(country, known.concept, scope.asAt)) status = 'not-assessed';
    const mandatory = MANDATORY.has(obligation);
    const reserved = reservedSet.has(req.element);
    return {
      element: req.element,
      label: known.element.label,
      conceptTitle: known.concept.title,
      obligation,
      mandatory,
      kind,
      counted: mandatory && !reserved && kind !== 'commitment',
      ...(req.alternative ? { alternative: { ...req.alternative, chosen: true } } : {}),
      status,
      sections,
      qualifiers: status === 'met' ? ev.qualifiers : [],
      reasons: ev.shortfalls.map((f) => shortfallSentence(f, name, ctx.cite)),
      shortfalls: ev.shortfalls,
      reserved,
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

  return elements;
}
