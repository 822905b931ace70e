/**
 * validate/schema-validator: one validator per document kind. The build precompiles the schemas
 * into dist/validate/compiled-schemas.js (Ajv standalone code, scripts/compile-schemas.js); when
 * that module is there and was built from the same schemas, it is used and Ajv's compiler is never
 * loaded. Otherwise (ts-jest, a schema edited since the build) the schemas are compiled at runtime
 * with the same options, so the diagnostics are the same either way.
 */
import { createRequire } from 'node:module';
import type { ValidateFunction } from 'ajv';
import type { Ajv2020 as Ajv2020Class } from 'ajv/dist/2020.js';
import type { Diagnostic, DocumentKind, SourceDocument } from '../model/index.js';
import { AJV_OPTIONS, schemaFingerprint } from './ajv-options.js';
import { ajvErrorsToDiagnostics } from './ajv-to-diagnostic.js';

export type SchemaSet = Record<DocumentKind, Record<string, unknown>>;

export interface SchemaValidator {
  validate(doc: SourceDocument): Diagnostic[];
}

/** The shape of the generated module: validators by kind, and the fingerprints of their schemas. */
export interface PrecompiledSchemas {
  fingerprints: Partial<Record<string, string>>;
  [kind: string]: unknown;
}

// A variable specifier: the module exists only in dist/, after the build.
const PRECOMPILED_MODULE = './compiled-schemas.js';
const bundledPrecompiled = (await import(PRECOMPILED_MODULE).catch(() => undefined)) as PrecompiledSchemas | undefined;

const require = createRequire(import.meta.url);

/**
 * Validators for the given schemas: the precompiled ones when every fingerprint matches, else all
 * compiled now. `precompiled` defaults to the module the build wrote; tests pass their own.
 */
export function createSchemaValidator(
  schemas: SchemaSet,
  precompiled: PrecompiledSchemas | undefined = bundledPrecompiled,
): SchemaValidator {
  const kinds = Object.keys(schemas) as DocumentKind[];
  const current = (kind: DocumentKind) =>
    typeof precompiled?.[kind] === 'function' && precompiled.fingerprints[kind] === schemaFingerprint(schemas[kind]);
  const compiled = new Map<DocumentKind, ValidateFunction>();
  if (precompiled && kinds.every(current)) {
    for (const kind of kinds) compiled.set(kind, precompiled[kind] as ValidateFunction);
  } else {
    // Loaded only when needed: Ajv's compiler costs more start-up time than validating the data.
    const { Ajv2020 } = require('ajv/dist/2020.js') as { Ajv2020: typeof Ajv2020Class };
    const ajv = new Ajv2020({ ...AJV_OPTIONS });
    for (const kind of kinds) compiled.set(kind, ajv.compile(schemas[kind]));
  }
  return {
    validate(doc) {
      const fn = compiled.get(doc.kind);
      if (!fn) return [];
      return fn(doc.data) ? [] : ajvErrorsToDiagnostics(fn.errors ?? [], doc);
    },
  };
}
