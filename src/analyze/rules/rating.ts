/**
 * analyze/rules/rating: a provision's rating from its element findings (DESIGN §3).
 * full — every counted element met; partial — some met or narrower, or met as far as surveyed with the
 * rest not assessed; none — nothing met; not-assessed — every counted element lies outside what was
 * read; reserved — only reserved elements fall short; optional — 'may' provisions and limbs.
 */
import type { ElementFinding, Provision, Rating } from '../../model/index.js';

export function computeRating(
  provision: Provision,
  elements: readonly ElementFinding[],
  counted: readonly ElementFinding[],
  reservedShortfall: boolean,
): Rating {
  if ((provision.requires?.length ?? 0) === 0) return 'scope-test';
  if (provision.obligation !== 'shall' && elements.every((e) => !e.mandatory)) return 'optional';
  if (counted.length === 0) return elements.some((e) => e.reserved) ? 'reserved' : 'optional';
  const assessed = counted.filter((e) => e.status !== 'not-assessed');
  if (assessed.length === 0) return 'not-assessed';
  const short = assessed.filter((e) => e.status !== 'met');
  if (short.length === 0 && assessed.length === counted.length) return reservedShortfall ? 'reserved' : 'full';
  const some = assessed.some((e) => e.status === 'met' || e.status === 'narrower');
  return some ? 'partial' : 'none';
}
