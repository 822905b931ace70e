/**
 * Every command lexgap registers, with every kind of bad flag its help advertises: each gets exit 2
 * and a one-line message that names the flag, never a stack trace. Commands and options are read
 * from commander itself, so a new command or option is covered without touching this file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Argument, Command, Option } from 'commander';
import { main } from '../../../src/cli/main.js';
import type { Io } from '../../../src/cli/io.js';
import { fakeIo } from '../../helpers/fake-io.js';
import { countryYaml, tempDir } from '../../helpers/temp-data.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const COMMANDS_DIR = join(ROOT, 'src', 'cli', 'commands');

/** Every Command the modules in src/cli/commands export a factory for. */
async function registeredCommands(): Promise<Command[]> {
  const out: Command[] = [];
  for (const file of readdirSync(COMMANDS_DIR)
    .filter((f) => f.endsWith('.ts'))
    .sort()) {
    const module = (await import(pathToFileURL(join(COMMANDS_DIR, file)).href)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(module)) {
      if (!name.endsWith('Command') || typeof value !== 'function') continue;
      out.push((value as (io: Io, setExit: () => void) => Command)(fakeIo(ROOT), () => {}));
    }
  }
  return out;
}

/** Positional arguments that are valid, so that the flag is the only thing wrong. */
function validArguments(cmd: Command): string[] {
  const sample: Record<string, string[]> = {
    country: ['KE'],
    'country-code': ['XQ'],
    target: ['budapest'],
    instruments: ['budapest', 'ecowas-2011'],
    from: ['KE'],
    to: ['NG'],
    paths: [],
  };
  return cmd.registeredArguments.flatMap((a) => {
    const choices = (a as Argument & { argChoices?: string[] }).argChoices;
    return sample[a.name()] ?? (choices ? [choices[0]!] : a.required ? ['KE'] : []);
  });
}

/** The first format the --format help lists ('output format: a, b, c (...)'). */
function firstFormat(cmd: Command): string | undefined {
  const option = cmd.options.find((o) => o.long === '--format');
  return option ? /format: ([\w-]+)/.exec(option.description)?.[1] : undefined;
}

const long = (o: Option) => o.long ?? o.short!;
const takesValue = (o: Option) => o.required || o.optional;

interface Case {
  what: string;
  argv: string[];
  /** The flag the first line of stderr must name. */
  names: string;
}

function casesFor(cmd: Command, missingDir: string): Case[] {
  const name = cmd.name();
  const args = validArguments(cmd);
  const options = cmd.options;
  const has = (flag: string) => options.some((o) => o.long === flag);
  const cases: Case[] = [{ what: 'unknown option', argv: [name, ...args, '--no-such-flag'], names: '--no-such-flag' }];
  for (const o of options.filter(takesValue)) {
    if (o.required)
      cases.push({ what: `missing argument of ${long(o)}`, argv: [name, ...args, long(o)], names: long(o) });
    const choices = (o as Option & { argChoices?: string[] }).argChoices;
    if (choices)
      cases.push({ what: `bad choice for ${long(o)}`, argv: [name, ...args, long(o), 'bogus'], names: long(o) });
  }
  if (has('--as-at')) {
    for (const date of ['2021-02-30', 'yesterday', '2021-1-1'])
      cases.push({ what: `bad --as-at ${date}`, argv: [name, ...args, '--as-at', date], names: '--as-at' });
  }
  if (has('--format')) {
    cases.push({ what: 'unknown format', argv: [name, ...args, '--format', 'bogus'], names: '--format' });
    cases.push({
      what: 'too many --format',
      argv: [name, ...args, '--format', 'json', '--format', 'json'],
      names: '--format',
    });
    cases.push({
      what: 'more --format than -o can take',
      argv: [name, ...args, '-f', 'json', '-f', 'json', '-f', 'json', '-o', join(missingDir, '..', 'x.json')],
      names: '--format',
    });
  }
  if (has('--output'))
    cases.push({
      what: '-o into a missing directory',
      argv: [name, ...args, '-o', join(missingDir, 'out.json')],
      names: '-o',
    });
  return cases;
}

describe('bad flags', () => {
  let commands: Command[];
  let work: ReturnType<typeof tempDir>;
  beforeAll(async () => {
    commands = await registeredCommands();
    // Run from an empty folder: a case that wrongly succeeded could not write into the repository.
    work = tempDir({ 'data/countries/zz.yaml': countryYaml('ZZ'), 'data/countries/zy.yaml': countryYaml('ZY') });
  });
  afterAll(() => work.remove());

  it('finds every command that `lexgap --help` lists', async () => {
    const io = fakeIo(ROOT);
    await main(['--help'], io);
    const listed = [...io.out.matchAll(/^ {2}(\w[\w-]*)\b/gm)].map((m) => m[1]).filter((n) => n !== 'help');
    expect(commands.map((c) => c.name()).sort()).toEqual([...new Set(listed)].sort());
  });

  it('gives exit 2 and a one-line message naming the flag, for every command and bad flag', async () => {
    const failures: string[] = [];
    let count = 0;
    for (const cmd of commands) {
      for (const c of casesFor(cmd, join(work.dir, 'no-such-dir'))) {
        count += 1;
        const io = fakeIo(work.dir);
        const code = await main(c.argv, io);
        const first = io.err.split('\n')[0] ?? '';
        const label = `${c.argv.join(' ')} (${c.what})`;
        if (code !== 2) failures.push(`${label}: exit ${code}, stderr ${JSON.stringify(io.err.slice(0, 200))}`);
        else if (!first.includes(c.names)) failures.push(`${label}: first line does not name ${c.names}: ${first}`);
        else if (!/^(lexgap: |error: )/.test(first)) failures.push(`${label}: first line is not a message: ${first}`);
        else if (/\n\s+at .+:\d+:\d+/.test(io.err)) failures.push(`${label}: stack trace on stderr`);
        else if (io.out !== '') failures.push(`${label}: wrote to stdout: ${io.out.slice(0, 80)}`);
      }
    }
    expect(failures).toEqual([]);
    expect(count).toBeGreaterThan(40);
  });

  it('refuses, for every command with -o, to write onto an input file', async () => {
    const input = join(work.dir, 'data', 'countries', 'zz.yaml');
    const before = readFileSync(input, 'utf8');
    const failures: string[] = [];
    for (const cmd of commands.filter((c) => c.options.some((o) => o.long === '--output'))) {
      const argv = [cmd.name(), ...validArguments(cmd), '--data', join(work.dir, 'data'), '-o', input];
      const format = firstFormat(cmd);
      if (format) argv.push('--format', format);
      // validate with a path: the other files are context, and still inputs.
      if (cmd.name() === 'validate') argv.splice(1, 0, join(work.dir, 'data', 'countries', 'zy.yaml'));
      const io = fakeIo(work.dir);
      const code = await main(argv, io);
      if (code !== 2 || !/refusing to overwrite|already exists/.test(io.err))
        failures.push(`${argv.join(' ')}: exit ${code}, ${io.err.split('\n')[0]}`);
    }
    expect(failures).toEqual([]);
    expect(readFileSync(input, 'utf8')).toBe(before);
  });
});
