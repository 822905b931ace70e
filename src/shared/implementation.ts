/**
 * shared/implementation: an `implements` entry is a bare 'concept/element' or an object saying how the
 * section meets it (only in part, through a broader offence, on an arguable reading). One reader for both.
 */
import type { Implementation, ImplementationDetail, Section } from '../model/index.js';

export function implementationDetail(entry: Implementation): ImplementationDetail {
  return typeof entry === 'string' ? { element: entry } : entry;
}

export function implementedElement(entry: Implementation): string {
  return typeof entry === 'string' ? entry : entry.element;
}

/** The entry for one element among a section's implements, if it has one. */
export function findImplementation(
  entries: readonly Implementation[],
  element: string,
): ImplementationDetail | undefined {
  const hit = entries.find((e) => implementedElement(e) === element);
  return hit === undefined ? undefined : implementationDetail(hit);
}

// The analysis asks "does this section implement that element?" for every element of every provision
// against every section: a set per section, built once, answers in one lookup.
const elementSets = new WeakMap<Section, ReadonlySet<string>>();

/** The element ids a section implements, as a set (built once per section). */
export function implementedSet(section: Section): ReadonlySet<string> {
  let set = elementSets.get(section);
  if (!set) {
    set = new Set(section.implements.map(implementedElement));
    elementSets.set(section, set);
  }
  return set;
}
