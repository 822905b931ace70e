/** report/mission/sections/reservations: the country's reservations and declarations, and what each excludes. */
import type { ReportView, ReservationFact } from '../../../model/report-view.js';
import { messages } from '../../i18n/index.js';
import type { Messages } from '../../i18n/index.js';
import { md, mdLink } from '../../markdown-escape.js';
import { RECALLED_MARK, basisNote, labelList, mdTable, provisionName } from '../words.js';

function effect(r: ReservationFact, country: string, status: string | undefined, kind: string): string {
  if (!r.applied)
    return `Not applied: ${md(country)} is ${status ? md(status) : 'not recorded as a party'} under this instrument, and only a party's or signatory's reservations change ratings.`;
  if (r.affects.length === 0) return 'Applied, but the provision is not rated, so no rating changes.';
  return `Applied: ${r.affects.map((a) => `${md(provisionName(kind, a.number))} rated ${md(a.rating)}`).join('; ')}.`;
}

export function reservationsSection(view: ReportView, m: Messages = messages()): string {
  const country = view.coverage.country.name;
  const statusOf = new Map(view.instruments.map((i) => [i.id, i.status?.status]));
  const kindOf = (id: string) => view.instruments.find((i) => i.id === id)?.kind ?? '';
  const out = [`## ${m.sections.reservations}`, ''];
  if (view.reservations.length === 0 && view.declarations.length === 0) {
    out.push(`No reservation or declaration of ${md(country)} is recorded for the instruments measured.`);
    return out.join('\n');
  }
  out.push(
    'A reservation a party makes, within what the instrument allows, removes the reserved elements from what is counted: the provision is rated reserved when only reserved elements fall short, and is kept apart from the gaps. Declarations (authorities designated, interpretations) do not change ratings; they are listed so a reader sees the whole record.',
  );
  if (view.reservations.length) {
    out.push(
      '',
      '### Reservations',
      '',
      mdTable(
        ['Instrument', 'Provision', 'What it excludes', 'Elements removed', 'Effect in this report', 'Source'],
        view.reservations.map((r) => [
          md(r.shortTitle),
          `${md(provisionName(kindOf(r.instrument), r.number))} ${md(r.title)}`,
          md(r.scope),
          r.elements.length ? md(labelList(r.elements.map((e) => e.label))) : '—',
          effect(r, country, statusOf.get(r.instrument), kindOf(r.instrument)),
          `${mdLink(r.source.pinpoint, r.source.url)} (${basisNote(r.basis)})`,
        ]),
      ),
    );
  } else out.push('', `No reservation of ${md(country)} is recorded.`);
  if (view.declarations.length) {
    out.push(
      '',
      '### Declarations',
      '',
      mdTable(
        ['Instrument', 'Provision', 'Declaration', 'Source'],
        view.declarations.map((d) => [
          md(d.shortTitle),
          `${md(provisionName(kindOf(d.instrument), d.number))} ${md(d.title)}`,
          md(d.text),
          `${mdLink(d.source.pinpoint, d.source.url)} (${basisNote(d.basis)})${d.basis === 'recalled' ? ` ${RECALLED_MARK}` : ''}`,
        ]),
      ),
    );
  }
  return out.join('\n');
}
