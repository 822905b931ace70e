import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../../../src/cli/main.js';
import { expectGolden } from '../../helpers/golden.js';
import { fakeIo } from '../../helpers/fake-io.js';
import { lintMarkdown } from '../../helpers/markdown-lint.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
// A fixed date, so the golden reports do not change with the clock.
const AS_AT = '2026-11-01';

async function report(code: string, format: 'markdown' | 'html'): Promise<string> {
  const io = fakeIo(ROOT);
  expect(await main(['report', code, '--as-at', AS_AT, '--format', format], io)).toBe(0);
  expect(io.err).toBe('');
  return io.out;
}

describe('lexgap report', () => {
  for (const code of ['KE', 'NG']) {
    it(`writes the ${code} report in Markdown (golden) that passes markdownlint`, async () => {
      const md = await report(code, 'markdown');
      expectGolden(`report/${code.toLowerCase()}.md`, md);
      expect(lintMarkdown(md)).toEqual([]);
    });

    it(`writes the ${code} report in HTML (golden)`, async () => {
      const html = await report(code, 'html');
      expectGolden(`report/${code.toLowerCase()}.html`, html);
      expect(html).not.toMatch(/<script/i);
    });
  }

  describe('what the data says beyond the ratings (issue 11)', () => {
    let ke = '';
    let ng = '';
    beforeAll(async () => {
      ke = await report('KE', 'markdown');
      ng = await report('NG', 'markdown');
    });

    it('lists in the method section what was not surveyed, with the survey note, and the laws relied on', () => {
      const method = ke.slice(ke.indexOf('## Method'), ke.indexOf('## Data provenance'));
      expect(method).toMatch(/\*\*Not surveyed:\*\* [^\n]*Laundering of proceeds of crime[^\n]*Extradition/);
      expect(method).toContain('**Survey note:** Read section by section');
      expect(method).toMatch(/\| Proceeds of Crime and Anti-Money Laundering Act, [^\n]*\| verified \|/);
      expect(method).toMatch(/\| Penal Code, Cap\. 63 [^\n]*\| ⚠ recalled \|/);
    });

    it("puts the data's notes on a finding in that provision's row", () => {
      const art23 = ke
        .split('\n')
        .find((l) => l.includes('General principles relating to international co-operation |'))!;
      expect(art23).toContain('Note on Computer Misuse and Cybercrimes Act s.\u00a057: Apparent drafting slip');
    });

    it('shows status dates and the overall label in the summary and the instrument chapter', () => {
      const row = ng.split('\n').find((l) => l.startsWith('| Budapest Convention |'))!;
      expect(row).toContain('Nigeria is a party (ratified 2022-07-06, in force 2022-11-01)');
      expect(row).toMatch(/\| overall [a-z ]+;/);
      expect(ng).toMatch(/Measured because: Nigeria is a party \(ratified 2022-07-06, in force 2022-11-01\)/);
      expect(ke).toMatch(/\*\*Overall:\*\* [^\n]*; overall largely in place;/);
    });

    it('shows not-assessed as "?" in the legend, heat map and tables, never as none, and prints no HTML entities', () => {
      expect(ke).toContain('| ? | not assessed | the laws that would meet it were not read |');
      expect(ke).toMatch(/^\| Extradition \| \? 24 \|/m);
      expect(ke).toMatch(/Extradition \| [^\n]*\| \? not assessed \|/);
      for (const text of [ke, ng]) expect(text).not.toMatch(/&(?:amp|lt|gt|quot|#\d+);/);
    });
  });

  describe('--lang (issue 14)', () => {
    const run = async (argv: string[]) => {
      const io = fakeIo(ROOT);
      expect(await main([...argv, '--as-at', AS_AT], io)).toBe(0);
      expect(io.err).toBe('');
      return io.out;
    };

    it('writes French Markdown that passes markdownlint, with French headings, ratings, numbers and typography', async () => {
      const fr = await run(['report', 'SN', '--lang', 'fr']);
      expect(lintMarkdown(fr)).toEqual([]);
      for (const h of [
        '## Synthèse',
        '### Principales lacunes',
        '## Carte thermique',
        '## Méthode',
        '## Provenance des données',
      ])
        expect(fr).toContain(`${h}\n`);
      expect(fr).toMatch(/^- \*\*Pays\u00a0:\*\* Sénégal \(SN\)$/m);
      expect(fr).toMatch(/\| \d+,\d\u00a0% \|/);
      expect(fr).toContain('| ● | complète | tous les éléments requis sont satisfaits |');
      expect(fr).toMatch(/\| [◐●○?] (complète|partielle|absente|non évaluée)/);
    });

    it('writes Arabic with Arabic headings and plural forms', async () => {
      const ar = await run(['report', 'QA', '--lang', 'ar']);
      expect(lintMarkdown(ar)).toEqual([]);
      expect(ar).toContain('## الملخص التنفيذي\n');
      expect(ar).toContain('## الخريطة الحرارية\n');
      expect(ar).toMatch(/ \d+ مفهومًا يشترط /);
      const html = await run(['report', 'QA', '--lang', 'ar', '--format', 'html']);
      expect(html).toContain('<html lang="ar" dir="rtl">');
    });

    it('rejects a language it has no catalogue for', async () => {
      const io = fakeIo(ROOT);
      expect(await main(['report', 'SN', '--lang', 'de'], io)).toBe(2);
    });
  });

  it('infers HTML from -o report.html and writes nothing to stdout', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lexgap-report-'));
    try {
      const io = fakeIo(ROOT);
      const out = join(dir, 'report.html');
      expect(await main(['report', 'KE', '--as-at', AS_AT, '-i', 'budapest', '-o', out], io)).toBe(0);
      expect(io.err).toBe('');
      expect(io.out).toBe('');
      expect(readFileSync(out, 'utf8')).toMatch(/^<!DOCTYPE html>/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('rejects an unknown format and an unknown country with exit 2', async () => {
    for (const argv of [
      ['report', 'KE', '--format', 'pdf'],
      ['report', 'ZZ'],
    ]) {
      const io = fakeIo(ROOT);
      expect(await main(argv, io)).toBe(2);
      expect(io.err).toMatch(/^lexgap: |error:/);
    }
  });
});

describe('lexgap diff', () => {
  it("KE@2017-01-01 KE shows the 2018 Act's provisions moving from none to their ratings", async () => {
    const io = fakeIo(ROOT);
    expect(await main(['diff', 'KE@2017-01-01', 'KE', '-i', 'budapest', '--format', 'json'], io)).toBe(0);
    const { diff } = JSON.parse(io.out);
    expect(diff.from).toMatchObject({ country: { code: 'KE' }, asAt: '2017-01-01' });
    expect(diff.to.asAt).toBe('2026-11-01'); // fakeIo's today
    const changes: { number: string; from: string; to: string; sectionsAdded: { law: string; number: string }[] }[] =
      diff.instruments[0].changes;
    const byNumber = Object.fromEntries(changes.map((c) => [c.number, c]));
    // Arts 2 (illegal access, CMCA s. 14) and 3 (interception, s. 17) did not exist before the 2018 Act.
    expect(byNumber['2']).toMatchObject({ from: 'none', to: 'full' });
    expect(byNumber['2']!.sectionsAdded).toEqual([expect.objectContaining({ law: 'cmca-2018', number: '14' })]);
    // Art. 3 is full on the arguable reading of s. 2 recorded in ke.yaml.
    expect(byNumber['3']).toMatchObject({ from: 'none', to: 'full' });
    // Every provision that moved, moved because of the CMCA.
    for (const c of changes) {
      // Laws relied on without a date (the Penal Code entry) already count before 2018.
      expect(['none', 'partial', 'not-assessed']).toContain(c.from);
      expect(c.sectionsAdded.some((s) => s.law === 'cmca-2018')).toBe(true);
    }
  });

  it('prints a table by default and Markdown on request', async () => {
    const table = fakeIo(ROOT);
    expect(await main(['diff', 'KE@2017-01-01', 'KE@2026-11-01', '-i', 'budapest'], table)).toBe(0);
    expect(table.out).toMatch(/Kenya \(KE\) as at 2017-01-01 → Kenya \(KE\) as at 2026-11-01/);
    expect(table.out).toMatch(/none → full ↑/);
    const md = fakeIo(ROOT);
    expect(await main(['diff', 'KE@2017-01-01', 'KE', '-i', 'budapest', '--format', 'markdown'], md)).toBe(0);
    expect(lintMarkdown(md.out)).toEqual([]);
  });

  it('compares two countries', async () => {
    const io = fakeIo(ROOT);
    expect(await main(['diff', 'KE', 'NG', '--format', 'json'], io)).toBe(0);
    const { diff } = JSON.parse(io.out);
    expect(diff.sameCountry).toBe(false);
    // ECOWAS applies to Nigeria only.
    expect(diff.instruments.find((i: { instrument: string }) => i.instrument === 'ecowas-2011')).toMatchObject({
      inFrom: false,
      inTo: true,
      changes: [],
    });
  });

  it('rejects a bad date and a side without a country with exit 2', async () => {
    for (const argv of [
      ['diff', 'KE@2017-02-30', 'KE'],
      ['diff', '@2017-01-01', 'KE'],
    ]) {
      const io = fakeIo(ROOT);
      expect(await main(argv, io)).toBe(2);
      expect(io.err).toMatch(/^lexgap: /);
    }
  });
});
