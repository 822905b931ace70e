/**
 * report/markdown-escape: every value taken from data goes through here before it reaches Markdown,
 * so a title like `<script>` or `[x](javascript:...)` renders as text in Markdown and in HTML.
 */

import { LINE_BREAK } from './terminal-text.js';

/** Escapes inline Markdown and HTML. Safe inside paragraphs, list items and table cells. */
export function md(text: string): string {
  return (
    text
      // Backslash escapes, not HTML entities: a reader of the raw Markdown sees "&c" and "3 < 4", not
      // "&amp;c". Only what could start markup is escaped: '<' before a tag name, '/', '!' or '?' (raw
      // HTML, autolinks), '&' that would read as an entity, and '>' opening a value (a blockquote).
      // Brackets are what links and images need, so escaping them makes `[x](javascript:...)` inert;
      // parentheses alone cannot form a link and are left readable.
      .replace(/([\\`*_{}[\]|~])/g, '\\$1')
      .replace(/<(?=[A-Za-z/!?])/g, '\\<')
      .replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&')
      .replace(/^(\s*)>/, '$1\\>')
      // A URL in running text (a note quoting its source) stays text: GFM would autolink it and
      // markdownlint flags bare URLs. Links are made only by mdLink.
      .replace(/\b(https?|ftp):\/\//gi, '$1\\://')
      // Every line break, not only \n: marked ends a line at a lone CR too, so `\r# HEADING` in a
      // value would otherwise become a heading, and any break would end a table row.
      .replace(LINE_BREAK, ' ')
  );
}

/** A URL for a Markdown link: only http(s), with characters that would end the link encoded. */
export function mdUrl(url: string): string | undefined {
  if (!/^https?:\/\//i.test(url)) return undefined;
  // `|` too: inside a GFM table it would end the cell.
  return url.replace(/[()<>\s"'`\\|]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** A link whose text and target both come from data; falls back to plain text for unsafe URLs. */
export function mdLink(text: string, url: string): string {
  const safe = mdUrl(url);
  return safe ? `[${md(text)}](${safe})` : md(text);
}
