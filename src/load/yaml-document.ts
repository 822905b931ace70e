/**
 * load/yaml-document: turns one file's bytes into a SourceDocument with line:col lookup, plus the
 * diagnostics of the YAML pass (syntax, duplicate keys, tabs, anchors, limits). Pure: no fs.
 */
import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';
import type { Document, Node as YamlNode } from 'yaml';
import type { Diagnostic, DiagnosticCode, DocumentKind, SourceDocument, SourceRange } from '../model/index.js';
import type { LocateTarget } from '../model/source-document.js';
import { LIMITS } from './limits.js';
import { parseDocumentGuarded } from './yaml-depth.js';

let yamlLibrary: typeof Yaml | undefined;
/** yaml is loaded on the first parse: a run that takes every file from the bundled snapshot never needs it. */
function yaml(): typeof Yaml {
  return (yamlLibrary ??= createRequire(import.meta.url)('yaml') as typeof Yaml);
}

export const FILE_START: SourceRange = { start: { line: 1, col: 1 }, end: { line: 1, col: 1 } };

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
  const { isScalar } = yaml();
  return doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null);
}

/**
 * Parses one YAML file. The returned document always exists (data undefined when unusable), so every
 * later pass can still ask for positions.
 */
export function parseYamlFile(
  bytes: Uint8Array,
  path: string,
  absolutePath: string,
  kind: DocumentKind,
  options: { keepTree?: boolean } = {},
): ParsedFile {
  const decoded = decodeText(bytes, path);
  if ('diagnostic' in decoded) {
    return { document: makeDocument(path, absolutePath, kind, undefined), diagnostics: [decoded.diagnostic] };
  }
  // Line starts come from the text itself: yaml's parser does not report the newlines inside every
  // token (a flow collection left open swallows the lines after it), which shifted later positions.
  const lineCounter = new (yaml().LineCounter)();
  lineCounter.addNewLine(0);
  // YAML breaks lines at CR, LF and CRLF, but yaml's lexer only knows LF: a file saved with CR alone
  // would read as one long comment. Each break becomes one LF, so lines and columns are unchanged.
  const text = decoded.text.includes('\r') ? decoded.text.replace(/\r\n?/g, '\n') : decoded.text;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineCounter.addNewLine(i + 1);
  const parsed = parseDocumentGuarded(
    yaml(),
    text,
    // logLevel 'error': yaml would otherwise print Node warnings (a collection used as a key) to
    // stderr; lexgap reports what matters as diagnostics instead.
    { uniqueKeys: true, prettyErrors: false, keepSourceTokens: false, logLevel: 'error' },
    LIMITS.maxDepth,
  );
  // yaml may place an error one past the end of the text; positions stay inside the file.
  const clamp = (offset: number) => Math.min(Math.max(offset, 0), text.length);
  const toRange = (from: number, to: number): SourceRange => {
    const s = lineCounter.linePos(clamp(from));
    const e = lineCounter.linePos(clamp(Math.max(from, to)));
    return { start: { line: s.line, col: s.col }, end: { line: e.line, col: e.col } };
  };
  if ('tooDeep' in parsed) {
    const at = toRange(parsed.tooDeep, parsed.tooDeep);
    const diagnostic = fileDiagnostic(path, 'yaml/too-deep', `nesting deeper than ${LIMITS.maxDepth} levels`);
    return { document: makeDocument(path, absolutePath, kind, undefined), diagnostics: [{ ...diagnostic, range: at }] };
  }
  const { doc } = parsed;
  const diagnostics: Diagnostic[] = [];
  for (const err of doc.errors) {
    // yaml reports running out of stack as resource exhaustion; it means the nesting is too deep.
    const code = /call stack/i.test(err.message) ? 'yaml/too-deep' : (YAML_CODES[err.code] ?? 'yaml/syntax');
    diagnostics.push({
      code,
      severity: 'error',
      // yaml's own wording for a second document names one of its APIs; say what it means for the file.
      message:
        code === 'yaml/multiple-documents'
          ? 'a second YAML document starts here; lexgap reads one document per file'
          : firstLine(err.message),
      file: path,
      pointer: '',
      range: toRange(err.pos[0], err.pos[1]),
      ...(code === 'yaml/tab-indent' ? { hint: 'indent with spaces, never tabs' } : {}),
      ...(code === 'yaml/multiple-documents' ? { hint: "remove the '---' line, or split the file in two" } : {}),
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
    try {
      data = doc.toJS({ maxAliasCount: LIMITS.maxAliases });
    } catch (error) {
      // Not expected after the checks above; still a diagnostic, never a crash.
      diagnostics.push(
        fileDiagnostic(path, 'yaml/syntax', `cannot read the YAML: ${firstLine((error as Error).message)}`),
      );
    }
  }
  // The syntax tree is not kept by default: it is several times the size of the data, and only a
  // file with a diagnostic from a later pass needs positions (see lazyLocate).
  const locate = options.keepTree ? treeLocate(doc, toRange) : lazyLocate(bytes, path, absolutePath, kind);
  const pragma = /^#\s*yaml-language-server:\s*\$schema=(\S+)/.exec(text)?.[1];
  return {
    document: { ...makeDocument(path, absolutePath, kind, data, locate), ...(pragma ? { pragma } : {}) },
    diagnostics,
  };
}

function treeLocate(
  doc: Document,
  toRange: (from: number, to: number) => SourceRange,
): (pointer: string, target?: LocateTarget) => SourceRange {
  return (pointer, target = 'value') => {
    const range = locateNode(doc, pointer, target);
    return range ? toRange(range[0], range[1]) : FILE_START;
  };
}

/**
 * Positions without holding the syntax tree: the file is parsed again, once, the first time a
 * position is asked for. Files that pass every check never are; for 200 countries this keeps
 * about 70 MiB of trees out of memory.
 */
export function lazyLocate(
  bytes: Uint8Array,
  path: string,
  absolutePath: string,
  kind: DocumentKind,
): (pointer: string, target?: LocateTarget) => SourceRange {
  let tree: SourceDocument | undefined;
  return (pointer, target) =>
    (tree ??= parseYamlFile(bytes, path, absolutePath, kind, { keepTree: true }).document).locate(pointer, target);
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '');
}

/** The tags of YAML 1.2's core schema, the only ones lexgap data may use (explicitly or not). */
const CORE_TAGS: ReadonlySet<string> = new Set(
  ['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => `tag:yaml.org,2002:${t}`),
);

/** Anchors, aliases, depth, tags and complex keys: rejected with the position of the offending node. */
function structureDiagnostics(
  doc: Document,
  path: string,
  toRange: (from: number, to: number) => SourceRange,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  let aliases = 0;
  const anchors = new Set<string>();
  let tooDeepReported = false;
  const { isMap, isSeq, visit } = yaml();
  visit(doc, {
    Alias(_key, node) {
      aliases += 1;
      // Where an anchor is defined it is reported (below); an alias to none would make reading throw.
      if (!anchors.has(node.source) && aliases <= LIMITS.maxAliases && node.range) {
        out.push({
          code: 'yaml/anchor',
          severity: 'error',
          message: `alias '*${node.source}' refers to no anchor, and aliases are not allowed in lexgap data`,
          file: path,
          pointer: '',
          range: toRange(node.range[0], node.range[1]),
          hint: 'write each value out in full, so every fact has one position',
        });
      }
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
    Pair(_key, pair) {
      // A mapping or list as a key has no meaning in lexgap data (JSON has string keys only).
      const key = pair.key as { range?: [number, number] } | null;
      if ((isMap(pair.key) || isSeq(pair.key)) && key?.range) {
        out.push({
          code: 'yaml/complex-key',
          severity: 'error',
          message: 'a mapping or list is used as a key',
          file: path,
          pointer: '',
          range: toRange(key.range[0], key.range[1]),
          hint: 'keys are plain names, e.g. title:',
        });
      }
    },
    Node(_key, node, path_) {
      // Only the YAML 1.2 core schema's types: !!js/function, !!binary, !!timestamp, !!set and
      // other tags would otherwise be read as something else (a string, bytes, a date) silently.
      const tag = (node as { tag?: string }).tag;
      if (tag !== undefined && !CORE_TAGS.has(tag) && node.range) {
        out.push({
          code: 'yaml/tag',
          severity: 'error',
          message: `the tag '${tag.replace(/^tag:yaml\.org,2002:/, '!!')}' is not allowed in lexgap data`,
          file: path,
          pointer: '',
          range: toRange(node.range[0], node.range[1]),
          hint: tag.endsWith(':timestamp')
            ? 'write dates as plain YYYY-MM-DD, with no tag'
            : 'remove the tag: lexgap reads plain strings, numbers, true/false, lists and mappings',
        });
      }
      const anchor = (node as { anchor?: string }).anchor;
      if (anchor) anchors.add(anchor);
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
      // The path holds at least every collection around the node: count them only when it is long.
      const depth = path_.length > LIMITS.maxDepth ? path_.filter((p) => isMap(p) || isSeq(p)).length : 0;
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
  const { isMap, isScalar, isSeq } = yaml();
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
  const { isNode, isPair } = yaml();
  if (!isNode(node) && !isPair(node)) return undefined;
  const r = (node as YamlNode).range;
  return r ? [r[0], r[1]] : undefined;
}

export function makeDocument(
  path: string,
  absolutePath: string,
  kind: DocumentKind,
  data: unknown,
  locate: (pointer: string, target?: LocateTarget) => SourceRange = () => FILE_START,
): SourceDocument {
  return { path, absolutePath, kind, data, locate };
}
