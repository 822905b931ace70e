/** load/discover: which files make up the data set, and what kind of document each one is. */
import { readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DocumentKind } from '../model/index.js';
import { InputError } from '../errors.js';
import { expandGlob, hasGlobMagic } from './glob.js';
import { LIMITS } from './limits.js';

/** The installed package's root: bundled schemas/, frameworks/ and countries/ live here. */
export const PACKAGE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface DataFile {
  absolutePath: string;
  /** Where the file came from: 'bundled' or the --data directory given. */
  origin: string;
}

const YAML_FILE = /\.ya?ml$/i;

/** The bundled data files, in a stable order. */
export function bundledFiles(root: string = PACKAGE_ROOT): DataFile[] {
  const files = [
    join(root, 'frameworks', 'concepts.yaml'),
    ...listYaml(join(root, 'frameworks', 'instruments')),
    ...listYaml(join(root, 'countries')),
    ...listDirs(join(root, 'frameworks', 'translations')).flatMap(listYaml),
  ];
  return files.filter(isFile).map((absolutePath) => ({ absolutePath, origin: 'bundled' }));
}

/** Every YAML file below a --data directory. */
export function dataDirFiles(dir: string, cwd: string): DataFile[] {
  const abs = resolve(cwd, dir);
  if (!isDirectory(abs)) {
    throw new InputError(
      `--data ${dir}: no such directory`,
      'give a folder holding instruments/ and countries/ YAML files',
    );
  }
  return walkYaml(abs, `--data ${dir}`, dir).map((absolutePath) => ({ absolutePath, origin: dir }));
}

/** Files named on the command line: plain paths, directories or globs. */
export function pathArgFiles(args: string[], cwd: string): DataFile[] {
  const out: DataFile[] = [];
  for (const arg of args) {
    // A file that exists under its literal name ('[draft].yaml') is that file, not a pattern.
    if (hasGlobMagic(arg) && !exists(resolve(cwd, arg))) {
      const matches = expandGlob(arg, cwd).filter((p) => YAML_FILE.test(p));
      if (matches.length === 0)
        throw new InputError(
          `no YAML files match '${arg}'`,
          'check the pattern; quote it so the shell does not expand it',
        );
      out.push(...matches.map((absolutePath) => ({ absolutePath, origin: arg })));
      continue;
    }
    const abs = resolve(cwd, arg);
    if (isDirectory(abs)) {
      out.push(...walkYaml(abs, arg, arg).map((absolutePath) => ({ absolutePath, origin: arg })));
    } else if (exists(abs)) {
      // Whatever it is (a FIFO, a device), reading it says so with a located diagnostic.
      out.push({ absolutePath: abs, origin: arg });
    } else {
      throw new InputError(`${arg}: no such file or directory`);
    }
  }
  if (out.length > LIMITS.maxFiles) {
    throw new InputError(
      `${out.length} files to read; the limit is ${LIMITS.maxFiles}`,
      'validate a smaller folder or pattern',
    );
  }
  return out;
}

/**
 * Decides the document kind from where a file sits, then from what it holds. Returns undefined when
 * neither says, so the caller can report it rather than guess.
 */
export function detectKind(absolutePath: string, text: string): DocumentKind | undefined {
  const name = basename(absolutePath).toLowerCase();
  const parent = basename(dirname(absolutePath)).toLowerCase();
  // frameworks/translations/<lang>/<id>.yaml, including <lang>/concepts.yaml
  if (basename(dirname(dirname(absolutePath))).toLowerCase() === 'translations') return 'translation';
  if (name === 'concepts.yaml' || name === 'concepts.yml') return 'concepts';
  if (parent === 'instruments') return 'instrument';
  if (parent === 'countries') return 'country';
  const pragma = /\$schema=\S*?(concepts|instrument|country|translation)\.schema\.json/.exec(text)?.[1];
  if (pragma) return pragma as DocumentKind;
  if (/^concepts:/m.test(text)) return 'concepts';
  if (/^provisions:/m.test(text)) return 'instrument';
  if (/^country:/m.test(text)) return 'country';
  if (/^of:/m.test(text) && /^lang:/m.test(text)) return 'translation';
  return undefined;
}

function listDirs(dir: string): string[] {
  try {
    return readdirSync(dir)
      .sort()
      .map((n) => join(dir, n))
      .filter(isDirectory);
  } catch {
    return [];
  }
}

function listYaml(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((n) => YAML_FILE.test(n))
      .sort()
      .map((n) => join(dir, n));
  } catch {
    return [];
  }
}

/**
 * Every YAML file below `dir`, sorted. Directories are identified by device and inode, so a symbolic
 * link back up the tree (`a -> .`) or two links to one folder are walked once, never forever. A
 * folder that cannot be listed is an input error naming it (exit 2), not a crash.
 */
function walkYaml(dir: string, label: string, given: string): string[] {
  const out: string[] = [];
  const visited = new Set<string>();
  const visit = (folder: string, shown: string): void => {
    const st = statSync(folder);
    const id = `${st.dev}:${st.ino}`;
    if (visited.has(id)) return;
    visited.add(id);
    let names: string[];
    try {
      names = readdirSync(folder).sort();
    } catch (error) {
      throw new InputError(
        `${label}: cannot read the folder ${shown}: ${describeReadError(error)}`,
        'check its permissions, or point --data somewhere else',
        { cause: error },
      );
    }
    for (const name of names) {
      if (name.startsWith('.') || name === 'node_modules') continue;
      const full = join(folder, name);
      if (isDirectory(full)) visit(full, `${shown}/${name}`);
      // Not only regular files: a FIFO or device named *.yaml is reported when read, not skipped silently.
      else if (YAML_FILE.test(name) && exists(full)) out.push(full);
      if (out.length > LIMITS.maxFiles) {
        throw new InputError(`more than ${LIMITS.maxFiles} YAML files under ${dir}`, 'point at a smaller folder');
      }
    }
  };
  visit(dir, given);
  return out;
}

/** A system error while reading input, in words. */
export function describeReadError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? '';
  const reasons: Partial<Record<string, string>> = {
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    ENOENT: 'it does not exist',
    ENOTDIR: 'a part of the path is not a folder',
    ELOOP: 'too many symbolic links',
    EIO: 'input/output error',
    EMFILE: 'too many open files',
  };
  return reasons[code] ?? (error instanceof Error ? error.message : String(error));
}

function exists(p: string): boolean {
  try {
    statSync(p);
    return true;
  } catch {
    return false;
  }
}

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}
