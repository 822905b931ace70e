/**
 * Golden files: the expected output of a report, reviewed like documentation. `UPDATE_GOLDEN=1 npm test`
 * rewrites them; otherwise a difference fails the test with the first differing line.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const GOLDEN_ROOT = fileURLToPath(new URL('../golden/', import.meta.url));

export function expectGolden(relativePath: string, actual: string): void {
  const path = `${GOLDEN_ROOT}${relativePath}`;
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(path)) {
    if (process.env.CI && !existsSync(path))
      throw new Error(`golden file ${relativePath} is missing; run UPDATE_GOLDEN=1 npm test and review it`);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
    return;
  }
  const expected = readFileSync(path, 'utf8');
  if (expected === actual) return;
  const a = actual.split('\n');
  const e = expected.split('\n');
  const line = a.findIndex((l, i) => l !== e[i]);
  throw new Error(
    `${relativePath} differs from the golden file at line ${line + 1}:\n  expected: ${JSON.stringify(e[line])}\n  actual:   ${JSON.stringify(a[line])}\n(UPDATE_GOLDEN=1 npm test rewrites golden files; review the diff before committing)`,
  );
}
