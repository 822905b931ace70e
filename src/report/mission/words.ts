/**
 * report/mission/words: how the report words and cites things. Every function returns Markdown with
 * data already escaped (md / mdLink), so callers can place the result straight into a cell or line.
 */
import type { Basis, PeerExample, ProvisionCoverage, SectionRef } from '../../model/index.js';
import type { BasisCount } from '../../model/report-view.js';
import { md, mdLink } from '../markdown-escape.js';
import { provisionName as sharedProvisionName } from '../../shared/provision-name.js';
import { RATING_WORD } from '../text.js';
import { messages } from '../i18n/index.js';
import type { Messages } from '../i18n/index.js';

export const RECALLED_MARK = '⚠';

/** A GFM table from cells that are already escaped Markdown; an empty cell becomes an em dash. */
export function mdTable(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.map((c) => (c.trim() === '' ? '—' : c)).join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

export function listText(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/**
 * Element labels in running text. Semicolons, because labels carry their own commas ("acquiring,
 * possessing or using proceeds"); at most `max`, then "and N more", so one cell never swallows a page.
 */
export function labelList(items: readonly string[], max = Infinity): string {
  if (items.length <= max) return items.join('; ');
  return `${items.slice(0, max).join('; ')}; and ${items.length - max} more`;
}

export function basisNote(basis: Basis): string {
  return basis === 'recalled' ? `${RECALLED_MARK} recalled` : basis;
}

export function basisCountText(c: BasisCount): string {
  return `${c.verified} verified · ${c.secondary} secondary · ${c.recalled} recalled`;
}

/** "Art. 9" or "s. 9" as the instrument itself numbers things, kept on one line in tables. */
export function provisionName(kind: string, number: string): string {
  return sharedProvisionName(kind, number, '\u00a0');
}

/**
 * A section cited by its number, linked to its source; non-verified sections say so. The full
 * pinpoint (which may name a schedule or an amending Act) is in the provenance section's table.
 */
export function sectionLink(s: SectionRef): string {
  // A no-break space keeps "s. 16(1)" on one line in narrow table cells.
  const label = s.via ? s.number : `${s.unit === 'article' ? 'Art.' : 's.'}\u00a0${s.number}`;
  const link = mdLink(label, s.url);
  return s.basis === 'verified' ? link : `${link} (${basisNote(s.basis)})`;
}

/** National sections grouped by law: "Computer Misuse and Cybercrimes Act [s. 14](…), [s. 15](…)". */
export function sectionsCell(sections: readonly SectionRef[]): string {
  if (sections.length === 0) return '—';
  const byLaw = new Map<string, SectionRef[]>();
  for (const s of sections) byLaw.set(s.lawTitle, [...(byLaw.get(s.lawTitle) ?? []), s]);
  return [...byLaw]
    .map(([law, secs]) =>
      secs[0]?.via === 'declaration'
        ? secs.map(sectionLink).join(', ')
        : `${md(law)}${secs[0]?.via === 'relied-on' ? ' (relied on, not encoded)' : ''} ${secs.map(sectionLink).join(', ')}`,
    )
    .join('; ');
}

export function ratingCell(p: ProvisionCoverage, symbol: string, m: Messages = messages()): string {
  let text = `${symbol} ${m.rating[p.rating]}`;
  if (p.arguable && !p.assessment) text += ' (arguable)';
  if (p.gapReservable) text += ' (reservable)';
  if (p.reservation?.conditional) text += ' (conditional reservation)';
  else if (p.reservation?.under) text += ` (reservation under ${md(p.reservation.under)})`;
  if (p.assessment) {
    const computed = p.assessment.rating === p.computedRating ? '' : `; computed: ${RATING_WORD[p.computedRating]}`;
    text += ` — assessed by ${md(p.assessment.reviewer)}, ${md(p.assessment.date)}${computed}: ${md(p.assessment.rationale)}`;
  }
  return text;
}

function elementLabel(p: ProvisionCoverage, ref: string): string {
  return p.elements.find((e) => e.element === ref)?.label ?? ref;
}

/** Missing elements by label; narrower ones grouped by what narrows them. */
export function shortfallCell(p: ProvisionCoverage): string {
  const parts: string[] = [];
  if (p.assessment && p.assessment.rating !== p.computedRating) {
    parts.push(
      `Assessed ${md(p.assessment.rating)} by ${md(p.assessment.reviewer)} (${p.assessment.date}): ${md(p.assessment.rationale)} Computed from the encoded sections:`,
    );
  }
  if (p.missing.length) parts.push(`Missing: ${md(labelList(p.missing.map((r) => elementLabel(p, r))))}.`);
  for (const g of p.narrowedBy) {
    const which =
      g.elements.length > 3 ? `${g.elements.length} elements` : labelList(g.elements.map((r) => elementLabel(p, r)));
    const where = g.sections.join(', ');
    const one = g.sections.length === 1;
    const why =
      g.kind === 'penalty'
        ? `penalty: ${g.detail}`
        : g.kind === 'only'
          ? `${one ? 'meets' : 'meet'} it only in part: ${g.detail}`
          : `${one ? 'adds' : 'add'} a condition not permitted: ${g.detail}`;
    parts.push(`Narrower (${md(which)}): ${md(where)} ${md(why)}.`);
  }
  if (p.notAssessed.length)
    parts.push(`Not assessed (law not read): ${md(labelList(p.notAssessed.map((r) => elementLabel(p, r))))}.`);
  for (const a of p.alternatives)
    parts.push(
      a.metInFull
        ? `Either-or: met by ${md(a.label)}.`
        : `Either-or: measured against the closest option, ${md(a.label)}.`,
    );
  const arguable = [
    ...new Set(
      p.elements
        .flatMap((e) => (e.counted ? e.qualifiers : []))
        .map((q) => `${q.kind === 'arguable' ? 'Arguable' : 'Met through a broader offence'}: ${q.detail}`),
    ),
  ];
  for (const a of arguable) parts.push(`${md(a)}.`);
  if (p.narrower.length && !p.narrowedBy.length)
    parts.push(`Narrower: ${md(labelList(p.narrower.map((r) => elementLabel(p, r))))}.`);
  for (const n of p.notes) parts.push(`Note on ${md(n.about)}: ${md(n.text)}`);
  const optional = p.elements.filter((e) => !e.mandatory && e.status !== 'met');
  if (optional.length && p.rating !== 'optional')
    parts.push(`Optional limbs not implemented: ${md(labelList(optional.map((e) => e.label)))}.`);
  return parts.join(' ') || '—';
}

/** Peer sections grouped by section, each naming the elements it shows worded. */
function peerText(examples: readonly PeerExample[], p: ProvisionCoverage): string {
  const bySection = new Map<string, { ex: PeerExample; elements: string[] }>();
  for (const ex of examples) {
    const key = `${ex.section.country}\u0000${ex.section.law}\u0000${ex.section.number}`;
    const entry = bySection.get(key) ?? { ex, elements: [] };
    entry.elements.push(elementLabel(p, ex.element));
    bySection.set(key, entry);
  }
  return [...bySection.values()]
    .map(
      ({ ex, elements }) =>
        `${md(ex.countryName)}, ${md(ex.section.lawTitle)} ${sectionLink(ex.section)} — ${md(labelList(elements, 3))}`,
    )
    .join('; ');
}

/**
 * What a drafter should do: add what is missing, widen what is narrower, or (where the instrument
 * allows) reserve; then worded examples from peer countries that meet the same elements.
 */
export function recommendationCell(p: ProvisionCoverage, name: string): string {
  const out: string[] = [];
  // An assessor's rating wins: advice computed from the encoded sections would contradict it.
  if (p.assessment && p.assessment.rating !== p.computedRating) {
    return p.assessment.rating === 'full'
      ? 'No change needed, on the assessor’s rating (see the rationale).'
      : `See the assessor’s rationale: ${md(p.assessment.rationale)}`;
  }
  switch (p.rating) {
    case 'full':
      return 'No change needed.';
    case 'optional':
      return `Optional: consider whether to provide for ${md(name)}.`;
    case 'scope-test':
      return 'See the serious-crime findings for this instrument.';
    case 'not-applicable':
      return 'None: assessed as not applicable.';
    case 'reserved':
      return `Keep the reservation under review (${md(p.reservation?.scope ?? 'reservation made')}).`;
    case 'none':
      out.push(
        `Enact provisions covering ${md(name)}: ${md(
          labelList(
            p.missing.map((r) => elementLabel(p, r)),
            4,
          ),
        )}.`,
      );
      break;
    case 'partial':
      if (p.missing.length)
        out.push(
          `Provide for: ${md(
            labelList(
              p.missing.map((r) => elementLabel(p, r)),
              4,
            ),
          )}.`,
        );
      for (const g of p.narrowedBy)
        out.push(
          g.kind === 'penalty'
            ? `Raise the maximum penalty in ${md(g.sections.join(', '))} (${md(g.detail)}).`
            : `Remove or justify the condition in ${md(g.sections.join(', '))}: ${md(g.detail)}.`,
        );
      if (p.narrower.length && !p.narrowedBy.length) out.push('Widen the narrower elements.');
      if (p.assessment && !p.missing.length && !p.narrower.length) out.push('See the assessor’s rationale.');
      break;
  }
  if (p.gapReservable) out.push('Alternatively, a reservation the instrument allows would cover the gap on accession.');
  if (p.peerExamples.length) out.push(`Worded examples: ${peerText(p.peerExamples, p)}.`);
  return out.join(' ');
}
