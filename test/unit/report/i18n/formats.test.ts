/** report/i18n: lists, dates and scores as each language writes them, the same on every machine. */
import { formatDate, formatPercent, listText, loadLanguage, messages } from '../../../../src/report/i18n/index.js';

beforeAll(async () => {
  await loadLanguage('fr');
  await loadLanguage('ar');
});

const en = () => messages();
const fr = () => messages({ lang: 'fr' });
const ar = () => messages({ lang: 'ar' });

describe('lists', () => {
  it('join as the language joins them; English without a serial comma, as the report has always', () => {
    expect(listText(en(), ['Art. 2', 'Art. 3', 'Art. 4'])).toBe('Art. 2, Art. 3 and Art. 4');
    expect(listText(fr(), ['art. 2', 'art. 3', 'art. 4'])).toBe('art. 2, art. 3 et art. 4');
    expect(listText(ar(), ['أ', 'ب'])).toBe('أ وب');
    expect(listText(en(), ['one'])).toBe('one');
  });
});

describe('dates', () => {
  it('stay ISO in English, and are written out in French and Arabic, in UTC, with Western digits', () => {
    expect(formatDate(en(), '2026-11-01')).toBe('2026-11-01');
    expect(formatDate(fr(), '2026-11-01')).toBe('1er novembre 2026');
    expect(formatDate(fr(), '2018-05-30')).toBe('30 mai 2018');
    expect(formatDate(ar(), '2026-11-01')).toBe('1 نوفمبر 2026');
  });

  it('leave anything that is not a calendar date as it is', () => {
    expect(formatDate(fr(), 'date-unknown')).toBe('date-unknown');
  });
});

describe('scores', () => {
  it('take the language’s decimal mark and percent spacing', () => {
    expect(formatPercent(en(), 0.658)).toBe('65.8%');
    expect(formatPercent(fr(), 0.658)).toBe('65,8\u00a0%');
    expect(formatPercent(ar(), null)).toBe('–');
  });
});

describe('catalogues', () => {
  it('must be loaded before use: rendering without one is a bug, said as such', () => {
    expect(() => messages({ lang: 'de' })).toThrow(/'de' catalogue was not loaded/);
  });
});
