/** Lints Markdown the way the reports promise to pass: markdownlint's defaults, minus line length. */
import { lint } from 'markdownlint/sync';

export const REPORT_LINT_CONFIG = {
  default: true,
  // Reports are generated, and table rows are as long as their cells: line length means nothing here.
  MD013: false,
  // "Chapter II" recurs under each instrument; only headings under the same parent must differ.
  MD024: { siblings_only: true },
};

/** One line per problem, "line: rule description [detail]"; empty when the text is clean. */
export function lintMarkdown(text: string): string[] {
  const results = lint({ strings: { report: text }, config: REPORT_LINT_CONFIG });
  return (results.report ?? []).map(
    (e) =>
      `${e.lineNumber}: ${e.ruleNames.join('/')} ${e.ruleDescription}${e.errorDetail ? ` [${e.errorDetail}]` : ''}${e.errorContext ? ` (${e.errorContext})` : ''}`,
  );
}
