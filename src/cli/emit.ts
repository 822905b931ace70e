/** cli/emit: the shared path of every read-only command — plan outputs, load, build, render, write. */
import { resolve } from 'node:path';
import type { Corpus } from '../model/index.js';
import { UsageError } from '../errors.js';
import { loadLanguage } from '../report/i18n/index.js';
import type { RenderContext } from '../report/context.js';
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
  formatters: Record<F, (data: T, ctx: RenderContext) => string | Promise<Uint8Array>>,
  binary: readonly F[] = [],
  /** The formats that honour --lang; undefined when every format does. */
  translated?: readonly F[],
): Promise<T> {
  // Flags first, then data: a bad flag never costs a data load, and nothing is written before all is rendered.
  const targets = planOutputs(opts.format, opts.output, formats, fallback);
  for (const t of targets)
    if (t.path === undefined && binary.includes(t.format))
      throw new UsageError(`--format ${t.format} writes a binary file`, `give -o FILE.${t.format}`);
  const lang = opts.lang ?? 'en';
  if (lang !== 'en' && translated)
    for (const t of targets)
      if (!translated.includes(t.format))
        throw new UsageError(
          `--lang ${lang} applies to ${translated.map((f) => `--format ${f}`).join(', ')}; --format ${t.format} is written in English`,
          `add --format ${translated[0]}, or leave out --lang`,
        );
  await loadLanguage(lang);
  const corpus = loadCorpus(io, opts.data, cacheLocation(opts));
  const checked = checkTargets(targets, new Set(corpus.files.map((f) => resolve(io.cwd, f.path))), io);
  const data = build(corpus);
  const rendered = await Promise.all(
    checked.map(async (target) => ({
      target,
      text: await render(
        target.format,
        formatters[target.format],
        data,
        renderContext(opts, io, target.path !== undefined),
      ),
    })),
  );
  await writeOutputs(rendered, io);
  return data;
}
