/**
 * The schemas are what editors complete and hover from: they must compile in Ajv's strict mode, close
 * every object (a typo is an error, never silently ignored) and describe every property.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../../../src/load/discover.js';
import { SCHEMA_FILES } from '../../../src/load/schemas.js';

type Schema = Record<string, unknown>;

const SCHEMA_DIR = join(PACKAGE_ROOT, 'schemas');
const files = readdirSync(SCHEMA_DIR)
  .filter((f) => f.endsWith('.schema.json'))
  .sort();
const schemas = files.map(
  (file) => [file, JSON.parse(readFileSync(join(SCHEMA_DIR, file), 'utf8')) as Schema] as const,
);

/** Every subschema with its JSON-pointer-ish path, depth first. */
function* walk(schema: unknown, path: string): Generator<[string, Schema]> {
  if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) return;
  const s = schema as Schema;
  yield [path, s];
  for (const key of ['properties', '$defs', 'patternProperties'] as const) {
    const map = s[key] as Record<string, unknown> | undefined;
    for (const [name, sub] of Object.entries(map ?? {})) yield* walk(sub, `${path}/${key}/${name}`);
  }
  for (const key of ['items', 'additionalProperties', 'not', 'if', 'then', 'else', 'contains'] as const) {
    yield* walk(s[key], `${path}/${key}`);
  }
  for (const key of ['allOf', 'anyOf', 'oneOf', 'prefixItems'] as const) {
    for (const [i, sub] of ((s[key] as unknown[] | undefined) ?? []).entries()) yield* walk(sub, `${path}/${key}/${i}`);
  }
}

/** A local '#/$defs/x' reference resolved inside the same schema. */
function resolveRef(root: Schema, ref: string): Schema | undefined {
  if (!ref.startsWith('#/')) return undefined;
  let node: unknown = root;
  for (const seg of ref.slice(2).split('/')) node = (node as Schema | undefined)?.[seg];
  return node as Schema | undefined;
}

function describedAt(root: Schema, s: Schema): boolean {
  if (typeof s.description === 'string' && s.description.trim() !== '') return true;
  return typeof s.$ref === 'string' && describedAt(root, resolveRef(root, s.$ref) ?? {});
}

describe('schemas/', () => {
  it('holds one schema per document kind the loader knows', () => {
    expect(files).toEqual(Object.values(SCHEMA_FILES).sort());
  });

  it.each(schemas)('%s compiles with Ajv2020 in strict mode', (_file, schema) => {
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    expect(() => ajv.compile(schema)).not.toThrow();
  });

  it.each(schemas)('%s has a stable $id and title, and uses draft 2020-12', (file, schema) => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe(`https://lexgap.dev/schemas/${file}`);
    expect(typeof schema.title).toBe('string');
  });

  it('walks into definitions, list items and nested objects', () => {
    const instrument = schemas.find(([f]) => f === 'instrument.schema.json')![1];
    const paths = [...walk(instrument, '#')].map(([p]) => p);
    expect(paths).toEqual(
      expect.arrayContaining([
        '#/properties/urls/items',
        '#/$defs/provision/properties/reservable/properties/elements',
      ]),
    );
  });

  it.each(schemas)('%s closes every object with additionalProperties: false', (_file, schema) => {
    // A map whose keys are checked by propertyNames is closed by them; conditional branches (allOf)
    // only restate properties the object itself declares.
    const open = [...walk(schema, '#')]
      .filter(([path]) => !path.includes('/allOf/'))
      .filter(([, s]) => s.type === 'object' || s.properties !== undefined)
      .filter(([, s]) => s.additionalProperties !== false && s.propertyNames === undefined)
      .map(([path]) => path);
    expect(open).toEqual([]);
  });

  it.each(schemas)('%s describes every property (directly or on the definition it refers to)', (_file, schema) => {
    const undescribed: string[] = [];
    for (const [path, s] of walk(schema, '#')) {
      if (path.includes('/allOf/')) continue;
      for (const [name, sub] of Object.entries((s.properties as Record<string, Schema> | undefined) ?? {})) {
        if (!describedAt(schema, sub)) undescribed.push(`${path}/properties/${name}`);
      }
    }
    expect(undescribed).toEqual([]);
  });

  it.each(schemas)('%s resolves every $ref', (_file, schema) => {
    const broken = [...walk(schema, '#')]
      .filter(([, s]) => typeof s.$ref === 'string' && resolveRef(schema, s.$ref) === undefined)
      .map(([path, s]) => `${path} -> ${String(s.$ref)}`);
    expect(broken).toEqual([]);
  });
});
