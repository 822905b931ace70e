/** cli/commands/framework: list, show and compare — reading the instruments and the taxonomy. */
import { Command, Argument } from 'commander';
import { buildCrosswalk } from '../../analyze/crosswalk.js';
import {
  basisShare,
  conceptSummaries,
  countrySummaries,
  findInstrument,
  instrumentSummaries,
  provisionDetail,
} from '../../analyze/catalogue.js';
import { compareFormatters } from '../../report/framework/compare.js';
import type { CompareFormat } from '../../report/framework/compare.js';
import { listFormatters } from '../../report/framework/list.js';
import type { ListFormat, Listing } from '../../report/framework/list.js';
import { showFormatters } from '../../report/framework/show.js';
import type { ShowFormat, ShowView } from '../../report/framework/show.js';
import type { Formatter } from '../../report/context.js';
import { addCommonOptions } from '../common.js';
import type { CommonOptions } from '../common.js';
import { EXIT } from '../exit-codes.js';
import type { ExitCode } from '../exit-codes.js';
import type { Io } from '../io.js';
import type { Corpus } from '../../model/index.js';
import { emit } from '../emit.js';

export function listCommand(io: Io, setExit: (code: ExitCode) => void): Command {
  const cmd = new Command('list')
    .description('list the instruments, concepts or countries in the data')
    .addArgument(new Argument('<what>', 'what to list').choices(['instruments', 'concepts', 'countries']));
  const formats = Object.keys(listFormatters) as ListFormat[];
  addCommonOptions(cmd, formats).action(async (what: Listing['what'], opts: CommonOptions) => {
    await emit(
      io,
      opts,
      formats,
      'table',
      (corpus: Corpus): Listing => {
        if (what === 'instruments') return { what, items: instrumentSummaries(corpus) };
        if (what === 'concepts') return { what, items: conceptSummaries(corpus) };
        return { what, items: countrySummaries(corpus) };
      },
      listFormatters as Record<ListFormat, Formatter<Listing>>,
    );
    setExit(EXIT.ok);
  });
  return cmd;
}

export function showCommand(io: Io, setExit: (code: ExitCode) => void): Command {
  const cmd = new Command('show')
    .description("show an instrument's structure, or one provision in full (e.g. budapest/art-6)")
    .argument('<target>', 'instrument id, or instrument/provision');
  const formats = Object.keys(showFormatters) as ShowFormat[];
  addCommonOptions(cmd, formats).action(async (target: string, opts: CommonOptions) => {
    await emit(
      io,
      opts,
      formats,
      'table',
      (corpus: Corpus): ShowView => {
        const [instrumentId = '', provisionId] = target.split('/');
        return provisionId === undefined || provisionId === ''
          ? {
              what: 'instrument',
              instrument: findInstrument(corpus, instrumentId),
              basis: basisShare(findInstrument(corpus, instrumentId)),
            }
          : { what: 'provision', detail: provisionDetail(corpus, instrumentId, provisionId) };
      },
      showFormatters,
    );
    setExit(EXIT.ok);
  });
  return cmd;
}

export function compareCommand(io: Io, setExit: (code: ExitCode) => void): Command {
  const cmd = new Command('compare')
    .description('crosswalk two or more instruments concept by concept, relations to the first')
    .argument('<instruments...>', 'instrument ids, the first is the baseline');
  const formats = Object.keys(compareFormatters) as CompareFormat[];
  addCommonOptions(cmd, formats).action(async (ids: string[], opts: CommonOptions) => {
    await emit(io, opts, formats, 'table', (corpus) => buildCrosswalk(corpus, ids), compareFormatters);
    setExit(EXIT.ok);
  });
  return cmd;
}
