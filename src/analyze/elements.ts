/**
 * analyze/elements: the status of one required element for one country — met, narrower or missing —
 * from the sections in force, the narrowings the provision permits and any penalty floor.
 */
import { implementedElement } from '../shared/implementation.js';
import type { Penalty, Provision, Requirement, Section, Shortfall } from '../model/index.js';

export interface ElementEvaluation {
  status: 'met' | 'narrower' | 'missing';
  meeting: Section[];
  narrow: Section[];
  shortfalls: Shortfall[];
}

/** The highest maximum a penalty states, in years (life counts as infinite), or undefined. */
export function maxYears(penalty: Penalty | undefined): number | undefined {
  if (!penalty) return undefined;
  if (penalty.life) return Number.POSITIVE_INFINITY;
  return penalty.max_years;
}

/**
 * The narrowings a country may add to a provision: those it permits outright, plus those its
 * reservation clause permits when the country has made that reservation (Budapest Art. 4(2)).
 */
export function permittedNarrowings(provision: Provision, reserved: boolean): ReadonlySet<string> {
  return new Set([...(provision.permits ?? []), ...(reserved ? (provision.reservable?.permits ?? []) : [])]);
}

/**
 * One section's shortfalls for a requirement: narrowings of the element's concept that are not
 * permitted, and a maximum penalty below the floor.
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
    .map((n) => ({ section: section.number, kind: 'narrowing', detail: narrowingLabel(n), narrowing: n }));
  const floor = requirement.penalty_floor_years;
  if (floor !== undefined) {
    // Only a minimum stated: the maximum is at least that minimum (as for the serious-crime test).
    const max = maxYears(section.penalty) ?? section.penalty?.min_years;
    if (max === undefined)
      out.push({
        section: section.number,
        kind: 'penalty',
        detail: `no maximum term stated; the floor is ${floor} years`,
      });
    else if (max < floor)
      out.push({
        section: section.number,
        kind: 'penalty',
        detail: `maximum of ${max} years, below the floor of ${floor}`,
      });
  }
  return out;
}

/** A shortfall as a sentence, e.g. "s. 24 adds a condition Art. 9 does not permit: a public-good defence". */
export function shortfallSentence(f: Shortfall, provisionName: string): string {
  return f.kind === 'narrowing'
    ? `s. ${f.section} adds a condition ${provisionName} does not permit: ${f.detail}`
    : `s. ${f.section} has a ${f.detail}`;
}

export function evaluateElement(
  requirement: Requirement,
  permitted: ReadonlySet<string>,
  sections: readonly Section[],
  narrowingLabel: (ref: string) => string,
): ElementEvaluation {
  const implementing = sections.filter((s) => s.implements.some((e) => implementedElement(e) === requirement.element));
  if (implementing.length === 0) return { status: 'missing', meeting: [], narrow: [], shortfalls: [] };
  const meeting: Section[] = [];
  const narrow: Section[] = [];
  const found: Shortfall[] = [];
  for (const s of implementing) {
    const r = shortfalls(s, requirement, permitted, narrowingLabel);
    if (r.length === 0) meeting.push(s);
    else {
      narrow.push(s);
      found.push(...r);
    }
  }
  return meeting.length > 0
    ? { status: 'met', meeting, narrow, shortfalls: [] }
    : { status: 'narrower', meeting, narrow, shortfalls: found };
}
