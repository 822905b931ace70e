/** load/read-documents: the only code that reads input files; returns parsed SourceDocuments. */
import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import type { Diagnostic, SourceDocument } from '../model/index.js';
import { InputError } from '../errors.js';
import type { DataFile } from './discover.js';
import { detectKind } from './discover.js';
import { parseYamlFile } from './yaml-document.js';
import { fromSnapshot } from './bundled-snapshot.js';

export interface LoadedFile {
  file: DataFile;
  document: SourceDocument;
  diagnostics: Diagnostic[];
}

/** Repo-relative display path with forward slashes, so output is the same on every machine. */
export function displayPath(absolutePath: string, cwd: string): string {
  return relative(cwd, absolutePath).split(sep).join('/') || absolutePath;
}

export function readDocuments(files: DataFile[], cwd: string): LoadedFile[] {
  return files.map((file) => readDocument(file, cwd));
}

const filesRead = new Set<string>();

/**
 * Every file this process has read as input (absolute paths). The CLI refuses to write an output
 * onto any of them, whichever command read it and whether or not it was reported on.
 */
export function inputFilesRead(): ReadonlySet<string> {
  return filesRead;
}

export function readDocument(file: DataFile, cwd: string): LoadedFile {
  filesRead.add(file.absolutePath);
  let bytes: Buffer;
  try {
    bytes = readFileSync(file.absolutePath);
  } catch (cause) {
    throw new InputError(`cannot read ${displayPath(file.absolutePath, cwd)}: ${(cause as Error).message}`, undefined, {
      cause,
    });
  }
  const path = displayPath(file.absolutePath, cwd);
  // Sniff the kind from the first few KiB only; parse once, below.
  const head = bytes.subarray(0, 4096).toString('utf8');
  const kind = detectKind(file.absolutePath, head);
  // Bundled files unchanged since the build come parsed from the snapshot (load/bundled-snapshot).
  const parsed =
    (file.origin === 'bundled' && kind !== undefined && fromSnapshot(bytes, path, file.absolutePath, kind)) ||
    parseYamlFile(bytes, path, file.absolutePath, kind ?? 'instrument');
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
