/**
 * The build precompiles the schemas (Ajv standalone code); ts-jest runs the runtime fallback. Both
 * must report the same diagnostics, word for word, since the messages need Ajv's verbose fields.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseYamlFile } from '../../../src/load/yaml-document.js';
import { loadSchemas } from '../../../src/load/schemas.js';
import type { DocumentKind } from '../../../src/model/index.js';
import type { PrecompiledSchemas } from '../../../src/validate/schema-validator.js';
import { createSchemaValidator } from '../../../src/validate/schema-validator.js';
import { standaloneModule } from '../../../src/validate/standalone.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const schemas = loadSchemas();

/** Writes the generated module to a temp dir, resolving Ajv's runtime helpers from the repository. */
async function loadPrecompiled(): Promise<{ module: PrecompiledSchemas; cleanup: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), 'lexgap-precompiled-'));
  const code = standaloneModule(schemas).replace(
    'createRequire(import.meta.url)',
    `createRequire(${JSON.stringify(pathToFileURL(join(ROOT, 'package.json')).href)})`,
  );
  const file = join(dir, 'compiled-schemas.mjs');
  writeFileSync(file, code);
  const module = (await import(pathToFileURL(file).href)) as PrecompiledSchemas;
  return { module, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

const bundled = (path: string) => readFileSync(join(ROOT, path), 'utf8');

/** Invalid documents, each by a small edit of a bundled file. */
const CASES: { name: string; kind: DocumentKind; text: string }[] = [
  {
    name: 'unknown property and wrong schema_version',
    kind: 'concepts',
    text: bundled('frameworks/concepts.yaml').replace(/^schema_version: 1$/m, 'schema_version: 2\nschema_verison: 1'),
  },
  {
    name: 'wrong types and a bad enum value',
    kind: 'instrument',
    text: bundled('frameworks/instruments/budapest.yaml')
      .replace(/obligation: shall\b/, 'obligation: must')
      .replace(/^short_title: .*$/m, 'short_title: [a, b]'),
  },
  {
    name: 'missing required property and a pattern failure',
    kind: 'country',
    text: bundled('countries/ke.yaml')
      .replace(/^(\s+)code: KE$/m, '$1code: ke')
      .replace(/^(\s+)citation: .*$/m, ''),
  },
  {
    name: 'an empty list and an empty string',
    kind: 'instrument',
    text: bundled('frameworks/instruments/untoc-art3.yaml')
      .replace(/^languages:.*$/m, 'languages: []')
      .replace(/^title: .*$/m, "title: ''"),
  },
];

describe('precompiled schema validators', () => {
  let precompiled: Awaited<ReturnType<typeof loadPrecompiled>>;
  beforeAll(async () => {
    precompiled = await loadPrecompiled();
  });
  afterAll(() => precompiled.cleanup());

  it('carries a fingerprint per schema', () => {
    expect(Object.keys(precompiled.module.fingerprints).sort()).toEqual([
      'concepts',
      'country',
      'instrument',
      'translation',
    ]);
  });

  it.each(CASES)('gives the same diagnostics as runtime compilation: $name', ({ kind, text }) => {
    const { document, diagnostics } = parseYamlFile(Buffer.from(text), 'x.yaml', '/x.yaml', kind);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const runtime = createSchemaValidator(schemas, undefined).validate(document);
    const standalone = createSchemaValidator(schemas, precompiled.module).validate(document);
    expect(runtime.length).toBeGreaterThan(0);
    expect(standalone).toEqual(runtime);
  });

  it('falls back to runtime compilation when a schema changed after the build', () => {
    const edited = { ...schemas, country: { ...schemas.country, description: 'edited' } };
    const { document } = parseYamlFile(Buffer.from(CASES[2]!.text), 'x.yaml', '/x.yaml', 'country');
    const validator = createSchemaValidator(edited, precompiled.module);
    expect(validator.validate(document)).toEqual(createSchemaValidator(edited, undefined).validate(document));
  });
});
