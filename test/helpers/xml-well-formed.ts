/**
 * A small XML well-formedness check for formatter tests (no XML parser is a dependency): one root,
 * tags nest, attributes are quoted, text and attributes hold only known entities and legal characters.
 */
const BARE_AMPERSAND = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/;

export function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  // eslint-disable-next-line no-control-regex -- XML 1.0 forbids these characters
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(xml)) problems.push('illegal control character');
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
  const stack: string[] = [];
  let roots = 0;
  const token = new RegExp(
    `<(/?)([A-Za-z_][\\w.-]*)((?:\\s+[A-Za-z_][\\w.-]*="[^"<]*")*)\\s*(/?)>|<|${BARE_AMPERSAND.source}`,
    'g',
  );
  for (const m of body.matchAll(token)) {
    const [whole, close, name, attributes = '', selfClose] = m;
    if (whole === '<') {
      problems.push(`stray '<' at ${m.index}`);
      continue;
    }
    if (whole.startsWith('&')) {
      problems.push(`bare '&' at ${m.index}`);
      continue;
    }
    if (BARE_AMPERSAND.test(attributes)) problems.push(`bare '&' in the attributes of <${name}>`);
    if (close) {
      const open = stack.pop();
      if (open !== name) problems.push(`</${name}> closes <${open ?? 'nothing'}>`);
    } else {
      if (stack.length === 0) roots += 1;
      if (!selfClose) stack.push(name!);
    }
  }
  if (stack.length > 0) problems.push(`unclosed: ${stack.join(', ')}`);
  if (roots !== 1) problems.push(`${roots} root elements`);
  return problems;
}
