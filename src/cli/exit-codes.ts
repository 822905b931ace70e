/** cli/exit-codes: the process's contract with shells and CI. */
export const EXIT = {
  /** Clean: nothing at or above the threshold. */
  ok: 0,
  /** Findings at or above --fail-on (validate), or gaps with --fail-on-gaps (analysis). */
  findings: 1,
  /** Usage or input error: bad flag, missing file, data too broken to analyse. */
  usage: 2,
  /** A bug in lexgap. */
  internal: 3,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
