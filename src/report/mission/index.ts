/** report/mission: the registry of `lexgap report` formats; its keys feed the command's choices. */
import type { ReportView } from '../../model/report-view.js';
import type { Formatter } from '../context.js';
import { formatReportHtml } from './html.js';
import { formatReportMarkdown } from './markdown.js';

export const reportFormatters = {
  markdown: formatReportMarkdown,
  html: formatReportHtml,
} satisfies Record<string, Formatter<ReportView>>;

export type ReportFormat = keyof typeof reportFormatters;
export { formatReportHtml, formatReportMarkdown };
