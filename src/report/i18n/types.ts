/** report/i18n/types: the shape every language's catalogue fills in. */
import type { Rating } from '../../model/coverage.js';
import type { HeatRating } from '../../model/report-view.js';
import type { Prose } from './en-prose.js';

export interface Messages {
  lang: 'en' | 'fr' | 'ar';
  dir: 'ltr' | 'rtl';
  /** The colon after a label (French puts a non-breaking space before it). */
  colon: string;
  /** BCP 47 locale for Intl (numbers, plurals); fixed, so output never depends on the machine. */
  locale: string;
  documentTitle: (country: string, code: string, asAt: string) => string;
  /** The running sentences (en-prose.ts has the English and the shape). */
  prose: Prose;
  /** Words of part labels ("Chapter II, Section 1"), so a chapter heading can be given in this language. */
  partWords: Record<string, string>;
  /** A count with its noun, plural chosen by Intl.PluralRules. */
  count: (n: number, noun: 'concept' | 'instrument' | 'section') => string;
  rating: Record<Rating, string>;
  group: Record<'substantive' | 'liability' | 'procedural' | 'jurisdiction' | 'cooperation', string>;
  title: {
    heading: (name: string) => string;
    country: string;
    measured: string;
    none: string;
    lawAsAt: string;
    inForceThatDay: string;
    noneRecorded: string;
    preparedWith: string;
    dataVersions: string;
    concepts: string;
    unversioned: string;
    intro: (country: string) => string;
  };
  summary: {
    heading: string;
    columns: string[];
    noInstrument: string;
    scoreNote: string;
    keyGaps: string;
    keyGapsIntro: string;
    noGaps: string;
    seriousCrime: string;
  };
  heat: {
    heading: string;
    /** `one`: a single instrument is measured (the map has one column). */
    intro: (concepts: string, instruments: string, one: boolean) => string;
    concept: string;
    legendTitle: string;
    symbol: string;
    rating: string;
    meaning: string;
    meanings: Record<HeatRating, string>;
    recalled: string;
    notRequired: string;
  };
  instrument: {
    heading: (short: string) => string;
    status: string;
    overall: string;
    score: string;
    columns: string[];
    nothingCounts: string;
    restsOnRecalled: string;
  };
  sections: { reservations: string; method: string; provenance: string };
  docx: { contents: string; tocHint: string; page: string; of: string; font: string };
}
