/** cli/commands/init: scaffold a country file that validates as soon as it is written. */
import { Command } from 'commander';
import { dirname, relative, resolve, sep } from 'node:path';
import { findInstrument } from '../../analyze/catalogue.js';
import { schemaPath } from '../../load/schemas.js';
import { InputError, UsageError } from '../../errors.js';
import { scaffoldCountry } from '../../report/country-scaffold.js';
import { EXIT } from '../exit-codes.js';
import type { ExitCode } from '../exit-codes.js';
import type { Io } from '../io.js';
import { loadCorpus } from '../load-corpus.js';

interface InitOptions {
  name?: string;
  instrument: string[];
  output?: string;
  data: string[];
  quiet?: boolean;
}

const collect = (value: string, previous: string[]) => [...previous, value];

export function initCommand(io: Io, setExit: (code: ExitCode) => void): Command {
  return new Command('init')
    .description('write a new country file to fill in, listing what the chosen instruments require')
    .argument('<country-code>', 'ISO 3166 alpha-2 code, e.g. GH')
    .option('--name <name>', 'the country name')
    .option(
      '-i, --instrument <id>',
      'list what this instrument requires (repeatable); default: those open to every state',
      collect,
      [],
    )
    .option('-o, --output <file>', 'where to write; default: countries/<code>.yaml')
    .option('--data <dir>', 'add or replace data from this folder (repeatable)', collect, [])
    .option('-q, --quiet', 'print nothing on success')
    .action((rawCode: string, opts: InitOptions) => {
      const code = rawCode.toUpperCase();
      if (!/^[A-Z]{2}$/.test(code))
        throw new UsageError(`'${rawCode}' is not an ISO 3166 alpha-2 code`, 'two letters, e.g. GH');
      const target = resolve(io.cwd, opts.output ?? `countries/${code.toLowerCase()}.yaml`);
      if (io.exists(target))
        throw new InputError(
          `${relative(io.cwd, target)} already exists; refusing to overwrite it`,
          'edit it, or choose another path with -o',
        );
      if (!io.isDirectory(dirname(target)))
        throw new InputError(
          `${opts.output !== undefined ? `-o ${opts.output}: ` : ''}directory ${relative(io.cwd, dirname(target)) || '.'} does not exist`,
          'create it first, or choose another path with -o',
        );
      const corpus = loadCorpus(io, opts.data);
      const instruments = opts.instrument.length
        ? opts.instrument.map((id) => findInstrument(corpus, id))
        : corpus.instruments.filter((i) => i.applies === 'every-state');
      const text = scaffoldCountry(
        {
          code,
          name: opts.name ?? code,
          instruments,
          schemaPath: relative(dirname(target), schemaPath('country')).split(sep).join('/'),
        },
        corpus,
      );
      io.writeFileAtomic(target, text);
      if (!opts.quiet)
        io.stdout(
          `wrote ${relative(io.cwd, target)} (${instruments.map((i) => i.id).join(', ')}); check it with: lexgap validate ${relative(io.cwd, target)}\n`,
        );
      setExit(EXIT.ok);
    });
}
