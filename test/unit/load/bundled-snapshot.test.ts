/** The bundled data parsed at build time: a hit must be indistinguishable from parsing the file. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  buildSnapshot,
  contentKey,
  DEFAULT_SNAPSHOT_PATH,
  fromSnapshot,
  isCleanBundledSet,
  loadSnapshot,
  setKey,
} from '../../../src/load/bundled-snapshot.js';
import { bundledFiles, detectKind } from '../../../src/load/discover.js';
import { parseYamlFile } from '../../../src/load/yaml-document.js';
import { tempDir } from '../../helpers/temp-data.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const files = bundledFiles(ROOT).map(({ absolutePath }) => {
  const bytes = readFileSync(absolutePath);
  return {
    absolutePath,
    path: absolutePath.slice(ROOT.length),
    bytes,
    kind: detectKind(absolutePath, bytes.toString('utf8'))!,
  };
});
const snapshot = buildSnapshot(files);

describe('bundled snapshot', () => {
  it('holds every bundled file, by the hash of its bytes', () => {
    expect(Object.keys(snapshot.entries).sort()).toEqual(files.map((f) => contentKey(f.bytes)).sort());
  });

  it.each(files.map((f) => [f.path, f] as const))(
    'gives the same document and diagnostics as parsing %s',
    (_path, f) => {
      const parsed = parseYamlFile(f.bytes, f.path, f.absolutePath, f.kind);
      const hit = fromSnapshot(f.bytes, f.path, f.absolutePath, f.kind, snapshot)!;
      expect(hit).toBeDefined();
      expect(hit.diagnostics).toEqual(parsed.diagnostics);
      // A hit carries its content key (for the clean-set check); otherwise it is the parse itself.
      expect(hit.document.snapshotKey).toBe(contentKey(f.bytes));
      const withoutLocate = (d: object) =>
        Object.fromEntries(Object.entries(d).filter(([k]) => k !== 'locate' && k !== 'snapshotKey'));
      expect(withoutLocate(hit.document)).toEqual(withoutLocate(parsed.document));
      // Positions, parsed on first use, are those of the file.
      for (const pointer of ['', '/schema_version', '/no/such/pointer']) {
        expect(hit.document.locate(pointer)).toEqual(parsed.document.locate(pointer));
        expect(hit.document.locate(pointer, 'key')).toEqual(parsed.document.locate(pointer, 'key'));
      }
    },
  );

  it('misses when a byte changed or the kind differs, so the file is parsed', () => {
    const f = files[0]!;
    const edited = Buffer.concat([f.bytes, Buffer.from('\n# edited\n')]);
    expect(fromSnapshot(edited, f.path, f.absolutePath, f.kind, snapshot)).toBeUndefined();
    const other = f.kind === 'country' ? 'instrument' : 'country';
    expect(fromSnapshot(f.bytes, f.path, f.absolutePath, other, snapshot)).toBeUndefined();
    expect(fromSnapshot(f.bytes, f.path, f.absolutePath, f.kind, undefined)).toBeUndefined();
  });

  it('leaves out a file whose data JSON cannot carry (.inf) or that does not parse', () => {
    const small = buildSnapshot([
      { bytes: Buffer.from('a: .inf\n'), kind: 'instrument' },
      { bytes: Buffer.from('a: [\n'), kind: 'instrument' },
      { bytes: Buffer.from('a: 1\n'), kind: 'instrument' },
    ]);
    expect(Object.keys(small.entries)).toEqual([contentKey(Buffer.from('a: 1\n'))]);
  });

  it('skips validation only for exactly the clean bundled set, every file unchanged', () => {
    const docs = files.map((f) => fromSnapshot(f.bytes, f.path, f.absolutePath, f.kind, snapshot)!.document);
    const clean = { ...snapshot, clean: setKey(files.map((f) => contentKey(f.bytes))) };
    expect(isCleanBundledSet(docs, clean)).toBe(true);
    // One file fewer, one parsed rather than taken from the snapshot, or no clean record: validate as usual.
    expect(isCleanBundledSet(docs.slice(1), clean)).toBe(false);
    const parsed = parseYamlFile(files[0]!.bytes, files[0]!.path, files[0]!.absolutePath, files[0]!.kind).document;
    expect(isCleanBundledSet([parsed, ...docs.slice(1)], clean)).toBe(false);
    expect(isCleanBundledSet(docs, snapshot)).toBe(false);
  });

  it('is absent under ts-jest (tests always parse) and unreadable snapshots are ignored', () => {
    expect(DEFAULT_SNAPSHOT_PATH).toBe(join(ROOT, 'src', 'load', 'bundled-snapshot.json'));
    expect(loadSnapshot()).toBeUndefined();
    const dir = tempDir({ 'bad.json': '{ not json', 'old.json': '{"format": 0, "entries": {}}' });
    try {
      expect(loadSnapshot(join(dir.dir, 'bad.json'))).toBeUndefined();
      expect(loadSnapshot(join(dir.dir, 'old.json'))).toBeUndefined();
    } finally {
      dir.remove();
    }
  });
});
