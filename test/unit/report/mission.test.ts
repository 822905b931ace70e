import { Marked } from 'marked';
import { analyzeCountry } from '../../../src/analyze/coverage.js';
import { buildReportView } from '../../../src/analyze/report-view.js';
import { verdictWord } from '../../../src/analyze/roll-up.js';
import type { ReportView } from '../../../src/model/report-view.js';
import type { RenderContext } from '../../../src/report/context.js';
import { formatReportHtml, formatReportMarkdown } from '../../../src/report/mission/index.js';
import { reportWords } from '../../../src/report/i18n/index.js';
import { LABEL_RULE } from '../../../src/report/mission/sections/method.js';
import { lawDates } from '../../../src/report/mission/sections/provenance.js';
import { hostileCorpus } from '../../helpers/hostile-corpus.js';
import { lintMarkdown } from '../../helpers/markdown-lint.js';
import { corpusWith, country, section } from '../../helpers/mini-corpus.js';

const ctx: RenderContext = { color: false, toolVersion: '9.9.9', cwd: '/' };

function hostileView(): ReportView {
  const corpus = hostileCorpus();
  return buildReportView(corpus, analyzeCountry(corpus, 'XX', { asAt: '2024-01-01' }));
}

function plainView(): ReportView {
  const xx = country('XX', [
    section({ number: '14', implements: ['access/enter', 'access/intent'], penalty: { max_years: 3 } }),
    section({ number: '24', implements: ['images/make'], basis: 'recalled', penalty: { min_years: 2 } }),
  ]);
  const corpus = corpusWith(xx, country('YY', [section({ number: '7', implements: ['images/get-for-other'] })]));
  return buildReportView(corpus, analyzeCountry(corpus, 'XX', { asAt: '2024-01-01' }));
}

/** Every href and src attribute in an HTML string. */
const urls = (html: string) => [...html.matchAll(/\s(?:href|src|xlink:href)\s*=\s*"([^"]*)"/gi)].map((m) => m[1]!);

describe('escaping: data cannot inject markup or links', () => {
  const view = hostileView();
  const markdown = formatReportMarkdown(view, ctx);
  const html = formatReportHtml(view, ctx);

  it('keeps the hostile strings visible as text in Markdown, never as raw HTML or a javascript: link', () => {
    expect(markdown).toContain('Xland \\<script>alert');
    expect(markdown).toContain('\\[x\\](javascript:');
    // Escaped with a backslash (CommonMark), so the raw Markdown shows no HTML entities.
    expect(markdown).not.toMatch(/(?<!\\)<script/i);
    expect(markdown).not.toMatch(/(?<!\\)<img/i);
    expect(markdown).not.toMatch(/&(?:amp|lt|gt);/);
    // An unescaped ']' followed by '(javascript:' would be a link; escaped ones ('\\]') are text.
    expect(markdown).not.toMatch(/(?<!\\)\]\((?:javascript|data):/i);
  });

  it('stays inert when any GFM renderer (marked with defaults) turns the Markdown into HTML', () => {
    const rendered = new Marked({ gfm: true, async: false }).parse(markdown, { async: false });
    expect(rendered).not.toMatch(/<script/i);
    expect(rendered).not.toMatch(/<img/i);
    expect(rendered).not.toMatch(/<[^>]*\son[a-z]+\s*=/i);
    expect(urls(rendered).filter((u) => !/^https?:\/\//i.test(u))).toEqual([]);
  });

  it('renders HTML with no script, no injected element and only http(s) links', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    // No element carries an event handler (the visible text ' onerror=' is fine: it is not in a tag).
    expect(html).not.toMatch(/<[^>]*\son[a-z]+\s*=/i);
    expect(urls(html).filter((u) => !/^https?:\/\//i.test(u))).toEqual([]);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    // The URL that tried to break out of its attribute is percent-encoded instead.
    expect(html).toContain('https://example.org/%22%3E%3Cscript%3Ealert%281%29%3C/script%3E');
  });

  it('escapes data inside the SVG heat map too', () => {
    const svg = html.slice(html.indexOf('<svg'), html.indexOf('</svg>'));
    expect(svg).toContain('Access &lt;script&gt;');
    expect(svg).not.toMatch(/<script/i);
  });
});

describe('Markdown report', () => {
  const markdown = formatReportMarkdown(plainView(), ctx);

  it('has the sections in the order issue 6 gives', () => {
    const h2 = [...markdown.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    expect(h2).toEqual([
      'Executive summary',
      'Heat map',
      'Treaty: provision by provision',
      'Reservations and declarations',
      'Method',
      'Data provenance',
    ]);
    expect(markdown.split('\n')[0]).toBe('# Cybercrime legislation of Country XX (XX): gap analysis');
  });

  it('states the tool version and data versions, and no timestamp', () => {
    expect(markdown).toContain('lexgap 9.9.9');
    expect(markdown).toMatch(/\*\*Law as at:\*\* 2024-01-01/);
    expect(markdown).not.toMatch(/\d{2}:\d{2}:\d{2}/);
  });

  it('marks every row resting on recalled data', () => {
    const rows = markdown.split('\n').filter((l) => l.startsWith('| [Art.'));
    const art3 = rows.find((r) => r.includes('Preservation'))!;
    expect(art3).toContain('⚠ rests on recalled data');
    const art1 = rows.find((r) => r.includes('Art.\u00a01]'))!;
    expect(art1).not.toContain('⚠');
    // art-2 cites s. 24, whose basis is recalled.
    expect(rows.find((r) => r.includes('Art.\u00a02]'))).toContain('⚠');
  });

  it('passes markdownlint', () => {
    expect(lintMarkdown(markdown)).toEqual([]);
    expect(lintMarkdown(formatReportMarkdown(hostileView(), ctx))).toEqual([]);
  });
});

describe('HTML report', () => {
  const view = plainView();
  const html = formatReportHtml(view, ctx);

  it('is one self-contained page: inline CSS, a CSP forbidding scripts and fetches, no external resources', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain("default-src 'none'");
    expect(html).not.toMatch(/<link\b/i);
    expect(html).not.toMatch(/@import|url\(\s*['"]?https?:/i);
    expect(html).toMatch(/@page \{ size: A4/);
    expect(html).toContain('thead { display: table-header-group; }');
  });

  it('puts each instrument in its own section, which print CSS breaks before', () => {
    expect(html.match(/<section class="instrument">/g)).toHaveLength(1);
    expect(html).toContain('section.instrument { break-before: page; }');
  });

  it('draws one heat-map cell per concept and instrument, and no table for it', () => {
    const cells = html.match(/data-heat-cell="/g) ?? [];
    expect(cells).toHaveLength(view.heatMap.rows.length * view.heatMap.instruments.length);
    expect(html).not.toContain('| Concept |');
  });
});

describe('method section', () => {
  it("restates roll-up's label thresholds exactly", () => {
    const probe: Record<string, number | null> = {
      '100%': 1,
      '75% or more': 0.75,
      '40% or more': 0.4,
      'above 0%': 0.01,
      '0%': 0,
      'nothing counted': null,
    };
    for (const [score, label] of LABEL_RULE) expect([score, verdictWord(probe[score]!)]).toEqual([score, label]);
    expect(verdictWord(0.7499)).toBe('partly in place');
    expect(verdictWord(0.3999)).toBe('largely missing');
  });
});

describe('law dates in the provenance section', () => {
  const law = {
    id: 'a',
    title: 'Act',
    citation: 'Act 1',
    inForce: true,
    url: 'https://example.org',
    basis: 'verified' as const,
  };
  it('says what each date is, and never shows an enactment date as commencement', () => {
    expect(lawDates(reportWords(), { ...law, enacted: '2018-05-16', commenced: '2018-05-30' })).toBe(
      'enacted 2018-05-16; commenced 2018-05-30',
    );
    expect(lawDates(reportWords(), { ...law, enacted: '2018-05-16' })).toBe(
      'enacted 2018-05-16; commencement not recorded',
    );
    expect(lawDates(reportWords(), { ...law, repealed: 'date-unknown' })).toBe(
      'commencement not recorded; repealed (date not recorded)',
    );
  });
});
