/**
 * analyze/rules/relied-on: laws relied on without being encoded section by section (a Penal Code's
 * conspiracy clause, an Extradition Act) take part in the analysis as one place each, carrying their own
 * basis, so every finding resting on them says so.
 */
import type { Country, Law, Reliance, Section } from '../../model/index.js';

/** A relied-on law seen as a section: one place, its pinpoint as its number. */
export function relianceAsSection(r: Reliance): Section {
  return {
    law: r.id,
    number: r.source.pinpoint,
    title: r.title,
    summary: r.note ?? r.title,
    implements: r.implements,
    ...(r.in_force ? { in_force: r.in_force } : {}),
    source: r.source,
    basis: r.basis,
    ...(r.note ? { note: r.note } : {}),
  };
}

/** A relied-on law seen as a law, so citations name it. */
export function relianceAsLaw(r: Reliance): Law {
  return { id: r.id, title: r.title, citation: r.citation ?? r.title, url: r.source.url, basis: r.basis };
}

export function reliancesInForce(country: Country, asAt: string): Section[] {
  return (country.relies_on ?? [])
    .filter((r) => (r.in_force?.from ?? '0000') <= asAt && asAt <= (r.in_force?.to ?? '9999'))
    .map(relianceAsSection);
}

export function isReliance(country: Country, lawId: string): boolean {
  return (country.relies_on ?? []).some((r) => r.id === lawId);
}
