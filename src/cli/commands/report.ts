/** cli/commands/report: the mission report — summary, heat map, per-article tables, method, provenance. */
import { Command } from 'commander';
import { analyzeCountry } from '../../analyze/coverage.js';
import { buildReportView } from '../../analyze/report-view.js';
import { BINARY_REPORT_FORMATS, reportFormatters } from '../../report/mission/index.js';
import type { ReportFormat } from '../../report/mission/index.js';
import { addCommonOptions, langOption } from '../common.js';
import type { CommonOptions } from '../common.js';
import { emit } from '../emit.js';
import { EXIT } from '../exit-codes.js';
import type { ExitCode } from '../exit-codes.js';
import type { Io } from '../io.js';
import { parseAsAt } from '../load-corpus.js';

const FORMATS = Object.keys(reportFormatters) as ReportFormat[];

interface ReportOptions extends CommonOptions {
  instrument: string[];
  asAt?: string;
}

const collect = (value: string, previous: string[]) => [...previous, value];

export function reportCommand(io: Io, setExit: (code: ExitCode) => void): Command {
  const cmd = new Command('report')
    .description(
      'write a mission report for a country: summary, heat map, provision tables with citations and recommendations, method and data provenance',
    )
    .argument('<country>', 'ISO 3166 alpha-2 code, e.g. KE')
    .option(
      '-i, --instrument <id>',
      'report on this instrument only (repeatable); default: every instrument that applies',
      collect,
      [],
    )
    .option('--as-at <date>', 'use the law in force on this day (YYYY-MM-DD); default: today')
    .addOption(langOption());
  addCommonOptions(cmd, FORMATS).action(async (country: string, opts: ReportOptions) => {
    const asAt = parseAsAt(opts.asAt, io);
    // -o report.html picks html from the extension (planOutputs); with neither, Markdown to stdout.
    await emit(
      io,
      opts,
      FORMATS,
      'markdown',
      (corpus) => buildReportView(corpus, analyzeCountry(corpus, country, { asAt, instruments: opts.instrument })),
      reportFormatters,
      BINARY_REPORT_FORMATS,
    );
    setExit(EXIT.ok);
  });
  return cmd;
}
