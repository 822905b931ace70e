/**
 * shared/reservations: what a reservation clause lets a state remove, and what a state's status
 * means on a given day. Used by the engine, the report view and the validator alike, so the three
 * never disagree.
 */
import type { InstrumentStatus, Provision, Reservation, StatusKind } from '../model/index.js';
import { flatRequirements } from './requirements.js';

/** Statuses under which a state's reservations bind it. */
export const RESERVING_STATUS: ReadonlySet<StatusKind> = new Set(['party', 'signatory']);

/**
 * Elements a reservation under this provision's clause may remove: those it names; none when the
 * clause only permits narrowings (Budapest Art. 4(2)) or limits other provisions (Art. 14(3));
 * otherwise every required element.
 */
export function reservableElements(provision: Provision): Set<string> {
  const clause = provision.reservable;
  if (!clause) return new Set();
  if (clause.elements) return new Set(clause.elements);
  return new Set(clause.permits || clause.limits ? [] : flatRequirements(provision).map((r) => r.element));
}

/** Elements the country's reservations on this provision remove (several reservations add up). */
export function reservedElements(provision: Provision, reservations: readonly Reservation[]): Set<string> {
  const out = new Set<string>();
  for (const r of reservations) for (const e of r.elements ?? reservableElements(provision)) out.add(e);
  return out;
}

/**
 * The status on a day: a party is only a party from its in-force (else ratification) date, a
 * signatory from its signature; before those dates it is what it was. Undated statuses hold always.
 */
export function statusOn(status: InstrumentStatus | undefined, asAt: string): StatusKind {
  if (!status) return 'none';
  const from = (date: string | undefined) => date === undefined || date <= asAt;
  if (status.status === 'party') {
    if (from(status.in_force ?? status.ratified)) return 'party';
    return status.signed !== undefined && from(status.signed) ? 'signatory' : 'none';
  }
  if (status.status === 'signatory') return from(status.signed) ? 'signatory' : 'none';
  return status.status;
}
