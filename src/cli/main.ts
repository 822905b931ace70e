/**
 * cli/main: commander wiring and the one place that catches. main() returns the exit code; only
 * bin/lexgap.js touches process.exitCode.
 */
import { Command, CommanderError } from 'commander';
import { InputError, InternalError, LexgapError, UsageError } from '../errors.js';
import { toolVersion } from '../load/package-info.js';
import { compareCommand, listCommand, showCommand } from './commands/framework.js';
import { diffCommand } from './commands/diff.js';
import { gapCommand } from './commands/gap.js';
import { initCommand } from './commands/init.js';
import { reportCommand } from './commands/report.js';
import { summaryCommand } from './commands/summary.js';
import { validateCommand } from './commands/validate.js';
import { EXIT } from './exit-codes.js';
import type { ExitCode } from './exit-codes.js';
import type { Io } from './io.js';

type CommandFactory = (io: Io, setExit: (code: ExitCode) => void) => Command;

const COMMANDS: CommandFactory[] = [
  validateCommand,
  listCommand,
  showCommand,
  compareCommand,
  gapCommand,
  reportCommand,
  diffCommand,
  summaryCommand,
  initCommand,
];

function buildProgram(io: Io, setExit: (code: ExitCode) => void): Command {
  const program = new Command('lexgap')
    .description('Compare national cybercrime legislation with cross-national instruments, element by element.')
    .version(toolVersion(), '-V, --version')
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(s) })
    .exitOverride();
  for (const make of COMMANDS) {
    const cmd = make(io, setExit);
    cmd.exitOverride().configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(s) });
    cmd.showHelpAfterError('(run with --help for usage)');
    program.addCommand(cmd);
  }
  return program;
}

/** Runs lexgap with argv (without the node and script entries) and returns the exit code. */
export async function main(argv: readonly string[], io: Io): Promise<ExitCode> {
  let exit: ExitCode = EXIT.ok;
  const program = buildProgram(io, (code) => {
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
