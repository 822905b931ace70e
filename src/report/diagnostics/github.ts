/** report/diagnostics/github: GitHub Actions workflow commands, one annotation per problem. */
import type { Diagnostic } from '../../model/index.js';
import type { Formatter } from '../context.js';

// Workflow-command escaping, as in @actions/core: data escapes % CR LF; properties also : and ,.
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

export const formatGithub: Formatter<Diagnostic[]> = (diagnostics) =>
  diagnostics
    .map((d) => {
      const props = [
        `file=${escapeProperty(d.file)}`,
        `line=${d.range.start.line}`,
        `col=${d.range.start.col}`,
        `endLine=${d.range.end.line}`,
        `endColumn=${d.range.end.col}`,
        `title=${escapeProperty(`lexgap ${d.code}`)}`,
      ].join(',');
      return `::${COMMAND[d.severity]} ${props}::${escapeData(d.message + (d.hint ? ` (hint: ${d.hint})` : ''))}\n`;
    })
    .join('');
