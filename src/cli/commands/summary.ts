/** cli/commands/summary: every country against every instrument that applies, one row per country. */
import { Command } from 'commander';
import { summarizeCorpus } from '../../analyze/summary.js';
import { summaryFormatters } from '../../report/summary/index.js';
import type { SummaryFormat } from '../../report/summary/index.js';
import { addCommonOptions } from '../common.js';
import type { CommonOptions } from '../common.js';
import { emit } from '../emit.js';
import { EXIT } from '../exit-codes.js';
import type { ExitCode } from '../exit-codes.js';
import type { Io } from '../io.js';
import { parseAsAt } from '../load-corpus.js';

const FORMATS = Object.keys(summaryFormatters) as SummaryFormat[];

interface SummaryOptions extends CommonOptions {
  asAt?: string;
}

export function summaryCommand(io: Io, setExit: (code: ExitCode) => void): Command {
  const cmd = new Command('summary')
    .description('score every country against every instrument that applies to it: one row per country')
    .option('--as-at <date>', 'use the law in force on this day (YYYY-MM-DD); default: today');
  addCommonOptions(cmd, FORMATS).action(async (opts: SummaryOptions) => {
    const asAt = parseAsAt(opts.asAt, io);
    await emit(io, opts, FORMATS, 'table', (corpus) => summarizeCorpus(corpus, { asAt }), summaryFormatters);
    setExit(EXIT.ok);
  });
  return cmd;
}
