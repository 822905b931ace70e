/**
 * analyze/roll-up: counts, score and lexgap's label heuristic.
 *
 * Score = (full + 0.5 × partial) / (full + partial + none). Reserved, optional, not-applicable,
 * not-assessed and scope-test provisions are kept apart: they are neither met nor gaps — a provision
 * whose law was not read says nothing about the law.
 *
 * Label heuristic (documented in docs/method.md; lexgap's wording, not a Council of Europe finding):
 * score 1 → "in place"; ≥ 0.75 → "largely in place"; ≥ 0.4 → "partly in place"; > 0 → "largely
 * missing"; 0 → "not in place"; nothing counted → "not assessed".
 */
import type { ProvisionCoverage, Rating, RollUp, Tally } from '../model/index.js';
import { VERDICT_SCOPES, verdictWord } from '../shared/score-bands.js';

export function tally(provisions: readonly ProvisionCoverage[]): Tally {
  const count = (r: Rating) => provisions.filter((p) => p.rating === r).length;
  const full = count('full');
  const partial = count('partial');
  const none = count('none');
  const counted = full + partial + none;
  return {
    full,
    partial,
    none,
    reserved: count('reserved'),
    optional: count('optional'),
    notApplicable: count('not-applicable'),
    notAssessed: count('not-assessed'),
    counted,
    score: counted === 0 ? null : (full + 0.5 * partial) / counted,
  };
}

export { verdictWord };

export function rollUp(key: string, label: string, provisions: readonly ProvisionCoverage[], noun?: string): RollUp {
  const t = tally(provisions);
  return { key, label, tally: t, verdict: `${noun ?? label} ${verdictWord(t.score)}` };
}

export function groupRollUps(provisions: readonly ProvisionCoverage[]): RollUp[] {
  const order = ['substantive', 'liability', 'procedural', 'jurisdiction', 'cooperation'];
  return order
    .map((g) => {
      const ps = provisions.filter((p) => p.group === g);
      return ps.length === 0 ? undefined : rollUp(g, VERDICT_SCOPES[g] ?? g, ps, VERDICT_SCOPES[g]);
    })
    .filter((r): r is RollUp => r !== undefined);
}
