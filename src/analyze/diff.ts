/**
 * analyze/diff: what changed between two coverages — one country at two dates (progress since the
 * last mission) or two countries (a drafter looking at a neighbour's law). Pure.
 *
 * A provision is listed when its rating differs. The sections that made the difference are those
 * cited for it on one side and not the other; for two countries that is every cited section, since
 * their laws differ by definition. Instruments measured on one side only are listed with no changes.
 */
import type { CountryCoverage, InstrumentCoverage, ProvisionCoverage, Rating, SectionRef } from '../model/index.js';
import type { CoverageDiff, InstrumentDiff, ProvisionChange, RatingMove } from '../model/diff.js';

const ORDER: Partial<Record<Rating, number>> = { none: 0, partial: 1, full: 2 };

export function ratingMove(from: Rating, to: Rating): RatingMove {
  const a = ORDER[from];
  const b = ORDER[to];
  if (a === undefined || b === undefined) return 'changed';
  return b > a ? 'up' : 'down';
}

const sectionKey = (s: SectionRef) => `${s.country}\u0000${s.law}\u0000${s.number}`;

function metElements(p: ProvisionCoverage): Map<string, string> {
  return new Map(p.elements.filter((e) => e.mandatory && e.status === 'met').map((e) => [e.element, e.label] as const));
}

export function provisionChange(from: ProvisionCoverage, to: ProvisionCoverage): ProvisionChange | undefined {
  if (from.rating === to.rating) return undefined;
  const fromKeys = new Set(from.sections.map(sectionKey));
  const toKeys = new Set(to.sections.map(sectionKey));
  const metBefore = metElements(from);
  const metAfter = metElements(to);
  return {
    provision: to.provision,
    number: to.number,
    title: to.title,
    chapterLabel: to.chapterLabel,
    from: from.rating,
    to: to.rating,
    move: ratingMove(from.rating, to.rating),
    sectionsAdded: to.sections.filter((s) => !fromKeys.has(sectionKey(s))),
    sectionsRemoved: from.sections.filter((s) => !toKeys.has(sectionKey(s))),
    elementsGained: [...metAfter].filter(([ref]) => !metBefore.has(ref)).map(([, label]) => label),
    elementsLost: [...metBefore].filter(([ref]) => !metAfter.has(ref)).map(([, label]) => label),
  };
}

function instrumentDiff(
  id: string,
  from: InstrumentCoverage | undefined,
  to: InstrumentCoverage | undefined,
): InstrumentDiff {
  const changes: ProvisionChange[] = [];
  if (from && to) {
    const before = new Map(from.provisions.map((p) => [p.provision, p]));
    for (const p of to.provisions) {
      const b = before.get(p.provision);
      const change = b ? provisionChange(b, p) : undefined;
      if (change) changes.push(change);
    }
  }
  return {
    instrument: id,
    shortTitle: (to ?? from)!.shortTitle,
    inFrom: from !== undefined,
    inTo: to !== undefined,
    ...(from ? { fromTally: from.total.tally } : {}),
    ...(to ? { toTally: to.total.tally } : {}),
    changes,
  };
}

export function diffCoverage(from: CountryCoverage, to: CountryCoverage): CoverageDiff {
  // The 'from' side's instruments first, then any only the 'to' side measures, each once.
  const ids = [...new Set([...from.instruments, ...to.instruments].map((i) => i.instrument))];
  return {
    schemaVersion: 1,
    from: { country: from.country, asAt: from.asAt },
    to: { country: to.country, asAt: to.asAt },
    sameCountry: from.country.code === to.country.code,
    instruments: ids.map((id) =>
      instrumentDiff(
        id,
        from.instruments.find((i) => i.instrument === id),
        to.instruments.find((i) => i.instrument === id),
      ),
    ),
  };
}
