import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../../../src/cli/main.js';
import { docxText, readDocx } from '../../helpers/docx-text.js';
import { fakeIo } from '../../helpers/fake-io.js';
import { expectGolden } from '../../helpers/golden.js';
import { ENGLISH_FRAGMENTS } from '../../helpers/english-fragments.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const AS_AT = '2026-11-01';

async function reportDocx(args: string[]): Promise<Uint8Array> {
  const dir = mkdtempSync(join(tmpdir(), 'lexgap-docx-'));
  try {
    const io = fakeIo(ROOT);
    const out = join(dir, 'report.docx');
    expect(await main(['report', ...args, '--as-at', AS_AT, '-o', out], io)).toBe(0);
    expect(io.err).toBe('');
    expect(io.out).toBe('');
    return new Uint8Array(readFileSync(out));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('lexgap report --format docx (issue 14)', () => {
  let ke: Uint8Array;
  let text: string;
  beforeAll(async () => {
    ke = await reportDocx(['KE']);
    text = docxText(ke);
  }, 60_000);

  it('is the same bytes on every run: fixed package dates, stable ids, fixed zip dates', async () => {
    const again = await reportDocx(['KE']);
    expect(Buffer.from(again).equals(Buffer.from(ke))).toBe(true);
    const { files } = readDocx(ke);
    expect(files['docProps/core.xml']).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2026-11-01T00:00:00Z<');
    expect(files['docProps/core.xml']).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2026-11-01T00:00:00Z<');
    expect(files['word/document.xml']).not.toMatch(/r:id="rId[A-Za-z0-9_-]{21}"/);
  });

  it('matches its golden text', () => {
    expectGolden('report/ke.docx.txt', text);
  });

  it('has real Word structure: heading styles with outline levels, a TOC field, page numbers in the footer', () => {
    const { files } = readDocx(ke);
    expect(text).toMatch(/^\[Title\] Cybercrime legislation of Kenya \(KE\): gap analysis$/m);
    for (const h of [
      'Executive summary',
      'Heat map',
      'Budapest Convention: provision by provision',
      'Method',
      'Data provenance',
    ])
      expect(text).toMatch(new RegExp(`^\\[Heading1\\] ${h}$`, 'm'));
    expect(text).toMatch(/^\[Heading2\] Most important gaps$/m);
    expect(files['word/styles.xml']).toMatch(/w:styleId="Heading1">[\s\S]*?<w:outlineLvl w:val="0"\/>/);
    expect(/TOC \\h \\o &quot;1-2&quot;/.test(files['word/document.xml']!)).toBe(true);
    expect(files['word/settings.xml']).toContain('<w:updateFields/>');
    expect(
      Object.entries(files).some(([n, x]) => /^word\/footer\d+\.xml$/.test(n) && /PAGE/.test(x) && /NUMPAGES/.test(x)),
    ).toBe(true);
  });

  it('repeats table header rows and keeps rows from splitting across pages', () => {
    const doc = readDocx(ke).document;
    const tables = [...doc.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((m) => m[1]!);
    expect(tables.length).toBeGreaterThan(20);
    for (const t of tables) {
      const rows = [...t.matchAll(/<w:tr(?: [^>]*)?>([\s\S]*?)<\/w:tr>/g)].map((m) => m[1]!);
      expect(rows[0]).toContain('<w:tblHeader/>');
      for (const r of rows) expect(r).toContain('<w:cantSplit/>');
    }
  });

  it("carries Kenya's ratings, citations as hyperlinks and ⚠ for recalled data", () => {
    expect(text).toMatch(
      /^\| Art\.\s9 <https:\/\/www\.coe\.int[^>]*> Offences related to child pornography \|.*\| ◐ partial \|/m,
    );
    expect(text).toMatch(
      /^\| Art\.\s2 <[^>]+> Illegal access \|.*Computer Misuse and Cybercrimes Act s\.\s14 <https:\/\/new\.kenyalaw\.org\/akn\/ke\/act\/2018\/5\/> \| ● full \|/m,
    );
    expect(text).toMatch(/^\| Art\.\s10 <[^>]+> .*⚠ rests on recalled data \|/m);
    expect(text).toMatch(/^\| Art\.\s24 <[^>]+> Extradition \|.*\| \? not assessed \|/m);
  });

  it('draws the heat map as shaded cells with the HTML symbols: reserved hatched, none outlined, not assessed dashed', () => {
    expect(text).toMatch(
      /^\|h\| Concept \| Budapest Convention \| Commonwealth Model Law \(2002\) \| UN Cybercrime Convention \(2024\) \| UNTOC \|$/m,
    );
    expect(text).toMatch(/^\| Extradition \| \? 24 \| – \| \? 37 ⚠ \| – \|$/m);
    expect(text).toMatch(/^\| ○ \| none \| no required element met \|$/m);
    const doc = readDocx(ke).document;
    // Checked as booleans: a failure must not print the whole document.
    expect(/<w:shd w:fill="08519C"/.test(doc)).toBe(true);
    expect(doc.includes('w:val="diagStripe"')).toBe(true);
    expect(/<w:top w:val="dashed"/.test(doc)).toBe(true);
  });

  it('refuses docx on standard output, and picks docx from the -o extension', async () => {
    const io = fakeIo(ROOT);
    expect(await main(['report', 'KE', '--format', 'docx'], io)).toBe(2);
    expect(io.err).toMatch(/binary/);
  });
});

describe('French and Arabic Word documents (issue 14)', () => {
  /**
   * The document's text without what may stay English: hyperlinks (citations of sources), italic runs
   * (untranslated data) and left-to-right runs (names and citations in Arabic).
   */
  const translatedText = (xml: string) =>
    [
      ...xml
        .replace(/<w:hyperlink [^>]*>.*?<\/w:hyperlink>/g, '')
        .matchAll(/<w:r>(?:<w:rPr>(.*?)<\/w:rPr>)?<w:t[^>]*>([^<]*)<\/w:t><\/w:r>/g),
    ]
      .filter(([, props = '']) => !props.includes('<w:i/>') && !props.includes('<w:rtl w:val="false"/>'))
      .map(([, , text]) => text)
      .join(' ');

  it('gives Senegal a French document with no English of the tool’s own', async () => {
    const bytes = await reportDocx(['SN', '--lang', 'fr']);
    const text = docxText(bytes);
    expect(text).toMatch(/^\[Title\] Législation sur la cybercriminalité — Sénégal \(SN\)\u00a0: analyse des écarts$/m);
    expect(text).toMatch(/^\[Heading1\] Synthèse$/m);
    const { document } = readDocx(bytes);
    const french = translatedText(document);
    expect(ENGLISH_FRAGMENTS.filter((f) => french.includes(f))).toEqual([]);
    // English left untranslated is there, in italics.
    expect(document).toMatch(/<w:rPr><w:i\/><w:iCs\/>[^]*?<w:t xml:space="preserve">Illegal access<\/w:t>/);
  }, 60_000);

  it('gives Qatar an Arabic document laid out right to left, names and English in left-to-right runs', async () => {
    const bytes = await reportDocx(['QA', '--lang', 'ar']);
    const { files, document } = readDocx(bytes);
    expect(files['word/styles.xml']).toContain('<w:bidi/>');
    expect(docxText(bytes)).toMatch(/^\[Heading1\] الملخص التنفيذي$/m);
    expect(document).toContain(
      '<w:r><w:rPr><w:rtl w:val="false"/></w:rPr><w:t xml:space="preserve">Law No. (14) of 2014</w:t></w:r>',
    );
    // No isolate characters reach Word: the runs carry the direction.
    expect(document).not.toMatch(/[\u2068\u2069]/);
    expect(ENGLISH_FRAGMENTS.filter((f) => translatedText(document).includes(f))).toEqual([]);
  }, 60_000);
});
