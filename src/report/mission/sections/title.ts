/** report/mission/sections/title: who, against what, as at when, with which tool and data — no timestamps. */
import type { ReportView } from '../../../model/report-view.js';
import type { RenderContext } from '../../context.js';
import { md } from '../../markdown-escape.js';
import type { Words } from '../../i18n/index.js';
import { formatDate } from '../../i18n/index.js';
import { measuredReason } from '../../text.js';

export function titleSection(view: ReportView, ctx: RenderContext, w: Words): string {
  const { m } = w;
  const t = m.title;
  const { coverage } = view;
  const country = w.d.country(coverage.country.code, coverage.country.name);
  const name = `${country} (${md(coverage.country.code)})`;
  const measured = coverage.instruments.map(
    (i) => `${w.d.instrumentShort(i.instrument, i.shortTitle)} (${measuredReason(i, country, w)})`,
  );
  const inForce = coverage.laws
    .filter((l) => l.inForce)
    .map((l) => `${w.d.name(l.title)}${w.p.comma}${w.d.name(l.citation)}`);
  const versions = [
    ...(view.conceptsDataVersion ? [`${t.concepts} ${md(view.conceptsDataVersion)}`] : []),
    ...view.instruments.map((i) => `${w.d.instrumentShort(i.id, i.shortTitle)} ${md(i.dataVersion ?? t.unversioned)}`),
    `${country} ${md(view.country.dataVersion ?? t.unversioned)}`,
  ];
  return [
    `# ${t.heading(name)}`,
    '',
    `- **${t.country}${m.colon}** ${name}`,
    `- **${t.measured}${m.colon}** ${measured.length ? measured.join(w.p.semicolon) : t.none}`,
    `- **${t.lawAsAt}${m.colon}** ${md(formatDate(m, coverage.asAt))} — ${t.inForceThatDay}${m.colon} ${inForce.length ? inForce.join(w.p.semicolon) : t.noneRecorded}`,
    `- **${t.preparedWith}${m.colon}** lexgap ${md(ctx.toolVersion)}`,
    `- **${t.dataVersions}${m.colon}** ${versions.join(w.p.semicolon)}`,
    '',
    t.intro(country),
  ].join('\n');
}
