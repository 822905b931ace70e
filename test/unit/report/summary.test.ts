import { summarizeCorpus } from '../../../src/analyze/summary.js';
import type { CorpusSummary } from '../../../src/model/summary.js';
import { indexCorpus } from '../../../src/project/open-project.js';
import type { RenderContext } from '../../../src/report/context.js';
import { summaryFormatters } from '../../../src/report/summary/index.js';
import { displayWidth, wrap } from '../../../src/report/text-layout.js';
import { concepts, country, instrument, section } from '../../helpers/mini-corpus.js';

const ctx: RenderContext = { color: false, toolVersion: '9.9.9', cwd: '/' };
const regional = { ...instrument, id: 'regional', short_title: 'Regional | <b>', applies: 'by-status' as const };
const summary: CorpusSummary = summarizeCorpus(
  indexCorpus(
    concepts,
    [regional, instrument],
    [
      country('XX', [section({ number: '14', implements: ['access/enter', 'access/intent'] })], {
        status: [
          {
            instrument: 'regional',
            status: 'party',
            source: { pinpoint: 'x', url: 'https://example.org' },
            basis: 'verified',
          },
        ],
      }),
      { ...country('YY', []), country: { code: 'YY', name: '=cmd()' } },
    ],
  ),
  { asAt: '2024-01-01' },
);

describe('summary formatters', () => {
  it('table: a dash where the instrument does not apply, score label and counts elsewhere', () => {
    const out = summaryFormatters.table(summary, ctx);
    expect(out).toMatch(/as at 2024-01-01/);
    const yyLine = out.split('\n').find((l) => l.includes('(YY)'))!;
    expect(yyLine).toMatch(/│ —\s+│ 0\.0%/);
    expect(out).toMatch(/not in place/);
    expect(out).not.toContain('\u001b[');
  });

  it('markdown: escapes data and keeps one row per country', () => {
    const out = summaryFormatters.markdown(summary, ctx);
    expect(out).toContain('Regional \\| \\<b>');
    const rows = out.split('\n').filter((l) => /^\| (Country|=cmd)/.test(l));
    expect(rows).toHaveLength(3);
    expect(rows[2]).toMatch(/^\| =cmd.*YY.* \| — \| 0\.0% not in place \(0 · 0 · 3\) \|$/);
  });

  it('json: versioned, with the tool and the whole summary', () => {
    const json = JSON.parse(summaryFormatters.json(summary, ctx));
    expect(json).toEqual({ schemaVersion: 1, tool: { name: 'lexgap', version: '9.9.9' }, summary });
  });

  it('csv: five columns per instrument, a dash for not applicable, formulas defused', () => {
    const lines = summaryFormatters.csv(summary, ctx).split('\r\n');
    expect(lines[0]).toBe(
      'country,name,as_at,regional_score,regional_label,regional_full,regional_partial,regional_none,treaty_score,treaty_label,treaty_full,treaty_partial,treaty_none',
    );
    expect(lines[2]).toBe("YY,'=cmd(),2024-01-01,—,not applicable,,,,0,not in place,0,0,3");
    expect(lines.at(-1)).toBe('');
  });

  it('says so when there is nothing to show', () => {
    const empty: CorpusSummary = { schemaVersion: 1, asAt: '2024-01-01', instruments: [], rows: [] };
    expect(summaryFormatters.table(empty, ctx)).toMatch(/No countries/);
    expect(summaryFormatters.markdown(empty, ctx)).toMatch(/No countries/);
  });
});

describe('summary table layout', () => {
  it('measures terminal width: combining marks take none, East Asian wide characters two', () => {
    expect(displayWidth('Kenya')).toBe(5);
    expect(displayWidth('Côte d’Ivoire')).toBe(13);
    expect(displayWidth('Cote\u0301')).toBe(4);
    expect(displayWidth('ساحل العاج')).toBe(10);
    expect(displayWidth('日本')).toBe(4);
  });

  it('wraps on spaces and cuts words longer than the width', () => {
    expect(wrap('UN Cybercrime Convention (2024)', 16)).toEqual(['UN Cybercrime', 'Convention', '(2024)']);
    expect(wrap('Verylongwordwithoutspaces', 10)).toEqual(['Verylongwo', 'rdwithouts', 'paces']);
    expect(wrap('', 10)).toEqual(['']);
  });

  it('keeps every line of the table the same width, with wide and combining characters in names', () => {
    const wide: CorpusSummary = {
      ...summary,
      rows: summary.rows.map((r, i) => ({
        ...r,
        country: { ...r.country, name: i === 0 ? '日本 Côte\u0301' : 'ساحل العاج' },
      })),
    };
    const lines = summaryFormatters
      .table(wide, ctx)
      .split('\n')
      .filter((l) => /^[┌│├└]/.test(l));
    expect(new Set(lines.map(displayWidth)).size).toBe(1);
  });
});
