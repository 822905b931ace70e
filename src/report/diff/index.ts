/** report/diff: the registry of `lexgap diff` formats; its keys feed the command's choices. */
import type { CoverageDiff } from '../../model/diff.js';
import type { Formatter } from '../context.js';
import { formatDiffJson } from './json.js';
import { formatDiffMarkdown } from './markdown.js';
import { formatDiffTable } from './table.js';

export const diffFormatters = {
  table: formatDiffTable,
  markdown: formatDiffMarkdown,
  json: formatDiffJson,
} satisfies Record<string, Formatter<CoverageDiff>>;

export type DiffFormat = keyof typeof diffFormatters;
