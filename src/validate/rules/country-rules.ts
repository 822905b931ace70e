/**
 * validate/rules/country-rules: a country's references into instruments and its own laws —
 * statuses, reservations, declarations, sections, assessments.
 */
import type { Implementation, Instrument } from '../../model/index.js';
import { splitSectionTarget } from '../../shared/section-target.js';
import { reservableElements } from '../../shared/reservations.js';
import { implementedElement } from '../../shared/implementation.js';
import { checkRef, guessHint } from './references.js';
import type { Rule } from './rule.js';

export const countryReferencesResolve: Rule = (ctx, report) => {
  const instruments = new Map<string, Instrument>(ctx.instruments.map(({ data }) => [data.id, data]));
  const haveInstruments = ctx.instruments.length > 0;
  for (const { doc, data } of ctx.countries) {
    data.status.forEach((st, i) => {
      const base = `/status/${i}`;
      const inst = instruments.get(st.instrument);
      if (!inst) {
        if (haveInstruments) {
          report(doc, `${base}/instrument`, 'ref/unknown-instrument', `unknown instrument '${st.instrument}'`, {
            hint: guessHint(st.instrument, instruments.keys()) ?? `known: ${[...instruments.keys()].join(', ')}`,
          });
        }
        return;
      }
      const provisions = new Map(inst.provisions.map((p) => [p.id, p]));
      st.reservations?.forEach((r, j) => {
        const at = `${base}/reservations/${j}`;
        const p = provisions.get(r.provision);
        if (!p) {
          report(doc, `${at}/provision`, 'ref/unknown-provision', `no provision '${r.provision}' in ${inst.id}`, {
            hint: guessHint(r.provision, provisions.keys()),
          });
          return;
        }
        if (!p.reservable) {
          report(
            doc,
            `${at}/provision`,
            'reservation/not-reservable',
            `${inst.short_title} ${p.number} (${p.id}) does not allow reservations`,
            {
              hint: 'only provisions with a reservable: entry in the instrument file may be reserved',
            },
          );
          return;
        }
        const allowed = reservableElements(p);
        r.elements?.forEach((el, k) => {
          if (checkRef(ctx, report, doc, `${at}/elements/${k}`, el, 'element') && !allowed.has(el)) {
            report(
              doc,
              `${at}/elements/${k}`,
              'reservation/element-not-reservable',
              `'${el}' is not within the reservable scope of ${inst.short_title} ${p.number}`,
              {
                hint: `reservable: ${[...allowed].join(', ')}`,
              },
            );
          }
        });
      });
      st.declarations?.forEach((d, j) => {
        if (!provisions.has(d.provision)) {
          report(
            doc,
            `${base}/declarations/${j}/provision`,
            'ref/unknown-provision',
            `no provision '${d.provision}' in ${inst.id}`,
            {
              hint: guessHint(d.provision, provisions.keys()),
            },
          );
        }
      });
    });

    const laws = new Set(data.laws.map((l) => l.id));
    // Sections and laws relied on list implements the same way; the caret lands on the element id.
    const checkImplements = (entries: readonly Implementation[], at: string) =>
      entries.forEach((entry, j) =>
        checkRef(ctx, report, doc, implementsPointer(`${at}/${j}`, entry), implementedElement(entry), 'element'),
      );
    const sectionKeys = new Set(data.sections.map((x) => `${x.law}\u0000${x.number}`));
    data.sections.forEach((s, i) => {
      const base = `/sections/${i}`;
      if (!laws.has(s.law)) {
        report(
          doc,
          `${base}/law`,
          'ref/undeclared-law',
          `section ${s.number} cites law '${s.law}', which is not declared under laws`,
          {
            hint: guessHint(s.law, laws) ?? `declared: ${[...laws].join(', ') || '(none)'}`,
          },
        );
      }
      checkImplements(s.implements, `${base}/implements`);
      s.narrowings?.forEach((ref, j) => checkRef(ctx, report, doc, `${base}/narrowings/${j}`, ref, 'narrowing'));
      s.works_with?.forEach((target, j) => {
        const { law, number } = splitSectionTarget(target, s.law);
        if (!sectionKeys.has(`${law}\u0000${number}`)) {
          report(
            doc,
            `${base}/works_with/${j}`,
            'ref/unknown-section',
            `no section ${number} of '${law}' in this file`,
            {
              hint: `works_with names sections encoded in this file: 'number' in the same law, '<law-id>:<number>' in another`,
            },
          );
        }
      });
    });

    data.relies_on?.forEach((r, i) => {
      const base = `/relies_on/${i}`;
      if (laws.has(r.id))
        report(doc, `${base}/id`, 'id/duplicate', `'${r.id}' is both a law and a relies_on entry`, {
          hint: 'a law encoded section by section goes under laws; one relied on without its sections, under relies_on',
        });
      checkImplements(r.implements, `${base}/implements`);
    });

    if (data.surveyed) {
      const scope = data.surveyed;
      for (const key of ['concepts', 'except'] as const)
        scope[key]?.forEach((id, j) => {
          if (ctx.haveConcepts && !ctx.conceptsById.has(id))
            report(doc, `/surveyed/${key}/${j}`, 'ref/unknown-concept', `unknown concept '${id}'`, {
              hint: guessHint(id, ctx.conceptsById.keys()),
            });
        });
    } else {
      report(doc, '/country', 'survey/undeclared', `${data.country.code} does not say what its laws were read for`, {
        severity: 'warning',
        target: 'key',
        hint: "add surveyed: { groups: [...], note: ... }; until then every element outside the encoded laws shows as 'missing', never 'not assessed'",
      });
    }

    data.assessments?.forEach((a, i) => {
      const base = `/assessments/${i}`;
      if (a.rationale.trim() === '') {
        report(
          doc,
          `${base}/rationale`,
          'assessment/no-rationale',
          'an assessment needs a rationale: reports show it beside the rating',
        );
      }
      const inst = instruments.get(a.instrument);
      if (!inst) {
        if (haveInstruments)
          report(doc, `${base}/instrument`, 'ref/unknown-instrument', `unknown instrument '${a.instrument}'`);
        return;
      }
      if (!inst.provisions.some((p) => p.id === a.provision)) {
        report(doc, `${base}/provision`, 'ref/unknown-provision', `no provision '${a.provision}' in ${inst.id}`, {
          hint: guessHint(
            a.provision,
            inst.provisions.map((p) => p.id),
          ),
        });
      }
    });
  }
};

/** Points at the element id itself when the entry is an object, so the caret lands on the reference. */
function implementsPointer(base: string, entry: Implementation): string {
  return typeof entry === 'string' ? base : `${base}/element`;
}
