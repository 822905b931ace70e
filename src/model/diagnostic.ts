/** model/diagnostic: the one shape every data problem takes, with 1-based positions. */

export type Severity = 'error' | 'warning' | 'info';

/** 1-based line and column, as yaml's LineCounter reports them. */
export interface SourcePosition {
  line: number;
  col: number;
}

export interface SourceRange {
  start: SourcePosition;
  end: SourcePosition;
}

/** The closed list of diagnostic codes; shared/diagnostic-help.ts gives each its help text and docs/diagnostics.md documents each. */
export type DiagnosticCode =
  | 'file/unreadable'
  | 'file/too-large'
  | 'file/not-utf8'
  | 'file/empty'
  | 'file/unknown-kind'
  | 'file/not-regular'
  | 'yaml/syntax'
  | 'yaml/duplicate-key'
  | 'yaml/tab-indent'
  | 'yaml/alias-limit'
  | 'yaml/anchor'
  | 'yaml/multiple-documents'
  | 'yaml/too-deep'
  | 'yaml/tag'
  | 'yaml/complex-key'
  | 'schema/pragma'
  | 'schema/required'
  | 'schema/additional-property'
  | 'schema/type'
  | 'schema/enum'
  | 'schema/const'
  | 'schema/pattern'
  | 'schema/min-length'
  | 'schema/min-items'
  | 'schema/range'
  | 'schema/other'
  | 'ref/unknown-concept'
  | 'ref/unknown-element'
  | 'ref/unknown-narrowing'
  | 'ref/unknown-instrument'
  | 'ref/unknown-provision'
  | 'ref/unknown-part'
  | 'ref/undeclared-law'
  | 'ref/unknown-section'
  | 'id/duplicate'
  | 'id/file-name-mismatch'
  | 'date/invalid'
  | 'date/order'
  | 'date/before-instrument'
  | 'date/outside-law'
  | 'status/not-ratifiable'
  | 'penalty/range'
  | 'reservation/not-reservable'
  | 'reservation/element-not-reservable'
  | 'assessment/no-rationale'
  | 'concept/unused'
  | 'survey/undeclared';

export interface Diagnostic {
  code: DiagnosticCode;
  severity: Severity;
  message: string;
  /** Path relative to the working directory, with forward slashes. */
  file: string;
  /** JSON pointer into the document ('' for the whole file). */
  pointer: string;
  range: SourceRange;
  hint?: string;
}
