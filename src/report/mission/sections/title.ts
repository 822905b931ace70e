/** report/mission/sections/title: who, against what, as at when, with which tool and data — no timestamps. */
import type { ReportView } from '../../../model/report-view.js';
import type { RenderContext } from '../../context.js';
import { md } from '../../markdown-escape.js';
import { messages } from '../../i18n/index.js';
import type { Messages } from '../../i18n/index.js';

export function titleSection(view: ReportView, ctx: RenderContext, m: Messages = messages(ctx)): string {
  const t = m.title;
  const { coverage } = view;
  const name = `${md(coverage.country.name)} (${md(coverage.country.code)})`;
  const measured = coverage.instruments.map((i) => `${md(i.shortTitle)} (${md(i.appliesBecause)})`);
  const inForce = coverage.laws.filter((l) => l.inForce).map((l) => `${md(l.title)}, ${md(l.citation)}`);
  const versions = [
    ...(view.conceptsDataVersion ? [`${t.concepts} ${md(view.conceptsDataVersion)}`] : []),
    ...view.instruments.map((i) => `${md(i.shortTitle)} ${md(i.dataVersion ?? t.unversioned)}`),
    `${md(coverage.country.name)} ${md(view.country.dataVersion ?? t.unversioned)}`,
  ];
  return [
    `# ${t.heading(name)}`,
    '',
    `- **${t.country}${m.colon}** ${name}`,
    `- **${t.measured}${m.colon}** ${measured.length ? measured.join('; ') : t.none}`,
    `- **${t.lawAsAt}${m.colon}** ${md(coverage.asAt)} — ${t.inForceThatDay}${m.colon} ${inForce.length ? inForce.join('; ') : t.noneRecorded}`,
    `- **${t.preparedWith}${m.colon}** lexgap ${md(ctx.toolVersion)}`,
    `- **${t.dataVersions}${m.colon}** ${versions.join('; ')}`,
    '',
    t.intro(md(coverage.country.name)),
  ].join('\n');
}
