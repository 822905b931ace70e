/**
 * validate/ajv-options: the one definition of how schemas are compiled, shared by the runtime
 * validator and the build-time standalone code (scripts/compile-schemas.js), so both report the
 * same errors. verbose keeps parentSchema and data on errors, which the human messages need.
 */
import { createHash } from 'node:crypto';

export const AJV_OPTIONS = { strict: true, allErrors: true, verbose: true } as const;

/** A schema's identity for "was this code compiled from this schema": a hash of its JSON. */
export function schemaFingerprint(schema: unknown): string {
  return createHash('sha256').update(JSON.stringify(schema)).digest('hex');
}
