/**
 * analyze/heat-map: concepts × instruments, each cell the country's rating for that concept as that
 * instrument requires it. Pure.
 *
 * Cell rule (docs/report.md): gather every element of the concept that the instrument's rated
 * provisions require. Elements are counted, not provisions, because one provision often reaches many
 * concepts (attempt, sanctions) and its rating would smear one concept's gap over the others.
 *
 * - an element counts when it is mandatory and not removed by a reservation; its status is its own
 *   (met / narrower / missing), except in a provision an assessor rated: there the assessment stands
 *   for each of the provision's elements (full → met, partial → narrower, none → missing,
 *   not-applicable → not counted), since the assessor's view wins over the computed one;
 * - full: every counted element met; none: every counted element missing; partial: anything between;
 * - reserved: no counted element falls short, but a reserved one does (mirrors the provision rule);
 * - an element outside what the country's laws were read for is not assessed: never counted, and a
 *   cell whose required elements are all not assessed is rated not-assessed, never none;
 * - nothing counted: not-applicable when an assessor said so, else optional ('may' limbs only);
 * - not-required: the instrument does not require the concept at all.
 */
import type { Concept, CountryCoverage, ElementStatus, InstrumentCoverage } from '../model/index.js';
import type { HeatCell, HeatMap, HeatRating, HeatRow } from '../model/report-view.js';

const conceptOf = (ref: string) => ref.split('/')[0] ?? ref;

const ASSESSED_STATUS: Record<string, ElementStatus | undefined> = {
  full: 'met',
  partial: 'narrower',
  none: 'missing',
  'not-applicable': undefined,
};

export function heatCell(instrument: InstrumentCoverage, concept: string): HeatCell {
  const provisions: string[] = [];
  const statuses: ElementStatus[] = [];
  let reservedShortfall = false;
  let allReserved = false;
  let assessedNotApplicable = false;
  let reliesOnRecalled = false;
  let notAssessed = 0;
  for (const p of instrument.provisions) {
    const elements = p.elements.filter((e) => conceptOf(e.element) === concept);
    if (elements.length === 0) continue;
    provisions.push(p.number);
    reliesOnRecalled ||= p.provenance.reliesOnRecalled;
    const counted = elements.filter((e) => e.mandatory && !e.reserved);
    reservedShortfall ||= elements.some((e) => e.mandatory && e.reserved && e.status !== 'met');
    // Every mandatory element reserved (met or not): the provision is rated reserved, so is the cell.
    allReserved ||= elements.some((e) => e.mandatory) && elements.every((e) => !e.mandatory || e.reserved);
    if (p.assessment) {
      const status = ASSESSED_STATUS[p.assessment.rating];
      if (status === undefined) assessedNotApplicable = true;
      else statuses.push(...counted.map(() => status));
    } else {
      notAssessed += counted.filter((e) => e.status === 'not-assessed').length;
      statuses.push(...counted.filter((e) => e.status !== 'not-assessed').map((e) => e.status));
    }
  }
  const met = statuses.filter((s) => s === 'met').length;
  const narrower = statuses.filter((s) => s === 'narrower').length;
  const missing = statuses.filter((s) => s === 'missing').length;
  return {
    instrument: instrument.instrument,
    rating: cellRating(
      provisions.length > 0,
      statuses.length,
      met,
      missing,
      reservedShortfall || allReserved,
      assessedNotApplicable,
      notAssessed > 0,
    ),
    provisions,
    met,
    narrower,
    missing,
    notAssessed,
    reliesOnRecalled,
  };
}

function cellRating(
  required: boolean,
  counted: number,
  met: number,
  missing: number,
  reservedShortfall: boolean,
  assessedNotApplicable: boolean,
  notAssessed: boolean,
): HeatRating {
  if (!required) return 'not-required';
  if (counted === 0) {
    if (reservedShortfall) return 'reserved';
    if (notAssessed) return 'not-assessed';
    return assessedNotApplicable ? 'not-applicable' : 'optional';
  }
  // What was read is all met, but some required elements were not read: not "full".
  if (met === counted) return notAssessed ? 'partial' : reservedShortfall ? 'reserved' : 'full';
  if (missing === counted) return 'none';
  return 'partial';
}

/** Rows: non-meta concepts that at least one measured instrument requires, in taxonomy order. */
export function buildHeatMap(concepts: readonly Concept[], coverage: CountryCoverage): HeatMap {
  const rows: HeatRow[] = concepts
    .filter((c) => c.group !== 'meta')
    .map((c) => ({
      concept: c.id,
      title: c.title,
      group: c.group,
      cells: coverage.instruments.map((i) => heatCell(i, c.id)),
    }))
    .filter((row) => row.cells.some((cell) => cell.rating !== 'not-required'));
  return {
    instruments: coverage.instruments.map((i) => ({ id: i.instrument, shortTitle: i.shortTitle })),
    rows,
  };
}
