/** validate/rules/concept-usage: a concept nobody requires is either reserved for later or a mistake. */
import { flatRequirements } from '../../shared/requirements.js';
import type { Rule } from './rule.js';

export const conceptsAreUsed: Rule = (ctx, report) => {
  // Only meaningful when the whole framework is in view.
  if (ctx.instruments.length === 0) return;
  const used = new Set<string>();
  for (const { data } of ctx.instruments) {
    for (const p of data.provisions) for (const r of flatRequirements(p)) used.add(r.element.split('/')[0]!);
  }
  for (const { doc, data } of ctx.concepts) {
    data.concepts.forEach((c, i) => {
      if (c.status === 'reserved' || used.has(c.id)) return;
      report(doc, `/concepts/${i}/id`, 'concept/unused', `concept '${c.id}' is required by no instrument`, {
        severity: 'warning',
        hint: "use it in an instrument's requires, or mark it 'status: reserved' for instruments not yet encoded",
      });
    });
  }
};
