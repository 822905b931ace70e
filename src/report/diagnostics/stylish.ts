/** report/diagnostics/stylish: the terminal view, one line per problem, jump-to-able locations. */
import { Chalk } from 'chalk';
import type { Diagnostic } from '../../model/index.js';
import type { Formatter } from '../context.js';
import { formatLocation } from '../format-location.js';
import { summarize } from './summary.js';
import { oneLine } from '../terminal-text.js';

export const formatStylish: Formatter<Diagnostic[]> = (diagnostics, ctx) => {
  const c = new Chalk({ level: ctx.color ? 1 : 0 });
  const lines: string[] = [];
  const width = Math.max(0, ...diagnostics.map((d) => formatLocation(d).length));
  for (const d of diagnostics) {
    const sev =
      d.severity === 'error' ? c.red('error') : d.severity === 'warning' ? c.yellow('warning') : c.blue('info');
    const pad = ' '.repeat(width - formatLocation(d).length);
    lines.push(
      `${c.underline(formatLocation(d))}${pad}  ${sev}${' '.repeat(7 - d.severity.length)}  ${c.dim(d.code)}  ${oneLine(d.message)}`,
    );
    if (d.hint) lines.push(`${' '.repeat(width)}  ${c.dim(`hint: ${oneLine(d.hint)}`)}`);
  }
  const s = summarize(diagnostics);
  if (diagnostics.length > 0) lines.push('');
  const tally = `${s.errors} error${s.errors === 1 ? '' : 's'}, ${s.warnings} warning${s.warnings === 1 ? '' : 's'} in ${s.files} file${s.files === 1 ? '' : 's'}`;
  const checked = ctx.filesChecked;
  if (checked && ctx.verbose) for (const f of checked) lines.push(c.dim(`checked ${oneLine(f)}`));
  const ofChecked = checked ? ` (${checked.length} file${checked.length === 1 ? '' : 's'} checked)` : '';
  lines.push(
    diagnostics.length === 0
      ? c.green(`no problems${ofChecked}`)
      : s.errors > 0
        ? c.red.bold(`✖ ${tally}${ofChecked}`)
        : c.yellow.bold(`⚠ ${tally}${ofChecked}`),
  );
  return lines.join('\n') + '\n';
};
