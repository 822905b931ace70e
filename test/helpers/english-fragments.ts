/**
 * The English prose catalogue as the fragments a translated report must not contain: every entry's
 * fixed text (functions called with a placeholder for each argument), cut at the arguments, keeping
 * fragments of at least two words and ten letters (short ones, "yes" or "Art.", prove nothing).
 */
import { enProse } from '../../src/report/i18n/en-prose.js';

const HOLE = '\u2063';

function fragments(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(...value.split(/[\u2063\d]+/));
  else if (typeof value === 'function') {
    const fn = value as (...args: unknown[]) => unknown;
    fragments(fn(...Array.from({ length: Math.max(fn.length, 1) }, () => HOLE)), out);
  } else if (Array.isArray(value)) value.forEach((v) => fragments(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => fragments(v, out));
  return out;
}

export const ENGLISH_FRAGMENTS: readonly string[] = [
  ...new Set(
    fragments(enProse)
      .map((f) => f.replace(/[*_()[\]:;,.|—–·]+/g, ' ').trim())
      .filter((f) => f.split(/\s+/).length >= 2 && f.replace(/[^A-Za-z]/g, '').length >= 10),
  ),
];
