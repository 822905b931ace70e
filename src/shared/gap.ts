/**
 * shared/gap: what counts as a gap — a provision rated none, or partial with something read falling short
 * (an assessor's partial counts as such). A partial that is partial only because some law was not read is
 * not a gap: listing it would turn "not read" into "missing" on a report's first page.
 */
import type { ProvisionCoverage } from '../model/index.js';

export function isGap(p: Pick<ProvisionCoverage, 'rating' | 'missing' | 'narrower' | 'assessment'>): boolean {
  if (p.rating === 'none') return true;
  if (p.rating !== 'partial') return false;
  return p.assessment !== undefined || p.missing.length + p.narrower.length > 0;
}
