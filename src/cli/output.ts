/**
 * cli/output: pairs --format with -o, renders every output before writing any (so a failure leaves
 * no half-set of files), refuses to overwrite inputs or lexgap's own files, and writes them together.
 * `-o -` is standard output.
 */
import { statSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { UsageError, InputError } from '../errors.js';
import { inputFilesRead } from '../load/read-documents.js';
import type { FileWrite } from './commit-outputs.js';
import type { Io } from './io.js';
import { fileId, isOwnFile, resolveOutput } from './output-target.js';
import type { ResolvedOutput } from './output-target.js';

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
  '.docx': 'docx',
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
    if (path === '-') {
      // `-o -`: standard output, in the format given or the command's default.
      return given !== undefined ? { format: check(given, '--format') } : { format: fallback };
    }
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
  if (toFiles.filter((t) => t.path === undefined).length + toStdout.length > 1)
    throw new UsageError('standard output is given twice', "give '-o -' once, or one --format more than -o, not both");
  return [...toFiles, ...toStdout];
}

/** An output with what its path turned out to be (cli/output-target). */
export interface CheckedTarget<F extends string> extends OutputTarget<F> {
  resolved: ResolvedOutput;
}

/**
 * Checks every target before anything is written: what kind of file it is, that its folder exists,
 * that it is neither an input of this run nor one of lexgap's own files, and that no two outputs
 * go to the same place.
 */
export function checkTargets<F extends string>(
  targets: readonly OutputTarget<F>[],
  inputs: ReadonlySet<string>,
  io: Io,
): CheckedTarget<F>[] {
  const inputIds = new Set([...inputs, ...inputFilesRead()].flatMap((p) => idOf(p) ?? []));
  const seen = new Set<string>();
  return targets.map((t) => {
    if (t.path === undefined) return { ...t, resolved: { kind: 'stdout' } };
    const resolved = resolveOutput(t.path, io.cwd);
    if (resolved.kind === 'file' || resolved.kind === 'stream') {
      if (seen.has(resolved.path)) throw new UsageError(`-o ${t.path} is given twice`);
      seen.add(resolved.path);
      if (
        inputs.has(resolve(io.cwd, t.path)) ||
        (resolved.id !== undefined && inputIds.has(resolved.id)) ||
        inputFilesRead().has(resolved.path)
      )
        throw new InputError(`-o ${t.path}: refusing to overwrite an input file`, 'write the output somewhere else');
      if (isOwnFile(resolved.path))
        throw new InputError(
          `-o ${t.path}: refusing to overwrite one of lexgap's own files`,
          'write the output somewhere else',
        );
    }
    return { ...t, resolved };
  });
}

function idOf(path: string): string | undefined {
  try {
    return fileId(statSync(path));
  } catch {
    return undefined;
  }
}

/**
 * Writes rendered outputs: files and streams together (cli/commit-outputs), then standard output
 * and standard error, so a failure to write a file leaves nothing half-printed either.
 */
export async function writeOutputs(
  rendered: readonly { target: CheckedTarget<string>; text: string | Uint8Array }[],
  io: Io,
): Promise<void> {
  const writes: FileWrite[] = [];
  for (const { target, text } of rendered) {
    const r = target.resolved;
    const label = target.path ?? '-';
    if (r.kind === 'file')
      writes.push({ kind: 'file', path: r.path, label, text, ...(r.mode !== undefined ? { mode: r.mode } : {}) });
    if (r.kind === 'stream') writes.push({ kind: 'stream', path: r.path, label, text, regular: r.regular });
  }
  await io.commitOutputs(writes);
  // Binary formats never reach a stream of text (emit refuses them there before anything is built).
  for (const { target, text } of rendered)
    if (target.resolved.kind === 'stdout' && typeof text === 'string') io.stdout(text);
  for (const { target, text } of rendered)
    if (target.resolved.kind === 'stderr' && typeof text === 'string') io.stderr(text);
}
