/** cli/io: everything the CLI does to the outside world, injected so tests run main() in process. */
import { closeSync, fsyncSync, openSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { InputError } from '../errors.js';

export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Whether stdout is a terminal (colour is only ever used on one). */
  stdoutIsTTY: boolean;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  /** Writes a whole file atomically: a temporary file beside it, then a rename. */
  writeFileAtomic(path: string, content: string): void;
  isDirectory(path: string): boolean;
  exists(path: string): boolean;
  /** Today's date, YYYY-MM-DD, for --as-at defaults. The only clock the CLI reads. */
  today(): string;
}

const WRITE_ERRORS: Partial<Record<string, string>> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EISDIR: 'it is a directory',
  ENOTDIR: 'a part of the path is not a directory',
  ENOENT: 'the directory does not exist',
};

/**
 * Writes a whole file atomically: a temporary file beside it, then a rename, so readers never see
 * half a file. On any failure the temporary file is removed and the target left as it was; the
 * error is an InputError (exit 2) saying which file and why, not a stack trace.
 */
export function writeFileAtomic(path: string, content: string): void {
  const tmp = join(dirname(path), `.${basename(path)}.lexgap-tmp-${process.pid}`);
  try {
    const fd = openSync(tmp, 'w');
    try {
      writeFileSync(fd, content);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, path);
  } catch (error) {
    try {
      rmSync(tmp, { force: true });
    } catch {
      // Nothing more can be done; the original error says what went wrong.
    }
    const code = (error as NodeJS.ErrnoException).code ?? '';
    throw new InputError(`cannot write ${path}: ${WRITE_ERRORS[code] ?? (error as Error).message}`, undefined, {
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
    cwd: process.cwd(),
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
    today: () => new Date().toISOString().slice(0, 10),
  };
}
