import { Marked } from 'marked';
import { md } from '../../../src/report/markdown-escape.js';

const render = (text: string) => new Marked({ gfm: true, async: false }).parse(text, { async: false });

describe('md: Markdown escaping without raw HTML entities (issue 11)', () => {
  it('leaves ampersands and comparison signs readable in the raw Markdown', () => {
    expect(md('Copyright &c. Act')).toBe('Copyright &c. Act');
    expect(md('maximum 3 years < 4')).toBe('maximum 3 years < 4');
    expect(md('a > b')).toBe('a > b');
    expect(md('see http://example.org/x')).toBe('see http\\://example.org/x');
    expect(md('x &amp; y')).not.toContain('&amp;amp;');
  });

  it('still makes markup, entities and links inert, with backslash escapes', () => {
    expect(md('<script>alert(1)</script>')).toBe('\\<script>alert(1)\\</script>');
    expect(render(md('<script>alert(1)</script>'))).not.toMatch(/<script/i);
    expect(render(md('&copy; &#169;'))).toContain('&amp;copy; &amp;#169;');
    expect(render(md('> quoted'))).not.toContain('<blockquote>');
    expect(render(md('<javascript:alert(1)>'))).not.toContain('<a ');
  });
});
