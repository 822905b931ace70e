/**
 * report/mission/docx: `lexgap report --format docx` — the report as a Word document, built with the
 * docx package from the same blocks as the Markdown and HTML (report/mission/blocks). Each block's
 * Markdown is read with marked's lexer and its headings, paragraphs, lists and tables become real
 * Word structure: heading styles (Word's navigation pane and table of contents use them), a
 * table-of-contents field, page numbers in the footer, tables whose header row repeats on every page
 * and whose rows do not split across pages, citations as hyperlinks. The heat map is a table of
 * shaded cells carrying the same symbols as the HTML, so it reads in greyscale.
 *
 * Deterministic: docx stamps the package with the time and gives hyperlinks random ids, so the
 * package is opened again (fflate), the dates in docProps/core.xml set to the report's as-at day, the
 * random relationship ids renumbered in order of appearance, and every zip entry written with one
 * fixed date. The same view gives the same bytes.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  Footer,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { ParagraphChild } from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { Zippable } from 'fflate';
import { Marked } from 'marked';
import type { Token, Tokens } from 'marked';
import type { HeatMap, ReportView } from '../../model/report-view.js';
import type { RenderContext } from '../context.js';
import { reportBlocks } from './blocks.js';
import { HEAT_STYLES, heatStyle } from './heat-legend.js';
import { groupedRows } from './sections/heat-map.js';
import { formatDate, heatLabel, messages, reportWords } from '../i18n/index.js';
import { FSI, PDI, resolveMarks } from '../i18n/data-text.js';

const lexer = new Marked({ gfm: true, async: false });
const SAFE_HREF = /^https?:\/\//i;

/** Font sizes in half-points. */
const BODY_SIZE = 20;
const TABLE_SIZE = 16;
const HEADER_FILL = 'D9D9D9';

interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  size?: number;
  color?: string;
  underline?: Record<string, never>;
  rightToLeft?: boolean;
}

/**
 * Text as runs, each Unicode isolate (U+2068 … U+2069: a name, a citation or English data inside
 * right-to-left text) becoming a run of its own marked left to right, without the isolate characters:
 * Word orders runs by their direction property, which every version honours, where support for the
 * isolate characters themselves varies.
 */
function isolatedRuns(text: string, style: RunStyle): TextRun[] {
  return text
    .split(/(\u2068[^\u2069]*\u2069)/)
    .filter((part) => part !== '')
    .map((part) =>
      part.startsWith(FSI) && part.endsWith(PDI)
        ? new TextRun({ ...style, text: part.slice(1, -1), rightToLeft: false })
        : // An isolate split across Markdown tokens (an escape inside it): its ends are dropped here, and
          // the emphasis around it (untranslated data) has already made the whole run left to right.
          new TextRun({ ...style, text: part.replace(/[\u2068\u2069]/g, '') }),
    );
}

/** Inline Markdown tokens as Word runs and hyperlinks. */
function inline(tokens: readonly Token[] | undefined, style: RunStyle = {}): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  for (const t of tokens ?? []) {
    switch (t.type) {
      case 'strong':
        out.push(...inline((t as Tokens.Strong).tokens, { ...style, bold: true }));
        break;
      case 'em': {
        // English data with no translation: emphasis around an isolate, a left-to-right run.
        const untranslated = (t as Tokens.Em).text.startsWith(FSI);
        const direction = untranslated ? { rightToLeft: false } : {};
        out.push(...inline((t as Tokens.Em).tokens, { ...style, italics: true, ...direction }));
        break;
      }
      case 'link': {
        const link = t as Tokens.Link;
        if (SAFE_HREF.test(link.href))
          out.push(
            new ExternalHyperlink({
              link: link.href,
              children: inline(link.tokens, { ...style, color: '0563C1', underline: {} }),
            }),
          );
        else out.push(...inline(link.tokens, style));
        break;
      }
      case 'br':
        out.push(new TextRun({ ...style, break: 1 }));
        break;
      case 'text': {
        const text = t as Tokens.Text;
        if (text.tokens?.length) out.push(...inline(text.tokens, style));
        else out.push(...isolatedRuns(text.text, style));
        break;
      }
      default:
        // escape, codespan, html (shown as text) and anything else: its text, never markup.
        out.push(...isolatedRuns((t as { text?: string }).text ?? t.raw, style));
    }
  }
  return out;
}

const cellBorders = (
  color = 'BFBFBF',
  size = 4,
  style: (typeof BorderStyle)[keyof typeof BorderStyle] = BorderStyle.SINGLE,
) => ({
  top: { style, size, color },
  bottom: { style, size, color },
  left: { style, size, color },
  right: { style, size, color },
});

function tableCell(children: ParagraphChild[], header: boolean): TableCell {
  return new TableCell({
    children: [new Paragraph({ children, spacing: { before: 20, after: 20 } })],
    borders: cellBorders(),
    ...(header ? { shading: { type: ShadingType.CLEAR, fill: HEADER_FILL, color: 'auto' } } : {}),
  });
}

/** A table whose header row repeats on every page and whose rows never split across a page. */
function table(header: ParagraphChild[][], rows: ParagraphChild[][][]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: header.map((c) => tableCell(c, true)) }),
      ...rows.map((r) => new TableRow({ cantSplit: true, children: r.map((c) => tableCell(c, false)) })),
    ],
  });
}

const HEADINGS = [HeadingLevel.TITLE, HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3];

/** One block's Markdown as Word paragraphs and tables. */
function blockChildren(markdown: string, breakBefore = false): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  let first = breakBefore;
  for (const t of lexer.lexer(markdown)) {
    switch (t.type) {
      case 'heading': {
        const h = t as Tokens.Heading;
        out.push(
          new Paragraph({
            heading: HEADINGS[Math.min(h.depth, 4) - 1],
            children: inline(h.tokens),
            ...(first ? { pageBreakBefore: true } : {}),
          }),
        );
        first = false;
        break;
      }
      case 'paragraph':
        out.push(new Paragraph({ children: inline((t as Tokens.Paragraph).tokens) }));
        break;
      case 'list': {
        const list = t as Tokens.List;
        for (const item of list.items) {
          const tokens = item.tokens.flatMap((x) => (x.type === 'text' || x.type === 'paragraph' ? [x] : []));
          out.push(
            new Paragraph({
              numbering: { reference: list.ordered ? 'lexgap-numbered' : 'lexgap-bullets', level: 0 },
              children: tokens.flatMap((x) => inline((x as Tokens.Text).tokens ?? [x])),
            }),
          );
        }
        break;
      }
      case 'table': {
        const tbl = t as Tokens.Table;
        const size = { size: TABLE_SIZE };
        out.push(
          table(
            tbl.header.map((c) => inline(c.tokens, { ...size, bold: true })),
            tbl.rows.map((r) => r.map((c) => inline(c.tokens, size))),
          ),
          new Paragraph({}),
        );
        break;
      }
      case 'space':
        break;
      default:
        out.push(new Paragraph({ children: [new TextRun({ text: t.raw.trim() })] }));
    }
  }
  return out;
}

/** The heat map as tables of shaded cells, one per concept group, then the legend. */
function heatMapTables(
  map: HeatMap,
  ctx: RenderContext,
  translations: ReportView['translations'],
): (Paragraph | Table)[] {
  const m = messages(ctx);
  const w = reportWords(ctx, translations, 'plain');
  /** Data text as runs: English with no translation in italics, left to right (report/i18n/data-text). */
  const dataRuns = (text: string) => {
    const plain = resolveMarks(text, 'none');
    return plain === text
      ? [new TextRun({ text, size })]
      : [new TextRun({ text: plain, size, italics: true, ...(m.dir === 'rtl' ? { rightToLeft: false } : {}) })];
  };
  const size = TABLE_SIZE;
  const ratingCell = (rating: Parameters<typeof heatStyle>[0], text: string) => {
    const s = heatStyle(rating);
    const shading =
      rating === 'reserved'
        ? { type: ShadingType.DIAGONAL_STRIPE, fill: s.fill.slice(1).toUpperCase(), color: '969696' }
        : { type: ShadingType.CLEAR, fill: s.fill.slice(1).toUpperCase(), color: 'auto' };
    const borders =
      rating === 'none'
        ? cellBorders('08306B', 12)
        : rating === 'not-assessed'
          ? cellBorders('525252', 8, BorderStyle.DASHED)
          : cellBorders();
    return new TableCell({
      children: [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [
            new TextRun({
              text,
              size,
              color: s.ink.slice(1).toUpperCase(),
              bold: rating === 'full' || rating === 'reserved',
            }),
          ],
        }),
      ],
      shading,
      borders,
    });
  };
  const out: (Paragraph | Table)[] = [];
  const header = (first: string, rest: string[]) =>
    new TableRow({
      tableHeader: true,
      cantSplit: true,
      children: [first, ...rest].map((h) =>
        tableCell([new TextRun({ text: resolveMarks(h, 'none'), bold: true, size })], true),
      ),
    });
  for (const group of groupedRows(map, m)) {
    out.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(group.title)] }));
    out.push(
      new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: [
          header(
            m.heat.concept,
            map.instruments.map((i) => w.d.instrumentShort(i.id, i.shortTitle)),
          ),
          ...group.rows.map(
            (row) =>
              new TableRow({
                cantSplit: true,
                children: [
                  tableCell(dataRuns(w.d.concept(row.concept, row.title)), false),
                  ...row.cells.map((cell) =>
                    ratingCell(
                      cell.rating,
                      cell.rating === 'not-required'
                        ? heatStyle(cell.rating).symbol
                        : `${heatStyle(cell.rating).symbol} ${cell.provisions.join(', ')}${cell.reliesOnRecalled ? ' ⚠' : ''}`,
                    ),
                  ),
                ],
              }),
          ),
        ],
      }),
      new Paragraph({}),
    );
  }
  out.push(new Paragraph({ children: [new TextRun({ text: m.heat.legendTitle, bold: true })] }));
  out.push(
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        header(m.heat.symbol, [m.heat.rating, m.heat.meaning]),
        ...HEAT_STYLES.map(
          (s) =>
            new TableRow({
              cantSplit: true,
              children: [
                ratingCell(s.rating, s.symbol),
                tableCell([new TextRun({ text: heatLabel(m, s.rating), size })], false),
                tableCell([new TextRun({ text: m.heat.meanings[s.rating], size })], false),
              ],
            }),
        ),
      ],
    }),
    new Paragraph({}),
  );
  return out;
}

function buildDocument(view: ReportView, ctx: RenderContext): Document {
  const m = messages(ctx);
  const children: (Paragraph | Table | TableOfContents)[] = [];
  for (const b of reportBlocks(view, ctx)) {
    if (b.kind === 'heat-map') {
      children.push(...blockChildren(b.intro), ...heatMapTables(b.heatMap, ctx, view.translations));
      continue;
    }
    // Each instrument chapter starts on a new page, as in the printed HTML.
    children.push(...blockChildren(b.markdown, b.section === 'instrument'));
    if (b.section === 'title')
      children.push(
        // Not a heading style: the contents must not list itself.
        new Paragraph({
          keepNext: true,
          spacing: { before: 360, after: 120 },
          children: [new TextRun({ text: m.docx.contents, bold: true, size: 32, color: '08306B' })],
        }),
        new TableOfContents(m.docx.contents, { hyperlink: true, headingStyleRange: '1-2' }),
        new Paragraph({ children: [new TextRun({ text: m.docx.tocHint, italics: true, size: 16 })] }),
      );
  }
  const rtl = m.dir === 'rtl';
  const { country, asAt } = view.coverage;
  return new Document({
    creator: 'lexgap',
    title: m.documentTitle(
      reportWords(ctx, [], 'plain').d.country(country.code, country.name),
      country.code,
      formatDate(m, asAt),
    ),
    description: `lexgap ${ctx.toolVersion}`,
    features: { updateFields: true },
    styles: {
      default: {
        document: {
          run: { size: BODY_SIZE, font: m.docx.font, ...(rtl ? { rightToLeft: true } : {}) },
          paragraph: { spacing: { after: 80 }, ...(rtl ? { bidirectional: true } : {}) },
        },
        // Outline levels make the headings show in Word's navigation pane and table of contents.
        title: { run: { size: 40, bold: true, color: '08306B' }, paragraph: { spacing: { after: 240 } } },
        heading1: {
          run: { size: 32, bold: true, color: '08306B' },
          paragraph: { outlineLevel: 0, keepNext: true, spacing: { before: 360, after: 120 } },
        },
        heading2: {
          run: { size: 26, bold: true, color: '08519C' },
          paragraph: { outlineLevel: 1, keepNext: true, spacing: { before: 240, after: 80 } },
        },
        heading3: {
          run: { size: 22, bold: true, color: '252525' },
          paragraph: { outlineLevel: 2, keepNext: true, spacing: { before: 200, after: 60 } },
        },
      },
    },
    numbering: {
      config: [
        {
          reference: 'lexgap-bullets',
          levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.START }],
        },
        {
          reference: 'lexgap-numbered',
          levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START }],
        },
      ],
    },
    sections: [
      {
        properties: {
          page: { margin: { top: 1000, bottom: 1000, left: 900, right: 900 } },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({
                    size: 16,
                    children: [m.docx.page, ' ', PageNumber.CURRENT, ` ${m.docx.of} `, PageNumber.TOTAL_PAGES],
                  }),
                ],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
}

/** A fixed zip-entry date, built from local fields so that every time zone writes the same bytes. */
const ZIP_DATE = new Date(2000, 0, 1, 0, 0, 0);

/**
 * Makes the package reproducible: core.xml dates set to the as-at day, random relationship ids
 * renumbered in order of first appearance, every entry stored with one fixed date.
 */
export function normalisePackage(bytes: Uint8Array, asAt: string): Uint8Array {
  const entries = unzipSync(bytes);
  const names = Object.keys(entries);
  const text = new Map<string, string>();
  for (const name of names) if (/\.(xml|rels)$/.test(name)) text.set(name, strFromU8(entries[name]!));
  // docx names hyperlink relationships rId + a random nanoid; give them stable names.
  const ids = new Map<string, string>();
  const order = ['word/document.xml', ...names.filter((n) => n !== 'word/document.xml')];
  for (const name of order) {
    const xml = text.get(name);
    if (xml === undefined) continue;
    for (const match of xml.matchAll(/rId[A-Za-z0-9_-]{21}(?=")/g))
      if (!ids.has(match[0])) ids.set(match[0], `rIdL${ids.size + 1}`);
  }
  const stamp = `${asAt}T00:00:00Z`;
  const out: Zippable = {};
  for (const name of names) {
    let xml = text.get(name);
    let data = entries[name]!;
    if (xml !== undefined) {
      xml = xml.replace(/rId[A-Za-z0-9_-]{21}(?=")/g, (id) => ids.get(id) ?? id);
      if (name === 'docProps/core.xml')
        xml = xml.replace(
          /(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:(?:created|modified)>)/g,
          `$1${stamp}$2`,
        );
      data = strToU8(xml);
    }
    out[name] = [data, { mtime: ZIP_DATE, level: 6 }];
  }
  return zipSync(out);
}

export async function formatReportDocx(view: ReportView, ctx: RenderContext): Promise<Uint8Array> {
  const buffer = await Packer.toBuffer(buildDocument(view, ctx));
  return normalisePackage(new Uint8Array(buffer), view.coverage.asAt);
}
