/** cli/io: everything the CLI does to the outside world, injected so tests run main() in process. */
import { statSync } from 'node:fs';
import { InputError } from '../errors.js';
import { commitOutputs, writeFileAtomic } from './commit-outputs.js';
import type { FileWrite } from './commit-outputs.js';
import { localDay } from './local-day.js';

export { writeFileAtomic } from './commit-outputs.js';

export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Whether stdout is a terminal (colour is only ever used on one). */
  stdoutIsTTY: boolean;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  /** Writes a run's output files together (cli/commit-outputs). */
  commitOutputs(writes: readonly FileWrite[]): Promise<void>;
  /** Writes a whole file atomically: a temporary file beside it, then a rename. */
  writeFileAtomic(path: string, content: string): void;
  isDirectory(path: string): boolean;
  exists(path: string): boolean;
  /** Today's date, YYYY-MM-DD, for --as-at defaults. The only clock the CLI reads. */
  today(): string;
}

/** The working directory; a deleted one is an input error with a message, not a stack trace. */
export function currentDirectory(): string {
  try {
    return process.cwd();
  } catch (error) {
    throw new InputError('the current directory no longer exists', 'cd to an existing folder and run lexgap again', {
      cause: error,
    });
  }
}

export function nodeIo(): Io {
  return {
    stdout: (text) => {
      process.stdout.write(text);
    },
    stderr: (text) => {
      process.stderr.write(text);
    },
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    env: process.env,
    cwd: currentDirectory(),
    commitOutputs,
    writeFileAtomic,
    isDirectory: (p) => {
      try {
        return statSync(p).isDirectory();
      } catch {
        return false;
      }
    },
    exists: (p) => {
      try {
        statSync(p);
        return true;
      } catch {
        return false;
      }
    },
    today: () => localDay(new Date()),
  };
}
