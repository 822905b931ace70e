#!/usr/bin/env node
// Launcher: runs the built CLI and sets the exit code. All logic lives in dist/cli/main.js.
import { main } from '../dist/cli/main.js';
import { nodeIo } from '../dist/cli/io.js';
import { describeFsError } from '../dist/cli/fs-errors.js';

// `lexgap ... | head` closes stdout early: end quietly, as other Unix tools do. Any other failure
// to write standard output (a full disk, `> /dev/full`) is an input/output problem: exit 2 with a
// message, not a stack trace.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  process.stderr.write(`lexgap: cannot write to standard output: ${describeFsError(error)}\n`);
  process.exit(2);
});

let io;
try {
  io = nodeIo();
} catch (error) {
  // A deleted working directory: nothing can be resolved against it.
  process.stderr.write(`lexgap: ${error.message}\n${error.hint ? `  hint: ${error.hint}\n` : ''}`);
  process.exit(2);
}
process.exitCode = await main(process.argv.slice(2), io);
