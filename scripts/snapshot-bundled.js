#!/usr/bin/env node
// Build step (after tsc): parses the bundled data (frameworks/, countries/) once, into
// dist/load/bundled-snapshot.json, keyed by each file's SHA-256. At run time a bundled file whose
// bytes still match is taken from here instead of parsed; see src/load/bundled-snapshot.ts.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import console from 'node:console';
import process from 'node:process';
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
// Validate exactly the bundled set, parsing everything (no snapshot yet): if nothing at all is found,
// record the set as clean, so runs over it unchanged skip the schemas and rules.
process.env.LEXGAP_NO_SNAPSHOT = '1';
const { openProject } = await import(new URL('../dist/project/open-project.js', import.meta.url).href);
const { contentKey, setKey } = await import(new URL('../dist/load/bundled-snapshot.js', import.meta.url).href);
const project = openProject({ cwd: root });
delete process.env.LEXGAP_NO_SNAPSHOT;
const keys = files.map(({ bytes }) => contentKey(bytes));
if (project.diagnostics.length === 0 && keys.every((k) => k in snapshot.entries)) snapshot.clean = setKey(keys);
const text = JSON.stringify(snapshot);
writeFileSync(`${DEFAULT_SNAPSHOT_PATH}.tmp`, text);
renameSync(`${DEFAULT_SNAPSHOT_PATH}.tmp`, DEFAULT_SNAPSHOT_PATH);
console.log(
  `snapshot-bundled: ${Object.keys(snapshot.entries).length} of ${files.length} bundled files parsed into dist/load/bundled-snapshot.json (${Math.round(text.length / 1024)} KiB)${snapshot.clean ? '; validated clean' : ''}`,
);
