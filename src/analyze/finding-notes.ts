/**
 * analyze/finding-notes: the judgement calls in the data reach the reader where they bear on a finding —
 * the notes on the sections and laws relied on, and on the status when a reservation or declaration is used.
 */
import type { InstrumentStatus, SectionRef } from '../model/index.js';

export function findingNotes(
  cited: readonly SectionRef[],
  status: InstrumentStatus | undefined,
  usesStatus: boolean,
): { about: string; text: string }[] {
  const out: { about: string; text: string }[] = [];
  for (const s of cited) {
    if (!s.note) continue;
    const about =
      s.via === 'relied-on'
        ? `${s.lawTitle}, ${s.number}`
        : s.via === 'declaration'
          ? s.number
          : `${s.lawTitle} s. ${s.number}`;
    if (!out.some((n) => n.about === about)) out.push({ about, text: s.note });
  }
  if ((usesStatus || cited.some((s) => s.via === 'declaration')) && status?.note)
    out.push({ about: `status under ${status.instrument}`, text: status.note });
  return out;
}
