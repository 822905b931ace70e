/**
 * cli/commands/diff: what changed between two coverages — `KE@2017-01-01 KE` (progress since a date)
 * or `KE NG` (a neighbour's law). A side without @DATE is measured as at today.
 */
import { Command } from 'commander';
import { analyzeCountry } from '../../analyze/coverage.js';
import { diffCoverage } from '../../analyze/diff.js';
import { UsageError } from '../../errors.js';
import { diffFormatters } from '../../report/diff/index.js';
import type { DiffFormat } from '../../report/diff/index.js';
import { addCommonOptions } from '../common.js';
import type { CommonOptions } from '../common.js';
import { emit } from '../emit.js';
import { EXIT } from '../exit-codes.js';
import type { ExitCode } from '../exit-codes.js';
import type { Io } from '../io.js';
import { parseAsAt } from '../load-corpus.js';

const FORMATS = Object.keys(diffFormatters) as DiffFormat[];

interface DiffOptions extends CommonOptions {
  instrument: string[];
}

const collect = (value: string, previous: string[]) => [...previous, value];

/** "KE@2017-01-01" → { code: 'KE', asAt: '2017-01-01' }; "KE" → today. */
export function parseSide(arg: string, io: Io): { code: string; asAt: string } {
  const at = arg.indexOf('@');
  const code = at < 0 ? arg : arg.slice(0, at);
  if (code === '')
    throw new UsageError(`'${arg}' names no country`, 'expected <country>[@YYYY-MM-DD], e.g. KE@2017-01-01');
  return { code, asAt: parseAsAt(at < 0 ? undefined : arg.slice(at + 1), io, `'${arg}':`) };
}

export function diffCommand(io: Io, setExit: (code: ExitCode) => void): Command {
  const cmd = new Command('diff')
    .description(
      'show the provisions whose rating moved between two dates for one country, or between two countries, and the sections that made the difference',
    )
    .argument('<from>', 'country[@YYYY-MM-DD], e.g. KE@2017-01-01 (default date: today)')
    .argument('<to>', 'country[@YYYY-MM-DD], e.g. KE')
    .option('-i, --instrument <id>', 'compare on this instrument only (repeatable)', collect, []);
  addCommonOptions(cmd, FORMATS).action(async (fromArg: string, toArg: string, opts: DiffOptions) => {
    const from = parseSide(fromArg, io);
    const to = parseSide(toArg, io);
    await emit(
      io,
      opts,
      FORMATS,
      'table',
      (corpus) =>
        diffCoverage(
          analyzeCountry(corpus, from.code, { asAt: from.asAt, instruments: opts.instrument }),
          analyzeCountry(corpus, to.code, { asAt: to.asAt, instruments: opts.instrument }),
        ),
      diffFormatters,
    );
    setExit(EXIT.ok);
  });
  return cmd;
}
