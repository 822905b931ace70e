/** report/mission: the registry of `lexgap report` formats; its keys feed the command's choices. */
import type { ReportView } from '../../model/report-view.js';
import type { RenderContext } from '../context.js';
import { formatReportDocx } from './docx.js';
import { formatReportHtml } from './html.js';
import { formatReportMarkdown } from './markdown.js';

export const reportFormatters = {
  markdown: formatReportMarkdown,
  html: formatReportHtml,
  docx: formatReportDocx,
} satisfies Record<string, (view: ReportView, ctx: RenderContext) => string | Promise<Uint8Array>>;

export type ReportFormat = keyof typeof reportFormatters;
/** Formats written as bytes: only ever to a file. */
export const BINARY_REPORT_FORMATS: readonly ReportFormat[] = ['docx'];
export { formatReportDocx, formatReportHtml, formatReportMarkdown };
