/**
 * Text from data cannot inject structure or drive the terminal (issue 13, items 6 and 7): every
 * line break — CR alone, CRLF, NEL, U+2028/2029 — is a line break when text is escaped for Markdown,
 * HTML and tables; control characters are shown as `\x1b` in terminal output and stay escaped in JSON.
 */
import { md } from '../../../src/report/markdown-escape.js';
import { oneLine, showControls } from '../../../src/report/terminal-text.js';
import { main } from '../../../src/cli/main.js';
import { fakeIo } from '../../helpers/fake-io.js';
import { countryYaml, tempDir } from '../../helpers/temp-data.js';

const AS_AT = ['--as-at', '2026-11-01'];
/** Every way a line can end, as a renderer or a terminal sees it. */
const ANY_BREAK = /\r\n|[\n\r\v\f\u0085\u2028\u2029]/;
const INJECTED = 'Testland\r# HEADING\r\n| a | b |\u2028## SUB\u0085- item\u2029> quote';
const HOSTILE = 'Evil \u001b]0;pwned\u0007\u001b[2J\u009b1m land';

let work: ReturnType<typeof tempDir>;
beforeEach(() => {
  work = tempDir({
    'data/countries/zz.yaml': countryYaml('ZZ', INJECTED),
    'data/countries/zy.yaml': countryYaml('ZY', HOSTILE),
  });
});
afterEach(() => work.remove());

async function run(...argv: string[]) {
  const io = fakeIo(work.dir);
  const code = await main([...argv, '--data', 'data'], io);
  return { code, out: io.out, err: io.err };
}

describe('line breaks from data', () => {
  it('md() turns every kind of line break into a space', () => {
    expect(md('a\rb\r\nc\u2028d\u2029e\u0085f\vg\fh\ni')).toBe('a b c d e f g h i');
  });

  it('a lone CR in a country name injects no heading into the HTML report', async () => {
    const r = await run('report', 'ZZ', ...AS_AT, '--format', 'html');
    expect(r.code).toBe(0);
    expect(r.out).not.toMatch(/<h[1-6][^>]*>\s*(HEADING|SUB)/);
    expect(r.out).not.toMatch(/<blockquote>|<li>item/);
    expect(r.out).toContain('Testland # HEADING');
  });

  it('nor into the Markdown report: no line from the name starts a block', async () => {
    const r = await run('report', 'ZZ', ...AS_AT, '--format', 'markdown');
    expect(r.code).toBe(0);
    const lines = r.out.split(ANY_BREAK);
    expect(lines.filter((l) => /^(#+ |> |- item)?(HEADING|SUB|quote|item)\b/.test(l))).toEqual([]);
    expect(lines.some((l) => /^#+ (HEADING|SUB)/.test(l))).toBe(false);
  });

  it('keeps a Markdown table row on one line', async () => {
    const r = await run('summary', ...AS_AT, '--format', 'markdown');
    expect(r.code).toBe(0);
    const rows = r.out.split(ANY_BREAK).filter((l) => l.includes('Testland'));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatch(/^\| .* \|$/);
  });

  it('keeps the terminal table boxed', async () => {
    const r = await run('summary', ...AS_AT);
    expect(r.code).toBe(0);
    // One row per table: instruments that do not fit 120 columns go to further tables.
    const tables = r.out.split(ANY_BREAK).filter((l) => l.startsWith('│ Country')).length;
    const rows = r.out.split(ANY_BREAK).filter((l) => l.includes('Testland'));
    expect(rows).toHaveLength(tables);
    for (const row of rows) expect(row).toMatch(/^│ .* │$/);
  });
});

describe('control characters from data', () => {
  it('are shown, not obeyed, in the gap table', async () => {
    const r = await run('gap', 'ZY', ...AS_AT);
    expect(r.code).toBe(0);
    // eslint-disable-next-line no-control-regex -- finding any control character is the point
    expect(r.out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(r.out).toContain('Evil \\x1b]0;pwned\\x07\\x1b[2J\\x9b1m land');
  });

  it('in the summary and list tables', async () => {
    for (const argv of [
      ['summary', ...AS_AT],
      ['list', 'countries'],
    ]) {
      const r = await run(...argv);
      expect(r.code).toBe(0);
      expect(r.out).not.toContain('\u001b');
      expect(r.out).toContain('\\x1b]0;pwned\\x07');
    }
  });

  it('in validate stylish output', async () => {
    work.remove();
    work = tempDir({
      'data/countries/zz.yaml': countryYaml('ZZ').replace('basis: verified', 'basis: "verified\\e[2J\\a"'),
    });
    const r = await run('validate');
    expect(r.code).toBe(1);
    expect(r.out).not.toContain('\u001b');
    expect(r.out).toMatch(/data\/countries\/zz\.yaml:\d+:\d+ +error +schema\/enum .*verified\\x1b\[2J\\x07/);
  });

  it('stay escaped in JSON', async () => {
    const r = await run('gap', 'ZY', ...AS_AT, '--format', 'json');
    expect(r.code).toBe(0);
    expect(r.out).not.toContain('\u001b');
    expect(r.out).toContain('\\u001b]0;pwned\\u0007');
    expect(JSON.parse(r.out)).toMatchObject({ coverage: { country: { name: HOSTILE } } });
  });

  it('showControls keeps colour only when asked, and never other sequences', () => {
    expect(showControls('\u001b[31mred\u001b[39m \u001b[2J', true)).toBe('\u001b[31mred\u001b[39m \\x1b[2J');
    expect(showControls('\u001b[31mred\u001b[39m', false)).toBe('\\x1b[31mred\\x1b[39m');
    expect(showControls('a\tb\nc\rd\u2028', false)).toBe('a\tb\nc\\rd\\u2028');
    expect(oneLine('a\r\nb\rc')).toBe('a b c');
  });
});
