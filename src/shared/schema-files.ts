/** shared/schema-files: which bundled JSON Schema validates each kind of document. */
import type { DocumentKind } from '../model/index.js';

export const SCHEMA_FILES: Readonly<Record<DocumentKind, string>> = {
  concepts: 'concepts.schema.json',
  instrument: 'instrument.schema.json',
  country: 'country.schema.json',
  translation: 'translation.schema.json',
};
