/** cli/io: everything the CLI does to the outside world, injected so tests run main() in process. */
import { closeSync, fsyncSync, openSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

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

export function writeFileAtomic(path: string, content: string): void {
  const tmp = join(dirname(path), `.${basename(path)}.lexgap-tmp-${process.pid}`);
  const fd = openSync(tmp, 'w');
  try {
    writeSync(fd, content);
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    unlinkSync(tmp);
    throw error;
  }
  closeSync(fd);
  try {
    renameSync(tmp, path);
  } catch (error) {
    unlinkSync(tmp);
    throw error;
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
