/** model/summary: the corpus-wide view of `lexgap summary` — every country against every instrument. */
import type { Tally } from './coverage.js';

export interface SummaryInstrument {
  id: string;
  shortTitle: string;
  title: string;
}

/** One country against one instrument: the overall roll-up, or a marker that it does not apply. */
export type SummaryCell =
  | {
      instrument: string;
      applies: true;
      /** Why the instrument is measured: the country's status or 'open to every state'. */
      appliesBecause: string;
      status?: string;
      /** (full + 0.5 × partial) / counted, or null when nothing counts. */
      score: number | null;
      /** lexgap's label heuristic for the score (docs/method.md), e.g. 'partly in place'. */
      label: string;
      tally: Tally;
    }
  | { instrument: string; applies: false };

export interface SummaryRow {
  country: { code: string; name: string };
  /** One cell per entry of CorpusSummary.instruments, in the same order. */
  cells: SummaryCell[];
}

export interface CorpusSummary {
  schemaVersion: 1;
  asAt: string;
  /** Instruments that apply to at least one country, in id order. */
  instruments: SummaryInstrument[];
  /** One row per country, in code order. */
  rows: SummaryRow[];
}
