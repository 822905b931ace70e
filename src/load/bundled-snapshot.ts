/**
 * load/bundled-snapshot: the bundled data, parsed at build time. Parsing ~600 KiB of YAML costs a
 * cold process several hundred milliseconds, which every `lexgap` run would spend on files that do
 * not change once installed. The build (scripts/snapshot-bundled.js) runs parseYamlFile over each
 * bundled file and stores the result under the SHA-256 of the file's bytes; at run time a bundled
 * file whose bytes match is taken from the snapshot instead of parsed. A file edited since the build
 * does not match and is parsed as usual, so the snapshot can make a run faster, never different.
 * Positions are only needed for diagnostics: on a hit the file is parsed when first asked for one.
 * LEXGAP_NO_SNAPSHOT=1 turns it off (benchmarks, debugging).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { fileURLToPath } from 'node:url';
import type { Diagnostic, DocumentKind, SourceDocument } from '../model/index.js';
import type { ParsedFile } from './yaml-document.js';
import { lazyLocate, parseYamlFile } from './yaml-document.js';

export const SNAPSHOT_FORMAT = 1;

/** Beside the compiled module: dist/load/ after the build; absent under ts-jest, so tests always parse. */
export const DEFAULT_SNAPSHOT_PATH = fileURLToPath(new URL('./bundled-snapshot.json', import.meta.url));

export interface SnapshotEntry {
  kind: DocumentKind;
  data: unknown;
  pragma?: string;
  /** The parse diagnostics, without their file (the display path depends on the working directory). */
  diagnostics: Omit<Diagnostic, 'file'>[];
}

export interface Snapshot {
  format: typeof SNAPSHOT_FORMAT;
  /** By the SHA-256 (hex) of the file's bytes. */
  entries: Record<string, SnapshotEntry>;
  /**
   * The key (setKey) of the bundled files as built, when validating exactly those files found no
   * problem at all. A run over exactly that set, unchanged, can skip the schemas and cross-file rules:
   * the same bytes through the same code give the same (empty) result.
   */
  clean?: string;
}

/** One key for a set of files: the SHA-256 of their sorted content keys. */
export function setKey(contentKeys: readonly string[]): string {
  return createHash('sha256')
    .update([...contentKeys].sort().join('\n'))
    .digest('hex');
}

/** True when these documents are exactly the bundled set the build found clean, every one unchanged. */
export function isCleanBundledSet(
  documents: readonly SourceDocument[],
  snapshot: Snapshot | undefined = process.env.LEXGAP_NO_SNAPSHOT === '1' ? undefined : loadSnapshot(),
): boolean {
  if (!snapshot?.clean || documents.length === 0) return false;
  const keys: string[] = [];
  for (const d of documents) {
    if (d.snapshotKey === undefined) return false;
    keys.push(d.snapshotKey);
  }
  return setKey(keys) === snapshot.clean;
}

function withoutFile(d: Diagnostic): Omit<Diagnostic, 'file'> {
  const copy: Partial<Diagnostic> = { ...d };
  delete copy.file;
  return copy as Omit<Diagnostic, 'file'>;
}

export function contentKey(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Parses files into a snapshot. A file whose data would not survive JSON unchanged (.inf, .nan) is
 * left out, and is parsed at run time.
 */
export function buildSnapshot(files: readonly { bytes: Uint8Array; kind: DocumentKind }[]): Snapshot {
  const entries: Record<string, SnapshotEntry> = {};
  for (const { bytes, kind } of files) {
    const { document, diagnostics } = parseYamlFile(bytes, '', '', kind);
    const entry: SnapshotEntry = {
      kind,
      data: document.data,
      ...(document.pragma !== undefined ? { pragma: document.pragma } : {}),
      diagnostics: diagnostics.map(withoutFile),
    };
    if (isDeepStrictEqual(JSON.parse(JSON.stringify(entry)), entry)) entries[contentKey(bytes)] = entry;
  }
  return { format: SNAPSHOT_FORMAT, entries };
}

const loaded = new Map<string, Snapshot | null>();

/** Reads a snapshot once per process; undefined when there is none or it is unreadable. */
export function loadSnapshot(path: string = DEFAULT_SNAPSHOT_PATH): Snapshot | undefined {
  if (!loaded.has(path)) {
    let snapshot: Snapshot | null = null;
    try {
      const parsed = JSON.parse(readFileSync(path, 'utf8')) as Snapshot;
      if (parsed.format === SNAPSHOT_FORMAT && typeof parsed.entries === 'object') snapshot = parsed;
    } catch {
      // No snapshot (ts-jest, a build without it): every file is parsed.
    }
    loaded.set(path, snapshot);
  }
  return loaded.get(path) ?? undefined;
}

/** The parse of a file from the snapshot, when its bytes and kind match an entry; else undefined. */
export function fromSnapshot(
  bytes: Uint8Array,
  path: string,
  absolutePath: string,
  kind: DocumentKind,
  snapshot: Snapshot | undefined = process.env.LEXGAP_NO_SNAPSHOT === '1' ? undefined : loadSnapshot(),
): ParsedFile | undefined {
  const key = contentKey(bytes);
  const entry = snapshot?.entries[key];
  if (!entry || entry.kind !== kind) return undefined;
  const document: SourceDocument = {
    path,
    absolutePath,
    kind,
    snapshotKey: key,
    data: entry.data,
    ...(entry.pragma !== undefined ? { pragma: entry.pragma } : {}),
    // The one parse of this file in this run, and only if a diagnostic needs a position.
    locate: lazyLocate(bytes, path, absolutePath, kind),
  };
  return { document, diagnostics: entry.diagnostics.map((d) => ({ ...d, file: path })) };
}
