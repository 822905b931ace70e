/**
 * analyze/report-view: assembles what `lexgap report` renders — the coverage, plus the corpus facts
 * a report cites — so the formatters stay pure and never look anything up. Pure.
 */
import type {
  Basis,
  Corpus,
  CountryCoverage,
  Instrument,
  InstrumentStatus,
  Provision,
  SectionRef,
} from '../model/index.js';
import type {
  BasisCount,
  CountryProvenance,
  DeclarationFact,
  ReportInstrument,
  ReportView,
  ReservationFact,
} from '../model/report-view.js';
import { InternalError } from '../errors.js';
import { findCountry, ratedProvisions } from './coverage.js';
import { buildHeatMap } from './heat-map.js';
import { keyGaps } from './key-gaps.js';
import { sectionsInForce } from './in-force.js';
import { sectionRef } from './section-ref.js';
import { RESERVING_STATUS, reservableElements, statusOn } from '../shared/reservations.js';
import { compareSections } from '../shared/compare.js';

const BASES: readonly Basis[] = ['verified', 'secondary', 'recalled'];

export function countBasis(items: readonly { basis: Basis }[]): BasisCount {
  const n = (b: Basis) => items.filter((i) => i.basis === b).length;
  return { verified: n('verified'), secondary: n('secondary'), recalled: n('recalled') };
}

export function buildReportView(corpus: Corpus, coverage: CountryCoverage): ReportView {
  const country = findCountry(corpus, coverage.country.code);
  const instruments = coverage.instruments.map((ic) => {
    const inst = corpus.instrumentsById.get(ic.instrument);
    if (!inst) throw new InternalError(`coverage names instrument '${ic.instrument}', which is not in the corpus`);
    return inst;
  });
  const statusOf = (id: string) => country.status.find((s) => s.instrument === id);
  const conceptTitle = (id: string) => corpus.conceptsById.get(id)?.title ?? id;
  const reservations = instruments.flatMap((inst) => reservationFacts(corpus, coverage, inst, statusOf(inst.id)));
  const declarations = instruments.flatMap((inst) => declarationFacts(inst, statusOf(inst.id)));
  const statuses = instruments.flatMap((inst) => {
    const s = statusOf(inst.id);
    return s
      ? [{ instrument: inst.id, shortTitle: inst.short_title, status: s.status, source: s.source, basis: s.basis }]
      : [];
  });
  const sections = citedSections(coverage);
  const laws = new Map(country.laws.map((l) => [l.id, l]));
  const unmapped = sectionsInForce(country, coverage.asAt)
    .filter((s) => s.implements.length === 0)
    .map((s) => sectionRef(country, s, laws.get(s.law)))
    .sort(statuteOrder);
  const countryFile = corpus.files.find((f) => f.kind === 'country' && f.id === country.country.code);
  const countryProvenance: CountryProvenance = {
    ...((country.data_version ?? countryFile?.dataVersion)
      ? { dataVersion: country.data_version ?? countryFile?.dataVersion }
      : {}),
    sections,
    unmapped,
    statuses,
    counts: {
      laws: countBasis(coverage.laws),
      sections: countBasis(sections),
      statuses: countBasis(statuses),
      reservations: countBasis([...reservations, ...declarations]),
    },
  };
  const conceptsFile = corpus.files.find((f) => f.kind === 'concepts');
  return {
    schemaVersion: 1,
    coverage,
    ...(conceptsFile?.dataVersion ? { conceptsDataVersion: conceptsFile.dataVersion } : {}),
    instruments: instruments.map((inst) => reportInstrument(inst, statusOf(inst.id))),
    heatMap: buildHeatMap(corpus.concepts, coverage),
    conceptTitles: Object.fromEntries(corpus.concepts.map((c) => [c.id, c.title])),
    translations: corpus.translations.filter(
      (t) => t.of === 'concepts' || coverage.instruments.some((i) => i.instrument === t.of),
    ),
    keyGaps: keyGaps(coverage, conceptTitle),
    reservations,
    declarations,
    country: countryProvenance,
  };
}

function reportInstrument(inst: Instrument, status: InstrumentStatus | undefined): ReportInstrument {
  const rated = ratedProvisions(inst);
  return {
    id: inst.id,
    title: inst.title,
    shortTitle: inst.short_title,
    ...(inst.reference ? { reference: inst.reference } : {}),
    kind: inst.kind,
    body: inst.body,
    parts: inst.parts.map((p) => ({ id: p.id, label: p.label, ...(p.title ? { title: p.title } : {}) })),
    ...(inst.adopted ? { adopted: inst.adopted } : {}),
    ...(inst.in_force ? { inForce: inst.in_force } : {}),
    ...(inst.data_version ? { dataVersion: inst.data_version } : {}),
    urls: inst.urls,
    ...(inst.confidence ? { confidence: inst.confidence } : {}),
    basis: countBasis(rated),
    provisionsByBasis: BASES.map((basis) => ({
      basis,
      provisions: rated.filter((p) => p.basis === basis).map((p) => ({ number: p.number, source: p.source })),
    })).filter((g) => g.provisions.length > 0),
    ...(status
      ? {
          status: {
            status: status.status,
            ...(status.signed ? { signed: status.signed } : {}),
            ...(status.ratified ? { ratified: status.ratified } : {}),
            ...(status.in_force ? { inForce: status.in_force } : {}),
            source: status.source,
            basis: status.basis,
          },
        }
      : {}),
  };
}

function provisionNamed(inst: Instrument, id: string): Pick<Provision, 'number' | 'title'> {
  const p = inst.provisions.find((x) => x.id === id);
  return p ? { number: p.number, title: p.title } : { number: id, title: '' };
}

function reservationFacts(
  corpus: Corpus,
  coverage: CountryCoverage,
  inst: Instrument,
  status: InstrumentStatus | undefined,
): ReservationFact[] {
  const ic = coverage.instruments.find((i) => i.instrument === inst.id);
  return (status?.reservations ?? []).map((r) => {
    const provision = inst.provisions.find((p) => p.id === r.provision);
    const refs = [...(r.elements ?? (provision ? reservableElements(provision) : []))];
    const affected = (ic?.provisions ?? []).filter((p) => p.reservation !== undefined && p.provision === r.provision);
    return {
      instrument: inst.id,
      shortTitle: inst.short_title,
      provision: r.provision,
      ...provisionNamed(inst, r.provision),
      scope: r.scope,
      elements: refs.map((ref) => ({ ref, label: corpus.elementsByRef.get(ref)?.element.label ?? ref })),
      source: r.source,
      basis: r.basis,
      applied: RESERVING_STATUS.has(statusOn(status, coverage.asAt)),
      affects: affected.map((p) => ({ provision: p.provision, number: p.number, rating: p.rating })),
    };
  });
}

function declarationFacts(inst: Instrument, status: InstrumentStatus | undefined): DeclarationFact[] {
  return (status?.declarations ?? []).map((d) => ({
    instrument: inst.id,
    shortTitle: inst.short_title,
    provision: d.provision,
    ...provisionNamed(inst, d.provision),
    text: d.text,
    source: d.source,
    basis: d.basis,
  }));
}

/** Every section a rating or a serious-crime finding cites, once, in statute order. */
function citedSections(coverage: CountryCoverage): SectionRef[] {
  const seen = new Map<string, SectionRef>();
  const add = (s: SectionRef) => {
    const key = `${s.law}\u0000${s.number}`;
    if (!seen.has(key)) seen.set(key, s);
  };
  for (const inst of coverage.instruments) {
    inst.provisions.forEach((p) => p.sections.forEach(add));
    inst.seriousCrime?.findings.forEach((f) => add(f.section));
  }
  return [...seen.values()].sort(statuteOrder);
}

function statuteOrder(a: SectionRef, b: SectionRef): number {
  return compareSections(a, b);
}
