/** validate/rules/pragma: the editor's schema pragma names the schema lexgap validates the file with. */
import type { SourceDocument, SourceRange } from '../../model/index.js';
import type { Report } from './rule.js';
import { SCHEMA_FILES as SCHEMA_FILE } from '../../shared/schema-files.js';

/** The pragma, when there is one, is the file's first line; when missing, that is where it belongs. */
const FIRST_LINE: SourceRange = { start: { line: 1, col: 1 }, end: { line: 1, col: 1 } };

/** Runs on every parsed document, schema-valid or not: a wrong pragma may be why it is invalid. */
export function checkPragma(doc: SourceDocument, report: Report): void {
  const expected = SCHEMA_FILE[doc.kind];
  if (doc.pragma === undefined) {
    report(doc, '', 'schema/pragma', `no schema pragma: editors cannot check this file`, {
      severity: 'warning',
      range: FIRST_LINE,
      hint: `start the file with '# yaml-language-server: $schema=<path to schemas>/${expected}'`,
    });
    return;
  }
  if (!doc.pragma.endsWith(expected)) {
    report(
      doc,
      '',
      'schema/pragma',
      `schema pragma names '${doc.pragma}', but this is ${doc.kind === 'instrument' ? 'an' : 'a'} ${doc.kind} file validated with ${expected}`,
      { severity: 'warning', range: FIRST_LINE },
    );
  }
}
