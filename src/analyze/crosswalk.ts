/**
 * analyze/crosswalk: compare instruments concept by concept (DESIGN §3). Each instrument's required
 * elements of a concept form a set; every instrument relates to the first as equal, subset, superset,
 * intersects or disjoint (the OSCAL mapping vocabulary), or 'only-in' when the first lacks the
 * concept entirely and 'absent' when this one does. Only mandatory limbs are compared: an optional
 * ('may') limb is not a requirement, so it is listed but never makes a superset; nor is one option of
 * an "either ... or", listed as a choice.
 */
import { flatRequirements } from '../shared/requirements.js';
import type { Corpus, Crosswalk, CrosswalkCell, Instrument, SetRelation } from '../model/index.js';
import { InputError } from '../errors.js';
import { didYouMeanHint } from '../shared/did-you-mean.js';

interface ConceptUse {
  /** Mandatory ('shall') elements: these decide the relation. */
  elements: Set<string>;
  /** Elements required only by 'may' or 'shall-consider' limbs: shown, never compared. */
  optional: Set<string>;
  /** Elements inside an "either ... or" group: one option suffices, so none is a requirement on its own. */
  choice: Set<string>;
  provisions: Map<string, string>;
}

/** concept id -> which elements of it the instrument requires, and where. Meta provisions never count. */
export function conceptUse(instrument: Instrument): Map<string, ConceptUse> {
  const out = new Map<string, ConceptUse>();
  for (const p of instrument.provisions) {
    if (p.group === 'meta') continue;
    for (const r of flatRequirements(p)) {
      const concept = r.element.split('/')[0]!;
      const use = out.get(concept) ?? {
        elements: new Set(),
        optional: new Set(),
        choice: new Set(),
        provisions: new Map(),
      };
      if (r.alternative) use.choice.add(r.element);
      else if ((r.obligation ?? p.obligation) === 'shall') use.elements.add(r.element);
      else use.optional.add(r.element);
      use.provisions.set(p.id, p.number);
      out.set(concept, use);
    }
  }
  return out;
}

export function relate(base: ReadonlySet<string>, other: ReadonlySet<string>): SetRelation {
  if (other.size === 0) return 'absent';
  if (base.size === 0) return 'only-in';
  const shared = [...other].filter((e) => base.has(e)).length;
  if (shared === 0) return 'disjoint';
  if (shared === base.size && shared === other.size) return 'equal';
  if (shared === other.size) return 'subset';
  if (shared === base.size) return 'superset';
  return 'intersects';
}

export function buildCrosswalk(corpus: Corpus, ids: readonly string[]): Crosswalk {
  if (ids.length < 2)
    throw new InputError('compare needs at least two instruments', 'e.g. lexgap compare budapest ecowas-2011');
  const instruments = ids.map((id) => {
    const inst = corpus.instrumentsById.get(id);
    if (!inst) throw new InputError(`unknown instrument '${id}'`, didYouMeanHint(id, corpus.instrumentsById.keys()));
    return inst;
  });
  if (new Set(ids).size !== ids.length)
    throw new InputError('an instrument is named twice', 'name each instrument once');
  const uses = instruments.map(conceptUse);
  const sorted = (s: Iterable<string>) => [...s].sort();
  const rows = corpus.concepts
    .filter((c) => c.group !== 'meta' && uses.some((u) => u.has(c.id)))
    .map((c) => {
      const base = uses[0]!.get(c.id)?.elements ?? new Set<string>();
      const cells: CrosswalkCell[] = instruments.map((inst, i) => {
        const use = uses[i]!.get(c.id);
        const elements = use?.elements ?? new Set<string>();
        return {
          instrument: inst.id,
          provisions: [...(use?.provisions ?? new Map<string, string>())].map(([id, number]) => ({ id, number })),
          elements: sorted(elements),
          optional: sorted([...(use?.optional ?? [])].filter((e) => !elements.has(e))),
          choice: sorted([...(use?.choice ?? [])].filter((e) => !elements.has(e))),
          relation: i === 0 ? (elements.size ? 'equal' : 'absent') : relate(base, elements),
          extra: sorted([...elements].filter((e) => !base.has(e))),
          lacking: i === 0 ? [] : sorted([...base].filter((e) => !elements.has(e))),
        };
      });
      return { concept: c.id, title: c.title, group: c.group, cells };
    });
  const title = (id: string) => corpus.conceptsById.get(id)?.title ?? id;
  const label = (ref: string) => corpus.elementsByRef.get(ref)?.element.label ?? ref;
  const unique = instruments.map((inst, i) => {
    const others = uses.filter((_, j) => j !== i);
    const mine = uses[i]!;
    const onlyHere = (c: string) => mine.get(c)!.elements.size > 0 && others.every((o) => !o.get(c)?.elements.size);
    const conceptOrder = corpus.concepts.map((c) => c.id).filter((c) => mine.has(c));
    return {
      instrument: inst.id,
      concepts: conceptOrder.filter(onlyHere).map((id) => ({ id, title: title(id) })),
      elements: conceptOrder
        .filter((c) => !onlyHere(c))
        .map((c) => ({
          concept: c,
          title: title(c),
          elements: sorted(
            [...mine.get(c)!.elements].filter((e) => others.every((o) => !o.get(c)?.elements.has(e))),
          ).map((ref) => ({ ref, label: label(ref) })),
        }))
        .filter((g) => g.elements.length > 0),
    };
  });
  return {
    schemaVersion: 1,
    instruments: instruments.map((i) => ({ id: i.id, shortTitle: i.short_title, title: i.title })),
    rows,
    unique,
  };
}
