/** model/source-document: what validate/ sees of a loaded file; positions come only from here. */
import type { DocumentKind } from './data.js';
import type { SourceRange } from './diagnostic.js';

/** Which part of a node a pointer should land on. */
export type LocateTarget = 'value' | 'key';

export interface SourceDocument {
  /** Path relative to the working directory, forward slashes. */
  readonly path: string;
  /** Absolute path on disk. */
  readonly absolutePath: string;
  readonly kind: DocumentKind;
  /** The plain data (undefined when the YAML could not be parsed). */
  readonly data: unknown;
  /** The schema named by the file's `# yaml-language-server: $schema=` pragma, as written, if any. */
  readonly pragma?: string;
  /** Set when the document was taken from the build-time snapshot of the bundled data: its content key. */
  readonly snapshotKey?: string;
  /**
   * The 1-based range of the node at a JSON pointer. When the pointer does not resolve, the closest
   * existing ancestor's range is returned, so every diagnostic has a position inside the file.
   */
  locate(pointer: string, target?: LocateTarget): SourceRange;
}
