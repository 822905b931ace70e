/** report/coverage/csv: one row per rated provision, for spreadsheets. */
import type { Formatter } from '../context.js';
import { csvRows } from '../csv.js';
import { isGap } from '../text.js';
import type { GapView } from './table.js';

export const formatGapCsv: Formatter<GapView> = ({ coverage, onlyGaps }) => {
  const header = [
    'country',
    'as_at',
    'instrument',
    'provision',
    'number',
    'title',
    'group',
    'chapter',
    'rating',
    'computed_rating',
    'gap_reservable',
    'sections',
    'missing',
    'narrower',
    'not_assessed',
    'explanation',
    'instrument_basis',
    'source',
  ];
  const rows = coverage.instruments.flatMap((inst) =>
    inst.provisions
      .filter((p) => !onlyGaps || isGap(p))
      .map((p) => [
        coverage.country.code,
        coverage.asAt,
        inst.instrument,
        p.provision,
        p.number,
        p.title,
        p.group,
        p.chapterLabel,
        p.rating,
        p.computedRating,
        p.gapReservable,
        p.sections.map((s) => `${s.law} ${s.via ? '' : s.unit === 'article' ? 'Art. ' : 's. '}${s.number}`).join('; '),
        p.missing.join('; '),
        p.narrower.join('; '),
        p.notAssessed.join('; '),
        p.explanation,
        p.provenance.basis,
        p.provenance.source.url,
      ]),
  );
  return csvRows([header, ...rows]);
};
