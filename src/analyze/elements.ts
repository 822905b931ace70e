/**
 * analyze/elements: the status of one required element for one country — met, narrower or missing —
 * from the sections that may be credited with it, the narrowings the provision permits and any penalty
 * floor. How a section meets it ("only traffic data", "through a broader offence", "on an arguable
 * reading") comes from its implements entry.
 */
import type { Penalty, Provision, Qualifier, Requirement, Section, Shortfall } from '../model/index.js';
import { findImplementation, implementedSet } from '../shared/implementation.js';
import { permittedNarrowing } from '../shared/requirements.js';

export interface ElementEvaluation {
  status: 'met' | 'narrower' | 'missing';
  meeting: Section[];
  narrow: Section[];
  shortfalls: Shortfall[];
  /** Set when every section meeting it does so through a broader offence or an arguable reading. */
  qualifiers: Qualifier[];
}

/** The highest maximum a penalty states, in years (life counts as infinite), or undefined. */
export function maxYears(penalty: Penalty | undefined): number | undefined {
  if (!penalty) return undefined;
  if (penalty.life) return Number.POSITIVE_INFINITY;
  return penalty.max_years;
}

/**
 * The narrowings a country may add to a provision: those it permits outright (its text, or its
 * explanatory report), plus those a reservation clause permits when the country has made that
 * reservation (Budapest Art. 4(2); Art. 14(3) for Arts 20-21).
 */
export function permittedNarrowings(provision: Provision, reservationPermits: readonly string[]): ReadonlySet<string> {
  return new Set([...(provision.permits ?? []).map(permittedNarrowing), ...reservationPermits]);
}

/**
 * One section's shortfalls for a requirement: narrowings of the element's concept that are not
 * permitted, meeting it only in part, and a maximum penalty below the floor.
 */
export function shortfalls(
  section: Section,
  requirement: Requirement,
  permitted: ReadonlySet<string>,
  narrowingLabel: (ref: string) => string,
): Shortfall[] {
  const concept = requirement.element.split('/')[0];
  const out: Shortfall[] = (section.narrowings ?? [])
    .filter((n) => n.split('/')[0] === concept && !permitted.has(n))
    .map((n) => ({
      section: section.number,
      law: section.law,
      kind: 'narrowing',
      detail: narrowingLabel(n),
      narrowing: n,
    }));
  const only = findImplementation(section.implements, requirement.element)?.only;
  if (only !== undefined) out.push({ section: section.number, law: section.law, kind: 'only', detail: only });
  const floor = requirement.penalty_floor_years;
  if (floor !== undefined) {
    // Only a minimum stated: the maximum is at least that minimum (as for the serious-crime test).
    const max = maxYears(section.penalty) ?? section.penalty?.min_years;
    if (max === undefined)
      out.push({
        section: section.number,
        law: section.law,
        kind: 'penalty',
        detail: `no maximum term stated; the floor is ${floor} years`,
        penalty: { floor },
      });
    else if (max < floor)
      out.push({
        section: section.number,
        law: section.law,
        kind: 'penalty',
        detail: `maximum of ${max} years, below the floor of ${floor}`,
        penalty: { max, floor },
      });
  }
  return out;
}

/** A shortfall as a sentence, e.g. "s. 24 adds a condition Art. 9 does not permit: a public-good defence". */
export function shortfallSentence(
  f: Shortfall,
  provisionName: string,
  cite: (law: string, number: string) => string,
): string {
  switch (f.kind) {
    case 'narrowing':
      return `${cite(f.law, f.section)} adds a condition ${provisionName} does not permit: ${f.detail}`;
    case 'only':
      return `${cite(f.law, f.section)} meets it only in part: ${f.detail}`;
    default:
      return `${cite(f.law, f.section)} has a ${f.detail}`;
  }
}

function qualifiersOf(section: Section, element: string): Qualifier[] {
  const detail = findImplementation(section.implements, element);
  const out: Qualifier[] = [];
  if (detail?.broader !== undefined)
    out.push({ section: section.number, law: section.law, kind: 'broader', detail: detail.broader });
  if (detail?.arguable !== undefined)
    out.push({ section: section.number, law: section.law, kind: 'arguable', detail: detail.arguable });
  return out;
}

export function evaluateElement(
  requirement: Requirement,
  permitted: ReadonlySet<string>,
  candidates: readonly Section[],
  narrowingLabel: (ref: string) => string,
): ElementEvaluation {
  const meeting: Section[] = [];
  const narrow: Section[] = [];
  const found: Shortfall[] = [];
  for (const s of candidates) {
    if (!implementedSet(s).has(requirement.element)) continue;
    const r = shortfalls(s, requirement, permitted, narrowingLabel);
    if (r.length === 0) meeting.push(s);
    else {
      narrow.push(s);
      found.push(...r);
    }
  }
  if (meeting.length > 0) {
    // A dedicated, plainly-read section outranks a broader offence or an arguable reading.
    const plain = meeting.filter((s) => qualifiersOf(s, requirement.element).length === 0);
    return plain.length > 0
      ? { status: 'met', meeting: plain, narrow, shortfalls: [], qualifiers: [] }
      : {
          status: 'met',
          meeting,
          narrow,
          shortfalls: [],
          qualifiers: meeting.flatMap((s) => qualifiersOf(s, requirement.element)),
        };
  }
  if (narrow.length > 0) return { status: 'narrower', meeting, narrow, shortfalls: found, qualifiers: [] };
  return { status: 'missing', meeting: [], narrow: [], shortfalls: [], qualifiers: [] };
}
