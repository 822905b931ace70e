/** report/diff/table: the terminal view of `lexgap diff` — per instrument, the provisions whose rating moved. */
import { Chalk } from 'chalk';
import Table from 'cli-table3';
import { oneLine } from '../terminal-text.js';
import type { CoverageDiff, InstrumentDiff } from '../../model/diff.js';
import type { Formatter } from '../context.js';
import { formatScore } from '../text.js';
import { changeCount, diffTitle, elementsText, moveText, sectionList, sideName } from './words.js';

export function instrumentLine(diff: CoverageDiff, inst: InstrumentDiff): string {
  if (!inst.inFrom) return `measured only for ${sideName(diff.to)}`;
  if (!inst.inTo) return `measured only for ${sideName(diff.from)}`;
  const n = inst.changes.length;
  return `${n} provision${n === 1 ? '' : 's'} changed; score ${formatScore(inst.fromTally?.score ?? null)} → ${formatScore(inst.toTally?.score ?? null)}`;
}

export const formatDiffTable: Formatter<CoverageDiff> = (diff, ctx) => {
  const c = new Chalk({ level: ctx.color ? 1 : 0 });
  const paint = { up: c.green, down: c.red, changed: c.cyan };
  const out = [c.bold(diffTitle(diff)), `${changeCount(diff)} provisions changed rating`, ''];
  for (const inst of diff.instruments) {
    out.push(`${c.bold(inst.shortTitle)} — ${instrumentLine(diff, inst)}`);
    if (inst.changes.length) {
      const table = new Table({
        head: ['Provision', 'Rating', 'Sections added', 'Sections removed', 'Elements'],
        colWidths: [28, 22, 26, 20, 40],
        wordWrap: true,
        style: { head: ctx.color ? ['bold'] : [], border: ctx.color ? ['grey'] : [] },
      });
      for (const ch of inst.changes)
        table.push([
          oneLine(`${ch.number} ${ch.title}`),
          paint[ch.move](moveText(ch)),
          sectionList(ch.sectionsAdded, !diff.sameCountry),
          sectionList(ch.sectionsRemoved, !diff.sameCountry),
          elementsText(ch),
        ]);
      out.push(table.toString());
    }
    out.push('');
  }
  return out.join('\n');
};
