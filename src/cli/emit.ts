/** cli/emit: the shared path of every read-only command — plan outputs, load, build, render, write. */
import { resolve } from 'node:path';
import type { Corpus } from '../model/index.js';
import type { Formatter } from '../report/context.js';
import { cacheLocation, render, renderContext } from './common.js';
import type { CommonOptions } from './common.js';
import type { Io } from './io.js';
import { loadCorpus } from './load-corpus.js';
import { checkTargets, planOutputs, writeOutputs } from './output.js';

export async function emit<T, F extends string>(
  io: Io,
  opts: CommonOptions,
  formats: readonly F[],
  fallback: F,
  build: (corpus: Corpus) => T,
  formatters: Record<F, Formatter<T>>,
): Promise<T> {
  // Flags first, then data: a bad flag never costs a data load, and nothing is written before all is rendered.
  const targets = planOutputs(opts.format, opts.output, formats, fallback);
  const corpus = loadCorpus(io, opts.data, cacheLocation(opts));
  const checked = checkTargets(targets, new Set(corpus.files.map((f) => resolve(io.cwd, f.path))), io);
  const data = build(corpus);
  await writeOutputs(
    checked.map((target) => ({
      target,
      text: render(target.format, formatters[target.format], data, renderContext(opts, io, target.path !== undefined)),
    })),
    io,
  );
  return data;
}
