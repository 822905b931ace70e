/**
 * analyze/rules/one-offence-one-place: for an offence, a conduct or object element counts only through a
 * section that also meets the provision's mandatory mental and "without right" elements — itself, or with
 * the sections it declares it works with (definitions, a general intent or penalty clause). Otherwise one
 * section's "produce" and another's "password", or one offence's intent and another's conduct, would add
 * up to an offence the law does not have. Procedural and co-operation concepts are not offences: several
 * sections may meet them together.
 */
import type { Concept, Section } from '../../model/index.js';
import { implementedSet } from '../../shared/implementation.js';
import { splitSectionTarget } from '../../shared/section-target.js';

/** A section read with the sections it names in works_with (those in force on the day). */
export interface Place {
  primary: Section;
  sections: Section[];
}

const key = (law: string, number: string) => `${law}\u0000${number}`;

export function buildPlaces(sections: readonly Section[]): Place[] {
  const byKey = new Map(sections.map((s) => [key(s.law, s.number), s]));
  return sections.map((primary) => {
    const withs = (primary.works_with ?? [])
      .map((t) => splitSectionTarget(t, primary.law))
      .map((t) => byKey.get(key(t.law, t.number)))
      .filter((s): s is Section => s !== undefined && s !== primary);
    return { primary, sections: [primary, ...withs] };
  });
}

export const implementsElement = (s: Section, element: string): boolean => implementedSet(s).has(element);

const placeImplements = (p: Place, element: string) => p.sections.some((s) => implementsElement(s, element));

/** The elements every place must meet for an offence concept: its required mental and "without right" elements. */
export function anchorElements(concept: Concept, required: readonly string[]): string[] {
  if (concept.group !== 'substantive') return [];
  const kinds = new Map(concept.elements.map((e) => [`${concept.id}/${e.id}`, e]));
  return required.filter((ref) => {
    const el = kinds.get(ref);
    return el !== undefined && (el.kind === 'mental' || el.id === 'without-right');
  });
}

/**
 * The sections an offence concept's elements may be credited to: those of every place that meets all the
 * anchors; failing any, the one place that comes closest (so the finding says what the nearest offence
 * lacks, crediting nothing from elsewhere). Null when the concept has no anchors: every section counts.
 */
export function offenceSections(
  places: readonly Place[],
  anchors: readonly string[],
  required: readonly string[],
): Section[] | null {
  if (anchors.length === 0) return null;
  const relevant = places.filter((p) => required.some((e) => placeImplements(p, e)));
  const qualifying = relevant.filter((p) => anchors.every((a) => placeImplements(p, a)));
  const chosen = qualifying.length > 0 ? qualifying : bestPlace(relevant, required);
  return [...new Set(chosen.flatMap((p) => p.sections))];
}

function bestPlace(places: readonly Place[], required: readonly string[]): Place[] {
  let best: Place | undefined;
  let bestCount = 0;
  for (const p of places) {
    const count = required.filter((e) => placeImplements(p, e)).length;
    if (count > bestCount) {
      best = p;
      bestCount = count;
    }
  }
  return best ? [best] : [];
}

/**
 * For each concept among the mandatory required elements, the sections its elements may be credited
 * to: offence concepts get offenceSections' answer, every other concept null (any evidence counts).
 */
export function offenceSectionsByConcept(
  conceptsById: ReadonlyMap<string, Concept>,
  required: readonly string[],
  places: readonly Place[],
): Map<string, Section[] | null> {
  const byConcept = new Map<string, string[]>();
  for (const ref of required) {
    const c = ref.split('/')[0]!;
    byConcept.set(c, [...(byConcept.get(c) ?? []), ref]);
  }
  const out = new Map<string, Section[] | null>();
  for (const [conceptId, refs] of byConcept) {
    const concept = conceptsById.get(conceptId);
    out.set(conceptId, offenceSections(places, concept ? anchorElements(concept, refs) : [], refs));
  }
  return out;
}
