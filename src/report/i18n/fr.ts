/**
 * report/i18n/fr: French. Terms follow the authentic French texts of the instruments where they
 * have one (Convention de Budapest: « accès illégal », « interception illégale », « conservation
 * rapide », « injonction de produire »; CTO: « groupe criminel organisé »). A non-breaking space
 * goes before « : », « ; » and « % », as French typography has it.
 */
import type { Messages } from './types.js';
import { frOfCountry, frProse } from './fr-prose.js';

const plural = new Intl.PluralRules('fr');
const NOUNS = {
  concept: ['notion', 'notions'],
  instrument: ['instrument', 'instruments'],
  section: ['disposition', 'dispositions'],
};
const S = '\u00a0';
const PART_WORDS = {
  Chapter: 'Chapitre',
  Section: 'Section',
  Title: 'Titre',
  Part: 'Partie',
  Article: 'Article',
  Articles: 'Articles',
  and: 'et',
};

export const fr: Messages = {
  lang: 'fr',
  dir: 'ltr',
  colon: `${S}:`,
  locale: 'fr',
  prose: frProse,
  partWords: PART_WORDS,
  documentTitle: (country, code, asAt) =>
    `Législation sur la cybercriminalité — ${country} (${code})${S}: analyse des écarts au ${asAt}`,
  count: (n, noun) => `${n} ${NOUNS[noun][plural.select(n) === 'one' ? 0 : 1]}`,
  rating: {
    full: 'complète',
    partial: 'partielle',
    none: 'absente',
    reserved: 'réservée',
    optional: 'facultative',
    'not-applicable': 'sans objet',
    'not-assessed': 'non évaluée',
    'scope-test': 'critère de gravité',
  },
  group: {
    substantive: 'Droit pénal matériel',
    liability: 'Responsabilité et sanctions',
    procedural: 'Droit procédural',
    jurisdiction: 'Compétence',
    cooperation: 'Coopération internationale',
  },
  title: {
    heading: (name) => `Législation sur la cybercriminalité — ${name}${S}: analyse des écarts`,
    country: 'Pays',
    measured: 'Instruments de référence',
    none: 'aucun',
    lawAsAt: 'Droit en vigueur au',
    inForceThatDay: 'textes en vigueur à cette date',
    noneRecorded: 'aucun texte enregistré',
    preparedWith: 'Établi avec',
    dataVersions: 'Versions des données',
    concepts: 'notions',
    unversioned: 'sans version',
    intro: (country) =>
      `Le présent rapport compare, élément par élément, le texte de la législation ${frOfCountry(country)}, tel qu’il est codé dans les données de lexgap, avec chaque instrument. Les appréciations sont calculées par lexgap, sauf lorsque celle d’un évaluateur est indiquée${S}; les qualifications sont une heuristique de lexgap et non des constatations du Conseil de l’Europe ni d’aucun autre organe. Les lignes reposant sur des données de mémoire (non vérifiées) sont signalées par ⚠. Les titres des instruments et des dispositions sont ceux de leurs textes français officiels lorsque lexgap les a relevés, et les notions suivent la terminologie de ces textes${S}; les données dont aucune traduction n’est disponible (résumés, notes, certains titres) restent en anglais et figurent *en italique*. Les intitulés et citations des lois nationales sont reproduits dans leur langue.`,
  },
  summary: {
    heading: 'Synthèse',
    columns: [
      'Instrument',
      'Motif de l’examen',
      'Complète',
      'Partielle',
      'Absente',
      'Réservée',
      'Facultative',
      'Non évaluée',
      'Score',
      'Qualification (heuristique de lexgap)',
    ],
    noInstrument: 'Aucun instrument n’a été examiné.',
    scoreNote: `Score${S}: complète = 1, partielle = ½, sur les dispositions appréciées complète, partielle ou absente${S}; les dispositions réservées, facultatives, non évaluées ou relevant du critère de gravité sont comptées à part.`,
    keyGaps: 'Principales lacunes',
    keyGapsIntro: `Classement selon la règle exposée dans la section Méthode${S}: les dispositions dépourvues de tout équivalent dans la loi avant celles qui ne sont que partiellement mises en œuvre${S}; les infractions avant la responsabilité, la procédure, la compétence et la coopération${S}; les lacunes qu’aucune réserve ne pourrait couvrir avant les autres${S}; puis l’ordre des instruments et des articles. Chaque notion n’est citée qu’une fois. Seuls les textes mentionnés ci-dessus ont été lus${S}: une loi générale non codée (code pénal, loi relative à la lutte contre le blanchiment de capitaux) peut déjà satisfaire à certaines de ces exigences.`,
    noGaps: 'Aucune disposition n’est appréciée partielle ou absente.',
    seriousCrime: 'Infractions graves',
  },
  heat: {
    heading: 'Carte thermique',
    intro: (concepts, instruments, one) =>
      `${one ? `${concepts} (lignes) requises par l’instrument examiné (colonne).` : `${concepts} (lignes) requises par au moins un des ${instruments} examinés (colonnes).`} Chaque case apprécie la loi au regard des éléments de cette notion qu’exige l’instrument${S}: complète lorsque tous les éléments pris en compte sont satisfaits, absente lorsqu’aucun ne l’est, partielle entre les deux (la règle complète figure dans la section Méthode). Les cases reposant sur des données de mémoire, internationales ou nationales, sont signalées par ⚠.`,
    concept: 'Notion',
    legendTitle: `Légende (les numéros d’une case sont les dispositions de l’instrument qui requièrent la notion)${S}:`,
    symbol: 'Symbole',
    rating: 'Appréciation',
    meaning: 'Signification',
    meanings: {
      full: 'tous les éléments requis sont satisfaits',
      partial: 'certains éléments sont satisfaits, ou seulement de manière restreinte',
      none: 'aucun élément requis n’est satisfait',
      reserved: 'ce qui manque est couvert par une réserve',
      optional: `requise seulement par des dispositions facultatives («${S}peut${S}»)${S}: jamais une lacune`,
      'not-applicable': 'un évaluateur l’a jugée sans objet',
      'not-assessed': 'les textes qui y satisferaient n’ont pas été lus',
      'not-required': 'l’instrument ne requiert pas cette notion',
    },
    recalled: 'repose sur des données de mémoire',
    notRequired: 'non requise',
  },
  instrument: {
    heading: (short) => `${short}${S}: article par article`,
    status: 'statut',
    overall: 'Ensemble',
    score: 'score',
    columns: [
      'Disposition',
      'Ce qu’elle exige',
      'Dispositions nationales',
      'Appréciation',
      'Éléments manquants ou restreints',
      'Recommandation',
    ],
    nothingCounts: `Aucune disposition de ce chapitre n’entre dans le score (dispositions facultatives, réserves ou critère de gravité uniquement).`,
    restsOnRecalled: 'repose sur des données de mémoire',
  },
  sections: {
    reservations: 'Réserves et déclarations',
    method: 'Méthode',
    provenance: 'Provenance des données',
  },
  docx: {
    contents: 'Table des matières',
    tocHint: `Word établit la table des matières à l’ouverture du document (ou, par un clic droit sur la table${S}: «${S}Mettre à jour les champs${S}»).`,
    page: 'Page',
    of: 'sur',
    font: 'Calibri',
  },
};
