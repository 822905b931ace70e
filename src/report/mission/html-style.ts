/**
 * report/mission/html-style: the report's only stylesheet, inlined. System fonts only (no requests);
 * A4 print with a page break before each instrument chapter and table headers repeated on every page.
 */
export const REPORT_CSS = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body {
  margin: 0 auto; max-width: 72rem; padding: 1.5rem 2rem 3rem;
  font-family: "Liberation Sans", "DejaVu Sans", Arial, Helvetica, sans-serif;
  font-size: 15px; line-height: 1.45; color: #1a1a1a; background: #ffffff;
}
/* Arabic: fonts that carry Arabic script, in the page and in print. */
html[lang="ar"] body {
  font-family: "Noto Naskh Arabic", "Noto Sans Arabic", "Amiri", "Traditional Arabic", "Arabic Typesetting",
    "Simplified Arabic", Tahoma, "DejaVu Sans", Arial, sans-serif;
  line-height: 1.7;
}
h1 { font-size: 1.7rem; margin-block: 0 0.8rem; margin-inline: 0; color: #08306b; }
h2 { font-size: 1.35rem; margin-block: 2rem 0.6rem; margin-inline: 0; padding-block-end: 0.2rem; border-block-end: 2px solid #9ecae1; color: #08306b; }
h3 { font-size: 1.1rem; margin-block: 1.4rem 0.4rem; margin-inline: 0; color: #08306b; }
a { color: #08519c; }
table { border-collapse: collapse; width: 100%; margin: 0.6rem 0 1rem; font-size: 0.85rem; }
th, td { border: 1px solid #bdbdbd; padding-block: 0.3rem; padding-inline: 0.45rem; text-align: start; vertical-align: top; overflow-wrap: break-word; }
thead th { background: #deebf7; }
tbody tr:nth-child(even) { background: #f7fbff; }
/* Provision tables: fixed columns, so a long paraphrase cannot squeeze the rating to one letter a line. */
section.instrument table:has(th:nth-child(6)) { table-layout: fixed; }
section.instrument th:nth-child(1):nth-last-child(6) { width: 12%; }
section.instrument th:nth-child(2):nth-last-child(5) { width: 25%; }
section.instrument th:nth-child(3):nth-last-child(4) { width: 14%; }
section.instrument th:nth-child(4):nth-last-child(3) { width: 10%; }
section.instrument th:nth-child(5):nth-last-child(2) { width: 17%; }
section.instrument th:nth-child(6):nth-last-child(1) { width: 22%; }
.heat-map-figure { margin: 1rem 0; overflow-x: auto; }
.heat-map-figure svg { display: block; max-width: 100%; height: auto; margin-block-end: 0.6rem; }
/* The SVG panels are drawn left to right; in a right-to-left page they sit at the start edge. */
[dir="rtl"] .heat-map-figure svg { margin-inline-start: 0; margin-inline-end: auto; direction: ltr; }
ul, ol { padding-inline-start: 1.4rem; }
@page { size: A4; margin: 14mm 12mm 16mm; }
/* English data a translated report could not translate (report/i18n/data-text). */
i.untranslated { color: #404040; }
@media print {
  body { max-width: none; padding: 0; font-size: 9.5pt; }
  html[lang="ar"] body { font-size: 10.5pt; }
  a { color: inherit; text-decoration: none; }
  section.instrument { break-before: page; }
  section.heat-map, section.reservations, section.method, section.provenance { break-before: page; }
  thead { display: table-header-group; }
  tr, .heat-map-figure svg { break-inside: avoid; }
  .heat-map-figure { overflow: visible; }
  h2, h3 { break-after: avoid; }
  table { font-size: 8pt; }
  tbody tr:nth-child(even) { background: none; }
}
`;
