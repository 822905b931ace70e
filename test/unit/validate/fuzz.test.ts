/**
 * Property-based hardening: bundled files, broken at random (keys deleted, duplicated, retyped or
 * misspelt, the file truncated, random bytes inserted), always give diagnostics — never an
 * exception — whose positions lie inside the file, with known codes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { bundledFiles, detectKind } from '../../../src/load/discover.js';
import { loadSchemas } from '../../../src/load/schemas.js';
import { parseYamlFile } from '../../../src/load/yaml-document.js';
import { DIAGNOSTIC_HELP } from '../../../src/shared/diagnostic-help.js';
import type { DocumentKind, SourceDocument } from '../../../src/model/index.js';
import { createSchemaValidator } from '../../../src/validate/schema-validator.js';
import { validateDocuments } from '../../../src/validate/validate-documents.js';
import { positionProblems } from '../../helpers/temp-data.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const validator = createSchemaValidator(loadSchemas());

interface Bundled {
  path: string;
  kind: DocumentKind;
  bytes: Buffer;
  document: SourceDocument;
}
const bundled: Bundled[] = bundledFiles(ROOT).map(({ absolutePath }) => {
  const bytes = readFileSync(absolutePath);
  const path = absolutePath.slice(ROOT.length);
  const kind = detectKind(absolutePath, bytes.toString('utf8'))!;
  return { path, kind, bytes, document: parseYamlFile(bytes, path, absolutePath, kind).document };
});

/** The files mutated: a country, a small and a large instrument, and the taxonomy everything uses. */
const TARGETS = [
  'countries/ke.yaml',
  'frameworks/instruments/untoc-art3.yaml',
  'frameworks/instruments/budapest-p1.yaml',
  'frameworks/concepts.yaml',
];

type Mutation = { name: string; apply: (bytes: Buffer) => Buffer };

const KEY_LINE = /^(\s*)(- )?([A-Za-z_][\w-]*):(.*)$/;

/** Line index ranges of the key lines, each with the block nested under it. */
function keyBlocks(lines: string[]): { start: number; end: number; indent: number }[] {
  const out: { start: number; end: number; indent: number }[] = [];
  lines.forEach((line, i) => {
    const m = KEY_LINE.exec(line);
    if (!m) return;
    const indent = m[1]!.length + (m[2] ? 2 : 0);
    let end = i + 1;
    while (end < lines.length && (lines[end]!.trim() === '' || /^\s*/.exec(lines[end]!)![0].length > indent)) end++;
    out.push({ start: i, end, indent });
  });
  return out;
}

const onLines = (
  name: string,
  pick: number,
  edit: (lines: string[], block: { start: number; end: number; indent: number }) => void,
): Mutation => ({
  name: `${name} #${pick}`,
  apply: (bytes) => {
    const lines = bytes.toString('utf8').split('\n');
    const blocks = keyBlocks(lines);
    if (blocks.length === 0) return bytes;
    edit(lines, blocks[pick % blocks.length]!);
    return Buffer.from(lines.join('\n'));
  },
});

const VALUES = [
  '[]',
  '{}',
  '42',
  '-1.5',
  'true',
  'null',
  '~',
  '"text"',
  "''",
  '[a, b]',
  '{ a: 1 }',
  '2024-02-30',
  '.inf',
  '*alias',
  '&anchor x',
  '!!binary aGk=',
  '|',
  '>-',
  '"unterminated',
  '[unclosed',
  '@reserved',
  '`tick',
  '%',
];

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.nat().map((i) => onLines('delete key', i, (lines, b) => lines.splice(b.start, b.end - b.start))),
  fc
    .nat()
    .map((i) =>
      onLines('duplicate key', i, (lines, b) =>
        lines.splice(b.end, 0, ...lines.slice(b.start, b.end).map((l) => l.replace(/^(\s*)- /, '$1  '))),
      ),
    ),
  fc.tuple(fc.nat(), fc.constantFrom(...VALUES)).map(([i, value]) =>
    onLines(`retype key to ${value}`, i, (lines, b) => {
      const m = KEY_LINE.exec(lines[b.start]!)!;
      lines.splice(b.start, b.end - b.start, `${m[1]}${m[2] ?? ''}${m[3]}: ${value}`);
    }),
  ),
  fc.tuple(fc.nat(), fc.string({ minLength: 1, maxLength: 3 })).map(([i, extra]) =>
    onLines(`misspell key (+${JSON.stringify(extra)})`, i, (lines, b) => {
      lines[b.start] = lines[b.start]!.replace(
        KEY_LINE,
        (_all, sp: string, dash: string | undefined, key: string, rest: string) =>
          `${sp}${dash ?? ''}${key}${extra}:${rest}`,
      );
    }),
  ),
  fc.double({ min: 0, max: 1, noNaN: true }).map((at) => ({
    name: `truncate at ${at.toFixed(3)}`,
    apply: (bytes: Buffer) => bytes.subarray(0, Math.floor(bytes.length * at)),
  })),
  fc
    .tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.uint8Array({ minLength: 1, maxLength: 12 }))
    .map(([at, junk]) => ({
      name: `insert bytes ${Buffer.from(junk).toString('hex')} at ${at.toFixed(3)}`,
      apply: (bytes: Buffer) => {
        const i = Math.floor(bytes.length * at);
        return Buffer.concat([bytes.subarray(0, i), Buffer.from(junk), bytes.subarray(i)]);
      },
    })),
);

describe('validator under random damage (fast-check)', () => {
  it('always returns diagnostics inside the file, with known codes, and never throws', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...TARGETS),
        fc.array(mutation, { minLength: 1, maxLength: 4 }),
        (target, mutations) => {
          const original = bundled.find((b) => b.path === target)!;
          const bytes = mutations.reduce((b, m) => m.apply(b), original.bytes);
          const { document, diagnostics } = parseYamlFile(bytes, target, join(ROOT, target), original.kind);
          const context = bundled.filter((b) => b !== original).map((b) => b.document);
          const all = [...diagnostics, ...validateDocuments([...context, document], validator)];
          const mine = all.filter((d) => d.file === target);
          const text = bytes.toString('utf8');
          expect(positionProblems(mine, () => text)).toEqual([]);
          for (const d of mine) expect(Object.keys(DIAGNOSTIC_HELP)).toContain(d.code);
          // Damage that leaves the data valid is possible (a deleted optional key); then nothing is reported.
          if (document.data === undefined) expect(mine.some((d) => d.severity === 'error')).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  }, 120_000);

  it('reports invalid UTF-8 and NUL bytes at the start of the file', () => {
    for (const junk of [[0xff, 0xfe], [0xc3], [0x00]]) {
      const bytes = Buffer.concat([Buffer.from('schema_version: 1\n'), Buffer.from(junk), Buffer.from('\nid: x\n')]);
      const { document, diagnostics } = parseYamlFile(bytes, 'x.yaml', '/x.yaml', 'instrument');
      expect(document.data).toBeUndefined();
      expect(diagnostics).toMatchObject([{ code: 'file/not-utf8', range: { start: { line: 1, col: 1 } } }]);
    }
  });
});
