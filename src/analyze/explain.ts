/**
 * analyze/explain: the sentence beside each rating, saying why it is what it is, crediting the section
 * that actually meets each element, naming the option taken in an "either ... or", what rests on an
 * arguable reading or a broader offence, and what was not read.
 */
import type { ElementFinding, Provision, ProvisionCoverage, SectionRef } from '../model/index.js';

export function list(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export function explain(
  f: ProvisionCoverage,
  name: string,
  provision: Provision,
  cite: (law: string, number: string) => string,
): string {
  const { elements, missing, narrower, notAssessed, reservation } = f;
  const label = (ref: string) => elements.find((e) => e.element === ref)?.label ?? ref;
  const citeAll = (es: readonly ElementFinding[]) => {
    const seen = new Map<string, SectionRef>();
    for (const s of es.flatMap((e) => e.sections)) seen.set(`${s.law}\u0000${s.number}`, s);
    return [...seen.values()].map((s) => cite(s.law, s.number));
  };
  const sentences: string[] = [];
  const met = elements.filter((e) => e.counted && e.status === 'met');
  switch (f.computedRating) {
    case 'scope-test':
      return `${name} is a scope test on penalties, not a list of elements: see the serious-crime findings.`;
    case 'optional':
      sentences.push(`${name} is optional ('${provision.obligation}'): reported, never a gap.`);
      break;
    case 'not-assessed':
      sentences.push(
        `Not assessed: ${name} rests on law the country file was not read for (${list(notAssessed.map(label))}). This is not a finding that the law lacks it.`,
      );
      break;
    case 'full':
      sentences.push(
        `All ${met.length} mandatory element${met.length === 1 ? ' is' : 's are'} met${citeAll(met).length ? ` (${list(citeAll(met))})` : ''}.`,
      );
      break;
    case 'none':
      sentences.push(
        missing.length === 1
          ? `The one mandatory element of ${name} is not implemented.`
          : `None of the ${missing.length} mandatory elements of ${name} is implemented.`,
      );
      break;
    case 'partial':
      if (met.length) sentences.push(`Met: ${list(met.map((e) => e.label))} (${list(citeAll(met))}).`);
      if (missing.length) sentences.push(`Missing: ${list(missing.map(label))}.`);
      for (const g of f.narrowedBy) {
        const secs = list(g.sections);
        const affected = g.elements.length > 4 ? `${g.elements.length} elements` : list(g.elements.map(label));
        const verb =
          g.sections.length === 1
            ? { add: 'adds', have: 'has', meet: 'meets' }
            : { add: 'add', have: 'have', meet: 'meet' };
        sentences.push(
          g.kind === 'narrowing'
            ? `Narrower: ${secs} ${verb.add} a condition ${name} does not permit — ${g.detail} (affects ${affected}).`
            : g.kind === 'only'
              ? `Narrower: ${secs} ${verb.meet} it only in part — ${g.detail} (affects ${affected}).`
              : `Narrower: ${secs} ${verb.have} a ${g.detail} (affects ${affected}).`,
        );
      }
      if (notAssessed.length)
        sentences.push(
          `Not assessed (law not read): ${list(notAssessed.map(label))}${missing.length + narrower.length === 0 ? '; nothing read falls short' : ''}.`,
        );
      break;
    case 'reserved':
      sentences.push(
        reservation?.conditional
          ? `Reserved on condition (${reservation.conditional}): ${reservation.scope}. The reservation does not remove the requirement outright.`
          : `Reserved: ${reservation?.scope ?? 'the country has made a reservation'}.`,
      );
      break;
    default:
      break;
  }
  for (const a of f.alternatives) {
    const others = a.options.filter((o) => o !== a.chosen);
    const otherLabels = others.map(
      (o) =>
        elements.find((e) => e.alternative?.group === a.group && e.alternative.option === o)?.alternative?.label ?? o,
    );
    sentences.push(
      a.metInFull
        ? `Either-or: ${a.label} is met, so ${list(otherLabels)} is not needed.`
        : `Either-or: none of the options is met in full; measured against the closest, ${a.label} (${list(otherLabels)} would do instead).`,
    );
  }
  const qualified = elements.filter((e) => e.counted && e.status === 'met' && e.qualifiers.length > 0);
  const arguable = qualified.flatMap((e) => e.qualifiers.filter((q) => q.kind === 'arguable').map((q) => ({ e, q })));
  const broader = qualified.flatMap((e) => e.qualifiers.filter((q) => q.kind === 'broader').map((q) => ({ e, q })));
  for (const reason of new Set(arguable.map(({ q }) => `${cite(q.law, q.section)}: ${q.detail}`)))
    sentences.push(`Arguable: ${reason}.`);
  if (broader.length) {
    const via = [...new Set(broader.map(({ q }) => `${cite(q.law, q.section)} (${q.detail})`))];
    const short = [...missing, ...narrower];
    sentences.push(
      short.length
        ? `Met only through a broader offence: ${list(via)}; consider a dedicated offence — the broader one lacks ${list(short.map(label))}.`
        : `Met through a broader offence: ${list(via)}.`,
    );
  }
  const reliedOn = [
    ...new Set(f.sections.filter((s) => s.via === 'relied-on').map((s) => `${cite(s.law, s.number)} — ${s.basis}`)),
  ];
  if (reliedOn.length) sentences.push(`Rests on a law not encoded: ${list(reliedOn)}.`);
  const commitments = elements.filter((e) => e.kind === 'commitment');
  if (commitments.length) sentences.push(`Commitment, not a drafting gap: ${list(commitments.map((e) => e.label))}.`);
  const optionalShort = elements.filter((e) => !e.mandatory && e.status !== 'met');
  if (optionalShort.length && f.computedRating !== 'optional')
    sentences.push(`Optional limbs not implemented: ${list(optionalShort.map((e) => e.label))}.`);
  if (reservation && f.computedRating !== 'reserved')
    sentences.push(
      `Reservation made${reservation.under ? ` under ${reservation.under}` : ''}${reservation.conditional ? ` (conditional: ${reservation.conditional})` : ''}: ${reservation.scope}.`,
    );
  if (f.gapReservable)
    sentences.push(
      `Everything missing falls within what ${name} allows a party to reserve (${provision.reservable?.source ?? ''}): a state not yet a party could close this gap by a reservation on accession.`,
    );
  else {
    const reservableShort = elements.filter(
      (e) => e.counted && e.status !== 'met' && e.status !== 'not-assessed' && e.reservable,
    );
    if (reservableShort.length && !reservation)
      sentences.push(
        `${list(reservableShort.map((e) => e.label))}: a party may reserve ${reservableShort.length === 1 ? 'this limb' : 'these limbs'} (${provision.reservable?.source ?? name}).`,
      );
  }
  return sentences.join(' ');
}
