/**
 * analyze/key-gaps: the few gaps an executive summary leads with. Pure.
 *
 * Rule (docs/report.md): candidates are the provisions rated none or partial (the rating that
 * counts, so an assessor's view wins). They are ranked by
 *   1. none before partial — nothing in the law is a bigger gap than something incomplete;
 *   2. group: substantive, liability, procedural, jurisdiction, cooperation — offences first, since
 *      without them the procedural and co-operation powers have nothing to attach to;
 *   3. gaps a reservation could not close before those it could;
 *   4. instrument order in the report, then provision order in the instrument.
 * Walking that ranking, a gap is listed when it touches a concept no listed gap has touched yet;
 * otherwise it is noted under the listed gap sharing most of its concepts ("also: UNCC Art. 7"), so
 * one hole in the law measured by three instruments takes one line, not three.
 */
import { isGap } from '../shared/gap.js';
import type { CountryCoverage, InstrumentCoverage, ProvisionCoverage } from '../model/index.js';
import type { KeyGap } from '../model/report-view.js';

export const KEY_GAP_COUNT = 5;

const GROUP_RANK: Record<string, number> = {
  substantive: 0,
  liability: 1,
  procedural: 2,
  jurisdiction: 3,
  cooperation: 4,
};

interface Candidate {
  inst: InstrumentCoverage;
  instIndex: number;
  p: ProvisionCoverage;
  provIndex: number;
  concepts: string[];
}

const conceptOf = (ref: string) => ref.split('/')[0] ?? ref;

function shortfallConcepts(p: ProvisionCoverage): string[] {
  const refs = p.missing.length || p.narrower.length ? [...p.missing, ...p.narrower] : p.elements.map((e) => e.element);
  return [...new Set(refs.map(conceptOf))];
}

export function rankGaps(coverage: CountryCoverage): Candidate[] {
  const candidates: Candidate[] = coverage.instruments.flatMap((inst, instIndex) =>
    inst.provisions.flatMap((p, provIndex) =>
      isGap(p) ? [{ inst, instIndex, p, provIndex, concepts: shortfallConcepts(p) }] : [],
    ),
  );
  const key = (c: Candidate) => [
    c.p.rating === 'none' ? 0 : 1,
    GROUP_RANK[c.p.group] ?? 5,
    c.p.gapReservable ? 1 : 0,
    c.instIndex,
    c.provIndex,
  ];
  return candidates.sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    for (let i = 0; i < ka.length; i += 1) if (ka[i] !== kb[i]) return ka[i]! - kb[i]!;
    return 0;
  });
}

export function keyGaps(
  coverage: CountryCoverage,
  conceptTitle: (id: string) => string,
  count = KEY_GAP_COUNT,
): KeyGap[] {
  const chosen: { gap: KeyGap; concepts: Set<string> }[] = [];
  const seen = new Set<string>();
  for (const c of rankGaps(coverage)) {
    const fresh = c.concepts.some((k) => !seen.has(k));
    if (!fresh) {
      const host = chosen
        .map((x) => ({ x, shared: c.concepts.filter((k) => x.concepts.has(k)).length }))
        .sort((a, b) => b.shared - a.shared)[0];
      if (host && host.shared > 0)
        host.x.gap.also.push({ instrument: c.inst.instrument, shortTitle: c.inst.shortTitle, number: c.p.number });
      continue;
    }
    if (chosen.length >= count) continue;
    c.concepts.forEach((k) => seen.add(k));
    const label = (ref: string) => c.p.elements.find((e) => e.element === ref)?.label ?? ref;
    chosen.push({
      concepts: new Set(c.concepts),
      gap: {
        instrument: c.inst.instrument,
        shortTitle: c.inst.shortTitle,
        provision: c.p.provision,
        number: c.p.number,
        title: c.p.title,
        group: c.p.group,
        rating: c.p.rating as 'partial' | 'none',
        missing: c.p.missing.map(label),
        narrower: c.p.narrower.map(label),
        missingRefs: [...c.p.missing],
        narrowerRefs: [...c.p.narrower],
        gapReservable: c.p.gapReservable,
        concepts: c.concepts.map(conceptTitle),
        conceptIds: [...c.concepts],
        also: [],
      },
    });
  }
  return chosen.map((x) => x.gap);
}
