/** load/limits: what a single input may cost before lexgap refuses it with a clear error. */
export const LIMITS = {
  /** Largest YAML file read, in bytes. The biggest bundled instrument is well under 1 MiB. */
  maxFileBytes: 4 * 1024 * 1024,
  /** Deepest nesting of maps and sequences accepted. The schemas need fewer than 10 levels. */
  maxDepth: 64,
  /** Aliases beyond this count are treated as an expansion attack, not a style problem. */
  maxAliases: 32,
  /** Most files one run will read (guards against a glob over a whole disk). */
  maxFiles: 10_000,
} as const;
