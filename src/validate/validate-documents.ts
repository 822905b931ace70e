/** validate/validate-documents: schema pass then cross-file rules over parsed documents. No fs. */
import type { ConceptsDoc, Country, Diagnostic, Instrument, SourceDocument, TranslationDoc } from '../model/index.js';
import { countryReferencesResolve } from './rules/country-rules.js';
import { conceptsAreUsed } from './rules/concept-usage.js';
import { datesAreRealAndOrdered } from './rules/dates.js';
import { penaltiesInRange, sectionsWithinTheirLaw, statusFitsInstrument } from './rules/plausibility.js';
import { fileNamesMatchIds, idsAreUnique } from './rules/identity.js';
import { checkPragma } from './rules/pragma.js';
import { conceptReferencesResolve, instrumentReferencesResolve } from './rules/references.js';
import type { Report, Rule, RuleContext } from './rules/rule.js';
import { translationsResolve } from './rules/translation-rules.js';
import type { SchemaValidator } from './schema-validator.js';

export const RULES: readonly Rule[] = [
  idsAreUnique,
  fileNamesMatchIds,
  conceptReferencesResolve,
  instrumentReferencesResolve,
  countryReferencesResolve,
  datesAreRealAndOrdered,
  statusFitsInstrument,
  sectionsWithinTheirLaw,
  penaltiesInRange,
  conceptsAreUsed,
  translationsResolve,
];

/** Documents whose YAML parsed; those with data undefined are skipped (their YAML errors say why). */
export function validateDocuments(docs: readonly SourceDocument[], schemas: SchemaValidator): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const report: Report = (doc, pointer, code, message, options = {}) => {
    diagnostics.push({
      code,
      severity: options.severity ?? 'error',
      message,
      file: doc.path,
      pointer,
      range: options.range ?? doc.locate(pointer, options.target ?? 'value'),
      ...(options.hint ? { hint: options.hint } : {}),
    });
  };
  const ctx: RuleContext = {
    concepts: [],
    instruments: [],
    countries: [],
    translations: [],
    conceptsById: new Map(),
    haveConcepts: false,
    elementRefs: new Set(),
    narrowingRefs: new Set(),
  };
  for (const doc of docs) {
    if (doc.data === undefined) continue;
    checkPragma(doc, report);
    const problems = schemas.validate(doc);
    diagnostics.push(...problems);
    if (problems.length > 0) continue;
    if (doc.kind === 'concepts') ctx.concepts.push({ doc, data: doc.data as ConceptsDoc });
    else if (doc.kind === 'instrument') ctx.instruments.push({ doc, data: doc.data as Instrument });
    else if (doc.kind === 'translation') ctx.translations.push({ doc, data: doc.data as TranslationDoc });
    else ctx.countries.push({ doc, data: doc.data as Country });
  }
  ctx.haveConcepts = ctx.concepts.length > 0;
  // Later concepts files (a --data folder) replace earlier definitions by id.
  for (const { data } of ctx.concepts) for (const c of data.concepts) ctx.conceptsById.set(c.id, c);
  for (const c of ctx.conceptsById.values()) {
    for (const e of c.elements) ctx.elementRefs.add(`${c.id}/${e.id}`);
    for (const n of c.narrowings ?? []) ctx.narrowingRefs.add(`${c.id}/${n.id}`);
  }
  for (const rule of RULES) rule(ctx, report);
  return diagnostics;
}

const SEVERITY_RANK = { error: 0, warning: 1, info: 2 } as const;

/** Drops exact repeats and sorts by file, line, column, then code: the order every format prints. */
export function prepareDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  for (const d of diagnostics) {
    const key = `${d.file}\u0000${d.code}\u0000${d.pointer}\u0000${d.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(d);
  }
  return out.sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      a.range.start.line - b.range.start.line ||
      a.range.start.col - b.range.start.col ||
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
  );
}
