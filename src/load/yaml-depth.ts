/**
 * load/yaml-depth: parseDocument with a nesting guard. yaml composes nodes recursively, so a small
 * file such as 'a: [[[[…' or thousands of nested '- ' items runs the composer out of stack; yaml
 * reports that as an error, but a second such file in the same process can abort Node itself
 * (a fatal "RegExpCompiler Allocation failed", no exception to catch). The concrete syntax tree is
 * built without recursion, so it is measured first, iteratively, and a document nested beyond
 * what composing can safely take is refused before composing starts.
 */
import type * as Yaml from 'yaml';
import type { CST, Document, DocumentOptions, ParseOptions, SchemaOptions } from 'yaml';

/** Far below where composing runs out of stack (about 800 flow levels), far above LIMITS.maxDepth. */
export const COMPOSE_DEPTH_LIMIT = 256;

export type GuardedParse =
  | { doc: Document.Parsed }
  /** Offset of the first node with more than `reportDepth` collections around it. */
  | { tooDeep: number };

/**
 * Walks a CST token without recursion. Returns the offset of the first node (in document order)
 * with more than `depth` collections around it, or undefined when there is none.
 */
export function firstNodeDeeperThan(token: CST.Token, depth: number): number | undefined {
  const tokens: CST.Token[] = [token];
  const around: number[] = [0];
  const push = (t: CST.Token, n: number) => {
    tokens.push(t);
    around.push(n);
  };
  while (tokens.length > 0) {
    const t = tokens.pop()!;
    const n = around.pop()!;
    if (n > depth) return t.offset;
    if (t.type === 'document') {
      if (t.value) push(t.value, n);
    } else if (t.type === 'block-map' || t.type === 'block-seq' || t.type === 'flow-collection') {
      // Pushed last to first, so they are visited in document order.
      const items = t.items as CST.CollectionItem[];
      for (let i = items.length - 1; i >= 0; i--) {
        const item = items[i]!;
        if (item.value) push(item.value, n + 1);
        if (item.key) push(item.key, n + 1);
      }
    }
  }
  return undefined;
}

/**
 * yaml's parseDocument, refusing input nested more than COMPOSE_DEPTH_LIMIT deep. The refusal is
 * placed where LIMITS.maxDepth is first exceeded (`reportDepth`), as the usual depth check does.
 */
export function parseDocumentGuarded(
  yaml: typeof Yaml,
  source: string,
  options: ParseOptions & DocumentOptions & SchemaOptions,
  reportDepth: number,
): GuardedParse {
  const tokens = Array.from(new yaml.Parser(options.lineCounter?.addNewLine).parse(source));
  for (const token of tokens) {
    if (firstNodeDeeperThan(token, COMPOSE_DEPTH_LIMIT) !== undefined)
      return { tooDeep: firstNodeDeeperThan(token, reportDepth) ?? token.offset };
  }
  // As parseDocument does: the first document, and an error where a second one starts.
  const composer = new yaml.Composer(options);
  let doc: Document.Parsed | undefined;
  for (const next of composer.compose(tokens, true, source.length)) {
    if (!doc) doc = next;
    else {
      doc.errors.push(
        new yaml.YAMLParseError(
          [next.range[0], next.range[1]],
          'MULTIPLE_DOCS',
          'Source contains multiple documents; please use YAML.parseAllDocuments()',
        ),
      );
      break;
    }
  }
  return { doc: doc! };
}
