#!/usr/bin/env node
// Build step (after tsc): precompiles schemas/*.json into dist/validate/compiled-schemas.js, Ajv
// standalone code with the runtime's options (src/validate/ajv-options.ts), so `lexgap` neither
// loads Ajv's compiler nor compiles a schema at start-up. The runtime checks each schema's
// fingerprint and compiles at runtime instead when a schema changed after the build.
import { writeFileSync, renameSync } from 'node:fs';
import console from 'node:console';
import { URL, fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const { loadSchemas } = await import(new URL('../dist/load/schemas.js', import.meta.url).href);
const { standaloneModule } = await import(new URL('../dist/validate/standalone.js', import.meta.url).href);

const target = `${root}dist/validate/compiled-schemas.js`;
const code = standaloneModule(loadSchemas(root));
writeFileSync(`${target}.tmp`, code);
renameSync(`${target}.tmp`, target);
console.log(`compile-schemas: wrote dist/validate/compiled-schemas.js (${Math.round(code.length / 1024)} KiB)`);
