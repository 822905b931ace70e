/**
 * report/summary/csv: one row per country; per instrument, five columns (score as a fraction, label,
 * full, partial, none). An instrument that does not apply gives '—' as its score and empty counts.
 */
import type { CorpusSummary } from '../../model/summary.js';
import type { Formatter } from '../context.js';
import { csvRows } from '../csv.js';
import { NOT_APPLICABLE } from './text.js';

const COLUMNS = ['score', 'label', 'full', 'partial', 'none'] as const;

export const formatSummaryCsv: Formatter<CorpusSummary> = (summary) => {
  const header = [
    'country',
    'name',
    'as_at',
    ...summary.instruments.flatMap((i) => COLUMNS.map((c) => `${i.id}_${c}`)),
  ];
  const rows = summary.rows.map((row) => [
    row.country.code,
    row.country.name,
    summary.asAt,
    ...row.cells.flatMap((cell) =>
      cell.applies
        ? [
            cell.score === null ? '' : String(Math.round(cell.score * 10_000) / 10_000),
            cell.label,
            cell.tally.full,
            cell.tally.partial,
            cell.tally.none,
          ]
        : [NOT_APPLICABLE, 'not applicable', '', '', ''],
    ),
  ]);
  return csvRows([header, ...rows]);
};
