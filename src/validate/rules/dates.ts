/** validate/rules/dates: every date is a real calendar day, and related dates come in order. */
import type { SourceDocument } from '../../model/index.js';
import type { Report, Rule } from './rule.js';

/** True for a real YYYY-MM-DD day (the schema has already checked the shape). */
export function isRealDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  if (m < 1 || m > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= days;
}

type Dated = Record<string, unknown>;

/**
 * Checks each named date on an object is real, then that the present ones are in the given order.
 * Returns nothing: problems are reported at the later date of an out-of-order pair.
 */
function checkDates(
  report: Report,
  doc: SourceDocument,
  base: string,
  obj: Dated,
  order: string[],
  what: string,
): void {
  const present: { key: string; value: string }[] = [];
  for (const key of order) {
    const value = obj[key];
    // 'date-unknown' (a repeal known but not dated) has no place in the order.
    if (typeof value !== 'string' || value === 'date-unknown') continue;
    if (!isRealDate(value)) {
      report(doc, `${base}/${key}`, 'date/invalid', `'${value}' is not a real date`, { hint: 'dates are YYYY-MM-DD' });
      continue;
    }
    present.push({ key, value });
  }
  for (let i = 1; i < present.length; i++) {
    const earlier = present[i - 1]!;
    const later = present[i]!;
    if (later.value < earlier.value) {
      report(
        doc,
        `${base}/${later.key}`,
        'date/order',
        `${what}: ${later.key} ${later.value} is before ${earlier.key} ${earlier.value}`,
      );
    }
  }
}

export const datesAreRealAndOrdered: Rule = (ctx, report) => {
  for (const { doc, data } of ctx.instruments) {
    checkDates(report, doc, '', data as unknown as Dated, ['adopted', 'opened_for_signature', 'in_force'], data.id);
  }
  for (const { doc, data } of ctx.countries) {
    data.status.forEach((s, i) =>
      checkDates(
        report,
        doc,
        `/status/${i}`,
        s as unknown as Dated,
        ['signed', 'ratified', 'in_force'],
        `status under ${s.instrument}`,
      ),
    );
    data.laws.forEach((l, i) => {
      checkDates(
        report,
        doc,
        `/laws/${i}`,
        l as unknown as Dated,
        ['enacted', 'assented', 'commenced', 'repealed'],
        l.id,
      );
      l.amendments?.forEach((a, j) =>
        checkDates(report, doc, `/laws/${i}/amendments/${j}`, a as unknown as Dated, ['enacted', 'commenced'], a.title),
      );
    });
    data.sections.forEach((s, i) => {
      if (s.in_force) checkDates(report, doc, `/sections/${i}/in_force`, s.in_force, ['from', 'to'], `s. ${s.number}`);
    });
    if (data.surveyed?.until)
      checkDates(report, doc, '/surveyed', data.surveyed as unknown as Dated, ['until'], 'surveyed');
    data.relies_on?.forEach((r, i) => {
      if (r.in_force) checkDates(report, doc, `/relies_on/${i}/in_force`, r.in_force, ['from', 'to'], r.title);
    });
    data.assessments?.forEach((a, i) =>
      checkDates(report, doc, `/assessments/${i}`, a as unknown as Dated, ['date'], 'assessment'),
    );
  }
};
