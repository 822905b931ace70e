/** load/read-documents: the only code that reads input files; returns parsed SourceDocuments. */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { relative, sep } from 'node:path';
import type { Diagnostic, DocumentKind, SourceDocument } from '../model/index.js';
import type { DataFile } from './discover.js';
import { describeReadError, detectKind, PACKAGE_ROOT } from './discover.js';
import { LIMITS } from './limits.js';
import { FILE_START, makeDocument } from './yaml-document.js';
import { parseMany } from './parallel-parse.js';
import type { ParsedFile } from './yaml-document.js';
import type { ParseCache } from './parse-cache.js';
import { fromSnapshot } from './bundled-snapshot.js';

export interface LoadedFile {
  file: DataFile;
  document: SourceDocument;
  diagnostics: Diagnostic[];
}

/** The prefix of a bundled file's label when lexgap is installed as a package (`lexgap:countries/ke.yaml`). */
export const BUNDLED_LABEL = 'lexgap:';

/**
 * The path shown for a file: relative to the working directory, with forward slashes, so output is
 * the same on every machine. A bundled file of an installed lexgap (under node_modules, or outside
 * the working directory) is shown as `lexgap:countries/ke.yaml` instead of a path into
 * node_modules that means nothing to the user and that code scanning cannot place.
 */
export function displayPath(absolutePath: string, cwd: string, packageRoot: string = PACKAGE_ROOT): string {
  const shown = relative(cwd, absolutePath).split(sep).join('/');
  const inPackage = relative(packageRoot, absolutePath).split(sep).join('/');
  const installed = relative(cwd, packageRoot).split(sep).join('/');
  if (
    !inPackage.startsWith('../') &&
    /^(frameworks|countries)\//.test(inPackage) &&
    (installed.startsWith('..') || /(^|\/)node_modules(\/|$)/.test(installed))
  )
    return `${BUNDLED_LABEL}${inPackage}`;
  return shown || absolutePath;
}

const filesRead = new Set<string>();

/**
 * Every file this process has read as input (absolute paths). The CLI refuses to write an output
 * onto any of them, whichever command read it and whether or not it was reported on.
 */
export function inputFilesRead(): ReadonlySet<string> {
  return filesRead;
}

/**
 * Reads a file's bytes, or says why it is not read. Opened without blocking (a FIFO named zz.yaml
 * would otherwise wait forever for a writer) and checked with fstat before a byte is read: only a
 * regular file no larger than the limit is read, so a link to /dev/zero cannot fill memory.
 */
function readInput(absolutePath: string, path: string): { bytes: Buffer } | { diagnostic: Diagnostic } {
  const refuse = (code: Diagnostic['code'], message: string, hint: string) => ({
    diagnostic: { code, severity: 'error' as const, message, file: path, pointer: '', range: FILE_START, hint },
  });
  let fd: number;
  try {
    fd = openSync(absolutePath, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
  } catch (error) {
    return refuse(
      'file/unreadable',
      `cannot read the file: ${describeReadError(error)}`,
      'check the path and the permissions',
    );
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile())
      return refuse(
        'file/not-regular',
        `${st.isFIFO() ? 'a FIFO' : st.isCharacterDevice() ? 'a character device' : st.isBlockDevice() ? 'a block device' : st.isSocket() ? 'a socket' : 'not a file'}, not a regular file; it was not read`,
        'lexgap reads regular files only; remove it or rename it so it does not end in .yaml',
      );
    if (st.size > LIMITS.maxFileBytes) return tooLarge(refuse, st.size);
    // Read at most one byte past the limit: a file that grows while read is still caught.
    const buffer = Buffer.alloc(Math.min(st.size, LIMITS.maxFileBytes) + 1);
    let length = 0;
    for (;;) {
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
      if (length === buffer.length) {
        if (length > LIMITS.maxFileBytes) return tooLarge(refuse, length);
        break;
      }
    }
    return { bytes: buffer.subarray(0, length) };
  } catch (error) {
    return refuse(
      'file/unreadable',
      `cannot read the file: ${describeReadError(error)}`,
      'check the path and the permissions',
    );
  } finally {
    closeSync(fd);
  }
}

function tooLarge<T>(refuse: (code: Diagnostic['code'], message: string, hint: string) => T, size: number): T {
  return refuse(
    'file/too-large',
    `file is ${size} bytes; the limit is ${LIMITS.maxFileBytes}`,
    'split the data into smaller files',
  );
}

/**
 * Reads and parses files: bundled ones unchanged since the build come from the snapshot
 * (load/bundled-snapshot), user files from the parse cache when --cache is on; the rest are parsed,
 * on several threads when there are many (load/parallel-parse), and kept in the cache.
 */
export function readDocuments(files: DataFile[], cwd: string, cache?: ParseCache): LoadedFile[] {
  const out: (LoadedFile | undefined)[] = [];
  const pending: { at: number; file: DataFile; path: string; bytes: Buffer; kind: DocumentKind | undefined }[] = [];
  files.forEach((file, at) => {
    filesRead.add(file.absolutePath);
    const path = displayPath(file.absolutePath, cwd);
    const read = readInput(file.absolutePath, path);
    if ('diagnostic' in read) {
      const kind = detectKind(file.absolutePath, '') ?? 'instrument';
      out[at] = {
        file,
        document: makeDocument(path, file.absolutePath, kind, undefined),
        diagnostics: [read.diagnostic],
      };
      return;
    }
    const bytes = read.bytes;
    // Sniff the kind from the first few KiB only; parse once, below.
    const kind = detectKind(file.absolutePath, bytes.subarray(0, 4096).toString('utf8'));
    const ready =
      kind === undefined
        ? undefined
        : file.origin === 'bundled'
          ? fromSnapshot(bytes, path, file.absolutePath, kind)
          : cache?.get(bytes, path, file.absolutePath, kind);
    if (ready) out[at] = finish(file, kind, ready, path);
    else pending.push({ at, file, path, bytes, kind });
  });
  const parsed = parseMany(
    pending.map((p) => ({
      bytes: p.bytes,
      path: p.path,
      absolutePath: p.file.absolutePath,
      kind: p.kind ?? 'instrument',
    })),
  );
  pending.forEach((p, i) => {
    if (cache && p.kind !== undefined && p.file.origin !== 'bundled') cache.put(p.bytes, p.kind, parsed[i]!);
    out[p.at] = finish(p.file, p.kind, parsed[i]!, p.path);
  });
  return out as LoadedFile[];
}

export function readDocument(file: DataFile, cwd: string, cache?: ParseCache): LoadedFile {
  return readDocuments([file], cwd, cache)[0]!;
}

function finish(file: DataFile, kind: DocumentKind | undefined, parsed: ParsedFile, path: string): LoadedFile {
  // A file of unknown kind is still parsed, so its YAML errors are reported with the kind problem;
  // its data is then dropped, since no schema can check it.
  if (kind === undefined) {
    parsed.diagnostics.unshift({
      code: 'file/unknown-kind',
      severity: 'error',
      message: 'cannot tell whether this is a concepts, instrument or country file',
      file: path,
      pointer: '',
      range: { start: { line: 1, col: 1 }, end: { line: 1, col: 1 } },
      hint: "put it under instruments/ or countries/, or start it with the schema pragma '# yaml-language-server: $schema=.../instrument.schema.json'",
    });
    return { file, document: { ...parsed.document, data: undefined }, diagnostics: parsed.diagnostics };
  }
  return { file, ...parsed };
}
