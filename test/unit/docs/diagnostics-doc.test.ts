/** docs/diagnostics.md documents every diagnostic code, and nothing else, as a `### code` heading. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../../../src/load/discover.js';
import { DIAGNOSTIC_CODES } from '../../../src/shared/diagnostic-help.js';

const doc = readFileSync(join(PACKAGE_ROOT, 'docs', 'diagnostics.md'), 'utf8');
const headings = [...doc.matchAll(/^(#{1,6})\s+(.+?)\s*$/gm)].map((m) => ({ level: m[1]!.length, text: m[2]! }));
/** Headings that look like a code ('family/name'), with or without backticks. */
const codeHeadings = headings
  .map((h) => ({ ...h, code: /^`?([a-z0-9-]+\/[a-z0-9-]+)`?$/.exec(h.text)?.[1] }))
  .filter((h): h is typeof h & { code: string } => h.code !== undefined);

/** The body of one code's section: from its heading to the next heading. */
function section(code: string): string {
  const start = doc.indexOf(`### ${code}\n`);
  const end = doc.indexOf('\n#', start + 1);
  return doc.slice(start, end === -1 ? undefined : end);
}

describe('docs/diagnostics.md', () => {
  it('has a heading for every diagnostic code', () => {
    const documented = new Set(codeHeadings.map((h) => h.code));
    expect(DIAGNOSTIC_CODES.filter((c) => !documented.has(c))).toEqual([]);
  });

  it('documents no code that does not exist, and none twice', () => {
    const known = new Set<string>(DIAGNOSTIC_CODES);
    expect(codeHeadings.map((h) => h.code).filter((c) => !known.has(c))).toEqual([]);
    expect(codeHeadings.length).toBe(new Set(codeHeadings.map((h) => h.code)).size);
  });

  it('puts every code at the same heading level, as a plain heading (SARIF help links anchor on it)', () => {
    expect(new Set(codeHeadings.map((h) => h.level))).toEqual(new Set([3]));
    expect(codeHeadings.every((h) => h.text === h.code)).toBe(true);
    // Level-3 headings are codes and nothing else.
    expect(headings.filter((h) => h.level === 3).length).toBe(codeHeadings.length);
  });

  it.each(DIAGNOSTIC_CODES)('%s: says what it means, shows an example and how to fix it', (code) => {
    const body = section(code);
    expect(body.length).toBeGreaterThan(`### ${code}\n`.length);
    expect(body).toMatch(/```text\n[^\n]*\S/);
    expect(body).toContain('**Fix:**');
    // The example is a real line of output for this code (or, for file/unreadable, the exit-2 message).
    if (code !== 'file/unreadable') expect(body).toMatch(new RegExp(`:\\d+:\\d+ +(error|warning) +${code} `));
  });
});
