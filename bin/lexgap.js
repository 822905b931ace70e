#!/usr/bin/env node
// Launcher: runs the built CLI and sets the exit code. All logic lives in dist/cli/main.js.
import { main } from '../dist/cli/main.js';
import { nodeIo } from '../dist/cli/io.js';

// `lexgap ... | head` closes stdout early: end quietly, as other Unix tools do.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await main(process.argv.slice(2), nodeIo());
