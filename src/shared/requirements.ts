/**
 * shared/requirements: a provision's requirements read flat. Alternatives ("either (i) or (ii)") keep their
 * place: each requirement says which group and option it belongs to, so the engine can rate the group,
 * `compare` can tell a choice from a cumulative list, and every other reader can ignore the nesting.
 */
import type { AlternativesGroup, Permission, Provision, Requirement, RequirementEntry } from '../model/index.js';

export interface PlacedRequirement extends Requirement {
  /** Set for a requirement inside an alternatives group. */
  alternative?: { group: number; option: string; label: string };
}

export function isAlternatives(entry: RequirementEntry): entry is AlternativesGroup {
  return 'alternatives' in entry;
}

/** Every requirement of the provision, options included, in document order. */
export function flatRequirements(provision: Pick<Provision, 'requires'>): PlacedRequirement[] {
  const out: PlacedRequirement[] = [];
  (provision.requires ?? []).forEach((entry, group) => {
    if (!isAlternatives(entry)) out.push(entry);
    else
      for (const option of entry.alternatives)
        for (const r of option.requires)
          out.push({ ...r, alternative: { group, option: option.id, label: option.label } });
  });
  return out;
}

export function permittedNarrowing(p: Permission): string {
  return typeof p === 'string' ? p : p.narrowing;
}
