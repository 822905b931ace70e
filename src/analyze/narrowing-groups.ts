/** analyze/narrowing-groups: narrower elements grouped by cause, so one defence that narrows a whole offence is said once. */
import type { CitedSection, ElementFinding, NarrowingGroup } from '../model/index.js';

export function groupNarrowings(
  elements: readonly ElementFinding[],
  narrower: readonly string[],
  cite: (law: string, number: string) => string,
  citeRef: (law: string, number: string) => CitedSection,
): NarrowingGroup[] {
  const groups = new Map<string, NarrowingGroup>();
  for (const ref of narrower) {
    const e = elements.find((x) => x.element === ref);
    for (const f of e?.shortfalls ?? []) {
      const key = `${f.kind}\u0000${f.detail}`;
      const g = groups.get(key) ?? {
        detail: f.detail,
        kind: f.kind,
        ...(f.narrowing ? { narrowing: f.narrowing } : {}),
        ...(f.penalty ? { penalty: f.penalty } : {}),
        sections: [],
        at: [],
        elements: [],
      };
      const cited = cite(f.law, f.section);
      if (!g.sections.includes(cited)) {
        g.sections.push(cited);
        g.at.push(citeRef(f.law, f.section));
      }
      if (!g.elements.includes(ref)) g.elements.push(ref);
      groups.set(key, g);
    }
  }
  return [...groups.values()];
}
