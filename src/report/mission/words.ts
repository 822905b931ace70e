/**
 * report/mission/words: how the report words and cites things, in the report's language. Every
 * function returns Markdown with data already escaped (through md / mdLink or the DataText), so
 * callers can place the result straight into a cell or line.
 */
import type { Basis, CitedSection, PeerExample, ProvisionCoverage, SectionRef } from '../../model/index.js';
import type { BasisCount } from '../../model/report-view.js';
import { md, mdUrl } from '../markdown-escape.js';
import type { Words } from '../i18n/index.js';
import { formatDate } from '../i18n/index.js';
import { narrowingDetail, sectionNumber, sectionsByLaw } from '../text.js';

export const RECALLED_MARK = '⚠';

/** A GFM table from cells that are already escaped Markdown; an empty cell becomes an em dash. */
export function mdTable(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.map((c) => (c.trim() === '' ? '—' : c)).join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

/**
 * Element labels in running text. Semicolons, because labels carry their own commas ("acquiring,
 * possessing or using proceeds"); at most `max`, then "and N more", so one cell never swallows a page.
 */
export function labelList(w: Words, items: readonly string[], max = Infinity): string {
  if (items.length <= max) return items.join(w.p.semicolon);
  return `${items.slice(0, max).join(w.p.semicolon)}${w.p.semicolon}${w.p.more(items.length - max)}`;
}

export function basisNote(w: Words, basis: Basis): string {
  return basis === 'recalled' ? `${RECALLED_MARK} ${w.p.basis.recalled}` : w.p.basis[basis];
}

export function basisCountText(w: Words, c: BasisCount): string {
  return w.p.basisCount(c.verified, c.secondary, c.recalled);
}

/** "Art. 9" or "s. 9" as the instrument itself numbers things, kept on one line in tables. */
export function provisionName(w: Words, kind: string, number: string): string {
  if (number === 'n/k') return w.p.cite.unnumbered;
  return kind === 'model-law' ? w.p.cite.section(number) : w.p.cite.article(number);
}

/**
 * A section cited by its number, linked to its source; non-verified sections say so. The full
 * pinpoint (which may name a schedule or an amending Act) is in the provenance section's table.
 */
export function sectionLink(w: Words, s: SectionRef): string {
  const label = s.via ? s.number : sectionNumber(w, s.unit, s.number);
  const safe = mdUrl(s.url);
  const link = safe ? `[${w.d.name(label)}](${safe})` : w.d.name(label);
  return s.basis === 'verified' ? link : `${link} (${basisNote(w, s.basis)})`;
}

/** National sections grouped by law: "Computer Misuse and Cybercrimes Act [s. 14](…), [s. 15](…)". */
export function sectionsCell(w: Words, sections: readonly SectionRef[]): string {
  if (sections.length === 0) return '—';
  return sectionsByLaw(sections)
    .map((secs) => {
      const first = secs[0]!;
      const links = secs.map((s) => sectionLink(w, s)).join(w.p.comma);
      if (first.via === 'declaration') return links;
      return `${w.d.name(first.lawTitle)}${first.via === 'relied-on' ? ` (${w.p.cell.reliedOn})` : ''} ${links}`;
    })
    .join(w.p.semicolon);
}

export function ratingCell(w: Words, p: ProvisionCoverage, symbol: string): string {
  const c = w.p.cell;
  let text = `${symbol} ${w.m.rating[p.rating]}`;
  if (p.arguable && !p.assessment) text += ` (${c.arguableTag})`;
  if (p.gapReservable) text += ` (${c.reservable})`;
  if (p.reservation?.conditional) text += ` (${c.conditionalReservation})`;
  else if (p.reservation?.under) text += ` (${c.reservationUnder(md(p.reservation.under))})`;
  if (p.assessment) {
    const computed = p.assessment.rating === p.computedRating ? undefined : w.m.rating[p.computedRating];
    text += ` — ${c.assessedBy(w.d.name(p.assessment.reviewer), md(formatDate(w.m, p.assessment.date)), w.d.untranslated(p.assessment.rationale), computed)}`;
  }
  return text;
}

function elementLabel(w: Words, p: ProvisionCoverage, ref: string): string {
  return w.d.element(ref, p.elements.find((e) => e.element === ref)?.label ?? ref);
}

const labels = (w: Words, p: ProvisionCoverage, refs: readonly string[], max?: number) =>
  labelList(
    w,
    refs.map((r) => elementLabel(w, p, r)),
    max,
  );

/** A national section as cited in a narrowing: the main law's bare, another law's by its title. */
export function citeSection(w: Words, c: CitedSection): string {
  if (c.via === 'relied-on') return `${w.d.name(c.lawTitle)}${w.p.comma}${w.d.name(c.number)} (${w.p.cell.reliedOn})`;
  const own = w.d.name(sectionNumber(w, c.unit, c.number));
  return c.main ? own : `${w.d.name(c.lawTitle)} ${own}`;
}

function groupSections(w: Words, g: ProvisionCoverage['narrowedBy'][number]): string {
  return g.at.map((c) => citeSection(w, c)).join(w.p.comma);
}

/** What a note on a section is about: the section as the report cites it, in its law's own words. */
function noteSubject(w: Words, s: NonNullable<ProvisionCoverage['notes'][number]['section']>): string {
  if (s.via === 'relied-on') return `${w.d.name(s.lawTitle)}${w.p.comma}${w.d.name(s.number)}`;
  if (s.via === 'declaration') return w.d.name(s.number);
  return `${w.d.name(s.lawTitle)} ${w.d.name(sectionNumber(w, s.unit, s.number))}`;
}

/** Missing elements by label; narrower ones grouped by what narrows them. */
export function shortfallCell(w: Words, p: ProvisionCoverage, instrumentShort: string = p.instrument): string {
  const c = w.p.cell;
  const parts: string[] = [];
  if (p.assessment && p.assessment.rating !== p.computedRating) {
    parts.push(
      c.assessedDiffers(
        w.m.rating[p.assessment.rating],
        w.d.name(p.assessment.reviewer),
        md(formatDate(w.m, p.assessment.date)),
        w.d.untranslated(p.assessment.rationale),
      ),
    );
  }
  if (p.missing.length) parts.push(c.missing(labels(w, p, p.missing)));
  for (const g of p.narrowedBy) {
    const which = g.elements.length > 3 ? c.nElements(g.elements.length) : labels(w, p, g.elements);
    const detail = narrowingDetail(w, g);
    const n = g.sections.length;
    const why =
      g.kind === 'penalty'
        ? c.whyPenalty(detail)
        : g.kind === 'only'
          ? c.whyOnly(n, detail)
          : c.whyCondition(n, detail);
    parts.push(c.narrower(which, groupSections(w, g), why));
  }
  if (p.notAssessed.length) parts.push(c.notAssessed(labels(w, p, p.notAssessed)));
  for (const a of p.alternatives)
    parts.push(a.metInFull ? c.eitherOrMet(w.d.untranslated(a.label)) : c.eitherOrClosest(w.d.untranslated(a.label)));
  const qualifiers = new Map<string, string>();
  for (const e of p.elements)
    if (e.counted)
      for (const q of e.qualifiers) {
        const detail = w.d.untranslated(q.detail);
        qualifiers.set(`${q.kind}\u0000${q.detail}`, q.kind === 'arguable' ? c.arguable(detail) : c.broader(detail));
      }
  parts.push(...qualifiers.values());
  if (p.narrower.length && !p.narrowedBy.length) parts.push(c.narrowerPlain(labels(w, p, p.narrower)));
  for (const n of p.notes) {
    const about = n.section
      ? noteSubject(w, n.section)
      : n.statusUnder
        ? c.statusUnder(w.d.instrumentShort(n.statusUnder, instrumentShort))
        : w.d.untranslated(n.about);
    parts.push(c.noteOn(about, w.d.untranslated(n.text)));
  }
  const optional = p.elements.filter((e) => !e.mandatory && e.status !== 'met');
  if (optional.length && p.rating !== 'optional')
    parts.push(
      c.optionalLimbs(
        labelList(
          w,
          optional.map((e) => w.d.element(e.element, e.label)),
        ),
      ),
    );
  return parts.join(' ') || '—';
}

/** Peer sections grouped by section, each naming the elements it shows worded. */
function peerText(w: Words, examples: readonly PeerExample[], p: ProvisionCoverage): string {
  const bySection = new Map<string, { ex: PeerExample; elements: string[] }>();
  for (const ex of examples) {
    const key = `${ex.section.country}\u0000${ex.section.law}\u0000${ex.section.number}`;
    const entry = bySection.get(key) ?? { ex, elements: [] };
    entry.elements.push(elementLabel(w, p, ex.element));
    bySection.set(key, entry);
  }
  return [...bySection.values()]
    .map(
      ({ ex, elements }) =>
        `${w.d.country(ex.section.country, ex.countryName)}${w.p.comma}${w.d.name(ex.section.lawTitle)} ${sectionLink(w, ex.section)} — ${labelList(w, elements, 3)}`,
    )
    .join(w.p.semicolon);
}

/**
 * What a drafter should do: add what is missing, widen what is narrower, or (where the instrument
 * allows) reserve; then worded examples from peer countries that meet the same elements.
 */
export function recommendationCell(w: Words, p: ProvisionCoverage, name: string): string {
  const r = w.p.recommend;
  const out: string[] = [];
  // An assessor's rating wins: advice computed from the encoded sections would contradict it.
  if (p.assessment && p.assessment.rating !== p.computedRating) {
    return p.assessment.rating === 'full'
      ? r.noChangeAssessor
      : r.seeRationale(w.d.untranslated(p.assessment.rationale));
  }
  switch (p.rating) {
    case 'full':
      return r.noChange;
    case 'optional':
      return r.optional(name);
    case 'scope-test':
      return r.scopeTest;
    case 'not-applicable':
      return r.notApplicable;
    case 'reserved':
      return r.keepReservation(p.reservation?.scope ? w.d.untranslated(p.reservation.scope) : w.p.cell.reservationMade);
    case 'none':
      out.push(r.enact(name, labels(w, p, p.missing, 4)));
      break;
    case 'partial':
      if (p.missing.length) out.push(r.provideFor(labels(w, p, p.missing, 4)));
      for (const g of p.narrowedBy)
        out.push(
          g.kind === 'penalty'
            ? r.raisePenalty(groupSections(w, g), narrowingDetail(w, g))
            : r.removeCondition(groupSections(w, g), narrowingDetail(w, g)),
        );
      if (p.narrower.length && !p.narrowedBy.length) out.push(r.widen);
      if (p.assessment && !p.missing.length && !p.narrower.length) out.push(r.seeRationaleShort);
      break;
  }
  if (p.gapReservable) out.push(r.reserveInstead);
  if (p.peerExamples.length) out.push(r.examples(peerText(w, p.peerExamples, p)));
  return out.join(' ');
}
