/**
 * Issue 14: a French or Arabic report has "no English left but data that has no translation (marked
 * as such)". Every sentence fragment of the English prose catalogue is searched for in the translated
 * reports, outside the marked (italic, isolated) data and outside link targets; any found is English
 * the catalogue failed to translate.
 */
import { main } from '../../../../src/cli/main.js';
import { fileURLToPath } from 'node:url';
import { fakeIo } from '../../../helpers/fake-io.js';
import { ENGLISH_FRAGMENTS as ENGLISH } from '../../../helpers/english-fragments.js';

const ROOT = fileURLToPath(new URL('../../../..', import.meta.url));

/**
 * The report without what may stay English: marked data, national names and citations (isolated in
 * Arabic), and links — a link is always a citation of a source or a provision, in its own words.
 */
function translatedParts(report: string): string {
  return report
    .replace(/\*\u2068[^\u2069]*\u2069\*/g, ' ')
    .replace(/\u2068[^\u2069]*\u2069/g, ' ')
    .replace(/\[(?:\\.|[^\]\\])*\]\([^)]*\)/g, ' ');
}

async function report(code: string, lang: string): Promise<string> {
  const io = fakeIo(ROOT);
  expect(await main(['report', code, '--lang', lang, '--as-at', '2026-11-01'], io)).toBe(0);
  return io.out;
}

describe('translated reports leave no English of their own', () => {
  it('finds the English catalogue in an English report (the check can fail)', async () => {
    const en = translatedParts(await report('SN', 'en'));
    expect(ENGLISH.filter((f) => en.includes(f)).length).toBeGreaterThan(40);
  });

  it.each([
    ['SN', 'fr'],
    ['QA', 'ar'],
  ])('%s in %s', async (code, lang) => {
    const text = translatedParts(await report(code, lang));
    expect(ENGLISH.filter((f) => text.includes(f))).toEqual([]);
  });
});
