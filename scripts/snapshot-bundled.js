#!/usr/bin/env node
// Build step (after tsc): parses the bundled data (frameworks/, countries/) once, into
// dist/load/bundled-snapshot.json, keyed by each file's SHA-256. At run time a bundled file whose
// bytes still match is taken from here instead of parsed; see src/load/bundled-snapshot.ts.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import console from 'node:console';
import { URL, fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const { bundledFiles, detectKind } = await import(new URL('../dist/load/discover.js', import.meta.url).href);
const { buildSnapshot, DEFAULT_SNAPSHOT_PATH } = await import(
  new URL('../dist/load/bundled-snapshot.js', import.meta.url).href
);

const files = bundledFiles(root).flatMap(({ absolutePath }) => {
  const bytes = readFileSync(absolutePath);
  const kind = detectKind(absolutePath, bytes.subarray(0, 4096).toString('utf8'));
  return kind === undefined ? [] : [{ bytes, kind }];
});
const snapshot = buildSnapshot(files);
const text = JSON.stringify(snapshot);
writeFileSync(`${DEFAULT_SNAPSHOT_PATH}.tmp`, text);
renameSync(`${DEFAULT_SNAPSHOT_PATH}.tmp`, DEFAULT_SNAPSHOT_PATH);
console.log(
  `snapshot-bundled: ${Object.keys(snapshot.entries).length} of ${files.length} bundled files parsed into dist/load/bundled-snapshot.json (${Math.round(text.length / 1024)} KiB)`,
);
