/**
 * analyze/finding-notes: the judgement calls in the data reach the reader where they bear on a finding —
 * the notes on the sections and laws relied on, and on the status when a reservation or declaration is used.
 */
import type { FindingNote, InstrumentStatus, SectionRef } from '../model/index.js';

export function findingNotes(
  cited: readonly SectionRef[],
  status: InstrumentStatus | undefined,
  usesStatus: boolean,
): FindingNote[] {
  const out: FindingNote[] = [];
  for (const s of cited) {
    if (!s.note) continue;
    const about =
      s.via === 'relied-on'
        ? `${s.lawTitle}, ${s.number}`
        : s.via === 'declaration'
          ? s.number
          : `${s.lawTitle} ${s.unit === 'article' ? 'Art.' : 's.'} ${s.number}`;
    if (!out.some((n) => n.about === about))
      out.push({
        about,
        text: s.note,
        section: {
          law: s.law,
          lawTitle: s.lawTitle,
          number: s.number,
          ...(s.unit ? { unit: s.unit } : {}),
          ...(s.via ? { via: s.via } : {}),
        },
      });
  }
  if ((usesStatus || cited.some((s) => s.via === 'declaration')) && status?.note)
    out.push({ about: `status under ${status.instrument}`, text: status.note, statusUnder: status.instrument });
  return out;
}
