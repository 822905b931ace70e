/** report/mission/sections/title: who, against what, as at when, with which tool and data — no timestamps. */
import type { ReportView } from '../../../model/report-view.js';
import type { RenderContext } from '../../context.js';
import { md } from '../../markdown-escape.js';

export function titleSection(view: ReportView, ctx: RenderContext): string {
  const { coverage } = view;
  const name = `${md(coverage.country.name)} (${md(coverage.country.code)})`;
  const measured = coverage.instruments.map((i) => `${md(i.shortTitle)} (${md(i.appliesBecause)})`);
  const inForce = coverage.laws.filter((l) => l.inForce).map((l) => `${md(l.title)}, ${md(l.citation)}`);
  const versions = [
    ...(view.conceptsDataVersion ? [`concepts ${md(view.conceptsDataVersion)}`] : []),
    ...view.instruments.map((i) => `${md(i.shortTitle)} ${md(i.dataVersion ?? 'unversioned')}`),
    `${md(coverage.country.name)} ${md(view.country.dataVersion ?? 'unversioned')}`,
  ];
  return [
    `# Cybercrime legislation of ${name}: gap analysis`,
    '',
    `- **Country:** ${name}`,
    `- **Instruments measured:** ${measured.length ? measured.join('; ') : 'none'}`,
    `- **Law as at:** ${md(coverage.asAt)} — laws in force on that day: ${inForce.length ? inForce.join('; ') : 'none recorded'}`,
    `- **Prepared with:** lexgap ${md(ctx.toolVersion)}`,
    `- **Data versions:** ${versions.join('; ')}`,
    '',
    `This report compares the text of ${md(coverage.country.name)}'s laws, as encoded in lexgap's data, with each instrument element by element. Ratings are computed by lexgap unless an assessor's rating is shown; the labels are lexgap's heuristic, not findings of the Council of Europe or any other body. Rows resting on recalled (unchecked) data are marked ⚠.`,
  ].join('\n');
}
