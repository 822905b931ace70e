/** analyze/catalogue: the summaries behind `lexgap list` and `lexgap show`. Pure. */
import { flatRequirements, permittedNarrowing } from '../shared/requirements.js';
import type {
  BasisShare,
  ConceptSummary,
  Corpus,
  CountrySummary,
  Instrument,
  InstrumentSummary,
  ProvisionDetail,
} from '../model/index.js';
import { InputError } from '../errors.js';
import { didYouMeanHint } from '../shared/did-you-mean.js';
import { applicableInstruments } from './applicable.js';
import { conceptUse } from './crosswalk.js';
import { ratedProvisions } from './coverage.js';
import { partHeading } from '../shared/part-heading.js';

/** Share of provisions by basis, as fractions of all provisions (0..1). */
export function basisShare(instrument: Instrument): BasisShare {
  const n = instrument.provisions.length || 1;
  const count = (b: string) => instrument.provisions.filter((p) => p.basis === b).length / n;
  return { verified: count('verified'), secondary: count('secondary'), recalled: count('recalled') };
}

export function instrumentSummaries(corpus: Corpus): InstrumentSummary[] {
  return corpus.instruments.map((i) => ({
    id: i.id,
    shortTitle: i.short_title,
    title: i.title,
    kind: i.kind,
    body: i.body,
    ...((i.adopted ?? i.opened_for_signature) ? { year: (i.adopted ?? i.opened_for_signature)!.slice(0, 4) } : {}),
    provisions: i.provisions.length,
    rated: ratedProvisions(i).length,
    basis: basisShare(i),
    ...(i.data_version ? { dataVersion: i.data_version } : {}),
  }));
}

export function conceptSummaries(corpus: Corpus): ConceptSummary[] {
  const uses = corpus.instruments.map((i) => ({ id: i.id, use: conceptUse(i) }));
  return corpus.concepts.map((c) => ({
    id: c.id,
    group: c.group,
    title: c.title,
    elements: c.elements.length,
    narrowings: c.narrowings?.length ?? 0,
    usedBy: uses.filter((u) => u.use.has(c.id)).map((u) => u.id),
    reserved: c.status === 'reserved',
  }));
}

export function countrySummaries(corpus: Corpus): CountrySummary[] {
  return corpus.countries.map((c) => ({
    code: c.country.code,
    name: c.country.name,
    laws: c.laws.length,
    sections: c.sections.length,
    verified: c.sections.length ? c.sections.filter((s) => s.basis === 'verified').length / c.sections.length : 0,
    surveyed: c.surveyed !== undefined,
    instruments: applicableInstruments(corpus, c).map((a) => a.instrument.id),
  }));
}

export function findInstrument(corpus: Corpus, id: string): Instrument {
  const inst = corpus.instrumentsById.get(id);
  if (!inst) throw new InputError(`unknown instrument '${id}'`, didYouMeanHint(id, corpus.instrumentsById.keys()));
  return inst;
}

export function provisionDetail(corpus: Corpus, instrumentId: string, provisionId: string): ProvisionDetail {
  const instrument = findInstrument(corpus, instrumentId);
  const provision =
    instrument.provisions.find((p) => p.id === provisionId) ??
    // Accept the printed number too: "show budapest/6" finds art-6.
    instrument.provisions.find((p) => p.number === provisionId);
  if (!provision) {
    throw new InputError(
      `no provision '${provisionId}' in ${instrument.id}`,
      didYouMeanHint(
        provisionId,
        instrument.provisions.map((p) => p.id),
      ),
    );
  }
  const parts = new Map(instrument.parts.map((p) => [p.id, p]));
  const part = provision.part ? parts.get(provision.part) : undefined;
  const concepts = new Set(flatRequirements(provision).map((r) => r.element.split('/')[0]!));
  const related = corpus.instruments
    .filter((i) => i.id !== instrument.id)
    .flatMap((i) =>
      i.provisions
        .filter((p) => p.group !== 'meta')
        .map((p) => ({
          p,
          shared: [...new Set(flatRequirements(p).map((r) => r.element.split('/')[0]!))]
            .filter((c) => concepts.has(c))
            .sort(),
        }))
        .filter(({ shared }) => shared.length > 0)
        .map(({ p, shared }) => ({
          instrument: i.id,
          shortTitle: i.short_title,
          provision: p.id,
          number: p.number,
          title: p.title,
          concepts: shared,
        })),
    );
  return {
    instrument: { id: instrument.id, shortTitle: instrument.short_title, title: instrument.title },
    provision,
    chapterLabel: part ? partHeading(part) : '',
    requires: flatRequirements(provision).map((r) => ({
      element: r.element,
      kind: r.kind ?? 'legislative',
      ...(r.alternative ? { alternative: r.alternative } : {}),
      label: corpus.elementsByRef.get(r.element)?.element.label ?? r.element,
      concept: corpus.elementsByRef.get(r.element)?.concept.title ?? r.element.split('/')[0]!,
      obligation: r.obligation ?? provision.obligation,
      ...(r.penalty_floor_years !== undefined ? { penaltyFloorYears: r.penalty_floor_years } : {}),
    })),
    permits: (provision.permits ?? []).map((entry) => {
      const n = permittedNarrowing(entry);
      return {
        narrowing: n,
        label: corpus.narrowingsByRef.get(n)?.narrowing.label ?? n,
        ...(typeof entry === 'string' ? {} : { source: entry.source, basis: entry.basis }),
      };
    }),
    limitedBy: instrument.provisions
      .filter((q) => q.reservable?.limits?.includes(provision.id))
      .map((q) => ({ provision: q.id, number: q.number, scope: q.reservable!.scope })),
    related,
  };
}
