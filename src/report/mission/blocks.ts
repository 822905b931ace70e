/**
 * report/mission/blocks: the report as an ordered list of blocks (issue 6's section order). Markdown
 * joins them; HTML renders each with marked inside its own <section>, and draws the heat map as SVG
 * where Markdown has a table. One content source, so the two formats cannot drift apart.
 */
import type { HeatMap, ReportView } from '../../model/report-view.js';
import type { RenderContext } from '../context.js';
import { reportWords } from '../i18n/index.js';
import { heatMapIntro, heatMapTables } from './sections/heat-map.js';
import { instrumentSection } from './sections/instrument.js';
import { methodSection } from './sections/method.js';
import { provenanceSection } from './sections/provenance.js';
import { reservationsSection } from './sections/reservations.js';
import { summarySection } from './sections/summary.js';
import { titleSection } from './sections/title.js';

export type ReportBlock =
  | { kind: 'markdown'; section: string; markdown: string }
  | { kind: 'heat-map'; section: 'heat-map'; intro: string; tables: string; heatMap: HeatMap };

export function reportBlocks(view: ReportView, ctx: RenderContext): ReportBlock[] {
  const block = (section: string, markdown: string): ReportBlock => ({ kind: 'markdown', section, markdown });
  const w = reportWords(ctx, view.translations);
  return [
    block('title', titleSection(view, ctx, w)),
    block('summary', summarySection(view, w)),
    {
      kind: 'heat-map',
      section: 'heat-map',
      intro: heatMapIntro(view, w),
      tables: heatMapTables(view.heatMap, w),
      heatMap: view.heatMap,
    },
    ...view.coverage.instruments.map((inst, i) =>
      block(
        'instrument',
        instrumentSection(
          inst,
          view.instruments[i]!,
          w,
          w.d.country(view.coverage.country.code, view.coverage.country.name),
        ),
      ),
    ),
    block('reservations', reservationsSection(view, w)),
    block('method', methodSection(view, w)),
    block('provenance', provenanceSection(view, w)),
  ];
}
