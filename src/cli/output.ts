/**
 * cli/output: pairs --format with -o, renders every output before writing any (so a failure leaves
 * no half-set of files), refuses to overwrite inputs, and writes atomically.
 */
import { extname, resolve, dirname } from 'node:path';
import { UsageError, InputError } from '../errors.js';
import { inputFilesRead } from '../load/read-documents.js';
import type { Io } from './io.js';

export interface OutputTarget<F extends string> {
  format: F;
  /** undefined = stdout */
  path?: string;
}

const EXTENSION_FORMATS: Record<string, string> = {
  '.json': 'json',
  '.sarif': 'sarif',
  '.xml': 'junit',
  '.md': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.csv': 'csv',
  '.txt': 'table',
};

/**
 * Decides which format goes where: the i-th --format pairs with the i-th -o; one format more than
 * there are -o goes to stdout; an -o without a --format takes its format from the file extension.
 */
export function planOutputs<F extends string>(
  formats: readonly string[],
  outputs: readonly string[],
  allowed: readonly F[],
  fallback: F,
): OutputTarget<F>[] {
  const check = (f: string, flag: string): F => {
    if (!(allowed as readonly string[]).includes(f)) {
      throw new UsageError(`${flag}: unknown format '${f}'`, `expected one of: ${allowed.join(', ')}`);
    }
    return f as F;
  };
  if (outputs.length === 0) {
    if (formats.length > 1)
      throw new UsageError(
        '--format given more than once without -o',
        'give one -o FILE after each --format to write several formats in one run',
      );
    return [{ format: formats[0] === undefined ? fallback : check(formats[0], '--format') }];
  }
  if (formats.length > outputs.length + 1) {
    throw new UsageError(
      `${formats.length} --format options but ${outputs.length} -o`,
      'pair each --format with an -o FILE; one format may go to stdout',
    );
  }
  const toStdout: OutputTarget<F>[] =
    formats.length === outputs.length + 1 ? [{ format: check(formats[outputs.length]!, '--format') }] : [];
  const toFiles = outputs.map((path, i): OutputTarget<F> => {
    const given = formats[i];
    if (given !== undefined) return { format: check(given, '--format'), path };
    const inferred = EXTENSION_FORMATS[extname(path).toLowerCase()];
    if (inferred === undefined || !(allowed as readonly string[]).includes(inferred)) {
      throw new UsageError(
        `-o ${path}: cannot tell the format from the file name`,
        `add --format (one of: ${allowed.join(', ')})`,
      );
    }
    return { format: inferred as F, path };
  });
  return [...toFiles, ...toStdout];
}

/** Checks every target is writable before anything is written. */
export function checkTargets(targets: readonly OutputTarget<string>[], inputs: ReadonlySet<string>, io: Io): void {
  const seen = new Set<string>();
  for (const t of targets) {
    if (t.path === undefined) continue;
    const abs = resolve(io.cwd, t.path);
    if (seen.has(abs)) throw new UsageError(`-o ${t.path} is given twice`);
    seen.add(abs);
    if (inputs.has(abs) || inputFilesRead().has(abs))
      throw new InputError(`-o ${t.path}: refusing to overwrite an input file`, 'write the output somewhere else');
    if (!io.isDirectory(dirname(abs)))
      throw new InputError(
        `-o ${t.path}: directory ${dirname(t.path) || '.'} does not exist`,
        'create it first; lexgap does not create folders',
      );
    if (io.isDirectory(abs)) throw new InputError(`-o ${t.path} is a directory`, 'give a file name');
  }
}

/** Writes rendered outputs: files atomically, stdout last. */
export function writeOutputs(rendered: readonly { target: OutputTarget<string>; text: string }[], io: Io): void {
  for (const { target, text } of rendered) {
    if (target.path !== undefined) io.writeFileAtomic(resolve(io.cwd, target.path), text);
  }
  for (const { target, text } of rendered) if (target.path === undefined) io.stdout(text);
}
