/** validate/rules/references: every concept/element, narrowing, part and provision reference resolves. */
import { isAlternatives } from '../../shared/requirements.js';
import type { Concept } from '../../model/index.js';
import { didYouMean } from '../../shared/did-you-mean.js';
import type { Report, Rule, RuleContext } from './rule.js';
import type { SourceDocument } from '../../model/index.js';

type RefKind = 'element' | 'narrowing';

/** Checks one 'concept/member' reference and reports what is wrong with it. */
export function checkRef(
  ctx: RuleContext,
  report: Report,
  doc: SourceDocument,
  pointer: string,
  ref: string,
  want: RefKind,
): boolean {
  if (!ctx.haveConcepts) return true;
  if ((want === 'element' ? ctx.elementRefs : ctx.narrowingRefs).has(ref)) return true;
  const [conceptId = '', memberId = ''] = ref.split('/');
  const concept = ctx.conceptsById.get(conceptId);
  if (!concept) {
    const guess = didYouMean(conceptId, ctx.conceptsById.keys());
    report(doc, pointer, 'ref/unknown-concept', `unknown concept '${conceptId}' in '${ref}'`, {
      hint: guess ? `did you mean '${guess}'?` : 'concepts are defined in frameworks/concepts.yaml',
    });
    return false;
  }
  const elements = concept.elements.map((e) => e.id);
  const narrowings = (concept.narrowings ?? []).map((n) => n.id);
  const pool = want === 'element' ? elements : narrowings;
  if (pool.includes(memberId)) return true;
  const other = want === 'element' ? narrowings : elements;
  const code = want === 'element' ? 'ref/unknown-element' : 'ref/unknown-narrowing';
  if (other.includes(memberId)) {
    report(
      doc,
      pointer,
      code,
      `'${ref}' is ${want === 'element' ? 'a narrowing' : 'an element'}, not ${want === 'element' ? 'an element' : 'a narrowing'}`,
      {
        hint:
          want === 'element'
            ? 'narrowings go under permits/narrowings, elements under requires/implements'
            : 'elements go under requires/implements',
      },
    );
    return false;
  }
  const guess = didYouMean(memberId, pool);
  report(doc, pointer, code, `concept '${conceptId}' has no ${want} '${memberId}'`, {
    hint: guess ? `did you mean '${conceptId}/${guess}'?` : `its ${want}s: ${pool.join(', ') || '(none)'}`,
  });
  return false;
}

export const instrumentReferencesResolve: Rule = (ctx, report) => {
  for (const { doc, data } of ctx.instruments) {
    const parts = new Set(data.parts.map((p) => p.id));
    const provisions = new Set(data.provisions.map((p) => p.id));
    data.parts.forEach((part, i) => {
      if (part.parent !== undefined && !parts.has(part.parent)) {
        report(doc, `/parts/${i}/parent`, 'ref/unknown-part', `unknown parent part '${part.parent}'`);
      }
    });
    data.provisions.forEach((p, i) => {
      const base = `/provisions/${i}`;
      if (p.part !== undefined && !parts.has(p.part)) {
        report(doc, `${base}/part`, 'ref/unknown-part', `unknown part '${p.part}'`, {
          hint: guessHint(p.part, parts),
        });
      }
      const required = new Set<string>();
      p.requires?.forEach((entry, j) => {
        const options = isAlternatives(entry)
          ? entry.alternatives.flatMap((o, k) =>
              o.requires.map((r, m) => ({ r, at: `/alternatives/${k}/requires/${m}` })),
            )
          : [{ r: entry, at: '' }];
        for (const { r, at } of options) {
          required.add(r.element);
          checkRef(ctx, report, doc, `${base}/requires/${j}${at}/element`, r.element, 'element');
        }
      });
      p.permits?.forEach((n, j) =>
        typeof n === 'string'
          ? checkRef(ctx, report, doc, `${base}/permits/${j}`, n, 'narrowing')
          : checkRef(ctx, report, doc, `${base}/permits/${j}/narrowing`, n.narrowing, 'narrowing'),
      );
      p.reservable?.limits?.forEach((id, j) => {
        if (!provisions.has(id))
          report(doc, `${base}/reservable/limits/${j}`, 'ref/unknown-provision', `no provision '${id}' in ${data.id}`, {
            hint: guessHint(id, provisions),
          });
      });
      p.reservable?.permits?.forEach((n, j) =>
        checkRef(ctx, report, doc, `${base}/reservable/permits/${j}`, n, 'narrowing'),
      );
      p.reservable?.elements?.forEach((el, j) => {
        if (!required.has(el)) {
          report(
            doc,
            `${base}/reservable/elements/${j}`,
            'ref/unknown-element',
            `reservable element '${el}' is not among the provision's requires`,
          );
        }
      });
      p.subject_to?.forEach((id, j) => {
        if (!provisions.has(id)) {
          report(doc, `${base}/subject_to/${j}`, 'ref/unknown-provision', `no provision '${id}' in ${data.id}`, {
            hint: guessHint(id, provisions),
          });
        }
      });
    });
  }
};

export const conceptReferencesResolve: Rule = (ctx, report) => {
  for (const { doc, data } of ctx.concepts) {
    data.concepts.forEach((c: Concept, i) => {
      c.elements.forEach((el, j) => {
        if (el.reaches !== undefined && !ctx.conceptsById.has(el.reaches)) {
          report(
            doc,
            `/concepts/${i}/elements/${j}/reaches`,
            'ref/unknown-concept',
            `unknown concept '${el.reaches}'`,
            {
              hint: guessHint(el.reaches, ctx.conceptsById.keys()),
            },
          );
        }
      });
    });
  }
};

export function guessHint(word: string, candidates: Iterable<string>): string | undefined {
  const guess = didYouMean(word, candidates);
  return guess ? `did you mean '${guess}'?` : undefined;
}
