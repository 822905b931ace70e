/**
 * report/mission/sections/method: how the ratings, roll-ups, labels, heat map and key gaps are
 * computed, and what the method cannot see. The label thresholds restate analyze/roll-up.ts; a unit
 * test checks the two agree.
 */
import type { ReportView } from '../../../model/report-view.js';
import { messages } from '../../i18n/index.js';
import type { Messages } from '../../i18n/index.js';
import { md, mdLink } from '../../markdown-escape.js';
import { RECALLED_MARK, basisNote, mdTable } from '../words.js';
import { HEAT_GROUPS } from './heat-map.js';

/** Score → label, as analyze/roll-up.ts's verdictWord decides it (checked by a unit test). */
export const LABEL_RULE: readonly (readonly [string, string])[] = [
  ['100%', 'in place'],
  ['75% or more', 'largely in place'],
  ['40% or more', 'partly in place'],
  ['above 0%', 'largely missing'],
  ['0%', 'not in place'],
  ['nothing counted', 'not assessed'],
];

/** What the country's laws were read for, what was not, and the laws relied on without being encoded. */
function surveyLines(view: ReportView): string[] {
  const { survey, reliedOn, country } = view.coverage;
  const title = (id: string) => view.conceptTitles[id] ?? id;
  const out = ['### What was read', ''];
  if (!survey) {
    out.push(
      `${md(country.name)}’s file does not say what its laws were surveyed for, so every element is treated as read: a concept met only by a law that is not encoded shows as missing.`,
    );
  } else {
    const groupWord = new Map(HEAT_GROUPS.map((g) => [g.group, g.title.toLowerCase()]));
    const unread = [
      ...HEAT_GROUPS.filter((g) => !survey.groups.includes(g.group as never)).map((g) => g.title.toLowerCase()),
      ...survey.except.map(title),
    ];
    const read = [...survey.groups.map((g) => groupWord.get(g) ?? g), ...survey.concepts.map(title)];
    out.push(
      `**Surveyed:** ${md(read.join('; ') || 'nothing')}${survey.until ? `, in the laws in force until ${md(survey.until)}` : ''}.`,
      '',
      `**Not surveyed:** ${md(unread.join('; ') || 'nothing')}. Elements of these concepts met by nothing encoded are rated not assessed, not none.`,
      '',
      `**Survey note:** ${md(survey.note)}`,
    );
  }
  out.push('');
  if (reliedOn.length) {
    out.push(
      '**Laws relied on, not encoded section by section:** the elements listed are taken as met on the basis stated; ⚠ marks a basis other than verified.',
      '',
      mdTable(
        ['Law', 'Provisions relied on', 'Elements', 'Basis', 'Note'],
        reliedOn.map((r) => [
          `${md(r.title)}${r.citation ? `, ${md(r.citation)}` : ''}`,
          mdLink(r.source.pinpoint, r.source.url),
          String(r.elements.length),
          r.basis === 'verified'
            ? 'verified'
            : r.basis === 'recalled'
              ? basisNote(r.basis)
              : `${RECALLED_MARK} ${r.basis}`,
          md(r.note ?? ''),
        ]),
      ),
      '',
    );
  }
  return out;
}

export function methodSection(view: ReportView, m: Messages = messages()): string {
  const country = md(view.coverage.country.name);
  return [
    `## ${m.sections.method}`,
    '',
    '### Ratings',
    '',
    `Each instrument provision lists the concept elements it obliges a state to have (lexgap's encoding, paraphrased in the tables above). For each element lexgap looks at the sections of ${country}'s laws in force on ${md(view.coverage.asAt)}:`,
    '',
    '- **met** when a section implements the element without adding a condition the provision does not permit, and with a maximum penalty that reaches any floor the provision sets;',
    '- **narrower** when every section implementing it adds such a condition or falls below the floor;',
    '- **missing** otherwise;',
    '- **not assessed** when nothing encoded meets it and its concept lies outside what the country’s laws were read for (below): never counted as missing.',
    '',
    'A provision is **full** when all its mandatory elements are met, **partial** when some are met or met narrowly, **none** when none is. It is **reserved** when only elements removed by the country’s reservation fall short, **optional** when it (or every limb of it) says "may" — reported, never a gap — **not assessed** when every mandatory element is not assessed (left out of scores and of the most important gaps), and a **scope test** when it tests penalties rather than listing elements (UNTOC Art. 2(b)). An assessor’s rating, where recorded, replaces the computed one; both are shown, with the assessor’s rationale.',
    '',
    ...surveyLines(view),
    '### Roll-ups and labels',
    '',
    'Chapters, groups and instruments are scored as (full + ½ × partial) ÷ (full + partial + none). Reserved, optional, not-applicable and scope-test provisions count neither way. The label beside a score is lexgap’s heuristic, not a finding of the Council of Europe or any other body:',
    '',
    mdTable(
      ['Score', 'Label'],
      LABEL_RULE.map(([s, l]) => [s, l]),
    ),
    '',
    '### Heat map',
    '',
    'A cell rates one concept under one instrument from the elements of that concept the instrument’s rated provisions require, counted element by element rather than provision by provision, because one provision (attempt, sanctions) often reaches many concepts and its rating would spread one concept’s gap over the others. Counted elements are the mandatory ones not removed by a reservation; in a provision an assessor rated, each element takes the assessment (full as met, partial as narrower, none as missing, not applicable as not counted). The cell is **full** when every counted element is met, **none** when every one is missing, **partial** otherwise; **reserved** when nothing counted falls short but a reserved element does; **optional** when only "may" limbs require the concept; **not required** when the instrument does not require it.',
    '',
    '### Most important gaps',
    '',
    'The summary lists at most five provisions rated none or partial, ranked: none before partial; then substantive offences, liability, procedural powers, jurisdiction, international co-operation; then gaps a reservation could not close before those it could; then the order of instruments in this report and of provisions within each instrument. A provision is listed only when it touches a concept no listed gap has touched; otherwise it is named under the listed gap sharing most of its concepts.',
    '',
    '### Limits',
    '',
    '- Only the laws and sections encoded in the data are read: a gap may be met by a law that is not encoded (the provenance section lists what was used).',
    '- The comparison is of statutory text as paraphrased and tagged; it does not weigh case law, regulations, practice or how the law is applied.',
    '- Whether a section implements an element is the encoder’s judgement, recorded with its basis; recalled facts are unchecked.',
    '- Scores weigh every provision equally, whatever its importance; a high score is not a statement of compliance.',
    '- Dates in force follow the data; a section whose start date is unknown is treated as in force.',
  ].join('\n');
}
