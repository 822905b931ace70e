/** model/corpus: the validated data set the analysis runs on, with indexes built once. */
import type { Concept, ConceptElement, Country, Instrument, Narrowing, TranslationDoc } from './data.js';

export interface Corpus {
  concepts: Concept[];
  instruments: Instrument[];
  countries: Country[];
  /** Titles and labels in other languages, for reports in those languages. */
  translations: TranslationDoc[];
  /** Data versions and file paths, for provenance in reports. */
  files: { path: string; kind: string; id: string; dataVersion?: string }[];
  conceptsById: Map<string, Concept>;
  elementsByRef: Map<string, { concept: Concept; element: ConceptElement }>;
  narrowingsByRef: Map<string, { concept: Concept; narrowing: Narrowing }>;
  instrumentsById: Map<string, Instrument>;
  countriesByCode: Map<string, Country>;
}
