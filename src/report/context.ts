/** report/context: what a formatter is told by the CLI, so formatters stay pure and deterministic. */
export interface RenderContext {
  color: boolean;
  toolVersion: string;
  /** Working directory, for relative paths in machine formats. */
  cwd: string;
  /** The installed package's folder as a file: URL ending in '/' (SARIF's LEXGAPROOT). */
  packageRoot?: string;
  /** validate: every file checked, as displayed (not only those with findings). */
  filesChecked?: readonly string[];
  /** --verbose: say more (validate lists the files it checked). */
  verbose?: boolean;
  /** The language of the tool's own words in reports (report/i18n); English when absent. */
  lang?: string;
}

export type Formatter<T> = (data: T, ctx: RenderContext) => string;
