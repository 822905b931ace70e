/**
 * cli/commit-outputs: writes a run's output files together, as far as the file system allows.
 * Every file is first written whole to a temporary file beside its target; streams (FIFOs,
 * devices) are written next; only when all of that succeeded are the temporary files renamed over
 * their targets, one straight after the other. A failure before the renames leaves every target as
 * it was.
 *
 * Temporary files are created exclusively (O_EXCL, O_NOFOLLOW) under a random name, so a file or
 * symbolic link planted in a shared folder is never followed or truncated. While any exists, SIGINT,
 * SIGTERM and SIGHUP remove them before the process ends.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, constants, fchmodSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { InputError } from '../errors.js';
import { describeFsError } from './fs-errors.js';

export type FileWrite =
  /** Replaced by rename; `mode` keeps an existing file's permissions. */
  | { kind: 'file'; path: string; label: string; text: string | Uint8Array; mode?: number }
  /** Written into, never replaced (a FIFO, a character device, an inherited descriptor). */
  | { kind: 'stream'; path: string; label: string; text: string | Uint8Array; regular?: boolean };

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
const live = new Set<string>();

function removeLive(): void {
  for (const path of live) rmSync(path, { force: true });
  live.clear();
}

function onSignal(signal: NodeJS.Signals): void {
  removeLive();
  for (const s of SIGNALS) process.removeListener(s, onSignal);
  // Die of the same signal, so the shell sees what happened (exit status 128 + n).
  process.kill(process.pid, signal);
}

function track(path: string): void {
  if (live.size === 0) for (const s of SIGNALS) process.on(s, onSignal);
  live.add(path);
}

function untrack(path: string): void {
  live.delete(path);
  if (live.size === 0) for (const s of SIGNALS) process.removeListener(s, onSignal);
}

/** Temporary files this process has not yet renamed or removed (tests check none are left). */
export function liveTempFiles(): ReadonlySet<string> {
  return live;
}

const CREATE = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW;

/** Creates `.<name>.<random>.lexgap-tmp` beside `target`, exclusively; returns its path and descriptor. */
export function createTempBeside(target: string, mode?: number): { path: string; fd: number } {
  for (let attempt = 0; ; attempt += 1) {
    // The target's name is cut short so a long one still leaves room for the random part.
    const name = `.${basename(target).slice(0, 64)}.${randomBytes(8).toString('hex')}.lexgap-tmp`;
    const path = join(dirname(target), name);
    try {
      const fd = openSync(path, CREATE, 0o666);
      track(path);
      // The umask applies at creation; an existing target's own permissions are restored exactly.
      if (mode !== undefined) fchmodSync(fd, mode);
      return { path, fd };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt >= 4) throw error;
    }
  }
}

function stage(target: string, text: string | Uint8Array, mode?: number): string {
  const { path, fd } = createTempBeside(target, mode);
  try {
    if (typeof text === 'string') writeSync(fd, text);
    else writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return path;
}

/** Written asynchronously: a FIFO waiting for a reader must not stop signals being handled. */
async function writeInto(path: string, text: string | Uint8Array, regular: boolean): Promise<void> {
  const handle = await open(path, constants.O_WRONLY | (regular ? constants.O_TRUNC : 0));
  try {
    await handle.writeFile(text);
  } finally {
    await handle.close();
  }
}

/**
 * Writes every output or, if any cannot be written, none of the files (streams written before a
 * failure cannot be taken back). Errors are InputErrors naming the output and the reason.
 */
export async function commitOutputs(writes: readonly FileWrite[]): Promise<void> {
  const staged: { temp: string; write: FileWrite }[] = [];
  let current: FileWrite | undefined;
  try {
    for (const write of writes) {
      if (write.kind !== 'file') continue;
      current = write;
      staged.push({ temp: stage(write.path, write.text, write.mode), write });
    }
    for (const write of writes) {
      if (write.kind !== 'stream') continue;
      current = write;
      await writeInto(write.path, write.text, write.regular ?? false);
    }
  } catch (error) {
    for (const { temp } of staged) {
      rmSync(temp, { force: true });
      untrack(temp);
    }
    throw new InputError(`cannot write ${current?.label}: ${describeFsError(error)}`, 'nothing was written', {
      cause: error,
    });
  }
  const done: string[] = [];
  for (const [i, { temp, write }] of staged.entries()) {
    try {
      renameSync(temp, write.path);
      untrack(temp);
      done.push(write.label);
    } catch (error) {
      for (const rest of staged.slice(i)) {
        rmSync(rest.temp, { force: true });
        untrack(rest.temp);
      }
      throw new InputError(
        `cannot write ${write.label}: ${describeFsError(error)}`,
        done.length ? `already written: ${done.join(', ')}` : 'nothing was written',
        { cause: error },
      );
    }
  }
}

/** One whole file, atomically (lexgap init). Throws an InputError saying which file and why. */
export function writeFileAtomic(path: string, content: string): void {
  let temp: string | undefined;
  try {
    temp = stage(path, content);
    renameSync(temp, path);
    untrack(temp);
  } catch (error) {
    if (temp !== undefined) {
      rmSync(temp, { force: true });
      untrack(temp);
    }
    throw new InputError(`cannot write ${path}: ${describeFsError(error)}`, undefined, { cause: error });
  }
}
