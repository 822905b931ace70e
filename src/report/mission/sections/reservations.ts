/** report/mission/sections/reservations: the country's reservations and declarations, and what each excludes. */
import type { ReportView, ReservationFact } from '../../../model/report-view.js';
import type { Words } from '../../i18n/index.js';
import { mdLink } from '../../markdown-escape.js';
import { RECALLED_MARK, basisNote, labelList, mdTable, provisionName } from '../words.js';

function effect(w: Words, r: ReservationFact, country: string, status: string | undefined, kind: string): string {
  const x = w.p.reservations;
  if (!r.applied) return x.notApplied(country, status ? (w.p.status[status] ?? status) : undefined);
  if (r.affects.length === 0) return x.notRated;
  return x.applied(
    r.affects
      .map((a) =>
        x.effect(provisionName(w, kind, a.number), w.m.rating[a.rating as keyof typeof w.m.rating] ?? a.rating),
      )
      .join(w.p.semicolon),
  );
}

export function reservationsSection(view: ReportView, w: Words): string {
  const x = w.p.reservations;
  const country = w.d.country(view.coverage.country.code, view.coverage.country.name);
  const statusOf = new Map(view.instruments.map((i) => [i.id, i.status?.status]));
  const kindOf = (id: string) => view.instruments.find((i) => i.id === id)?.kind ?? '';
  const provision = (instrument: string, provisionId: string, number: string, title: string) =>
    `${provisionName(w, kindOf(instrument), number)} ${w.d.provision(instrument, provisionId, title)}`;
  const out = [`## ${w.m.sections.reservations}`, ''];
  if (view.reservations.length === 0 && view.declarations.length === 0) {
    out.push(x.none(country));
    return out.join('\n');
  }
  out.push(x.intro);
  if (view.reservations.length) {
    out.push(
      '',
      `### ${x.reservations}`,
      '',
      mdTable(
        x.columns,
        view.reservations.map((r) => [
          w.d.instrumentShort(r.instrument, r.shortTitle),
          provision(r.instrument, r.provision, r.number, r.title),
          w.d.untranslated(r.scope),
          r.elements.length
            ? labelList(
                w,
                r.elements.map((e) => w.d.element(e.ref, e.label)),
              )
            : '—',
          effect(w, r, country, statusOf.get(r.instrument), kindOf(r.instrument)),
          `${mdLink(r.source.pinpoint, r.source.url)} (${basisNote(w, r.basis)})`,
        ]),
      ),
    );
  } else out.push('', x.noReservation(country));
  if (view.declarations.length) {
    out.push(
      '',
      `### ${x.declarations}`,
      '',
      mdTable(
        x.declarationColumns,
        view.declarations.map((d) => [
          w.d.instrumentShort(d.instrument, d.shortTitle),
          provision(d.instrument, d.provision, d.number, d.title),
          w.d.untranslated(d.text),
          `${mdLink(d.source.pinpoint, d.source.url)} (${basisNote(w, d.basis)})${d.basis === 'recalled' ? ` ${RECALLED_MARK}` : ''}`,
        ]),
      ),
    );
  }
  return out.join('\n');
}
