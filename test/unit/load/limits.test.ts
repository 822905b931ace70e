/** What one input may cost before lexgap refuses it: each limit gives a clear error, never a crash. */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../../../src/cli/main.js';
import { dataDirFiles, pathArgFiles } from '../../../src/load/discover.js';
import { LIMITS } from '../../../src/load/limits.js';
import { parseYamlFile } from '../../../src/load/yaml-document.js';
import { fakeIo } from '../../helpers/fake-io.js';
import { tempDir } from '../../helpers/temp-data.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const parse = (text: string | Buffer) =>
  parseYamlFile(typeof text === 'string' ? Buffer.from(text) : text, 'x.yaml', '/x.yaml', 'instrument');

describe('file size', () => {
  it('refuses a file over the limit with one diagnostic at 1:1, without parsing it', () => {
    const line = '# a comment line that is valid YAML\n';
    const big = Buffer.from(line.repeat(Math.ceil((LIMITS.maxFileBytes + 1) / line.length)));
    const { document, diagnostics } = parse(big);
    expect(document.data).toBeUndefined();
    expect(diagnostics).toEqual([
      expect.objectContaining({
        code: 'file/too-large',
        message: `file is ${big.length} bytes; the limit is ${LIMITS.maxFileBytes}`,
        range: { start: { line: 1, col: 1 }, end: { line: 1, col: 1 } },
      }),
    ]);
  });

  it('reads a file just under the limit', () => {
    const text = `a: "${'x'.repeat(LIMITS.maxFileBytes - 10)}"\n`;
    expect(parse(text).diagnostics).toEqual([]);
  });
});

describe('nesting depth', () => {
  const nested = (levels: number) => `a: ${'['.repeat(levels)}x${']'.repeat(levels)}\n`;

  it('accepts the data nested as deep as the schemas need', () => {
    expect(parse(nested(10)).diagnostics).toEqual([]);
  });

  it('refuses nesting beyond the limit, at the first node too deep', () => {
    const { document, diagnostics } = parse(nested(LIMITS.maxDepth + 5));
    expect(document.data).toBeUndefined();
    expect(diagnostics).toEqual([
      expect.objectContaining({ code: 'yaml/too-deep', message: `nesting deeper than ${LIMITS.maxDepth} levels` }),
    ]);
    expect(diagnostics[0]!.range.start).toEqual({ line: 1, col: 4 + LIMITS.maxDepth });
  });

  // yaml composes recursively: such input once ran it out of stack and, the second time in a
  // process, aborted Node with a fatal error. It is now refused before composing.
  it.each([
    ['100 000 unclosed [', `a: ${'['.repeat(100_000)}\n`],
    ['100 000 unclosed {', `a: ${'{a: '.repeat(100_000)}\n`],
    ['50 000 closed [ ]', `a: ${'['.repeat(50_000)}${']'.repeat(50_000)}\n`],
    [
      '1 400 nested block sequences',
      `${Array.from({ length: 1400 }, (_, i) => `${' '.repeat(i * 2)}- `).join('\n')}1\n`,
    ],
    ['2 000 nested block maps', `${Array.from({ length: 2000 }, (_, i) => `${' '.repeat(i)}k:`).join('\n')} 1\n`],
  ])('refuses %s with yaml/too-deep, every time', (_name, text) => {
    for (let i = 0; i < 3; i++) {
      const { document, diagnostics } = parse(text);
      expect(document.data).toBeUndefined();
      expect(diagnostics.map((d) => d.code)).toContain('yaml/too-deep');
      expect(diagnostics.every((d) => d.code === 'yaml/too-deep')).toBe(true);
    }
  });
});

describe('aliases', () => {
  it('refuses more than the alias limit, naming the limit, and never expands them', () => {
    const aliases = Array.from({ length: LIMITS.maxAliases + 1 }, (_, i) => `  - *x # ${i}`).join('\n');
    const { document, diagnostics } = parse(`base: &x [1, 2, 3]\nlist:\n${aliases}\n`);
    expect(document.data).toBeUndefined();
    const limit = diagnostics.find((d) => d.code === 'yaml/alias-limit');
    expect(limit?.message).toBe(`more than ${LIMITS.maxAliases} aliases: refusing to expand (possible alias bomb)`);
    expect(limit?.range.start.line).toBe(2 + LIMITS.maxAliases + 1);
  });

  it('refuses an alias with no anchor instead of throwing', () => {
    const { document, diagnostics } = parse('a: 1\nb: *nowhere\n');
    expect(document.data).toBeUndefined();
    expect(diagnostics).toEqual([
      expect.objectContaining({ code: 'yaml/anchor', range: expect.objectContaining({ start: { line: 2, col: 4 } }) }),
    ]);
    expect(diagnostics[0]!.message).toMatch(/'\*nowhere' refers to no anchor/);
  });
});

describe('number of files', () => {
  const many = () => {
    const files: Record<string, string> = {};
    for (let i = 0; i <= LIMITS.maxFiles; i++) files[`d${Math.floor(i / 1000)}/f${i}.yaml`] = '';
    return tempDir(files);
  };
  let folder: ReturnType<typeof tempDir>;
  beforeAll(() => {
    folder = many();
  });
  afterAll(() => folder.remove());

  it('refuses a --data folder with more YAML files than the limit', () => {
    expect(() => dataDirFiles(folder.dir, '/')).toThrow(`more than ${LIMITS.maxFiles} YAML files under ${folder.dir}`);
  });

  it('refuses paths and globs that name more files than the limit', () => {
    expect(() => pathArgFiles([`${folder.dir}/**/*.yaml`], '/')).toThrow(
      `${LIMITS.maxFiles + 1} files to read; the limit is ${LIMITS.maxFiles}`,
    );
  });

  it('is exit 2 with a one-line message on the command line', async () => {
    const io = fakeIo(ROOT);
    expect(await main(['validate', '--data', folder.dir], io)).toBe(2);
    expect(io.err.split('\n')[0]).toBe(`lexgap: more than ${LIMITS.maxFiles} YAML files under ${folder.dir}`);
    expect(io.out).toBe('');
  }, 30_000);

  it('is a diagnostic per file, not a crash, when a limit is hit inside the data', async () => {
    const data = tempDir({ 'countries/xq.yaml': `a: ${'['.repeat(5000)}\n` });
    try {
      const io = fakeIo(ROOT);
      expect(await main(['validate', join(data.dir, 'countries', 'xq.yaml'), '--format', 'json'], io)).toBe(1);
      const out = JSON.parse(io.out) as { diagnostics: { code: string }[] };
      expect(out.diagnostics.map((d) => d.code)).toEqual(['yaml/too-deep']);
    } finally {
      data.remove();
    }
  });
});
