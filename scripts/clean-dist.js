#!/usr/bin/env node
// Build step (before tsc): starts dist/ afresh, so files of an earlier build (source maps, modules
// since renamed) are never shipped: tsc only adds and overwrites.
import { rmSync } from 'node:fs';
import { URL, fileURLToPath } from 'node:url';

rmSync(fileURLToPath(new URL('../dist', import.meta.url)), { recursive: true, force: true });
