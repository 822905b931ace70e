/**
 * Issue 14: translation documents (frameworks/translations/<lang>/<of>.yaml) — what validate says
 * about a broken one, how a --data folder's translation replaces the bundled one, and how a
 * translated report shows what it could not translate, in each format.
 */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../../../src/cli/main.js';
import { fakeIo } from '../../helpers/fake-io.js';
import { lintMarkdown } from '../../helpers/markdown-lint.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const PRAGMA = '# yaml-language-server: $schema=../../../schemas/translation.schema.json';

/** A --data folder holding translations/<lang>/<name>.yaml files. */
function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'lexgap-translations-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, 'translations', path, '..'), { recursive: true });
    writeFileSync(join(dir, 'translations', path), `${PRAGMA}\n${text}`);
  }
  return dir;
}

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = fakeIo(ROOT);
  const code = await main(args, io);
  return { code, out: io.out, err: io.err };
}

const BUDAPEST_FR = [
  'schema_version: 1',
  'lang: fr',
  'of: budapest',
  'official: true',
  'source: { pinpoint: "texte d’essai", url: "https://example.org/stce185" }',
  'basis: verified',
  'provisions:',
  '  art-2: Titre d’essai',
  '',
].join('\n');

describe('validate: translation documents', () => {
  it('locates an id the instrument does not have, with a suggestion, and fails', async () => {
    const dir = folder({ 'fr/budapest.yaml': `${BUDAPEST_FR}  art-99: Inconnu\n` });
    const r = await run(['validate', '--data', dir]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(
      /translations\/fr\/budapest\.yaml:10:3 +error +ref\/unknown-provision +unknown provision 'art-99'/,
    );
    expect(r.out).toContain("did you mean 'art-9'?");
  });

  it('checks concept, element and narrowing ids, and forbids provisions in a concepts translation', async () => {
    const concepts = [
      'schema_version: 1',
      'lang: ar',
      'of: concepts',
      'official: false',
      'concepts:',
      '  illegal-access:',
      '    elements: { acess: الدخول }',
      '    narrowings: { security-measure: تدابير }',
      '  illegal-acces: { title: الدخول }',
      '',
    ];
    const withProvisions = [...concepts.slice(0, 4), 'provisions: { art-2: x }', ...concepts.slice(4)];
    const r = await run(['validate', '--data', folder({ 'ar/concepts.yaml': withProvisions.join('\n') })]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/concepts\.yaml:6:1 +error +schema\/additional-property +'provisions' is not allowed here/);
    // A schema error stops the cross-file rules for that file: fix the shape first, then the ids.
    const fixed = folder({ 'ar/concepts.yaml': concepts.join('\n') });
    const again = await run(['validate', '--data', fixed]);
    expect(again.out).toMatch(
      /concepts\.yaml:8:17 +error +ref\/unknown-element +unknown element of 'illegal-access' 'acess'/,
    );
    expect(again.out).toMatch(/concepts\.yaml:9:19 +error +ref\/unknown-narrowing/);
    expect(again.out).toMatch(/concepts\.yaml:10:3 +error +ref\/unknown-concept +unknown concept 'illegal-acces'/);
  });

  it('requires the file to be named for what it translates, in its language folder', async () => {
    const dir = folder({
      'ar/budapest.yaml': BUDAPEST_FR,
      'fr/convention.yaml': BUDAPEST_FR.replace('lang: fr', 'lang: fr'),
    });
    const r = await run(['validate', '--data', dir]);
    expect(r.out).toMatch(
      /ar\/budapest\.yaml:\d+:\d+ +error +id\/file-name-mismatch +a 'fr' translation in the folder 'ar\/'/,
    );
    expect(r.out).toMatch(/fr\/convention\.yaml:\d+:\d+ +error +id\/file-name-mismatch/);
  });

  it('requires a source and basis for an official translation', async () => {
    const dir = folder({ 'fr/budapest.yaml': BUDAPEST_FR.replace(/^source:.*\n^basis: verified\n/m, '') });
    const r = await run(['validate', '--data', dir]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/budapest\.yaml:2:1 +error +schema\/required +.*'source'/);
  });
});

describe('a --data translation', () => {
  it('replaces the bundled one for the same language and instrument', async () => {
    const dir = folder({ 'fr/budapest.yaml': BUDAPEST_FR });
    const r = await run(['report', 'SN', '--lang', 'fr', '--as-at', '2026-11-01', '-i', 'budapest', '--data', dir]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Titre d’essai');
    // Only art-2 is translated by the replacement: Art. 3's official title, bundled, is gone, and its
    // English title is marked as untranslated.
    expect(r.out).toContain('*\u2068Illegal interception\u2069*');
    expect(r.out).toMatch(/\| texte d’essai \| vérifiée \||\[texte d’essai\]\(https:\/\/example\.org\/stce185\)/);
  });
});

describe('translated reports mark what has no translation', () => {
  it('Markdown: italic English in an isolate, official titles unmarked', async () => {
    const r = await run(['report', 'SN', '--lang', 'fr', '--as-at', '2026-11-01']);
    // Budapest Art. 2 has its official French title; the UN Convention's Art. 7 has none in the data.
    expect(r.out).toMatch(/^\| \[art\.\u00a02\]\(https:\/\/www\.coe\.int[^)]*\) Accès illégal \|/m);
    expect(r.out).toMatch(/^\| \[art\.\u00a07\]\(https:\/\/undocs\.org[^)]*\) \*\u2068Illegal access\u2069\* \|/m);
  });

  it("lists the translations used, with each title's basis where it differs from its file's", async () => {
    const r = await run(['report', 'SN', '--lang', 'fr', '--as-at', '2026-11-01']);
    // Budapest's Art. 35 and its part headings were read only in secondary sources.
    expect(r.out).toMatch(
      /^\| Convention de Budapest \| fr \| \d+ \| \[[^\]]*RS 0\.311\.43[^|]*\| source officielle \(\d+\), source secondaire \(\d+\) \|$/m,
    );
  });

  it('HTML: the marked English is an <i lang="en" dir="ltr">, with no isolate characters left', async () => {
    const r = await run(['report', 'SN', '--lang', 'fr', '--as-at', '2026-11-01', '--format', 'html']);
    // The UN Cybercrime Convention's Art. 7 has no French title in the data.
    expect(r.out).toContain('<i class="untranslated" lang="en" dir="ltr">Illegal access</i>');
    expect(r.out).not.toMatch(/[\u2068\u2069]/);
  });

  it('gap --format markdown: French words, French titles, marked English, and it passes the lint', async () => {
    const r = await run([
      'gap',
      'SN',
      '--lang',
      'fr',
      '--as-at',
      '2026-11-01',
      '--format',
      'markdown',
      '-i',
      'budapest',
    ]);
    expect(r.code).toBe(0);
    expect(lintMarkdown(r.out)).toEqual([]);
    expect(r.out).toContain('# Sénégal (SN)');
    expect(r.out).toContain('| Disposition | Appréciation |');
    expect(r.out).toMatch(/^\| 2 Accès illégal \| complète \|/m);
    expect(r.out).toMatch(/\*\u2068[^\u2069]+\u2069\*/);
  });
});

describe('the heat map with one instrument', () => {
  it.each([
    ['en', 'concepts (rows) required by the instrument measured (column).'],
    ['fr', 'notions (lignes) requises par l’instrument examiné (colonne).'],
  ])('says "the instrument", not "one of the 1 instrument" (%s)', async (lang, words) => {
    const r = await run(['report', 'SN', '--lang', lang, '--as-at', '2026-11-01', '-i', 'budapest']);
    expect(r.out).toContain(words);
  });
});

describe('gap --lang', () => {
  it('refuses a language for the formats written in English, before loading anything', async () => {
    for (const format of ['table', 'json', 'csv']) {
      const r = await run(['gap', 'SN', '--lang', 'fr', '--format', format]);
      expect(r.code).toBe(2);
      expect(r.out).toBe('');
      expect(r.err).toContain(`--lang fr applies to --format markdown; --format ${format} is written in English`);
    }
    expect((await run(['gap', 'SN', '--lang', 'en', '--format', 'json'])).code).toBe(0);
  });
});

describe('the Arabic heat map mirrors', () => {
  it('sets direction rtl and hangs concept labels from the right edge', async () => {
    const r = await run(['report', 'QA', '--lang', 'ar', '--as-at', '2026-11-01', '--format', 'html']);
    const [whole = '', widthText = '', body = ''] =
      /<svg [^>]*class="heat-map"[^>]*viewBox="0 0 (\d+) \d+"[^>]*>([\s\S]*?)<\/svg>/.exec(r.out) ?? [];
    const width = Number(widthText);
    expect(whole.slice(0, whole.indexOf('>') + 1)).toContain('direction="rtl"');
    // The first concept label sits at width - 8 (PAD), not at 8.
    expect(body).toMatch(new RegExp(`<text x="${width - 8}" y="\\d+" font-size="11"`));
    // The first instrument column is the rightmost: its cells start just left of the label column.
    const firstCell = /<g data-heat-cell="[^"]+"[^>]*><title>[^<]*<\/title><rect x="(\d+(?:\.\d+)?)"/.exec(body);
    expect(Number(firstCell?.[1])).toBe(width - 330 - 92 + 1);
  });
});
