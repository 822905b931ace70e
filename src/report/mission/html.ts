/**
 * report/mission/html: `lexgap report --format html` — the Markdown blocks rendered with marked into
 * one self-contained page: inline CSS, the heat map as inline SVG, no scripts, nothing fetched.
 *
 * Safety: every value from data is escaped before it reaches Markdown (md / mdLink), so marked only
 * ever sees text. marked is further told to escape any raw HTML it meets and to drop links that are
 * not http(s), so even a missed escape cannot produce markup. The only raw HTML is what this file
 * writes around marked's output: the page frame and the SVG, placed between rendered blocks.
 */
import { Marked } from 'marked';
import type { ReportView } from '../../model/report-view.js';
import type { Formatter } from '../context.js';
import { escapeXml } from '../xml.js';
import { reportBlocks } from './blocks.js';
import { heatMapSvgs } from './heat-map-svg.js';
import { REPORT_CSS } from './html-style.js';
import { formatDate, messages, reportWords } from '../i18n/index.js';
import { FSI } from '../i18n/data-text.js';

const SAFE_HREF = /^https?:\/\//i;

const marked = new Marked({
  gfm: true,
  async: false,
  renderer: {
    html: ({ text }) => escapeXml(text),
    link(token) {
      return SAFE_HREF.test(token.href) ? false : this.parser.parseInline(token.tokens);
    },
    image: ({ text }) => escapeXml(text),
    // English data a translated report has no translation for (report/i18n/data-text): tagged with
    // its language, isolated, and styled, so readers and screen readers know it is English.
    em(token) {
      if (!token.text.startsWith(FSI)) return false;
      const inner = this.parser.parseInline(token.tokens).replace(/[\u2068\u2069]/g, '');
      return `<i class="untranslated" lang="en" dir="ltr">${inner}</i>`;
    },
  },
});

function render(markdown: string): string {
  return marked.parse(markdown, { async: false });
}

/** A CSP that forbids scripts and every fetch: a second guard behind the escaping. */
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

export const formatReportHtml: Formatter<ReportView> = (view, ctx) => {
  const m = messages(ctx);
  const svgWords = reportWords(ctx, view.translations, 'plain');
  const sections = reportBlocks(view, ctx).map((b) => {
    const inner =
      b.kind === 'heat-map'
        ? `${render(b.intro)}<figure class="heat-map-figure">\n${heatMapSvgs(b.heatMap, svgWords).join('\n')}\n</figure>\n`
        : render(b.markdown);
    return `<section class="${b.section}">\n${inner}</section>`;
  });
  const { country, asAt } = view.coverage;
  const title = m.documentTitle(svgWords.d.country(country.code, country.name), country.code, formatDate(m, asAt));
  return [
    '<!DOCTYPE html>',
    // dir on the root: tables, lists and the print layout mirror through the CSS's logical properties.
    `<html lang="${m.lang}" dir="${m.dir}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="lexgap ${escapeXml(ctx.toolVersion)}">`,
    `<title>${escapeXml(title)}</title>`,
    `<style>${REPORT_CSS}</style>`,
    '</head>',
    '<body>',
    '<main>',
    ...sections,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
};
