/** model/diff: what `lexgap diff` returns — provisions whose rating moved between two coverages. Types only. */
import type { Rating, SectionRef, Tally } from './coverage.js';

export interface DiffSide {
  country: { code: string; name: string };
  asAt: string;
}

/** up: towards full; down: away from it; changed: to or from a rating outside full/partial/none. */
export type RatingMove = 'up' | 'down' | 'changed';

export interface ProvisionChange {
  provision: string;
  number: string;
  title: string;
  chapterLabel: string;
  from: Rating;
  to: Rating;
  move: RatingMove;
  /** Sections cited on the 'to' side and not on the 'from' side, and the reverse: what made the difference. */
  sectionsAdded: SectionRef[];
  sectionsRemoved: SectionRef[];
  /** Mandatory elements that became met, and those that stopped being met (labels). */
  elementsGained: string[];
  elementsLost: string[];
}

export interface InstrumentDiff {
  instrument: string;
  shortTitle: string;
  /** Whether each side measured the instrument (two countries may differ in what applies). */
  inFrom: boolean;
  inTo: boolean;
  fromTally?: Tally;
  toTally?: Tally;
  changes: ProvisionChange[];
}

export interface CoverageDiff {
  schemaVersion: 1;
  from: DiffSide;
  to: DiffSide;
  sameCountry: boolean;
  instruments: InstrumentDiff[];
}
