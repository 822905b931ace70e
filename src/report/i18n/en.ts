/** report/i18n/en: English, the language the data is written in. */
import type { Messages } from './types.js';
import { enProse } from './en-prose.js';

const plural = new Intl.PluralRules('en');
const NOUNS = {
  concept: ['concept', 'concepts'],
  instrument: ['instrument', 'instruments'],
  section: ['section', 'sections'],
};

export const en: Messages = {
  lang: 'en',
  dir: 'ltr',
  colon: ':',
  locale: 'en',
  documentTitle: (country, code, asAt) => `Cybercrime legislation of ${country} (${code}): gap analysis as at ${asAt}`,
  prose: enProse,
  partWords: {},
  count: (n, noun) => `${n} ${NOUNS[noun][plural.select(n) === 'one' ? 0 : 1]}`,
  rating: {
    full: 'full',
    partial: 'partial',
    none: 'none',
    reserved: 'reserved',
    optional: 'optional',
    'not-applicable': 'not applicable',
    'not-assessed': 'not assessed',
    'scope-test': 'scope test',
  },
  group: {
    substantive: 'Substantive criminal law',
    liability: 'Liability and sanctions',
    procedural: 'Procedural powers',
    jurisdiction: 'Jurisdiction',
    cooperation: 'International co-operation',
  },
  title: {
    heading: (name) => `Cybercrime legislation of ${name}: gap analysis`,
    country: 'Country',
    measured: 'Instruments measured',
    none: 'none',
    lawAsAt: 'Law as at',
    inForceThatDay: 'laws in force on that day',
    noneRecorded: 'none recorded',
    preparedWith: 'Prepared with',
    dataVersions: 'Data versions',
    concepts: 'concepts',
    unversioned: 'unversioned',
    intro: (country) =>
      `This report compares the text of ${country}'s laws, as encoded in lexgap's data, with each instrument element by element. Ratings are computed by lexgap unless an assessor's rating is shown; the labels are lexgap's heuristic, not findings of the Council of Europe or any other body. Rows resting on recalled (unchecked) data are marked ⚠.`,
  },
  summary: {
    heading: 'Executive summary',
    columns: [
      'Instrument',
      'Measured because',
      'Full',
      'Partial',
      'None',
      'Reserved',
      'Optional',
      'Not assessed',
      'Score',
      "Label (lexgap's heuristic)",
    ],
    noInstrument: 'No instrument was measured.',
    scoreNote:
      'Score: full = 1, partial = ½, over the provisions rated full, partial or none; reserved, optional, not-assessed and scope-test provisions are kept apart.',
    keyGaps: 'Most important gaps',
    keyGapsIntro:
      'Ranked by the rule in the Method section: provisions with nothing in the law before those partly met; offences before liability, procedure, jurisdiction and co-operation; gaps a reservation could not close first; then instrument and article order. Each concept is listed once. Only the laws named above were read: a general law not encoded (a penal code, an anti-money-laundering act) may already meet some of these.',
    noGaps: 'No provision is rated partial or none.',
    seriousCrime: 'Serious crime',
  },
  heat: {
    heading: 'Heat map',
    intro: (concepts, instruments, one) =>
      `${one ? `${concepts} (rows) required by the instrument measured (column).` : `${concepts} (rows) required by at least one of the ${instruments} measured (columns).`} Each cell rates the law against the elements of that concept the instrument requires: full when every counted element is met, none when none is, partial in between (the full rule is in the Method section). Cells resting on recalled instrument or national data are marked ⚠.`,
    concept: 'Concept',
    legendTitle: 'Legend (numbers in a cell are the provisions of the instrument that require the concept):',
    symbol: 'Symbol',
    rating: 'Rating',
    meaning: 'Meaning',
    meanings: {
      full: 'every required element met',
      partial: 'some elements met, or met only narrowly',
      none: 'no required element met',
      reserved: 'what falls short is covered by a reservation',
      optional: "required only by 'may' limbs: never a gap",
      'not-applicable': 'an assessor rated it not applicable',
      'not-assessed': 'the laws that would meet it were not read',
      'not-required': 'the instrument does not require this concept',
    },
    recalled: 'rests on recalled data',
    notRequired: 'not required',
  },
  instrument: {
    heading: (short) => `${short}: provision by provision`,
    status: 'status',
    overall: 'Overall',
    score: 'score',
    columns: [
      'Provision',
      'What it requires',
      'National provisions',
      'Rating',
      'Missing or narrower elements',
      'Recommendation',
    ],
    nothingCounts:
      'Nothing in this chapter counts towards the score (optional provisions, reservations or a scope test only).',
    restsOnRecalled: 'rests on recalled data',
  },
  sections: { reservations: 'Reservations and declarations', method: 'Method', provenance: 'Data provenance' },
  docx: {
    contents: 'Contents',
    tocHint:
      'Word fills in the table of contents when the document is opened (or right-click it and choose Update Field).',
    page: 'Page',
    of: 'of',
    font: 'Calibri',
  },
};
