import { analyzeCountry } from '../../../src/analyze/coverage.js';
import { summarizeCorpus } from '../../../src/analyze/summary.js';
import { indexCorpus } from '../../../src/project/open-project.js';
import { concepts, country, instrument, section } from '../../helpers/mini-corpus.js';

const AS_AT = '2024-01-01';
const regional = {
  ...instrument,
  id: 'regional',
  short_title: 'Regional',
  title: 'Regional Treaty',
  applies: 'by-status' as const,
};
const unused = { ...instrument, id: 'unused', short_title: 'Unused', title: 'Nobody', applies: 'by-status' as const };

const xx = country('XX', [section({ number: '14', implements: ['access/enter', 'access/intent'] })], {
  status: [
    {
      instrument: 'regional',
      status: 'party',
      source: { pinpoint: 'x', url: 'https://example.org' },
      basis: 'verified',
    },
  ],
});
const yy = country('YY', []);
const corpus = indexCorpus(concepts, [unused, regional, instrument], [yy, xx]);

describe('summarizeCorpus', () => {
  const summary = summarizeCorpus(corpus, { asAt: AS_AT });

  it('has one row per country in code order and one column per instrument that applies to someone', () => {
    expect(summary.asAt).toBe(AS_AT);
    expect(summary.rows.map((r) => r.country.code)).toEqual(['XX', 'YY']);
    expect(summary.instruments.map((i) => i.id)).toEqual(['regional', 'treaty']);
    for (const row of summary.rows) expect(row.cells.map((c) => c.instrument)).toEqual(['regional', 'treaty']);
  });

  it('gives each cell the same overall roll-up as gap', () => {
    for (const code of ['XX', 'YY']) {
      const coverage = analyzeCountry(corpus, code, { asAt: AS_AT });
      const row = summary.rows.find((r) => r.country.code === code)!;
      for (const inst of coverage.instruments) {
        const cell = row.cells.find((c) => c.instrument === inst.instrument)!;
        expect(cell).toMatchObject({ applies: true, tally: inst.total.tally, score: inst.total.tally.score });
      }
    }
  });

  it('marks an instrument that does not apply, instead of scoring it', () => {
    const yyRegional = summary.rows[1]!.cells[0]!;
    expect(yyRegional).toEqual({ instrument: 'regional', applies: false });
    expect(summary.rows[0]!.cells[0]).toMatchObject({
      applies: true,
      status: 'party',
      appliesBecause: 'Country XX is a party',
    });
  });

  it('labels the score with the gap heuristic', () => {
    const cell = summary.rows[1]!.cells[1]!;
    expect(cell).toMatchObject({ applies: true, score: 0, label: 'not in place' });
  });

  it('is empty, not broken, without countries', () => {
    const empty = summarizeCorpus(indexCorpus(concepts, [instrument], []), { asAt: AS_AT });
    expect(empty).toEqual({ schemaVersion: 1, asAt: AS_AT, instruments: [], rows: [] });
  });
});
