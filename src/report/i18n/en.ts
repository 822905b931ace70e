/** report/i18n/en: English, the language the data is written in. */
import type { HeatRating } from '../../model/report-view.js';
import type { Messages } from './types.js';

const HEAT: Record<HeatRating, [string, string]> = {
  full: ['full', 'every required element met'],
  partial: ['partial', 'some elements met, or met only narrowly'],
  none: ['none', 'no required element met'],
  reserved: ['reserved', 'what falls short is covered by a reservation'],
  optional: ['optional', "required only by 'may' limbs: never a gap"],
  'not-applicable': ['not applicable', 'an assessor rated it not applicable'],
  'not-assessed': ['not assessed', 'the laws that would meet it were not read'],
  'not-required': ['not required', 'the instrument does not require this concept'],
};

export const en: Messages = {
  lang: 'en',
  dir: 'ltr',
  documentTitle: (country, code, asAt) => `Cybercrime legislation of ${country} (${code}): gap analysis as at ${asAt}`,
  heat: {
    concept: 'Concept',
    legendTitle: 'Legend (numbers in a cell are the provisions of the instrument that require the concept):',
    symbol: 'Symbol',
    rating: 'Rating',
    meaning: 'Meaning',
  },
  heatLabel: (r) => HEAT[r][0],
  heatMeaning: (r) => HEAT[r][1],
  docx: {
    contents: 'Contents',
    tocHint:
      'Word fills in the table of contents when the document is opened (or right-click it and choose Update Field).',
    page: 'Page',
    of: 'of',
    font: 'Calibri',
  },
};
