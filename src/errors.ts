/** errors: conditions that stop a run. Problems in user data are Diagnostics, never thrown. */

export class LexgapError extends Error {
  constructor(
    message: string,
    readonly hint?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** Bad flags or arguments: exit 2. */
export class UsageError extends LexgapError {}

/** A missing or unreadable input, or data too broken to analyse: exit 2. */
export class InputError extends LexgapError {}

/** A bug in lexgap: exit 3. */
export class InternalError extends LexgapError {}
