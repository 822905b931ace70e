/**
 * shared/implementation: an `implements` entry is a bare 'concept/element' or an object saying how the
 * section meets it (only in part, through a broader offence, on an arguable reading). One reader for both.
 */
import type { Implementation, ImplementationDetail } from '../model/index.js';

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
