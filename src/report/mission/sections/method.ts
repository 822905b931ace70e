/**
 * report/mission/sections/method: how the ratings, roll-ups, labels, heat map and key gaps are
 * computed, and what the method cannot see. The label thresholds restate shared/score-bands.ts; a
 * unit test checks the two agree.
 */
import type { ReportView } from '../../../model/report-view.js';
import type { Words } from '../../i18n/index.js';
import { formatDate } from '../../i18n/index.js';
import { mdLink } from '../../markdown-escape.js';
import { RECALLED_MARK, basisNote, mdTable } from '../words.js';
import { HEAT_GROUPS } from './heat-map.js';
import { enProse } from '../../i18n/en-prose.js';

/** Score → label, as shared/score-bands.ts's verdictWord decides it (checked by a unit test), in English. */
export const LABEL_RULE = enProse.method.labelRule;

/** What the country's laws were read for, what was not, and the laws relied on without being encoded. */
function surveyLines(view: ReportView, w: Words): string[] {
  const x = w.p.method;
  const { survey, reliedOn, country } = view.coverage;
  const title = (id: string) => w.d.concept(id, view.conceptTitles[id] ?? id);
  const area = (group: string) => w.p.area[group] ?? group;
  const out = [`### ${x.whatWasRead}`, ''];
  if (!survey) {
    out.push(x.noSurvey(w.d.country(country.code, country.name)));
  } else {
    const unread = [...HEAT_GROUPS.filter((g) => !survey.groups.includes(g)).map(area), ...survey.except.map(title)];
    const read = [...survey.groups.map(area), ...survey.concepts.map(title)];
    out.push(
      x.surveyed(read.join(w.p.semicolon) || x.nothing, survey.until && formatDate(w.m, survey.until)),
      '',
      x.notSurveyed(unread.join(w.p.semicolon) || x.nothing),
      '',
      x.surveyNote(w.d.untranslated(survey.note)),
    );
  }
  out.push('');
  if (reliedOn.length) {
    out.push(
      x.reliedOnIntro,
      '',
      mdTable(
        x.reliedOnColumns,
        reliedOn.map((r) => [
          `${w.d.name(r.title)}${r.citation ? `, ${w.d.name(r.citation)}` : ''}`,
          mdLink(r.source.pinpoint, r.source.url),
          String(r.elements.length),
          r.basis === 'verified'
            ? w.p.basis.verified
            : r.basis === 'recalled'
              ? basisNote(w, r.basis)
              : `${RECALLED_MARK} ${w.p.basis[r.basis]}`,
          w.d.untranslated(r.note ?? ''),
        ]),
      ),
      '',
    );
  }
  return out;
}

export function methodSection(view: ReportView, w: Words): string {
  const x = w.p.method;
  return [
    `## ${w.m.sections.method}`,
    '',
    `### ${x.ratings}`,
    '',
    x.ratingsIntro(
      w.d.country(view.coverage.country.code, view.coverage.country.name),
      formatDate(w.m, view.coverage.asAt),
    ),
    '',
    ...x.elementRules.map((r) => `- ${r}`),
    '',
    x.provisionRule,
    '',
    ...surveyLines(view, w),
    `### ${x.rollUps}`,
    '',
    x.rollUpsIntro,
    '',
    mdTable(x.labelColumns, x.labelRule),
    '',
    `### ${x.heatMap}`,
    '',
    x.heatMapRule,
    '',
    `### ${x.keyGaps}`,
    '',
    x.keyGapsRule,
    '',
    `### ${x.limits}`,
    '',
    ...x.limitsList.map((l) => `- ${l}`),
  ].join('\n');
}
