/** cli/commands/gap: the main job — what a country's law lacks against each applicable instrument. */
import { Command, Option } from 'commander';
import { analyzeCountry } from '../../analyze/coverage.js';
import { gapFormatters } from '../../report/coverage/index.js';
import type { GapFormat } from '../../report/coverage/index.js';
import { isGap } from '../../report/text.js';
import { addCommonOptions, langOption } from '../common.js';
import { emit } from '../emit.js';
import type { CommonOptions } from '../common.js';
import { EXIT } from '../exit-codes.js';
import type { ExitCode } from '../exit-codes.js';
import type { Io } from '../io.js';
import { parseAsAt } from '../load-corpus.js';

const FORMATS = Object.keys(gapFormatters) as GapFormat[];

interface GapOptions extends CommonOptions {
  instrument: string[];
  asAt?: string;
  failOnGaps?: boolean;
  only?: 'gaps';
}

const collect = (value: string, previous: string[]) => [...previous, value];

export function gapCommand(io: Io, setExit: (code: ExitCode) => void): Command {
  const cmd = new Command('gap')
    .description("rate every provision of the applicable instruments against a country's law, element by element")
    .argument('<country>', 'ISO 3166 alpha-2 code, e.g. KE')
    .option(
      '-i, --instrument <id>',
      'measure against this instrument only (repeatable); default: every instrument that applies',
      collect,
      [],
    )
    .option('--as-at <date>', 'use the law in force on this day (YYYY-MM-DD); default: today')
    .addOption(langOption('language of --format markdown (the table, JSON and CSV are in English)'))
    .option('--fail-on-gaps', 'exit 1 when any provision is rated partial or none')
    .addOption(new Option('--only <what>', 'show only these rows').choices(['gaps']));
  addCommonOptions(cmd, FORMATS).action(async (country: string, opts: GapOptions) => {
    const asAt = parseAsAt(opts.asAt, io);
    const view = await emit(
      io,
      opts,
      FORMATS,
      'table',
      (corpus) => ({
        coverage: analyzeCountry(corpus, country, { asAt, instruments: opts.instrument }),
        onlyGaps: opts.only === 'gaps',
        translations: corpus.translations,
      }),
      gapFormatters,
      [],
      // The terminal table, JSON and CSV are for reading at a prompt and for machines: English only.
      ['markdown'],
    );
    const gaps = view.coverage.instruments.some((i) => i.provisions.some(isGap));
    setExit(opts.failOnGaps && gaps ? EXIT.findings : EXIT.ok);
  });
  return cmd;
}
