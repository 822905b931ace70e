/**
 * analyze/peers: the drafting aid — for a missing element, sections of other countries in force on the
 * same day that meet it in full, as worded examples. Verified sections first (a drafter copies wording
 * only from a text someone read), then peers sharing the country's regional instruments (a rough proxy for
 * legal tradition the data can tell), then corpus order.
 */
import type { Corpus, Country, PeerExample, Provision, Section } from '../model/index.js';
import { findImplementation, implementedSet } from '../shared/implementation.js';
import { flatRequirements } from '../shared/requirements.js';
import { permittedNarrowings, shortfalls } from './elements.js';
import { sectionsInForce } from './in-force.js';
import { sectionRef } from './section-ref.js';

/** Peers' sections in force, computed once per country and day rather than once per gap element. */
const inForceCache = new WeakMap<Country, Map<string, Section[]>>();
function inForceCached(country: Country, asAt: string): Section[] {
  const byDay = inForceCache.get(country) ?? new Map<string, Section[]>();
  inForceCache.set(country, byDay);
  const hit = byDay.get(asAt);
  if (hit) return hit;
  const sections = sectionsInForce(country, asAt);
  byDay.set(asAt, sections);
  return sections;
}

const BASIS_RANK = { verified: 0, secondary: 1, recalled: 2 } as const;

/** Regional instruments (those that apply by status) the two countries share as members or parties. */
function sharedRegion(corpus: Corpus, a: Country, b: Country): number {
  const regional = (id: string) => corpus.instrumentsById.get(id)?.applies === 'by-status';
  const mine = new Set(a.status.filter((s) => s.status !== 'none' && regional(s.instrument)).map((s) => s.instrument));
  return b.status.filter((s) => s.status !== 'none' && mine.has(s.instrument)).length;
}

export function peerExamples(
  corpus: Corpus,
  country: Country,
  provision: Provision,
  gaps: readonly string[],
  asAt: string,
  limit: number,
): PeerExample[] {
  const out: PeerExample[] = [];
  if (limit <= 0) return out;
  const narrowingLabel = (r: string) => corpus.narrowingsByRef.get(r)?.narrowing.label ?? r;
  const permitted = permittedNarrowings(provision, []);
  const requirements = flatRequirements(provision);
  const peers = corpus.countries
    .filter((p) => p.country.code !== country.country.code)
    .map((peer, index) => ({ peer, index, region: sharedRegion(corpus, country, peer) }));
  for (const element of gaps) {
    const requirement = requirements.find((r) => r.element === element);
    if (!requirement) continue;
    const found = peers.flatMap(({ peer, index, region }) => {
      const match = inForceCached(peer, asAt).find((s) => {
        if (!implementedSet(s).has(element)) return false;
        const how = findImplementation(s.implements, element);
        return (
          how !== undefined &&
          how.arguable === undefined &&
          how.broader === undefined &&
          shortfalls(s, requirement, permitted, narrowingLabel).length === 0
        );
      });
      if (!match) return [];
      const law = peer.laws.find((l) => l.id === match.law);
      return [{ peer, index, region, match, law }];
    });
    found.sort(
      (a, b) => BASIS_RANK[a.match.basis] - BASIS_RANK[b.match.basis] || b.region - a.region || a.index - b.index,
    );
    for (const f of found.slice(0, limit))
      out.push({ element, section: sectionRef(f.peer, f.match, f.law), countryName: f.peer.country.name });
  }
  return out;
}
