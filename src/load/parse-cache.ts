/**
 * load/parse-cache: the opt-in cache of parsed user data (`--cache`), in the manner of ESLint's and
 * Prettier's. Parsing YAML is most of a run's time; a file whose bytes were parsed before is taken
 * from the cache instead. Entries are keyed by the SHA-256 of the file's bytes, its kind, lexgap's
 * version and the parser's own code, so an edited file, or another lexgap, simply misses: the
 * cache can make a run faster, never different (an entry holds exactly what parsing gave, and
 * positions are parsed afresh when a diagnostic needs one).
 *
 * One small file per entry, written to a random temporary name and renamed into place: runs that
 * share the folder never see half an entry, and the last of two writers of one key wins with the
 * same content. An unreadable or malformed entry is a miss. Nothing is ever deleted; removing the
 * folder is always safe.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import type { DocumentKind, SourceDocument } from '../model/index.js';
import type { SnapshotEntry } from './bundled-snapshot.js';
import { contentKey } from './bundled-snapshot.js';
import { toolVersion } from './package-info.js';
import type { ParsedFile } from './yaml-document.js';
import { lazyLocate } from './yaml-document.js';

/** Bumped when the entry layout changes. */
const CACHE_FORMAT = 1;

/** Where the cache lives unless --cache-location says otherwise (relative to the working directory). */
export const DEFAULT_CACHE_LOCATION = join('node_modules', '.cache', 'lexgap');

let parserId: string | undefined;

/** lexgap's version and a hash of the parsing code: a change to either starts a fresh set of keys. */
function parserIdentity(): string {
  if (parserId === undefined) {
    const hash = createHash('sha256').update(`${CACHE_FORMAT}\0${toolVersion()}\0`);
    for (const module of ['./yaml-document.js', './yaml-depth.js']) {
      try {
        hash.update(readFileSync(fileURLToPath(new URL(module, import.meta.url))));
      } catch {
        hash.update(module);
      }
    }
    parserId = hash.digest('hex').slice(0, 16);
  }
  return parserId;
}

export interface ParseCache {
  /** The parse of these bytes as this kind, when cached. */
  get(bytes: Uint8Array, path: string, absolutePath: string, kind: DocumentKind): ParsedFile | undefined;
  /** Stores a parse; entries whose data JSON cannot carry unchanged (.inf, .nan) are not stored. */
  put(bytes: Uint8Array, kind: DocumentKind, parsed: ParsedFile): void;
}

export function openParseCache(folder: string): ParseCache {
  const version = parserIdentity();
  const fileOf = (bytes: Uint8Array, kind: DocumentKind) =>
    join(folder, `${contentKey(Buffer.concat([Buffer.from(`${version}\0${kind}\0`), bytes]))}.json`);
  let folderMade = false;
  let writable = true;
  return {
    get(bytes, path, absolutePath, kind) {
      let entry: SnapshotEntry;
      try {
        entry = JSON.parse(readFileSync(fileOf(bytes, kind), 'utf8')) as SnapshotEntry;
      } catch {
        return undefined;
      }
      if (entry?.kind !== kind || !Array.isArray(entry.diagnostics)) return undefined;
      const document: SourceDocument = {
        path,
        absolutePath,
        kind,
        data: entry.data,
        ...(typeof entry.pragma === 'string' ? { pragma: entry.pragma } : {}),
        locate: lazyLocate(bytes, path, absolutePath, kind),
      };
      return { document, diagnostics: entry.diagnostics.map((d) => ({ ...d, file: path })) };
    },
    put(bytes, kind, parsed) {
      if (!writable) return;
      const entry: SnapshotEntry = {
        kind,
        data: parsed.document.data,
        ...(parsed.document.pragma !== undefined ? { pragma: parsed.document.pragma } : {}),
        diagnostics: parsed.diagnostics.map((d) => {
          const copy: Partial<typeof d> = { ...d };
          delete copy.file;
          return copy as Omit<typeof d, 'file'>;
        }),
      };
      const text = JSON.stringify(entry);
      if (!isDeepStrictEqual(JSON.parse(text), entry)) return;
      const target = fileOf(bytes, kind);
      const temp = `${target}.${randomBytes(6).toString('hex')}.tmp`;
      try {
        if (!folderMade) mkdirSync(folder, { recursive: true });
        folderMade = true;
        writeFileSync(temp, text, { flag: 'wx' });
        renameSync(temp, target);
      } catch {
        // A cache that cannot be written (read-only folder, full disk) costs speed, not correctness.
        writable = false;
        rmSync(temp, { force: true });
      }
    },
  };
}
