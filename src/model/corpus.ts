/** model/corpus: the validated data set the analysis runs on, with indexes built once. */
import type { Concept, ConceptElement, Country, Instrument, Narrowing } from './data.js';

export interface Corpus {
  concepts: Concept[];
  instruments: Instrument[];
  countries: Country[];
  /** Data versions and file paths, for provenance in reports. */
  files: { path: string; kind: string; id: string; dataVersion?: string }[];
  conceptsById: Map<string, Concept>;
  elementsByRef: Map<string, { concept: Concept; element: ConceptElement }>;
  narrowingsByRef: Map<string, { concept: Concept; narrowing: Narrowing }>;
  instrumentsById: Map<string, Instrument>;
  countriesByCode: Map<string, Country>;
}
