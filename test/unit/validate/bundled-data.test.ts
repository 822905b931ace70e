/**
 * The data lexgap ships must be clean, and every file's editor pragma must name the very schema the
 * loader validates it with, so the editor and `lexgap validate` never disagree.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { bundledFiles, detectKind, PACKAGE_ROOT } from '../../../src/load/discover.js';
import { displayPath } from '../../../src/load/read-documents.js';
import { schemaPath } from '../../../src/load/schemas.js';
import { openProject } from '../../../src/project/open-project.js';
import { formatLocation } from '../../../src/report/format-location.js';

const files = bundledFiles().map((f) => f.absolutePath);
const rel = (p: string) => displayPath(p, PACKAGE_ROOT);

describe('bundled data', () => {
  it('exists: concepts, at least one instrument and one country', () => {
    const names = files.map(rel);
    expect(names).toContain('frameworks/concepts.yaml');
    expect(names.some((n) => n.startsWith('frameworks/instruments/'))).toBe(true);
    expect(names.some((n) => n.startsWith('countries/'))).toBe(true);
  });

  it('has no errors and no warnings', () => {
    const { diagnostics } = openProject({ cwd: PACKAGE_ROOT });
    // Printed as file:line:col code message, so a failure says what to fix.
    expect(diagnostics.map((d) => `${formatLocation(d)} ${d.severity} ${d.code} ${d.message}`)).toEqual([]);
  });

  it.each(files.map((f) => [rel(f), f] as const))(
    '%s: the $schema pragma, resolved from the file, is the schema the loader uses',
    (_name, absolutePath) => {
      const text = readFileSync(absolutePath, 'utf8');
      const firstLine = text.split('\n', 1)[0] ?? '';
      const pragma = /^# yaml-language-server: \$schema=(\S+)$/.exec(firstLine.trimEnd())?.[1];
      expect(pragma).toBeDefined();
      const kind = detectKind(absolutePath, text);
      expect(kind).toBeDefined();
      expect(resolve(dirname(absolutePath), pragma!)).toBe(schemaPath(kind!));
    },
  );
});
