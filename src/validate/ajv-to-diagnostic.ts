/**
 * validate/ajv-to-diagnostic: Ajv's errors -> one human diagnostic per mistake, positioned on the
 * node that is wrong (the key for an unknown property, the parent object for a missing one).
 */
import type { ErrorObject } from 'ajv';
import type { Diagnostic, DiagnosticCode, SourceDocument } from '../model/index.js';
import { didYouMean } from '../shared/did-you-mean.js';

/** Keywords that only summarise their children's failures; the children say more. */
const SUMMARY_KEYWORDS = new Set(['if', 'anyOf', 'oneOf', 'allOf', '$ref']);

function pointerOf(e: ErrorObject): { pointer: string; target: 'key' | 'value' } {
  if (e.keyword === 'additionalProperties') {
    const prop = String((e.params as { additionalProperty: string }).additionalProperty);
    return { pointer: `${e.instancePath}/${prop.replace(/~/g, '~0').replace(/\//g, '~1')}`, target: 'key' };
  }
  if (e.keyword === 'required' || e.keyword === 'false schema') return { pointer: e.instancePath, target: 'key' };
  return { pointer: e.instancePath, target: 'value' };
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `the string '${value.length > 40 ? value.slice(0, 37) + '...' : value}'`;
  // YAML's .inf and .nan are numbers to JavaScript but not to JSON Schema: say what they are.
  if (typeof value === 'number' && !Number.isFinite(value))
    return Number.isNaN(value) ? '.nan (not a number)' : `${value > 0 ? '' : '-'}.inf (infinity)`;
  if (typeof value === 'number' || typeof value === 'boolean') return `${typeof value} ${value}`;
  return typeof value;
}

const TYPE_WORDS: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  object: 'a mapping',
  array: 'a list',
  null: 'null',
};

function fieldName(pointer: string): string {
  const last = pointer.split('/').pop() ?? '';
  return /^\d+$/.test(last) || last === '' ? 'value' : `'${last}'`;
}

function toMessage(e: ErrorObject): { code: DiagnosticCode; message: string; hint?: string } {
  const schema = (e.parentSchema ?? {}) as { description?: string; properties?: Record<string, unknown> };
  switch (e.keyword) {
    case 'additionalProperties': {
      const prop = String((e.params as { additionalProperty: string }).additionalProperty);
      const suggestion = didYouMean(prop, Object.keys(schema.properties ?? {}));
      return {
        code: 'schema/additional-property',
        message: `unknown property '${prop}'${suggestion ? ` (did you mean '${suggestion}'?)` : ''}`,
        hint: `allowed here: ${Object.keys(schema.properties ?? {}).join(', ')}`,
      };
    }
    case 'required': {
      const prop = String((e.params as { missingProperty: string }).missingProperty);
      const desc = (schema.properties?.[prop] as { description?: string } | undefined)?.description;
      return {
        code: 'schema/required',
        message: `missing required property '${prop}'`,
        ...(desc ? { hint: desc } : {}),
      };
    }
    case 'type': {
      const t = String((e.params as { type: string }).type);
      return {
        code: 'schema/type',
        message: `${fieldName(e.instancePath)} should be ${t
          .split(',')
          .map((x) => TYPE_WORDS[x] ?? x)
          .join(' or ')}, got ${describe(e.data)}`,
      };
    }
    case 'enum': {
      const allowed = (e.params as { allowedValues: unknown[] }).allowedValues.map(String);
      const suggestion = typeof e.data === 'string' ? didYouMean(e.data, allowed) : undefined;
      return {
        code: 'schema/enum',
        message: `${fieldName(e.instancePath)} is ${describe(e.data)}; expected one of: ${allowed.join(', ')}${suggestion ? ` (did you mean '${suggestion}'?)` : ''}`,
      };
    }
    case 'const':
      return {
        code: 'schema/const',
        message: `${fieldName(e.instancePath)} must be ${JSON.stringify((e.params as { allowedValue: unknown }).allowedValue)}, got ${describe(e.data)}`,
      };
    case 'pattern':
      // '\\S' is how the schemas say "not blank": a title of spaces is as empty as none.
      if ((e.params as { pattern: string }).pattern === '\\S')
        return {
          code: 'schema/min-length',
          message: `${fieldName(e.instancePath)} must not be blank (it holds only spaces)`,
        };
      return {
        code: 'schema/pattern',
        message: `${fieldName(e.instancePath)} is ${describe(e.data)}; expected ${lowerFirst(schema.description ?? `a value matching ${String((e.params as { pattern: string }).pattern)}`)}`,
      };
    case 'minLength':
      return { code: 'schema/min-length', message: `${fieldName(e.instancePath)} must not be empty` };
    case 'minItems': {
      const n = Number((e.params as { limit: number }).limit);
      return {
        code: 'schema/min-items',
        message: `${fieldName(e.instancePath)} needs at least ${n} item${n === 1 ? '' : 's'}`,
      };
    }
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum': {
      const p = e.params as { comparison: string; limit: number };
      return {
        code: 'schema/range',
        message: `${fieldName(e.instancePath)} must be ${p.comparison} ${p.limit}, got ${describe(e.data)}`,
      };
    }
    case 'false schema':
      // A property a conditional branch forbids (a concepts translation has no provisions).
      return { code: 'schema/additional-property', message: `${fieldName(e.instancePath)} is not allowed here` };
    default:
      return { code: 'schema/other', message: `${fieldName(e.instancePath)} ${e.message ?? 'is invalid'}` };
  }
}

/**
 * Converts Ajv errors for one document. Noise reduction: summary keywords are dropped; a type error
 * at a pointer hides every other error at that pointer (the value is wrong, not its details); one
 * diagnostic per pointer and keyword; a misspelt key is one mistake, so the required property its
 * did-you-mean names is not reported missing as well.
 */
export function ajvErrorsToDiagnostics(errors: readonly ErrorObject[], doc: SourceDocument): Diagnostic[] {
  const relevant = errors.filter((e) => !SUMMARY_KEYWORDS.has(e.keyword));
  const typeWrong = new Set(relevant.filter((e) => e.keyword === 'type').map((e) => e.instancePath));
  const misspelt = new Set(relevant.flatMap((e) => misspeltAs(e).map((prop) => `${e.instancePath}\u0000${prop}`)));
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  for (const e of relevant) {
    if (e.keyword !== 'type' && typeWrong.has(e.instancePath)) continue;
    if (
      e.keyword === 'required' &&
      misspelt.has(`${e.instancePath}\u0000${String((e.params as { missingProperty: string }).missingProperty)}`)
    )
      continue;
    const { pointer, target } = pointerOf(e);
    const key = `${pointer}\u0000${e.keyword}\u0000${JSON.stringify(e.params)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const { code, message, hint } = toMessage(e);
    out.push({
      code,
      severity: 'error',
      message,
      file: doc.path,
      pointer,
      range: doc.locate(pointer, target),
      ...(hint ? { hint } : {}),
    });
  }
  return out;
}

/** For an unknown property, the known property it is probably a misspelling of ([] if none). */
function misspeltAs(e: ErrorObject): string[] {
  if (e.keyword !== 'additionalProperties') return [];
  const prop = String((e.params as { additionalProperty: string }).additionalProperty);
  const known = Object.keys((e.parentSchema as { properties?: Record<string, unknown> } | undefined)?.properties ?? {});
  const suggestion = didYouMean(prop, known);
  return suggestion ? [suggestion] : [];
}

/** 'A calendar date.' -> 'a calendar date'; an acronym ('ISO 3166-1 ...') keeps its capitals. */
function lowerFirst(s: string): string {
  const head = /^[A-Z][A-Z0-9]/.test(s) ? s.charAt(0) : s.charAt(0).toLowerCase();
  return (head + s.slice(1)).replace(/\.$/, '');
}
