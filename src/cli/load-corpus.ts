/** cli/load-corpus: opens the data for an analysis command, refusing to analyse data with errors. */
import type { Corpus } from '../model/index.js';
import { InputError, UsageError } from '../errors.js';
import { openProject } from '../project/open-project.js';
import { formatLocation } from '../report/format-location.js';
import { isRealDate } from '../validate/rules/dates.js';
import type { Io } from './io.js';

/**
 * Analysis on invalid data would give wrong ratings or silently missing rows, so any error stops
 * the run with exit 2 and the first problems listed.
 */
export function loadCorpus(io: Io, dataDirs: readonly string[], cacheLocation?: string): Corpus {
  const project = openProject({
    cwd: io.cwd,
    dataDirs: [...dataDirs],
    ...(cacheLocation !== undefined ? { cacheLocation } : {}),
  });
  const errors = project.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) {
    const shown = errors.slice(0, 5).map((d) => `  ${formatLocation(d)}  ${d.code}  ${d.message}`);
    throw new InputError(
      `the data has ${errors.length} error${errors.length === 1 ? '' : 's'}; nothing was analysed\n${shown.join('\n')}${errors.length > 5 ? `\n  … and ${errors.length - 5} more` : ''}`,
      "run 'lexgap validate' for the full list",
    );
  }
  return project.corpus;
}

/** --as-at: a real YYYY-MM-DD day, defaulting to today. */
export function parseAsAt(value: string | undefined, io: Io, flag = '--as-at'): string {
  if (value === undefined) return io.today();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || !isRealDate(value)) {
    throw new UsageError(`${flag} '${value}' is not a date`, 'expected YYYY-MM-DD, e.g. 2024-01-31');
  }
  return value;
}
