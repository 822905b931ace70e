/** shared/part-heading: a chapter or section as headed in tables and reports, "Chapter II – Title". */
import type { Part } from '../model/index.js';

export function partHeading(part: Pick<Part, 'label' | 'title'>): string {
  return part.title ? `${part.label} – ${part.title}` : part.label;
}
