/**
 * analyze/summary: `lexgap summary` — every country against every instrument that applies to it,
 * from the same engine as `gap` (analyzeCountry), reduced to each instrument's overall roll-up.
 * Pure: the corpus and the date come in, a CorpusSummary goes out.
 */
import type { Corpus, InstrumentCoverage } from '../model/index.js';
import type { CorpusSummary, SummaryCell } from '../model/summary.js';
import { analyzeCountry } from './coverage.js';
import { verdictWord } from './roll-up.js';

export interface SummaryOptions {
  /** YYYY-MM-DD: sections in force on this day are used. */
  asAt: string;
}

export function summarizeCorpus(corpus: Corpus, options: SummaryOptions): CorpusSummary {
  // Peer examples are a drafting aid for one country; the summary only needs the ratings. Only each
  // instrument's cell is kept, not the full coverage: for 200 countries that is most of the memory.
  const analysed = corpus.countries.map((c) => {
    const coverage = analyzeCountry(corpus, c.country.code, { asAt: options.asAt, peerExamples: 0 });
    return {
      country: coverage.country,
      cells: new Map(coverage.instruments.map((i) => [i.instrument, cellOf(i)])),
    };
  });
  const instruments = corpus.instruments
    .filter((i) => analysed.some((a) => a.cells.has(i.id)))
    .map((i) => ({ id: i.id, shortTitle: i.short_title, title: i.title }));
  return {
    schemaVersion: 1,
    asAt: options.asAt,
    instruments,
    rows: analysed.map((a) => ({
      country: a.country,
      cells: instruments.map((i): SummaryCell => a.cells.get(i.id) ?? { instrument: i.id, applies: false }),
    })),
  };
}

function cellOf(coverage: InstrumentCoverage): SummaryCell {
  const { tally } = coverage.total;
  return {
    instrument: coverage.instrument,
    applies: true,
    appliesBecause: coverage.appliesBecause,
    ...(coverage.status ? { status: coverage.status } : {}),
    score: tally.score,
    label: verdictWord(tally.score),
    tally,
  };
}
