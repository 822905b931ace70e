import { parseYamlFile } from '../../../src/load/yaml-document.js';

const parse = (text: string) => parseYamlFile(Buffer.from(text, 'utf8'), 'x.yaml', '/x.yaml', 'instrument');

describe('parseYamlFile', () => {
  it('maps a pointer to the 1-based line:col of the value', () => {
    const { document, diagnostics } = parse('a: 1\nb:\n  - c: hello\n    d: 2\n');
    expect(diagnostics).toEqual([]);
    expect(document.locate('/b/0/d').start).toEqual({ line: 4, col: 8 });
    expect(document.locate('/b/0/c').start).toEqual({ line: 3, col: 8 });
  });

  it('points at the key when asked (unknown property)', () => {
    const { document } = parse('a: 1\nobligaton: shall\n');
    expect(document.locate('/obligaton', 'key').start).toEqual({ line: 2, col: 1 });
  });

  it('falls back to the closest existing ancestor for a pointer that does not resolve', () => {
    const { document } = parse('a:\n  b: 1\n');
    expect(document.locate('/a/zzz/0').start).toEqual({ line: 2, col: 3 });
  });

  it('rejects duplicate keys with their position', () => {
    const { diagnostics } = parse('a: 1\na: 2\n');
    expect(diagnostics).toMatchObject([{ code: 'yaml/duplicate-key', range: { start: { line: 2, col: 1 } } }]);
  });

  it('keeps columns right after a byte-order mark', () => {
    const { document } = parse('\uFEFFa: 1\n');
    expect(document.locate('/a').start).toEqual({ line: 1, col: 4 });
  });

  it('reads the schema pragma', () => {
    const { document } = parse('# yaml-language-server: $schema=../../schemas/instrument.schema.json\na: 1\n');
    expect(document.pragma).toBe('../../schemas/instrument.schema.json');
  });
});
