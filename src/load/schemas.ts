/** load/schemas: reads the bundled JSON Schemas, one per document kind. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DocumentKind } from '../model/index.js';
import { PACKAGE_ROOT } from './discover.js';
import { SCHEMA_FILES } from '../shared/schema-files.js';

export { SCHEMA_FILES };

export type SchemaSet = Record<DocumentKind, Record<string, unknown>>;

export function schemaPath(kind: DocumentKind, root: string = PACKAGE_ROOT): string {
  return join(root, 'schemas', SCHEMA_FILES[kind]);
}

export function loadSchemas(root: string = PACKAGE_ROOT): SchemaSet {
  const read = (kind: DocumentKind) =>
    JSON.parse(readFileSync(schemaPath(kind, root), 'utf8')) as Record<string, unknown>;
  return {
    concepts: read('concepts'),
    instrument: read('instrument'),
    country: read('country'),
    translation: read('translation'),
  };
}
