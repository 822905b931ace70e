/**
 * cli/main: commander wiring and the one place that catches. main() returns the exit code; only
 * bin/lexgap.js touches process.exitCode.
 */
import { Command, CommanderError } from 'commander';
import type { Option } from 'commander';
import { InputError, InternalError, LexgapError, UsageError } from '../errors.js';
import { toolVersion } from '../load/package-info.js';
import { EXIT } from './exit-codes.js';
import type { ExitCode } from './exit-codes.js';
import type { Io } from './io.js';

type CommandFactory = (io: Io, setExit: (code: ExitCode) => void) => Command;

/**
 * Each command's module is imported only when needed: a run of one command does not pay for the
 * formatters (marked, cli-table3) of the others. Help and unknown commands load them all.
 */
const COMMANDS: Record<string, () => Promise<CommandFactory>> = {
  validate: async () => (await import('./commands/validate.js')).validateCommand,
  list: async () => (await import('./commands/framework.js')).listCommand,
  show: async () => (await import('./commands/framework.js')).showCommand,
  compare: async () => (await import('./commands/framework.js')).compareCommand,
  gap: async () => (await import('./commands/gap.js')).gapCommand,
  report: async () => (await import('./commands/report.js')).reportCommand,
  diff: async () => (await import('./commands/diff.js')).diffCommand,
  summary: async () => (await import('./commands/summary.js')).summaryCommand,
  init: async () => (await import('./commands/init.js')).initCommand,
};

/** The factories a run needs: the named command's alone, or every one for help and mistakes. */
async function factoriesFor(argv: readonly string[]): Promise<CommandFactory[]> {
  const name = argv[0];
  const only = name !== undefined ? COMMANDS[name] : undefined;
  if (only && !argv.includes('--help') && !argv.includes('-h')) return [await only()];
  return Promise.all(Object.values(COMMANDS).map((load) => load()));
}

/** Option help without the noise of empty-list and boolean defaults ("(default: [])"). */
const HELP = {
  optionDescription(o: Option): string {
    const extra: string[] = [];
    if (o.argChoices) extra.push(`choices: ${o.argChoices.join(', ')}`);
    const d: unknown = o.defaultValue;
    if (d !== undefined && typeof d !== 'boolean' && !(Array.isArray(d) && d.length === 0)) {
      extra.push(`default: ${o.defaultValueDescription ?? JSON.stringify(d)}`);
    }
    return extra.length ? `${o.description} (${extra.join('; ')})` : o.description;
  },
};

function buildProgram(factories: readonly CommandFactory[], io: Io, setExit: (code: ExitCode) => void): Command {
  const program = new Command('lexgap')
    .description('Compare national cybercrime legislation with cross-national instruments, element by element.')
    .version(toolVersion(), '-V, --version')
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(s) })
    .configureHelp(HELP)
    .exitOverride();
  for (const make of factories) {
    const cmd = make(io, setExit);
    cmd
      .exitOverride()
      .configureHelp(HELP)
      .configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(s) });
    cmd.showHelpAfterError('(run with --help for usage)');
    program.addCommand(cmd);
  }
  return program;
}

/** Runs lexgap with argv (without the node and script entries) and returns the exit code. */
export async function main(argv: readonly string[], io: Io): Promise<ExitCode> {
  let exit: ExitCode = EXIT.ok;
  const program = buildProgram(await factoriesFor(argv), io, (code) => {
    exit = code;
  });
  const verbose = argv.includes('--verbose');
  try {
    if (argv.length === 0) {
      program.outputHelp();
      return EXIT.usage;
    }
    await program.parseAsync([...argv], { from: 'user' });
    return exit;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are requested output, not failures; commander has already printed the message.
      if (
        error.code === 'commander.helpDisplayed' ||
        error.code === 'commander.version' ||
        error.code === 'commander.help'
      )
        return EXIT.ok;
      return EXIT.usage;
    }
    if (error instanceof UsageError || error instanceof InputError) {
      io.stderr(`lexgap: ${error.message}\n${error.hint ? `  hint: ${error.hint}\n` : ''}`);
      return EXIT.usage;
    }
    if (isBrokenPipe(error)) return exit;
    const internal =
      error instanceof LexgapError
        ? error
        : new InternalError(String((error as Error)?.message ?? error), undefined, { cause: error });
    io.stderr(
      `lexgap: internal error: ${internal.message}\n  please report this, with the command you ran${verbose ? '' : ' (add --verbose for a stack trace)'}\n`,
    );
    if (verbose && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
    return EXIT.internal;
  }
}

function isBrokenPipe(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: string }).code === 'EPIPE';
}
