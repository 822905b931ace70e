/** report/framework/show: one instrument's structure, or one provision in full. */
import type { BasisShare, Instrument, ProvisionDetail } from '../../model/index.js';
import type { Formatter } from '../context.js';
import { md, mdLink } from '../markdown-escape.js';
import { partHeading } from '../../shared/part-heading.js';

export type ShowView =
  { what: 'instrument'; instrument: Instrument; basis: BasisShare } | { what: 'provision'; detail: ProvisionDetail };

function instrumentLines(i: Instrument, basis: BasisShare, asMarkdown: boolean): string[] {
  const e = asMarkdown ? md : (s: string) => s;
  const out: string[] = [
    asMarkdown ? `# ${e(i.title)}` : i.title,
    `${e(i.short_title)}${i.reference ? ` · ${e(i.reference)}` : ''} · ${i.kind} · ${e(i.body)}`,
    [
      i.adopted ? `adopted ${i.adopted}` : 'adoption date not recorded',
      i.opened_for_signature ? `opened for signature ${i.opened_for_signature}` : '',
      i.in_force ? `in force ${i.in_force}` : 'entry into force not recorded',
    ]
      .filter(Boolean)
      .join(' · '),
    `languages: ${i.languages.join(', ')}${i.data_version ? ` · data version ${i.data_version}` : ''}`,
  ];
  const pct = (x: number) => `${Math.round(x * 100)}%`;
  out.push(
    `provisions by basis: ${pct(basis.verified)} verified, ${pct(basis.secondary)} secondary, ${pct(basis.recalled)} recalled`,
  );
  if (i.confidence) out.push(`confidence: ${e(i.confidence)}`);
  if (i.note) out.push(`note: ${e(i.note)}`);
  out.push('');
  const byPart = new Map<string, typeof i.provisions>();
  for (const p of i.provisions) byPart.set(p.part ?? '', [...(byPart.get(p.part ?? '') ?? []), p]);
  const depth = (id: string): number => {
    const part = i.parts.find((p) => p.id === id);
    return part?.parent ? 1 + depth(part.parent) : 0;
  };
  const emit = (partId: string) => {
    for (const p of byPart.get(partId) ?? []) {
      const line = `${p.number} ${p.title} — ${p.group}, ${p.obligation}${p.reservable ? ', reservable' : ''} [${p.basis}]`;
      out.push(asMarkdown ? `- ${e(line)}` : `${'  '.repeat(depth(partId) + 1)}${line}`);
    }
  };
  emit('');
  for (const part of i.parts) {
    const head = partHeading(part);
    out.push(
      asMarkdown
        ? `${'#'.repeat(Math.min(2 + depth(part.id), 6))} ${e(head)}`
        : `${'  '.repeat(depth(part.id))}${head}`,
    );
    if (asMarkdown) out.push('');
    emit(part.id);
    if (asMarkdown) out.push('');
  }
  return out;
}

function reservableText(r: NonNullable<ProvisionDetail['provision']['reservable']>): string {
  const parts = [`${r.scope} (${r.source})`];
  if (r.conditional) parts.push(`only on condition: ${r.conditional}`);
  if (r.elements) parts.push(`removes: ${r.elements.join(', ')}`);
  if (r.permits) parts.push(`lets the reserving party require: ${r.permits.join(', ')}`);
  if (r.limits) parts.push(`limits: ${r.limits.join(', ')} (shown on those provisions)`);
  return parts.join('; ');
}

/** Required elements, with an "either ... or" group shown as one choice. */
function requirementLines(d: ProvisionDetail, bullet: string, e: (s: string) => string): string[] {
  const p = d.provision;
  const line = (r: ProvisionDetail['requires'][number], indent = '') =>
    `${indent}${bullet}${e(`${r.label} (${r.element})`)}${r.obligation !== p.obligation ? ` — ${r.obligation}${r.obligation === 'shall' ? '' : ' (optional limb)'}` : ''}${r.kind !== 'legislative' ? ` — ${r.kind}${r.kind === 'commitment' ? ' (never a drafting gap)' : ' (met by a designation or declaration too)'}` : ''}${r.penaltyFloorYears ? ` — maximum penalty at least ${r.penaltyFloorYears} years` : ''}`;
  const out: string[] = [];
  const groupsDone = new Set<number>();
  for (const r of d.requires) {
    if (!r.alternative) {
      out.push(line(r));
      continue;
    }
    if (groupsDone.has(r.alternative.group)) continue;
    groupsDone.add(r.alternative.group);
    const options = d.requires.filter((x) => x.alternative?.group === r.alternative!.group);
    const labels = [...new Set(options.map((x) => x.alternative!.label))];
    out.push(`${bullet}either one of (met when one option is met in full):`);
    for (const label of labels) {
      out.push(`    ${bullet}${e(label)}:`);
      for (const x of options.filter((o) => o.alternative!.label === label)) out.push(line(x, '      '));
    }
  }
  return out;
}

function provisionLines(d: ProvisionDetail, asMarkdown: boolean): string[] {
  const e = asMarkdown ? md : (s: string) => s;
  const p = d.provision;
  const bullet = asMarkdown ? '- ' : '  - ';
  const out = [
    asMarkdown
      ? `# ${e(d.instrument.shortTitle)} ${e(p.number)} — ${e(p.title)}`
      : `${d.instrument.shortTitle} ${p.number} — ${p.title}`,
    `${d.chapterLabel ? `${e(d.chapterLabel)} · ` : ''}${p.group} · obligation: ${p.obligation}`,
    '',
    e(p.summary),
    '',
    'Elements required:',
    ...(d.requires.length
      ? requirementLines(d, bullet, e)
      : [`${bullet}none (this provision does not count for coverage)`]),
    'Narrowings a party may add:',
    ...(d.permits.length
      ? d.permits.map(
          (n) =>
            `${bullet}${e(`${n.label} (${n.narrowing})`)}${n.source ? e(` — accepted by ${n.source.pinpoint}, basis: ${n.basis ?? 'recalled'}${n.basis === 'recalled' ? ' ⚠' : ''}`) : ''}`,
        )
      : [`${bullet}none`]),
    `Reservations: ${p.reservable ? e(reservableText(p.reservable)) : 'none allowed'}`,
  ];
  for (const l of d.limitedBy)
    out.push(
      `Limited by a reservation under ${e(`${d.instrument.shortTitle} ${l.number}`)} (${l.provision}): ${e(l.scope)}`,
    );
  if (p.subject_to?.length) out.push(`Subject to: ${p.subject_to.join(', ')}`);
  if (p.penalty_threshold)
    out.push(
      `Penalty test: offences with a maximum of at least ${p.penalty_threshold.min_max_penalty_years} years (${p.penalty_threshold.group})`,
    );
  out.push(
    `Source: ${asMarkdown ? mdLink(p.source.pinpoint, p.source.url) : `${p.source.pinpoint} — ${p.source.url}`} · basis: ${p.basis}${p.basis === 'recalled' ? ' ⚠ recalled, not checked against the official text' : ''}`,
  );
  if (p.note) out.push(`Note: ${e(p.note)}`);
  out.push('', 'Provisions of other instruments sharing its concepts:');
  out.push(
    ...(d.related.length
      ? d.related.map((r) => `${bullet}${e(`${r.shortTitle} ${r.number} ${r.title}`)} (${r.concepts.join(', ')})`)
      : [`${bullet}none`]),
  );
  return out;
}

export const formatShowText: Formatter<ShowView> = (v) =>
  (v.what === 'instrument' ? instrumentLines(v.instrument, v.basis, false) : provisionLines(v.detail, false)).join(
    '\n',
  ) + '\n';
export const formatShowMarkdown: Formatter<ShowView> = (v) =>
  (v.what === 'instrument' ? instrumentLines(v.instrument, v.basis, true) : provisionLines(v.detail, true)).join('\n') +
  '\n';
export const formatShowJson: Formatter<ShowView> = (v, ctx) =>
  JSON.stringify(
    {
      schemaVersion: 1,
      tool: { name: 'lexgap', version: ctx.toolVersion },
      ...(v.what === 'instrument' ? { instrument: v.instrument, basis: v.basis } : { provision: v.detail }),
    },
    null,
    2,
  ) + '\n';

export const showFormatters = {
  table: formatShowText,
  markdown: formatShowMarkdown,
  json: formatShowJson,
} satisfies Record<string, Formatter<ShowView>>;
export type ShowFormat = keyof typeof showFormatters;
