/** report/i18n/data-text: data's words in the report's language, and how untranslated English is marked. */
import type { TranslationDoc } from '../../../../src/model/index.js';
import { FSI, PDI, dataText, resolveMarks } from '../../../../src/report/i18n/data-text.js';
import { loadLanguage, partHeadingText, reportWords } from '../../../../src/report/i18n/index.js';

const FR: TranslationDoc[] = [
  {
    schema_version: 1,
    lang: 'fr',
    of: 'budapest',
    official: true,
    source: { pinpoint: 'RS 0.311.43', url: 'https://example.org/fr' },
    basis: 'verified',
    short_title: 'Convention de Budapest',
    parts: { 'ch-2': 'Mesures à prendre au niveau national' },
    provisions: {
      'art-2': 'Accès illégal',
      'art-3': {
        title: 'Interception illégale',
        source: { pinpoint: 'p', url: 'https://example.org/p' },
        basis: 'secondary',
      },
    },
  },
  {
    schema_version: 1,
    lang: 'fr',
    of: 'concepts',
    official: false,
    concepts: { 'illegal-access': { title: 'Accès illégal', elements: { intent: 'commis intentionnellement' } } },
  },
];

describe('dataText', () => {
  const fr = dataText('fr', FR, false);

  it('gives a translated title, whether the entry is a string or carries its own source', () => {
    expect(fr.provision('budapest', 'art-2', 'Illegal access')).toBe('Accès illégal');
    expect(fr.provision('budapest', 'art-3', 'Illegal interception')).toBe('Interception illégale');
    expect(fr.instrumentShort('budapest', 'Budapest Convention')).toBe('Convention de Budapest');
    expect(fr.element('illegal-access/intent', 'committed intentionally')).toBe('commis intentionnellement');
  });

  it('marks English it has no translation for: emphasis around an isolate, escaped inside', () => {
    expect(fr.provision('budapest', 'art-4', 'Data interference')).toBe(`*${FSI}Data interference${PDI}*`);
    expect(fr.element('illegal-access/access', 'access_to [a] system')).toBe(
      `*${FSI}access\\_to \\[a\\] system${PDI}*`,
    );
    expect(fr.instrumentShort('uncc-2024', 'UN Cybercrime Convention (2024)')).toBe(
      `*${FSI}UN Cybercrime Convention (2024)${PDI}*`,
    );
    expect(fr.untranslated('  ')).toBe('');
  });

  it('uses only translations in its own language', () => {
    const ar = dataText('ar', FR, true);
    expect(ar.provision('budapest', 'art-2', 'Illegal access')).toBe(`*${FSI}Illegal access${PDI}*`);
  });

  it('isolates names and citations in right-to-left text only, and never marks them', () => {
    expect(dataText('ar', [], true).name('Law No. 14 of 2014')).toBe(`${FSI}Law No. 14 of 2014${PDI}`);
    expect(fr.name('Code pénal')).toBe('Code pénal');
  });

  it('names countries in the language (ICU region names), the data name otherwise', () => {
    expect(fr.country('SN', 'Senegal')).toBe('Sénégal');
    expect(dataText('ar', [], true).country('QA', 'Qatar')).toBe('قطر');
    expect(dataText('en', [], false).country('SN', 'Senegal')).toBe('Senegal');
  });

  it('leaves English data as written, escaped, with nothing marked', () => {
    const en = dataText('en', FR, false);
    expect(en.provision('budapest', 'art-2', 'Illegal_access')).toBe('Illegal\\_access');
  });

  it('in plain mode brackets untranslated text for each format to mark its own way', () => {
    const plain = dataText('fr', FR, false, 'plain');
    const text = `${plain.provision('budapest', 'art-4', 'Data_interference')} / ${plain.provision('budapest', 'art-2', 'x')}`;
    expect(resolveMarks(text, 'none')).toBe('Data_interference / Accès illégal');
    expect(resolveMarks(text, 'markdown')).toBe(`*${FSI}Data_interference${PDI}* / Accès illégal`);
  });
});

describe('partHeadingText', () => {
  beforeAll(() => loadLanguage('fr'));
  const w = () => reportWords({ lang: 'fr' }, FR);
  it('words the label from the catalogue and takes the title from the translation', () => {
    expect(partHeadingText(w(), 'budapest', { id: 'ch-2', label: 'Chapter II', title: 'Measures' }, 'x')).toBe(
      'Chapitre II – Mesures à prendre au niveau national',
    );
  });
  it('marks a label with a word the catalogue lacks, whole', () => {
    expect(partHeadingText(w(), 'budapest', { id: 'x', label: 'Annex A', title: 'Forms' }, 'x')).toBe(
      `*${FSI}Annex A – Forms${PDI}*`,
    );
  });
});
