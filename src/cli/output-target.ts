/**
 * cli/output-target: what an -o path is, decided before anything is written. A regular file (or a
 * new one) is replaced by rename; a FIFO or character device is written into, never replaced;
 * `-`, /dev/stdout and /dev/stderr are this process's own streams. Anything else is refused, as
 * are lexgap's own files and the run's inputs.
 */
import { lstatSync, realpathSync, statSync } from 'node:fs';
import type { Stats } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { InputError } from '../errors.js';
import { PACKAGE_ROOT } from '../load/discover.js';
import { describeFsError } from './fs-errors.js';

export type ResolvedOutput =
  | { kind: 'stdout' | 'stderr' }
  /** `path` is where the bytes go: symbolic links resolved, so a link to a file stays a link. */
  | { kind: 'file'; path: string; exists: boolean; mode?: number; id?: string }
  | { kind: 'stream'; path: string; regular: boolean; id?: string };

/** Names of this process's own streams: written through the stream, never opened as files. */
const OWN_STREAMS: Record<string, 'stdout' | 'stderr'> = {
  '/dev/stdout': 'stdout',
  '/dev/fd/1': 'stdout',
  '/proc/self/fd/1': 'stdout',
  '/dev/stderr': 'stderr',
  '/dev/fd/2': 'stderr',
  '/proc/self/fd/2': 'stderr',
};

/** A file's identity, so two paths to one file (links, `..`) are recognised as one. */
export function fileId(st: Stats): string {
  return `${st.dev}:${st.ino}`;
}

/** Classifies one -o path; throws an InputError saying why when it cannot be an output. */
export function resolveOutput(given: string, cwd: string): ResolvedOutput {
  if (given === '-') return { kind: 'stdout' };
  const abs = resolve(cwd, given);
  const own = OWN_STREAMS[abs];
  if (own) return { kind: own };
  let st: Stats;
  try {
    st = lstatSync(abs);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw cannot(given, error);
    return { kind: 'file', path: join(existingFolder(given, abs), basename(abs)), exists: false };
  }
  let path = abs;
  if (st.isSymbolicLink()) {
    try {
      path = realpathSync(abs);
      st = statSync(path);
    } catch (error) {
      throw new InputError(
        `-o ${given} is a symbolic link to ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'a missing file' : 'something lexgap cannot reach'}`,
        'remove the link, or write somewhere else',
      );
    }
  }
  // /dev/fd/N and /proc/self/fd/N name descriptors this process inherited: write into them.
  const descriptor = /^\/(dev|proc\/self)\/fd\/\d+$/.test(abs);
  if (st.isFile() && !descriptor) return { kind: 'file', path, exists: true, mode: st.mode & 0o7777, id: fileId(st) };
  if (st.isFile() || st.isFIFO() || st.isCharacterDevice())
    return { kind: 'stream', path, regular: st.isFile(), id: fileId(st) };
  if (st.isDirectory()) throw new InputError(`-o ${given} is a directory`, 'give a file name');
  throw new InputError(
    `-o ${given} is a ${st.isBlockDevice() ? 'block device' : st.isSocket() ? 'socket' : 'special file'}`,
    'lexgap writes regular files, pipes and character devices only',
  );
}

function existingFolder(given: string, abs: string): string {
  const folder = dirname(abs);
  try {
    if (statSync(folder).isDirectory()) return realpathSync(folder);
  } catch {
    // Reported below.
  }
  throw new InputError(
    `-o ${given}: directory ${dirname(given) || '.'} does not exist`,
    'create it first; lexgap does not create folders',
  );
}

function cannot(given: string, error: unknown): InputError {
  return new InputError(`cannot write ${given}: ${describeFsError(error)}`, undefined, { cause: error });
}

/** What lexgap ships: an output written over any of these would break every later run. */
const OWN_FOLDERS = ['bin', 'dist', 'schemas', 'frameworks', 'countries', 'docs'];
const OWN_FILES = ['package.json', 'package-lock.json', 'npm-shrinkwrap.json', 'LICENSE', 'README.md'];

let packageRoot: string | undefined;

/** Whether a resolved output path is one of lexgap's own files. */
export function isOwnFile(path: string, root: string = PACKAGE_ROOT): boolean {
  if (root === PACKAGE_ROOT) {
    packageRoot ??= safeRealpath(PACKAGE_ROOT);
    root = packageRoot;
  } else root = safeRealpath(root);
  const inside = relative(root, path);
  if (inside.startsWith('..') || inside === '' || resolve(root, inside) !== path) return false;
  const [first] = inside.split(sep);
  return OWN_FILES.includes(inside) || (first !== undefined && OWN_FOLDERS.includes(first) && inside !== first);
}

function safeRealpath(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
}
