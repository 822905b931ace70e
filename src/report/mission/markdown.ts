/** report/mission/markdown: `lexgap report --format markdown` — the report as GitHub-flavoured Markdown. */
import type { ReportView } from '../../model/report-view.js';
import type { Formatter } from '../context.js';
import { reportBlocks } from './blocks.js';

export const formatReportMarkdown: Formatter<ReportView> = (view, ctx) =>
  reportBlocks(view, ctx)
    .map((b) => (b.kind === 'heat-map' ? `${b.intro}\n\n${b.tables}` : b.markdown))
    .join('\n\n') + '\n';
