/** report/diagnostics/summary: counts shared by every diagnostics format. */
import type { Diagnostic } from '../../model/index.js';

export function summarize(diagnostics: readonly Diagnostic[]): {
  errors: number;
  warnings: number;
  infos: number;
  files: number;
} {
  return {
    errors: diagnostics.filter((d) => d.severity === 'error').length,
    warnings: diagnostics.filter((d) => d.severity === 'warning').length,
    infos: diagnostics.filter((d) => d.severity === 'info').length,
    files: new Set(diagnostics.map((d) => d.file)).size,
  };
}
