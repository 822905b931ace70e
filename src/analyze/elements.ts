/**
 * analyze/elements: the status of one required element for one country — met, narrower or missing —
 * from the sections in force, the narrowings the provision permits and any penalty floor.
 */
import type { Penalty, Provision, Requirement, Section } from '../model/index.js';

export interface ElementEvaluation {
  status: 'met' | 'narrower' | 'missing';
  meeting: Section[];
  narrow: Section[];
  reasons: string[];
}

/** The highest maximum a penalty states, in years (life counts as infinite), or undefined. */
export function maxYears(penalty: Penalty | undefined): number | undefined {
  if (!penalty) return undefined;
  if (penalty.life) return Number.POSITIVE_INFINITY;
  return penalty.max_years;
}

/**
 * One section's shortfalls for a requirement: narrowings of the element's concept that the provision
 * does not permit, and a maximum penalty below the floor.
 */
export function shortfalls(
  section: Section,
  requirement: Requirement,
  provision: Provision,
  provisionName: string,
  narrowingLabel: (ref: string) => string,
): string[] {
  const concept = requirement.element.split('/')[0];
  const permitted = new Set(provision.permits ?? []);
  const reasons = (section.narrowings ?? [])
    .filter((n) => n.split('/')[0] === concept && !permitted.has(n))
    .map((n) => `s. ${section.number} adds a condition ${provisionName} does not permit: ${narrowingLabel(n)}`);
  const floor = requirement.penalty_floor_years;
  if (floor !== undefined) {
    const max = maxYears(section.penalty);
    if (max === undefined) reasons.push(`s. ${section.number} states no maximum term; the floor is ${floor} years`);
    else if (max < floor)
      reasons.push(`s. ${section.number} has a maximum of ${max} years, below the floor of ${floor}`);
  }
  return reasons;
}

export function evaluateElement(
  requirement: Requirement,
  provision: Provision,
  sections: readonly Section[],
  provisionName: string,
  narrowingLabel: (ref: string) => string,
): ElementEvaluation {
  const implementing = sections.filter((s) => s.implements.includes(requirement.element));
  if (implementing.length === 0) return { status: 'missing', meeting: [], narrow: [], reasons: [] };
  const meeting: Section[] = [];
  const narrow: Section[] = [];
  const reasons: string[] = [];
  for (const s of implementing) {
    const r = shortfalls(s, requirement, provision, provisionName, narrowingLabel);
    if (r.length === 0) meeting.push(s);
    else {
      narrow.push(s);
      reasons.push(...r);
    }
  }
  return meeting.length > 0
    ? { status: 'met', meeting, narrow, reasons: [] }
    : { status: 'narrower', meeting, narrow, reasons };
}
