/**
 * A Word document read back as text, for tests and the golden copy: each paragraph on a line, its
 * style first where it has one ("[Heading1] Executive summary"), table rows as "| a | b |" with the
 * repeated header rows marked "|h|", hyperlinks as "text <url>", fields by their code.
 */
import { strFromU8, unzipSync } from 'fflate';

const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

export interface DocxParts {
  files: Record<string, string>;
  document: string;
  rels: Map<string, string>;
}

export function readDocx(bytes: Uint8Array): DocxParts {
  const entries = unzipSync(bytes);
  const files: Record<string, string> = {};
  for (const [name, data] of Object.entries(entries)) files[name] = strFromU8(data);
  const rels = new Map<string, string>();
  for (const m of (files['word/_rels/document.xml.rels'] ?? '').matchAll(
    /<Relationship [^>]*?Id="([^"]+)"[^>]*?Target="([^"]+)"/g,
  ))
    rels.set(m[1]!, decode(m[2]!));
  return { files, document: files['word/document.xml'] ?? '', rels };
}

/** Paragraph text, with hyperlinks' targets after their text. */
function paragraphText(xml: string, rels: Map<string, string>): string {
  let out = '';
  const re =
    /<w:hyperlink [^>]*r:id="([^"]+)"[^>]*>([\s\S]*?)<\/w:hyperlink>|<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:instrText[^>]*>([^<]*)<\/w:instrText>|<w:(tab|br)\/>/g;
  for (const m of xml.matchAll(re)) {
    if (m[1] !== undefined) {
      const text = [...m[2]!.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => decode(t[1]!)).join('');
      out += `${text} <${rels.get(m[1]) ?? m[1]}>`;
    } else if (m[3] !== undefined) out += decode(m[3]);
    else if (m[4] !== undefined) out += `{${decode(m[4]).trim()}}`;
    else out += m[5] === 'tab' ? '\t' : ' ';
  }
  return out;
}

/** The document body as lines of text. */
export function docxText(bytes: Uint8Array): string {
  const { document, rels } = readDocx(bytes);
  const body = document.slice(document.indexOf('<w:body>'), document.indexOf('</w:body>'));
  const lines: string[] = [];
  const re = /<w:tbl>([\s\S]*?)<\/w:tbl>|<w:p(?: [^>]*)?>([\s\S]*?)<\/w:p>|<w:p\/>/g;
  for (const m of body.matchAll(re)) {
    if (m[1] !== undefined) {
      for (const row of m[1].matchAll(/<w:tr(?: [^>]*)?>([\s\S]*?)<\/w:tr>/g)) {
        const header = /<w:tblHeader\/>/.test(row[1]!);
        const cells = [...row[1]!.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((c) =>
          [...c[1]!.matchAll(/<w:p(?: [^>]*)?>([\s\S]*?)<\/w:p>/g)].map((p) => paragraphText(p[1]!, rels)).join(' '),
        );
        lines.push(`${header ? '|h|' : '|'} ${cells.join(' | ')} |`);
      }
      lines.push('');
    } else if (m[2] !== undefined) {
      const style = /<w:pStyle w:val="([^"]+)"\/>/.exec(m[2])?.[1];
      const text = paragraphText(m[2], rels);
      if (style || text) lines.push(`${style ? `[${style}] ` : ''}${text}`);
    }
  }
  return `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}
