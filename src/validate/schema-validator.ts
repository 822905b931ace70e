/** validate/schema-validator: one strict Ajv instance holding every schema, compiled once per run. */
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ValidateFunction } from 'ajv';
import type { Diagnostic, DocumentKind, SourceDocument } from '../model/index.js';
import { ajvErrorsToDiagnostics } from './ajv-to-diagnostic.js';

export type SchemaSet = Record<DocumentKind, Record<string, unknown>>;

export interface SchemaValidator {
  validate(doc: SourceDocument): Diagnostic[];
}

export function createSchemaValidator(schemas: SchemaSet): SchemaValidator {
  // verbose: keeps parentSchema and data on errors, which the human messages need.
  const ajv = new Ajv2020({ strict: true, allErrors: true, verbose: true });
  const compiled = new Map<DocumentKind, ValidateFunction>();
  for (const kind of Object.keys(schemas) as DocumentKind[]) {
    compiled.set(kind, ajv.compile(schemas[kind]));
  }
  return {
    validate(doc) {
      const fn = compiled.get(doc.kind);
      if (!fn) return [];
      return fn(doc.data) ? [] : ajvErrorsToDiagnostics(fn.errors ?? [], doc);
    },
  };
}
