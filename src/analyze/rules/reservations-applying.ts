/**
 * analyze/rules/reservations-applying: which of a country's reservations bear on a provision. A reservation
 * made under one article can limit others (Budapest Art. 14(3) limits Arts 20 and 21): it is shown on
 * those, not on the article it was made under. A conditional clause (Art. 10(3): "in limited
 * circumstances", where other remedies exist) is shown as conditional.
 */
import type { Instrument, Provision, Reservation } from '../../model/index.js';
import { flatRequirements } from '../../shared/requirements.js';
import { reservedElements } from '../../shared/reservations.js';

export interface ApplyingReservation {
  scope: string;
  /** Elements of this provision the reservations remove. */
  elements: Set<string>;
  /** Narrowings the reservations permit here. */
  permits: string[];
  /** The provision the reservation clause belongs to, when it is another one. */
  under?: Provision;
  conditional?: string;
}

export function reservationsApplying(
  instrument: Instrument,
  provision: Provision,
  inEffect: readonly Reservation[],
): ApplyingReservation | undefined {
  const byId = new Map(instrument.provisions.map((p) => [p.id, p]));
  const own = provision.reservable?.limits ? [] : inEffect.filter((r) => r.provision === provision.id);
  const fromOthers = inEffect.filter((r) => byId.get(r.provision)?.reservable?.limits?.includes(provision.id));
  if (own.length === 0 && fromOthers.length === 0) return undefined;

  const required = new Set(flatRequirements(provision).map((r) => r.element));
  const elements = reservedElements(provision, own);
  const permits: string[] = own.length ? [...(provision.reservable?.permits ?? [])] : [];
  let under: Provision | undefined;
  for (const r of fromOthers) {
    const clause = byId.get(r.provision)!;
    under = clause;
    for (const e of r.elements ?? []) if (required.has(e)) elements.add(e);
    permits.push(...(clause.reservable?.permits ?? []));
  }
  const all = [...own, ...fromOthers];
  const conditional = own.length ? provision.reservable?.conditional : undefined;
  return {
    scope: all.map((r) => r.scope.replace(/\.\s*$/, '')).join('; '),
    elements,
    permits,
    ...(under ? { under } : {}),
    ...(conditional ? { conditional } : {}),
  };
}
