/** One mistake, one diagnostic, in words an encoder understands, on the node that is wrong. */
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parseYamlFile } from '../../../src/load/yaml-document.js';
import { loadSchemas } from '../../../src/load/schemas.js';
import type { DocumentKind } from '../../../src/model/index.js';
import { ajvErrorsToDiagnostics } from '../../../src/validate/ajv-to-diagnostic.js';
import { createSchemaValidator } from '../../../src/validate/schema-validator.js';

const ajv = new Ajv2020({ strict: true, allErrors: true, verbose: true });

/** Validates YAML text against an inline schema and converts the errors. */
function check(schema: Record<string, unknown>, yaml: string) {
  const { document, diagnostics } = parseYamlFile(Buffer.from(yaml), 'x.yaml', '/x.yaml', 'instrument');
  expect(diagnostics).toEqual([]);
  const validate = ajv.compile(schema);
  expect(validate(document.data)).toBe(false);
  return ajvErrorsToDiagnostics(validate.errors ?? [], document);
}

const provisionLike = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'obligation'],
  properties: {
    id: { description: 'Slug.', type: 'string' },
    obligation: { description: 'Strength.', type: 'string', enum: ['shall', 'may', 'shall-consider'] },
    note: { description: 'Note.', type: 'string' },
  },
};

describe('ajvErrorsToDiagnostics', () => {
  it('turns a misspelt key into one unknown-property diagnostic with did-you-mean, on the key', () => {
    const out = check(provisionLike, 'id: art-2\nobligaton: shall\n');
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({
      code: 'schema/additional-property',
      severity: 'error',
      file: 'x.yaml',
      pointer: '/obligaton',
      range: { start: { line: 2, col: 1 } },
    });
    expect(out[0]!.message).toBe("unknown property 'obligaton' (did you mean 'obligation'?)");
    expect(out[0]!.hint).toBe('allowed here: id, obligation, note');
  });

  it('still reports a missing required property when the unknown key is not a misspelling of it', () => {
    const out = check(provisionLike, 'id: art-2\nzzz: shall\n');
    expect(out.map((d) => d.code).sort()).toEqual(['schema/additional-property', 'schema/required']);
    const required = out.find((d) => d.code === 'schema/required')!;
    expect(required.message).toBe("missing required property 'obligation'");
    expect(required.hint).toBe('Strength.');
    // Positioned on the object the property is missing from.
    expect(required.range.start).toEqual({ line: 1, col: 1 });
    expect(out.find((d) => d.code === 'schema/additional-property')!.message).toBe("unknown property 'zzz'");
  });

  it('names the allowed words of an enum and suggests the closest', () => {
    const out = check(provisionLike, 'id: art-2\nobligation: shal\n');
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({
      code: 'schema/enum',
      pointer: '/obligation',
      range: { start: { line: 2, col: 13 } },
    });
    expect(out[0]!.message).toBe(
      "'obligation' is the string 'shal'; expected one of: shall, may, shall-consider (did you mean 'shall'?)",
    );
  });

  it('lets a type error hide every other error at the same pointer', () => {
    const out = check(provisionLike, 'id: art-2\nobligation: 5\n');
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ code: 'schema/type', pointer: '/obligation' });
    expect(out[0]!.message).toBe("'obligation' should be a string, got number 5");
  });

  it('describes a pattern failure with the schema description, keeping acronyms', () => {
    const schema = {
      type: 'object',
      properties: {
        code: { description: 'ISO 3166-1 alpha-2 code in upper case.', type: 'string', pattern: '^[A-Z]{2}$' },
      },
    };
    const [d] = check(schema, 'code: ke\n');
    expect(d!.message).toBe("'code' is the string 'ke'; expected ISO 3166-1 alpha-2 code in upper case");
  });

  it('with the real instrument schema, a typo in a provision gives exactly one diagnostic', () => {
    const validator = createSchemaValidator(loadSchemas());
    const yaml = [
      'schema_version: 1',
      'id: model',
      'title: Model',
      'short_title: Model',
      'kind: convention',
      'body: Test Body',
      'applies: every-state',
      'urls: [{ label: Text, url: "https://example.org" }]',
      'languages: [en]',
      'parts: []',
      'provisions:',
      '  - id: art-1',
      '    number: "1"',
      '    title: Access',
      '    group: substantive',
      '    obligaton: shall',
      '    summary: Make access an offence.',
      '    source: { pinpoint: Art. 1, url: "https://example.org" }',
      '    basis: verified',
      '',
    ].join('\n');
    const kind: DocumentKind = 'instrument';
    const { document } = parseYamlFile(Buffer.from(yaml), 'model.yaml', '/model.yaml', kind);
    const out = validator.validate(document);
    expect(out.map((d) => [d.code, d.range.start.line, d.range.start.col, d.message])).toEqual([
      ['schema/additional-property', 16, 5, "unknown property 'obligaton' (did you mean 'obligation'?)"],
    ]);
  });
});
