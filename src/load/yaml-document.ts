/**
 * load/yaml-document: turns one file's bytes into a SourceDocument with line:col lookup, plus the
 * diagnostics of the YAML pass (syntax, duplicate keys, tabs, anchors, limits). Pure: no fs.
 */
import { isMap, isNode, isPair, isScalar, isSeq, LineCounter, parseDocument, visit } from 'yaml';
import type { Document, Node as YamlNode } from 'yaml';
import type { Diagnostic, DiagnosticCode, DocumentKind, SourceDocument, SourceRange } from '../model/index.js';
import type { LocateTarget } from '../model/source-document.js';
import { LIMITS } from './limits.js';

const FILE_START: SourceRange = { start: { line: 1, col: 1 }, end: { line: 1, col: 1 } };

export interface ParsedFile {
  document: SourceDocument;
  diagnostics: Diagnostic[];
}

const YAML_CODES: Partial<Record<string, DiagnosticCode>> = {
  DUPLICATE_KEY: 'yaml/duplicate-key',
  TAB_AS_INDENT: 'yaml/tab-indent',
  MULTIPLE_DOCS: 'yaml/multiple-documents',
  RESOURCE_EXHAUSTION: 'yaml/alias-limit',
};

/** Splits a JSON pointer into unescaped segments ('' -> []). */
export function pointerSegments(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

export function joinPointer(base: string, segment: string | number): string {
  return `${base}/${String(segment).replace(/~/g, '~0').replace(/\//g, '~1')}`;
}

function fileDiagnostic(file: string, code: DiagnosticCode, message: string, hint?: string): Diagnostic {
  return { code, severity: 'error', message, file, pointer: '', range: FILE_START, ...(hint ? { hint } : {}) };
}

/** Decodes bytes as UTF-8 text, or says why they are not lexgap input. */
function decodeText(bytes: Uint8Array, file: string): { text: string } | { diagnostic: Diagnostic } {
  if (bytes.byteLength > LIMITS.maxFileBytes) {
    return {
      diagnostic: fileDiagnostic(
        file,
        'file/too-large',
        `file is ${bytes.byteLength} bytes; the limit is ${LIMITS.maxFileBytes}`,
        'split the data into smaller files',
      ),
    };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return {
      diagnostic: fileDiagnostic(file, 'file/not-utf8', 'file is not UTF-8 text', 'save the file as UTF-8'),
    };
  }
  if (text.includes('\u0000')) {
    return {
      diagnostic: fileDiagnostic(file, 'file/not-utf8', 'file contains NUL bytes: it is not a text file'),
    };
  }
  // A leading BOM is harmless but would shift every column on line 1.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { text };
}

/** True when the document holds nothing but comments and blank lines. */
function isEmptyDocument(doc: Document): boolean {
  return doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null);
}

/**
 * Parses one YAML file. The returned document always exists (data undefined when unusable), so every
 * later pass can still ask for positions.
 */
export function parseYamlFile(bytes: Uint8Array, path: string, absolutePath: string, kind: DocumentKind): ParsedFile {
  const decoded = decodeText(bytes, path);
  if ('diagnostic' in decoded) {
    return { document: makeDocument(path, absolutePath, kind, undefined), diagnostics: [decoded.diagnostic] };
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(decoded.text, {
    lineCounter,
    uniqueKeys: true,
    prettyErrors: false,
    keepSourceTokens: false,
  });
  const toRange = (from: number, to: number): SourceRange => {
    const s = lineCounter.linePos(from);
    const e = lineCounter.linePos(Math.max(from, to));
    return { start: { line: s.line, col: s.col }, end: { line: e.line, col: e.col } };
  };
  const diagnostics: Diagnostic[] = [];
  for (const err of doc.errors) {
    const code = YAML_CODES[err.code] ?? 'yaml/syntax';
    diagnostics.push({
      code,
      severity: 'error',
      message: firstLine(err.message),
      file: path,
      pointer: '',
      range: toRange(err.pos[0], err.pos[1]),
      ...(code === 'yaml/tab-indent' ? { hint: 'indent with spaces, never tabs' } : {}),
    });
  }
  if (diagnostics.length === 0 && isEmptyDocument(doc)) {
    diagnostics.push(
      fileDiagnostic(path, 'file/empty', 'file has no data', `start with the schema pragma and 'schema_version: 1'`),
    );
  }
  diagnostics.push(...structureDiagnostics(doc, path, toRange));

  let data: unknown;
  if (!diagnostics.some((d) => d.severity === 'error')) {
    data = doc.toJS({ maxAliasCount: LIMITS.maxAliases });
  }
  const locate = (pointer: string, target: LocateTarget = 'value'): SourceRange => {
    const range = locateNode(doc, pointer, target);
    return range ? toRange(range[0], range[1]) : FILE_START;
  };
  const pragma = /^#\s*yaml-language-server:\s*\$schema=(\S+)/.exec(decoded.text)?.[1];
  return {
    document: { ...makeDocument(path, absolutePath, kind, data, locate), ...(pragma ? { pragma } : {}) },
    diagnostics,
  };
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '');
}

/** Anchors, aliases and depth: rejected with the position of the first offending node. */
function structureDiagnostics(
  doc: Document,
  path: string,
  toRange: (from: number, to: number) => SourceRange,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  let aliases = 0;
  let tooDeepReported = false;
  visit(doc, {
    Alias(_key, node) {
      aliases += 1;
      if (aliases === LIMITS.maxAliases + 1 && node.range) {
        out.push({
          code: 'yaml/alias-limit',
          severity: 'error',
          message: `more than ${LIMITS.maxAliases} aliases: refusing to expand (possible alias bomb)`,
          file: path,
          pointer: '',
          range: toRange(node.range[0], node.range[1]),
        });
      }
    },
    Node(_key, node, path_) {
      const anchor = (node as { anchor?: string }).anchor;
      if (anchor && node.range) {
        out.push({
          code: 'yaml/anchor',
          severity: 'error',
          message: `anchor '&${anchor}' is not allowed in lexgap data`,
          file: path,
          pointer: '',
          range: toRange(node.range[0], node.range[1]),
          hint: 'write each value out in full, so every fact has one position',
        });
      }
      const depth = path_.filter((p) => isMap(p) || isSeq(p)).length;
      if (!tooDeepReported && depth > LIMITS.maxDepth && node.range) {
        tooDeepReported = true;
        out.push({
          code: 'yaml/too-deep',
          severity: 'error',
          message: `nesting deeper than ${LIMITS.maxDepth} levels`,
          file: path,
          pointer: '',
          range: toRange(node.range[0], node.range[1]),
        });
      }
    },
  });
  return out;
}

/** Walks a JSON pointer through the YAML AST; on failure returns the closest ancestor's range. */
function locateNode(doc: Document, pointer: string, target: LocateTarget): [number, number] | undefined {
  let node: unknown = doc.contents;
  let keyRange: [number, number] | undefined;
  let best: [number, number] | undefined = rangeOf(node);
  let resolved = true;
  for (const segment of pointerSegments(pointer)) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === segment);
      if (!pair) {
        resolved = false;
        break;
      }
      keyRange = rangeOf(pair.key);
      node = pair.value;
      best = rangeOf(node) ?? keyRange ?? best;
    } else if (isSeq(node) && /^\d+$/.test(segment) && node.items[Number(segment)] !== undefined) {
      keyRange = undefined;
      node = node.items[Number(segment)];
      best = rangeOf(node) ?? best;
    } else {
      resolved = false;
      break;
    }
  }
  if (target === 'key' && resolved && keyRange) return keyRange;
  return best;
}

function rangeOf(node: unknown): [number, number] | undefined {
  if (!isNode(node) && !isPair(node)) return undefined;
  const r = (node as YamlNode).range;
  return r ? [r[0], r[1]] : undefined;
}

function makeDocument(
  path: string,
  absolutePath: string,
  kind: DocumentKind,
  data: unknown,
  locate: (pointer: string, target?: LocateTarget) => SourceRange = () => FILE_START,
): SourceDocument {
  return { path, absolutePath, kind, data, locate };
}
