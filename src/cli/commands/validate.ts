/** cli/commands/validate: schemas + cross-file rules over the data, in the format CI reads. */
import { Command, Option } from 'commander';
import type { Diagnostic, Severity } from '../../model/index.js';
import { openProject } from '../../project/open-project.js';
import { diagnosticFormatters } from '../../report/diagnostics/index.js';
import type { DiagnosticFormat } from '../../report/diagnostics/index.js';
import { summarize } from '../../report/diagnostics/summary.js';
import { addCommonOptions, cacheLocation, render, renderContext } from '../common.js';
import type { CommonOptions } from '../common.js';
import { EXIT } from '../exit-codes.js';
import type { ExitCode } from '../exit-codes.js';
import type { Io } from '../io.js';
import { checkTargets, planOutputs, writeOutputs } from '../output.js';
import { resolve } from 'node:path';

const FORMATS = Object.keys(diagnosticFormatters) as DiagnosticFormat[];
const RANK: Record<Severity, number> = { error: 2, warning: 1, info: 0 };

interface ValidateOptions extends CommonOptions {
  failOn: 'error' | 'warning' | 'never';
}

export function failsAt(diagnostics: readonly Diagnostic[], failOn: ValidateOptions['failOn']): boolean {
  if (failOn === 'never') return false;
  return diagnostics.some((d) => RANK[d.severity] >= RANK[failOn]);
}

export function validateCommand(io: Io, setExit: (code: ExitCode) => void): Command {
  const cmd = new Command('validate')
    .description(
      'check data files against the schemas and cross-file rules; with no paths, the bundled data plus every --data folder',
    )
    .argument('[paths...]', 'files, folders or globs to check (the rest of the data is used to resolve references)')
    .addOption(
      new Option('--fail-on <severity>', 'exit 1 when a problem is at or above this severity')
        .choices(['error', 'warning', 'never'])
        .default('error'),
    );
  addCommonOptions(cmd, FORMATS).action(async (paths: string[], opts: ValidateOptions) => {
    const targets = planOutputs(opts.format, opts.output, FORMATS, 'stylish');
    const cache = cacheLocation(opts);
    const project = openProject({
      cwd: io.cwd,
      dataDirs: opts.data,
      paths,
      ...(cache !== undefined ? { cacheLocation: cache } : {}),
    });
    const checked = checkTargets(targets, new Set(project.files.map((f) => resolve(io.cwd, f))), io);
    const rendered = checked.map((target) => ({
      target,
      text: render(target.format, diagnosticFormatters[target.format], project.diagnostics, {
        ...renderContext(opts, io, target.path !== undefined),
        filesChecked: project.files,
        verbose: opts.verbose === true,
      }),
    }));
    if (opts.quiet) {
      const errorsOnly = project.diagnostics.filter((d) => d.severity === 'error');
      for (const r of rendered)
        if (r.target.path === undefined && r.target.format === 'stylish')
          r.text = errorsOnly.length
            ? render('stylish', diagnosticFormatters.stylish, errorsOnly, {
                ...renderContext(opts, io, false),
                filesChecked: project.files,
              })
            : '';
    }
    await writeOutputs(rendered, io);
    if (!opts.quiet && targets.every((t) => t.path !== undefined)) {
      const s = summarize(project.diagnostics);
      io.stderr(`lexgap: ${project.files.length} files checked: ${s.errors} errors, ${s.warnings} warnings\n`);
    }
    setExit(failsAt(project.diagnostics, opts.failOn) ? EXIT.findings : EXIT.ok);
  });
  return cmd;
}
