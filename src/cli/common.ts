/** cli/common: options every command shares, and how they become a render context. */
import { Option } from 'commander';
import type { Command } from 'commander';
import { LANGS } from '../report/i18n/index.js';
import type { RenderContext } from '../report/context.js';
import { pathToFileURL } from 'node:url';
import { PACKAGE_ROOT } from '../load/discover.js';
import { toolVersion } from '../load/package-info.js';
import { DEFAULT_CACHE_LOCATION } from '../load/parse-cache.js';
import { showControls } from '../report/terminal-text.js';
import type { Io } from './io.js';

export interface CommonOptions {
  data: string[];
  format: string[];
  output: string[];
  color: boolean;
  quiet?: boolean;
  verbose?: boolean;
  cache?: boolean;
  cacheLocation?: string;
  /** report and gap: the language of the tool's own words. */
  lang?: string;
}

const collect = (value: string, previous: string[]) => [...previous, value];

export function addCommonOptions(cmd: Command, formats: readonly string[]): Command {
  return cmd
    .option('--data <dir>', 'add or replace data from this folder (repeatable)', collect, [])
    .option('-f, --format <format>', `output format: ${formats.join(', ')} (repeatable, one per -o)`, collect, [])
    .option('-o, --output <file>', 'write to this file instead of stdout (repeatable)', collect, [])
    .option(
      '--cache',
      `keep parsed --data files in a cache, so unchanged ones are not parsed again (${DEFAULT_CACHE_LOCATION})`,
    )
    .option('--cache-location <dir>', 'where the cache lives (implies --cache)')
    .option('--no-color', 'never colour the output')
    .option('-q, --quiet', 'no notes on stderr (validate: list errors only)')
    .option('--verbose', 'print stack traces for internal errors');
}

/** Colour only on a terminal, never with NO_COLOR or --no-color, never into a file. */
export function renderContext(opts: CommonOptions, io: Io, toFile: boolean): RenderContext {
  const color = opts.color && io.stdoutIsTTY && !toFile && io.env.NO_COLOR === undefined && io.env.TERM !== 'dumb';
  return {
    color,
    toolVersion: toolVersion(),
    cwd: io.cwd,
    packageRoot: `${pathToFileURL(PACKAGE_ROOT).href}/`,
    ...(opts.lang !== undefined ? { lang: opts.lang } : {}),
  };
}

/** The formats meant for a terminal: their text is shown as it is, so controls from data are made visible. */
const TERMINAL_FORMATS: ReadonlySet<string> = new Set(['table', 'stylish']);

/** Renders with a formatter; terminal formats get every control character from data made visible. */
export function render<T>(
  format: string,
  formatter: (data: T, ctx: RenderContext) => string,
  data: T,
  ctx: RenderContext,
): string;
export function render<T>(
  format: string,
  formatter: (data: T, ctx: RenderContext) => string | Promise<Uint8Array>,
  data: T,
  ctx: RenderContext,
): string | Promise<Uint8Array>;
export function render<T>(
  format: string,
  formatter: (data: T, ctx: RenderContext) => string | Promise<Uint8Array>,
  data: T,
  ctx: RenderContext,
): string | Promise<Uint8Array> {
  const text = formatter(data, ctx);
  return typeof text === 'string' && TERMINAL_FORMATS.has(format) ? showControls(text, ctx.color) : text;
}

/** The parse cache folder the options ask for, or undefined when the cache is off. */
export function cacheLocation(opts: Pick<CommonOptions, 'cache' | 'cacheLocation'>): string | undefined {
  if (opts.cacheLocation !== undefined) return opts.cacheLocation;
  return opts.cache ? DEFAULT_CACHE_LOCATION : undefined;
}

/** --lang: the language of the tool's own words (report, and gap --format markdown). */
export function langOption(
  description = "language of the report's own words; data has its titles translated where the data gives them",
): Option {
  return new Option('--lang <lang>', description).choices([...LANGS]).default('en');
}
