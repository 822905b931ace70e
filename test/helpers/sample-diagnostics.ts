/** Hand-made diagnostics for formatter tests: every severity, a hint, and text that needs escaping. */
import type { Diagnostic } from '../../src/model/index.js';
import type { RenderContext } from '../../src/report/context.js';

const at = (line: number, col: number, endLine = line, endCol = col + 4) => ({
  start: { line, col },
  end: { line: endLine, col: endCol },
});

export const sampleDiagnostics: Diagnostic[] = [
  {
    code: 'schema/pragma',
    severity: 'warning',
    message: 'no schema pragma: editors cannot check this file',
    file: 'countries/zz.yaml',
    pointer: '',
    range: at(1, 1, 1, 1),
    hint: "start the file with '# yaml-language-server: $schema=<path to schemas>/country.schema.json'",
  },
  {
    code: 'ref/undeclared-law',
    severity: 'error',
    message: "section 3 cites law 'cca-2011', which is not declared under laws",
    file: 'countries/zz.yaml',
    pointer: '/sections/0/law',
    range: at(32, 10),
    hint: "did you mean 'cca-2010'?",
  },
  {
    code: 'schema/enum',
    severity: 'error',
    message: "'kind' is the string 'conventon'; expected one of: convention, directive (did you mean 'convention'?)",
    file: 'frameworks/instruments/model.yaml',
    pointer: '/kind',
    range: at(6, 7, 6, 16),
  },
  {
    // Everything a format must escape: XML specials, workflow-command specials, a control character.
    code: 'schema/other',
    severity: 'info',
    message: 'title <b>&amp; "Terms" it\'s 100% done, 50:50\u0001',
    file: 'my data/odd, name:1.yaml',
    pointer: '/title',
    range: at(2, 8, 3, 1),
  },
];

export const plainContext: RenderContext = { color: false, toolVersion: '9.8.7', cwd: '/work/repo' };
export const colorContext: RenderContext = { ...plainContext, color: true };

/** Matches any ANSI escape sequence. */
// eslint-disable-next-line no-control-regex -- detecting escape sequences is the point
export const ANSI = /\u001b\[[0-9;]*m/;
