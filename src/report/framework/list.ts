/** report/framework/list: `lexgap list instruments|concepts|countries` as a table or JSON. */
import Table from 'cli-table3';
import { oneLine } from '../terminal-text.js';
import type { ConceptSummary, CountrySummary, InstrumentSummary } from '../../model/index.js';
import type { Formatter } from '../context.js';
import { csvRows } from '../csv.js';
import { md } from '../markdown-escape.js';

export type Listing =
  | { what: 'instruments'; items: InstrumentSummary[] }
  | { what: 'concepts'; items: ConceptSummary[] }
  | { what: 'countries'; items: CountrySummary[] };

/** No rule between rows: one line per item reads faster. */
const COMPACT = { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' };

const pct = (x: number) => `${Math.round(x * 100)}%`;

function rows(listing: Listing): { head: string[]; body: string[][] } {
  switch (listing.what) {
    case 'instruments':
      return {
        head: ['id', 'title', 'kind', 'year', 'provisions', 'rated', 'verified', 'secondary', 'recalled'],
        body: listing.items.map((i) => [
          i.id,
          i.shortTitle,
          i.kind,
          i.year ?? '—',
          String(i.provisions),
          String(i.rated),
          pct(i.basis.verified),
          pct(i.basis.secondary),
          pct(i.basis.recalled),
        ]),
      };
    case 'concepts':
      return {
        head: ['id', 'group', 'title', 'elements', 'narrowings', 'used by'],
        body: listing.items.map((c) => [
          c.id,
          c.group,
          c.title,
          String(c.elements),
          String(c.narrowings),
          c.usedBy.join(', ') || (c.reserved ? '(reserved)' : '—'),
        ]),
      };
    case 'countries':
      return {
        head: ['code', 'name', 'laws', 'sections', 'verified', 'instruments that apply'],
        body: listing.items.map((c) => [
          c.code,
          c.name,
          String(c.laws),
          String(c.sections),
          pct(c.verified),
          c.instruments.join(', '),
        ]),
      };
  }
}

export const formatListTable: Formatter<Listing> = (listing, ctx) => {
  const { head, body } = rows(listing);
  const table = new Table({
    head,
    chars: COMPACT,
    style: { head: ctx.color ? ['bold'] : [], border: ctx.color ? ['grey'] : [] },
  });
  table.push(...body.map((row) => row.map(oneLine)));
  return `${table.toString()}\n${body.length} ${listing.what}\n`;
};

export const formatListJson: Formatter<Listing> = (listing, ctx) =>
  JSON.stringify(
    { schemaVersion: 1, tool: { name: 'lexgap', version: ctx.toolVersion }, [listing.what]: listing.items },
    null,
    2,
  ) + '\n';

export const formatListCsv: Formatter<Listing> = (listing) => {
  const { head, body } = rows(listing);
  return csvRows([head, ...body]);
};

export const formatListMarkdown: Formatter<Listing> = (listing) => {
  const { head, body } = rows(listing);
  return [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...body.map((r) => `| ${r.map(md).join(' | ')} |`),
    '',
  ].join('\n');
};

export const listFormatters = {
  table: formatListTable,
  json: formatListJson,
  csv: formatListCsv,
  markdown: formatListMarkdown,
} satisfies Record<string, Formatter<Listing>>;
export type ListFormat = keyof typeof listFormatters;
