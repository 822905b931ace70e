/**
 * analyze/rules/alternatives: "either (i) or (ii)" (Budapest Art. 20(1)(b), UNTOC Art. 5(1)(a)). A group is
 * met when one option is met in full; the finding names it, and the option not taken never shows as
 * missing. When no option is met in full, the closest one (most elements met, then fewest missing, then
 * the first) is the one measured, and the report says the other was available.
 */
import type { ElementFinding } from '../../model/index.js';

export interface AlternativeChoice {
  group: number;
  chosen: string;
  label: string;
  metInFull: boolean;
  options: string[];
}

/** Marks each option's findings chosen or not, and returns the choice made in each group. */
export function chooseAlternatives(elements: ElementFinding[]): AlternativeChoice[] {
  const groups = new Map<number, Map<string, ElementFinding[]>>();
  for (const e of elements) {
    if (!e.alternative) continue;
    const options = groups.get(e.alternative.group) ?? new Map<string, ElementFinding[]>();
    options.set(e.alternative.option, [...(options.get(e.alternative.option) ?? []), e]);
    groups.set(e.alternative.group, options);
  }
  const choices: AlternativeChoice[] = [];
  for (const [group, options] of groups) {
    const scored = [...options].map(([id, findings], index) => {
      const mandatory = findings.filter((f) => f.mandatory && !f.reserved);
      return {
        id,
        index,
        label: findings[0]!.alternative!.label,
        full: mandatory.every((f) => f.status === 'met'),
        met: mandatory.filter((f) => f.status === 'met').length,
        missing: mandatory.filter((f) => f.status === 'missing').length,
      };
    });
    const best = [...scored].sort(
      (a, b) => Number(b.full) - Number(a.full) || b.met - a.met || a.missing - b.missing || a.index - b.index,
    )[0]!;
    for (const f of elements)
      if (f.alternative?.group === group) {
        f.alternative.chosen = f.alternative.option === best.id;
        if (!f.alternative.chosen) f.counted = false;
      }
    choices.push({ group, chosen: best.id, label: best.label, metInFull: best.full, options: scored.map((s) => s.id) });
  }
  return choices;
}
