/** report/diff/markdown: `lexgap diff --format markdown` — the changed provisions as GFM tables. */
import type { CoverageDiff } from '../../model/diff.js';
import type { Formatter } from '../context.js';
import { md } from '../markdown-escape.js';
import { changeCount, diffTitle, elementsText, moveText, sectionList } from './words.js';
import { instrumentLine } from './table.js';

export const formatDiffMarkdown: Formatter<CoverageDiff> = (diff) => {
  const out = [`# Changes: ${md(diffTitle(diff))}`, '', `${changeCount(diff)} provisions changed rating.`];
  for (const inst of diff.instruments) {
    out.push('', `## ${md(inst.shortTitle)}`, '', `${md(instrumentLine(diff, inst))}.`);
    if (inst.changes.length === 0) continue;
    out.push(
      '',
      '| Provision | Rating | Sections added | Sections removed | Elements |',
      '| --- | --- | --- | --- | --- |',
      ...inst.changes.map(
        (ch) =>
          `| ${md(`${ch.number} ${ch.title}`)} | ${md(moveText(ch))} | ${md(sectionList(ch.sectionsAdded, !diff.sameCountry))} | ${md(sectionList(ch.sectionsRemoved, !diff.sameCountry))} | ${md(elementsText(ch))} |`,
      ),
    );
  }
  return out.join('\n') + '\n';
};
