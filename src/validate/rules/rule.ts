/** validate/rules/rule: what a cross-file rule sees and how it reports. */
import type {
  Concept,
  ConceptsDoc,
  Country,
  DiagnosticCode,
  Instrument,
  Severity,
  SourceDocument,
  SourceRange,
  TranslationDoc,
} from '../../model/index.js';

export interface Typed<T> {
  doc: SourceDocument;
  data: T;
}

/** Schema-valid documents only: rules never see data the schemas rejected. */
export interface RuleContext {
  concepts: Typed<ConceptsDoc>[];
  instruments: Typed<Instrument>[];
  countries: Typed<Country>[];
  translations: Typed<TranslationDoc>[];
  /** All concepts by id (from every concepts document), and whether any concepts file was usable. */
  conceptsById: Map<string, Concept>;
  haveConcepts: boolean;
  /** Every 'concept/element' and 'concept/narrowing' that resolves: the common case is one lookup. */
  elementRefs: Set<string>;
  narrowingRefs: Set<string>;
}

export type Report = (
  doc: SourceDocument,
  pointer: string,
  code: DiagnosticCode,
  message: string,
  /** range: where the problem is when no JSON pointer reaches it (a comment, say). */
  options?: { hint?: string; severity?: Severity; target?: 'key' | 'value'; range?: SourceRange },
) => void;

export type Rule = (ctx: RuleContext, report: Report) => void;
