/**
 * report/i18n/en-prose: the report's running sentences in English — cells, recommendations, key gaps,
 * serious-crime findings, method, provenance, reservations and the gap tables. Its shape is the type
 * every other language's prose must have (Prose, below), so a sentence missing in French or Arabic is
 * a compile error, not an English sentence in a French report.
 *
 * Arguments arrive as finished Markdown (escaped, linked, translated or marked); a function only
 * places them. Numbers arrive as numbers, so each language words its own plurals.
 */
import { VERDICT_SCOPES } from '../../shared/score-bands.js';

const NB = '\u00a0';
const s = (n: number, one: string, many: string) => (n === 1 ? one : many);

export const enProse = {
  /** "a; b; and 3 more": what follows the shown items when a list is cut short. */
  /** Between items of a list whose items carry their own commas, and between clauses. */
  semicolon: '; ',
  /** Between items of a plain list (sections, provisions, dates). */
  comma: ', ',
  more: (n: number) => `and ${n} more`,
  basis: { verified: 'verified', secondary: 'secondary', recalled: 'recalled' },
  basisCount: (v: number, sec: number, r: number) => `${v} verified · ${sec} secondary · ${r} recalled`,
  /** How provisions and national sections are cited. */
  cite: {
    article: (n: string) => `Art.${NB}${n}`,
    section: (n: string) => `s.${NB}${n}`,
    unnumbered: 'an unnumbered provision',
  },
  obligation: {
    shall: 'shall',
    may: 'may',
    'shall-consider': 'shall consider',
    'shall-endeavour': 'shall endeavour',
    none: '',
  } as Record<string, string>,
  measured: {
    requested: 'requested with -i',
    everyState: 'open to every state',
    status: (country: string, status: string) =>
      `${country} is ${status === 'invited' ? 'invited to accede' : status === 'party' ? 'a party' : status === 'signatory' ? 'a signatory' : status === 'member' ? 'a member' : status}`,
    signed: (d: string) => `signed ${d}`,
    ratified: (d: string) => `ratified ${d}`,
    inForce: (d: string) => `in force ${d}`,
  },
  status: {
    party: 'party',
    signatory: 'signatory',
    member: 'member',
    invited: 'invited to accede',
    none: 'none',
  } as Record<string, string>,
  verdict: {
    labels: {
      'in place': 'in place',
      'largely in place': 'largely in place',
      'partly in place': 'partly in place',
      'largely missing': 'largely missing',
      'not in place': 'not in place',
      'not assessed': 'not assessed',
    } as Record<string, string>,
    scopes: VERDICT_SCOPES as Record<string, string>,
    line: (scope: string, label: string) => `${scope} ${label}`,
  },
  tally: {
    full: (n: number) => `${n} full`,
    partial: (n: number) => `${n} partial`,
    none: (n: number) => `${n} none`,
    reserved: (n: number) => `${n} reserved`,
    optional: (n: number) => `${n} optional`,
    notApplicable: (n: number) => `${n} not applicable`,
    notAssessed: (n: number) => `${n} not assessed`,
  },
  /** Lower-case names of the concept groups, for running text. */
  area: {
    substantive: 'substantive criminal law',
    liability: 'liability and sanctions',
    procedural: 'procedural powers',
    jurisdiction: 'jurisdiction',
    cooperation: 'international co-operation',
  } as Record<string, string>,
  cell: {
    reliedOn: 'relied on, not encoded',
    arguableTag: 'arguable',
    reservable: 'reservable',
    restNotAssessed: 'rest not assessed',
    conditionalReservation: 'conditional reservation',
    reservationMade: 'reservation made',
    reservationUnder: (under: string) => `reservation under ${under}`,
    assessedBy: (reviewer: string, date: string, rationale: string, computed?: string) =>
      `assessed by ${reviewer}, ${date}${computed ? `; computed: ${computed}` : ''}: ${rationale}`,
    assessedDiffers: (rating: string, reviewer: string, date: string, rationale: string) =>
      `Assessed ${rating} by ${reviewer} (${date}): ${rationale} Computed from the encoded sections:`,
    missing: (labels: string) => `Missing: ${labels}.`,
    nElements: (n: number) => `${n} elements`,
    narrower: (which: string, where: string, why: string) => `Narrower (${which}): ${where} ${why}.`,
    whyPenalty: (detail: string) => `penalty: ${detail}`,
    whyOnly: (sections: number, detail: string) => `${s(sections, 'meets', 'meet')} it only in part: ${detail}`,
    whyCondition: (sections: number, detail: string) =>
      `${s(sections, 'adds', 'add')} a condition not permitted: ${detail}`,
    notAssessed: (labels: string) => `Not assessed (law not read): ${labels}.`,
    eitherOrMet: (label: string) => `Either-or: met by ${label}.`,
    eitherOrClosest: (label: string) => `Either-or: measured against the closest option, ${label}.`,
    arguable: (detail: string) => `Arguable: ${detail}.`,
    broader: (detail: string) => `Met through a broader offence: ${detail}.`,
    narrowerPlain: (labels: string) => `Narrower: ${labels}.`,
    noteOn: (about: string, text: string) => `Note on ${about}: ${text}`,
    statusUnder: (instrument: string) => `status under ${instrument}`,
    optionalLimbs: (labels: string) => `Optional limbs not implemented: ${labels}.`,
  },
  penalty: {
    noMaximum: (floor: number) => `no maximum term stated; the floor is ${floor} years`,
    belowFloor: (max: number, floor: number) => `maximum of ${max} years, below the floor of ${floor}`,
    life: 'life',
    max: (n: number) => `max ${n} years`,
    min: (n: number) => `min ${n} years`,
    fine: (text: string) => `fine: ${text}`,
  },
  recommend: {
    noChangeAssessor: 'No change needed, on the assessor’s rating (see the rationale).',
    seeRationale: (rationale: string) => `See the assessor’s rationale: ${rationale}`,
    noChange: 'No change needed.',
    optional: (name: string) => `Optional: consider whether to provide for ${name}.`,
    scopeTest: 'See the serious-crime findings for this instrument.',
    notApplicable: 'None: assessed as not applicable.',
    keepReservation: (scope: string) => `Keep the reservation under review (${scope}).`,
    enact: (name: string, labels: string) => `Enact provisions covering ${name}: ${labels}.`,
    provideFor: (labels: string) => `Provide for: ${labels}.`,
    raisePenalty: (where: string, detail: string) => `Raise the maximum penalty in ${where} (${detail}).`,
    removeCondition: (where: string, detail: string) => `Remove or justify the condition in ${where}: ${detail}.`,
    widen: 'Widen the narrower elements.',
    seeRationaleShort: 'See the assessor’s rationale.',
    reserveInstead: 'Alternatively, a reservation the instrument allows would cover the gap on accession.',
    examples: (text: string) => `Worded examples: ${text}.`,
  },
  keyGap: {
    missing: (labels: string) => `missing: ${labels}`,
    narrowly: (labels: string) => `met only narrowly: ${labels}`,
    none: (fully: boolean, shortfall: string) => `nothing in the law ${fully ? 'fully ' : ''}meets it (${shortfall})`,
    noneByAssessor: 'rated none by the assessor',
    partial: (shortfall: string) => `partly met (${shortfall})`,
    partialByAssessor: 'rated partial by the assessor',
    also: (provisions: string) => ` The same concepts also fall short under ${provisions}.`,
    reservable: ' A reservation the instrument allows could cover it.',
    unmapped: (n: number) =>
      ` ${n} ${s(n, 'section', 'sections')} in force ${s(n, 'is', 'are')} recorded without any element mapped (see Data provenance): ${s(n, 'it', 'they')} may meet some of these too.`,
  },
  serious: {
    headline: (instruments: string, years: number, yes: number, total: number, no: number) =>
      `**Serious crime (${instruments}: a maximum of at least ${years} years):** ${yes} of ${total} offence sections in force qualify and ${no} fall below.`,
    open: (n: number, sections: string) =>
      ` For ${n} the data cannot tell (only a minimum, or no penalty, recorded): ${sections}.`,
    caveat:
      ' A qualifying offence is within the Convention only when it is also transnational and involves an organized criminal group, which lexgap does not assess. Each instrument section lists every offence.',
    heading: (provision: string) => `Serious-crime test (${provision})`,
    intro: (years: number) => `Each offence section in force, tested against a maximum of at least ${years} years.`,
    columns: ['National provision', 'Title', 'Penalty', 'Serious crime', 'Why'],
    noOffence: 'No offence section is in force.',
    qualifies: {
      yes: 'yes',
      no: 'no',
      'min-only-qualifies': 'yes (from the minimum)',
      'min-only-undetermined': 'cannot be told',
      'no-penalty-stated': 'cannot be told',
    } as Record<string, string>,
    why: {
      life: 'life imprisonment is available',
      atLeast: (max: number, threshold: number) => `maximum ${max} years ≥ ${threshold}`,
      below: (max: number, threshold: number) => `maximum ${max} years < ${threshold}`,
      minQualifies: (min: number, threshold: number) =>
        `only a minimum of ${min} years is stated; the maximum is at least that, so ≥ ${threshold}`,
      minUndetermined: (min: number, threshold: number) =>
        `only a minimum of ${min} years is stated and no maximum: whether it reaches ${threshold} years cannot be told from the text`,
      noPenalty: 'no term of imprisonment recorded for this section',
    },
    line: (years: number, yes: number, total: number, qualifying: string, open: string) =>
      `Serious crime (max ≥ ${years} years): ${yes} of ${total} offence sections qualify${qualifying ? ` (${qualifying})` : ''}${open ? `; undetermined: ${open}` : ''}`,
  },
  instrumentIntro: (title: string, body: string, because: string, status: string) =>
    `${title}, ${body}. Measured because: ${because}${status}.`,
  heatCell: {
    counts: (met: number, narrower: number, missing: number) => `${met} met, ${narrower} narrower, ${missing} missing`,
    notAssessed: (n: number) => `${n} not assessed`,
    recalled: 'rests on recalled data',
    panelLabel: (group: string, concepts: number, instruments: number) =>
      `Heat map, ${group}: ${concepts} concepts by ${instruments} instruments. Filled circle full, half-filled partial, empty circle in a dark box none, R reserved, diamond optional, n/a not applicable, question mark not assessed, dash not required.`,
    legendLabel: (words: string) => `Legend. ${words}`,
  },
  reservations: {
    none: (country: string) => `No reservation or declaration of ${country} is recorded for the instruments measured.`,
    intro:
      'A reservation a party makes, within what the instrument allows, removes the reserved elements from what is counted: the provision is rated reserved when only reserved elements fall short, and is kept apart from the gaps. Declarations (authorities designated, interpretations) do not change ratings; they are listed so a reader sees the whole record.',
    reservations: 'Reservations',
    declarations: 'Declarations',
    columns: ['Instrument', 'Provision', 'What it excludes', 'Elements removed', 'Effect in this report', 'Source'],
    declarationColumns: ['Instrument', 'Provision', 'Declaration', 'Source'],
    noReservation: (country: string) => `No reservation of ${country} is recorded.`,
    notApplied: (country: string, status: string | undefined) =>
      `Not applied: ${country} is ${status ?? 'not recorded as a party'} under this instrument, and only a party's or signatory's reservations change ratings.`,
    notRated: 'Applied, but the provision is not rated, so no rating changes.',
    applied: (effects: string) => `Applied: ${effects}.`,
    effect: (provision: string, rating: string) => `${provision} rated ${rating}`,
  },
  method: {
    ratings: 'Ratings',
    ratingsIntro: (country: string, asAt: string) =>
      `Each instrument provision lists the concept elements it obliges a state to have (lexgap's encoding, paraphrased in the tables above). For each element lexgap looks at the sections of ${country}'s laws in force on ${asAt}:`,
    elementRules: [
      '**met** when a section implements the element without adding a condition the provision does not permit, and with a maximum penalty that reaches any floor the provision sets;',
      '**narrower** when every section implementing it adds such a condition or falls below the floor;',
      '**missing** otherwise;',
      '**not assessed** when nothing encoded meets it and its concept lies outside what the country’s laws were read for (below): never counted as missing.',
    ],
    provisionRule:
      'A provision is **full** when all its mandatory elements are met, **partial** when some are met or met narrowly, **none** when none is. It is **reserved** when only elements removed by the country’s reservation fall short, **optional** when it (or every limb of it) says "may" — reported, never a gap — **not assessed** when every mandatory element is not assessed (left out of scores and of the most important gaps), and a **scope test** when it tests penalties rather than listing elements (UNTOC Art. 2(b)). An assessor’s rating, where recorded, replaces the computed one; both are shown, with the assessor’s rationale.',
    whatWasRead: 'What was read',
    noSurvey: (country: string) =>
      `${country}’s file does not say what its laws were surveyed for, so every element is treated as read: a concept met only by a law that is not encoded shows as missing.`,
    surveyed: (what: string, until?: string) =>
      `**Surveyed:** ${what}${until ? `, in the laws in force until ${until}` : ''}.`,
    notSurveyed: (what: string) =>
      `**Not surveyed:** ${what}. Elements of these concepts met by nothing encoded are rated not assessed, not none.`,
    surveyNote: (note: string) => `**Survey note:** ${note}`,
    nothing: 'nothing',
    reliedOnIntro:
      '**Laws relied on, not encoded section by section:** the elements listed are taken as met on the basis stated; ⚠ marks a basis other than verified.',
    reliedOnColumns: ['Law', 'Provisions relied on', 'Elements', 'Basis', 'Note'],
    rollUps: 'Roll-ups and labels',
    rollUpsIntro:
      'Chapters, groups and instruments are scored as (full + ½ × partial) ÷ (full + partial + none). Reserved, optional, not-applicable and scope-test provisions count neither way. The label beside a score is lexgap’s heuristic, not a finding of the Council of Europe or any other body:',
    labelColumns: ['Score', 'Label'],
    labelRule: [
      ['100%', 'in place'],
      ['75% or more', 'largely in place'],
      ['40% or more', 'partly in place'],
      ['above 0%', 'largely missing'],
      ['0%', 'not in place'],
      ['nothing counted', 'not assessed'],
    ] as [string, string][],
    heatMap: 'Heat map',
    heatMapRule:
      'A cell rates one concept under one instrument from the elements of that concept the instrument’s rated provisions require, counted element by element rather than provision by provision, because one provision (attempt, sanctions) often reaches many concepts and its rating would spread one concept’s gap over the others. Counted elements are the mandatory ones not removed by a reservation; in a provision an assessor rated, each element takes the assessment (full as met, partial as narrower, none as missing, not applicable as not counted). The cell is **full** when every counted element is met, **none** when every one is missing, **partial** otherwise; **reserved** when nothing counted falls short but a reserved element does; **optional** when only "may" limbs require the concept; **not required** when the instrument does not require it.',
    keyGaps: 'Most important gaps',
    keyGapsRule:
      'The summary lists at most five provisions rated none or partial, ranked: none before partial; then substantive offences, liability, procedural powers, jurisdiction, international co-operation; then gaps a reservation could not close before those it could; then the order of instruments in this report and of provisions within each instrument. A provision is listed only when it touches a concept no listed gap has touched; otherwise it is named under the listed gap sharing most of its concepts.',
    limits: 'Limits',
    limitsList: [
      'Only the laws and sections encoded in the data are read: a gap may be met by a law that is not encoded (the provenance section lists what was used).',
      'The comparison is of statutory text as paraphrased and tagged; it does not weigh case law, regulations, practice or how the law is applied.',
      'Whether a section implements an element is the encoder’s judgement, recorded with its basis; recalled facts are unchecked.',
      'Scores weigh every provision equally, whatever its importance; a high score is not a statement of compliance.',
      'Dates in force follow the data; a section whose start date is unknown is treated as in force.',
    ],
    translations: 'Translations',
    translationsIntro: 'This report is in English, the language of lexgap’s data; no translation is used.',
  },
  provenance: {
    intro: (mark: string) =>
      `Every fact in lexgap's data carries a basis: **verified** (read in the official text), **secondary** (taken from a secondary source) or **recalled** (from memory, not checked against a source). Rows that rest on recalled data are marked ${mark}, here and in the tables above; treat them as leads to check, not as the law.`,
    instruments: 'Instruments',
    instrumentColumns: [
      'Instrument',
      'Data version',
      'Provisions rated',
      'Verified',
      'Secondary',
      'Recalled',
      'Encoder’s note',
    ],
    byBasis: 'Instrument provisions by basis',
    byBasisColumns: ['Instrument', 'Basis', 'Provisions'],
    factsUsed: (country: string) => `${country}: facts used`,
    factsColumns: ['Facts', 'Verified', 'Secondary', 'Recalled'],
    facts: {
      laws: 'Laws',
      sections: 'Sections cited',
      statuses: 'Status under an instrument',
      reservations: 'Reservations and declarations',
    },
    versions: (version: string, asAt: string, inForce: number, notInForce: number) =>
      `Country data version: ${version}. Sections in force on ${asAt}: ${inForce}; recorded but not in force: ${notInForce}.`,
    laws: 'Laws',
    lawColumns: (asAt: string) => ['Law', 'Citation', 'Dates', `In force on ${asAt}`, 'Basis'],
    yes: 'yes',
    no: 'no',
    from: (date: string) => `from ${date}`,
    statuses: 'Status under each instrument',
    statusColumns: ['Instrument', 'Status', 'Source', 'Basis'],
    unmapped: 'Sections in force but mapped to nothing',
    unmappedIntro: (n: number) =>
      `${n} ${s(n, 'section is', 'sections are')} in the data and in force but mapped to no element: either the data records only the section's heading, or the section does something no measured instrument requires (a national offence with no treaty counterpart, an administrative rule). Where only the heading was read, a gap in this report may be met by the section; read it before relying on the gap.`,
    sectionColumns: ['Law', 'Section', 'Title', 'Basis'],
    cited: 'Sections cited',
    noneCited: 'No section is cited.',
    translations: 'Translations used',
    translationsIntro:
      'Titles and labels in this report come from these translations; English data with no translation is shown in italics.',
    noTranslation: 'No translation is recorded: every title and label from the data is in English, in italics.',
    translationColumns: ['Translated', 'Language', 'Titles', 'Source', 'Basis'],
    lexgapTerms: 'lexgap’s own terms (not an official translation)',
  },
  lawDates: {
    enacted: (d: string) => `enacted ${d}`,
    assented: (d: string) => `assented ${d}`,
    commenced: (d: string) => `commenced ${d}`,
    noCommencement: 'commencement not recorded',
    repealed: (d: string) => `repealed ${d}`,
    repealedUndated: 'repealed (date not recorded)',
  },
  gap: {
    heading: (country: string, code: string, asAt: string) => `${country} (${code}): coverage as at ${asAt}`,
    lawsInForce: (asAt: string, laws: string) => `Laws in force on ${asAt}: ${laws}`,
    notInForce: (laws: string) => `Not in force on that day: ${laws}`,
    commencedLater: (d: string) => `commenced ${d}`,
    noneRecorded: 'none recorded',
    measuredBecause: (title: string, because: string) => `${title}. Measured because: ${because}.`,
    columns: ['Provision', 'Rating', 'National sections', 'Missing or narrower elements'],
    noGaps: 'No gaps.',
    noRows: 'No rated provisions.',
    summary: (tally: string, score: string, verdict: string) => `**Summary:** ${tally}; score ${score}; ${verdict}.`,
    /** Shown in italics under the gap tables. */
    footer: "Labels are lexgap's heuristic (see docs/method.md), not a Council of Europe finding.",
    assessed: 'assessed',
    reliedOn: 'relied on',
    computed: (rating: string) => `computed: ${rating}`,
    gapMissing: (labels: string) => `missing: ${labels}`,
    gapNarrower: (which: string, where: string, why: string) => `narrower (${which}): ${where} — ${why}`,
    whyNarrowing: (detail: string) => `${detail}, not permitted`,
    whyOnly: (detail: string) => `only ${detail}`,
    gapNotAssessed: (labels: string) => `not assessed (law not read): ${labels}`,
    gapEitherOr: (label: string) => `either-or met by ${label}`,
    gapArguable: (detail: string) => `arguable: ${detail}`,
    gapReserved: (labels: string) => `reserved, not a gap: ${labels}`,
  },
};

export type Prose = typeof enProse;
