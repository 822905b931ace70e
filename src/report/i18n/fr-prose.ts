/**
 * report/i18n/fr-prose: the running sentences in French (shape and English in en-prose.ts). Terms follow
 * the authentic French texts of the instruments (Convention de Budapest, Convention de Palerme); a non-breaking space goes
 * before « : », « ; », « % », « ? » and inside « ».
 */
import type { Prose } from './en-prose.js';

const NB = '\u00a0';
/** French: a number below 2 (0, 1, 1,5) takes the singular. */
const s = (n: number, one: string, many: string) => (n < 2 ? one : many);
/** A number as French writes it (decimal comma): 0,5 an, not 0.5 an. */
const num = (n: number) => new Intl.NumberFormat('fr', { maximumFractionDigits: 2 }).format(n);
/** A term of years, with the number written the French way and the noun agreeing with it. */
const ans = (n: number) => `${num(n)}${NB}${s(n, 'an', 'ans')}`;

/**
 * French country names take an article (« le Sénégal », « la Côte d’Ivoire », « l’Ouganda », « les
 * Philippines »), except a few island and city States (« Singapour », « Maurice »). The names arrive
 * as Intl's French region names; the gender follows the first word (feminine when it ends in -e).
 */
const BARE = new Set([
  'Singapour',
  'Maurice',
  'Madagascar',
  'Cuba',
  'Malte',
  'Chypre',
  'Bahreïn',
  'Oman',
  'Israël',
  'Monaco',
  'Sao Tomé-et-Principe',
  'Trinité-et-Tobago',
  'Haïti',
  'Taïwan',
  'Kiribati',
  'Tuvalu',
  'Nauru',
  'Sainte-Lucie',
  'Saint-Marin',
  'Saint-Vincent-et-les Grenadines',
  'Saint-Christophe-et-Niévès',
  'Antigua-et-Barbuda',
  'Djibouti',
  'Brunei',
  'R.A.S. chinoise de Hong Kong',
]);
const FEMININE_BARE = new Set(['Maurice', 'Malte', 'Chypre', 'Sainte-Lucie', 'Trinité-et-Tobago']);
const PLURAL = new Set([
  'Philippines',
  'Comores',
  'Seychelles',
  'États-Unis',
  'Émirats arabes unis',
  'Pays-Bas',
  'Maldives',
  'Bahamas',
  'Îles Salomon',
  'Îles Marshall',
  'Fidji',
  'Samoa',
  'Tonga',
  'Palaos',
  'Territoires palestiniens',
]);
const FEMININE_PLURAL = new Set([
  'Philippines',
  'Comores',
  'Seychelles',
  'Maldives',
  'Bahamas',
  'Îles Salomon',
  'Îles Marshall',
  'Fidji',
]);
const MASCULINE_IN_E = new Set(['Mexique', 'Cambodge', 'Mozambique', 'Zimbabwe', 'Belize', 'Suriname', 'Royaume']);
const FEMININE_OTHER = new Set(['Sierra Leone']);
const country = (name: string) => {
  const first = name.split(/[\s-]/)[0] ?? name;
  const plural = PLURAL.has(name);
  const bare = BARE.has(name);
  const feminine = plural
    ? FEMININE_PLURAL.has(name)
    : bare
      ? FEMININE_BARE.has(name)
      : FEMININE_OTHER.has(name) || (/e$/.test(first) && !MASCULINE_IN_E.has(first));
  const vowel = /^[AEIOUÂÉÈÊÎÏÔÛ]/.test(name);
  const article = bare ? '' : plural ? 'les ' : vowel ? 'l’' : feminine ? 'la ' : 'le ';
  return { name, plural, feminine, vowel, article };
};
/** « le Sénégal », « l’Ouganda », « Singapour ». */
export const frCountry = (name: string) => {
  const c = country(name);
  return `${c.article}${name}`;
};
/** « du Sénégal », « de la Côte d’Ivoire », « de l’Ouganda », « des Philippines », « de Singapour ». */
export const frOfCountry = (name: string) => {
  const c = country(name);
  if (c.article === 'le ') return `du ${name}`;
  if (c.article === 'les ') return `des ${name}`;
  if (c.article === '') return c.vowel ? `d’${name}` : `de ${name}`;
  return `de ${c.article}${name}`;
};
/** A country's status as a clause: « le Sénégal est Partie », « les Philippines sont signataires ». */
const countryIs = (name: string, status: string) => {
  const c = country(name);
  const is = c.plural ? 'sont' : 'est';
  const agree = (word: string) => `${word}${c.feminine ? 'e' : ''}${c.plural ? 's' : ''}`;
  const what =
    status === 'invited'
      ? `${agree('invité')} à adhérer`
      : status === 'party'
        ? c.plural
          ? 'Parties'
          : 'Partie'
        : status === 'signatory'
          ? c.plural
            ? 'signataires'
            : 'signataire'
          : status === 'member'
            ? c.plural
              ? 'membres'
              : 'membre'
            : undefined;
  return what ? `${frCountry(name)} ${is} ${what}` : `${name}${NB}: ${status}`;
};

export const frProse: Prose = {
  semicolon: '\u00a0; ',
  comma: ', ',
  more: (n: number) => `et ${n} ${s(n, 'autre', 'autres')}`,
  basis: { verified: 'source officielle', secondary: 'source secondaire', recalled: 'de mémoire' },
  basisCount: (v: number, sec: number, r: number) =>
    `Source officielle${NB}: ${v} · source secondaire${NB}: ${sec} · de mémoire${NB}: ${r}`,
  cite: {
    article: (n: string) => `art.${NB}${n}`,
    section: (n: string) => `s.${NB}${n}`,
    unnumbered: 'une disposition non numérotée',
  },
  obligation: {
    shall: 'obligatoire',
    may: 'facultative',
    'shall-consider': 'obligation d’envisager',
    'shall-endeavour': 'obligation de s’efforcer',
    none: '',
  },
  measured: {
    requested: 'demandé par l’option -i',
    everyState: 'instrument ouvert à tous les États',
    status: (country: string, status: string) => countryIs(country, status),
    signed: (d: string) => `signature le ${d}`,
    ratified: (d: string) => `ratification le ${d}`,
    inForce: (d: string) => `entrée en vigueur le ${d}`,
  },
  status: {
    party: 'Partie',
    signatory: 'signataire',
    member: 'membre',
    invited: 'invité à adhérer',
    none: 'aucun',
  },
  verdict: {
    labels: {
      'in place': 'en place',
      'largely in place': 'largement en place',
      'partly in place': 'partiellement en place',
      'largely missing': 'largement absent',
      'not in place': 'absent',
      'not assessed': 'non évalué',
    },
    scopes: {
      overall: 'ensemble',
      substantive: 'droit pénal matériel',
      liability: 'responsabilité et sanctions',
      procedural: 'droit procédural',
      jurisdiction: 'compétence',
      cooperation: 'coopération internationale',
    },
    line: (scope: string, label: string) => `${scope}${NB}: ${label}`,
  },
  tally: {
    full: (n: number) => `${n} ${s(n, 'complète', 'complètes')}`,
    partial: (n: number) => `${n} ${s(n, 'partielle', 'partielles')}`,
    none: (n: number) => `${n} ${s(n, 'absente', 'absentes')}`,
    reserved: (n: number) => `${n} ${s(n, 'réservée', 'réservées')}`,
    optional: (n: number) => `${n} ${s(n, 'facultative', 'facultatives')}`,
    notApplicable: (n: number) => `${n} sans objet`,
    notAssessed: (n: number) => `${n} non ${s(n, 'évaluée', 'évaluées')}`,
  },
  area: {
    substantive: 'droit pénal matériel',
    liability: 'responsabilité et sanctions',
    procedural: 'droit procédural',
    jurisdiction: 'compétence',
    cooperation: 'coopération internationale',
  },
  cell: {
    reliedOn: 'texte invoqué, non codé',
    arguableTag: 'discutable',
    reservable: 'susceptible de réserve',
    restNotAssessed: 'le reste n’est pas évalué',
    conditionalReservation: 'réserve conditionnelle',
    reservationMade: 'réserve formulée',
    reservationUnder: (under: string) => `réserve au titre de ${under}`,
    assessedBy: (reviewer: string, date: string, rationale: string, computed?: string) =>
      `appréciation de ${reviewer}, ${date}${computed ? `${NB}; calculée${NB}: ${computed}` : ''}${NB}: ${rationale}`,
    assessedDiffers: (rating: string, reviewer: string, date: string, rationale: string) =>
      `Appréciée ${rating} par ${reviewer} (${date})${NB}: ${rationale} Appréciation calculée à partir des dispositions codées${NB}:`,
    missing: (labels: string) => `Éléments manquants${NB}: ${labels}.`,
    nElements: (n: number) => `${n} ${s(n, 'élément', 'éléments')}`,
    narrower: (which: string, where: string, why: string) => `Portée restreinte (${which})${NB}: ${why} (${where}).`,
    whyPenalty: (detail: string) => `peine insuffisante — ${detail}`,
    whyOnly: (sections: number, detail: string) =>
      `${s(sections, 'disposition qui n’y satisfait', 'dispositions qui n’y satisfont')} qu’en partie — ${detail}`,
    whyCondition: (sections: number, detail: string) =>
      `condition que l’instrument n’autorise pas, ${s(sections, 'ajoutée par la disposition', 'ajoutée par les dispositions')} — ${detail}`,
    notAssessed: (labels: string) => `Éléments non évalués (texte non lu)${NB}: ${labels}.`,
    eitherOrMet: (label: string) => `Alternative${NB}: satisfaite par ${label}.`,
    eitherOrClosest: (label: string) => `Alternative${NB}: appréciée au regard de l’option la plus proche, ${label}.`,
    arguable: (detail: string) => `Discutable${NB}: ${detail}.`,
    broader: (detail: string) => `Satisfait par une infraction plus large${NB}: ${detail}.`,
    narrowerPlain: (labels: string) => `Portée restreinte${NB}: ${labels}.`,
    noteOn: (about: string, text: string) => `Note sur ${about}${NB}: ${text}`,
    statusUnder: (instrument: string) => `le statut du pays (${instrument})`,
    optionalLimbs: (labels: string) => `Volets facultatifs non mis en œuvre${NB}: ${labels}.`,
  },
  penalty: {
    noMaximum: (floor: number) => `aucun maximum n’est fixé${NB}; le seuil est de ${ans(floor)}`,
    belowFloor: (max: number, floor: number) => `maximum de ${ans(max)}, inférieur au seuil de ${ans(floor)}`,
    life: 'emprisonnement à perpétuité',
    max: (n: number) => `max.${NB}${ans(n)}`,
    min: (n: number) => `min.${NB}${ans(n)}`,
    fine: (text: string) => `amende${NB}: ${text}`,
  },
  recommend: {
    noChangeAssessor: 'Aucune modification nécessaire, selon l’appréciation de l’évaluateur (voir la motivation).',
    seeRationale: (rationale: string) => `Voir la motivation de l’évaluateur${NB}: ${rationale}`,
    noChange: 'Aucune modification nécessaire.',
    optional: (name: string) => `Disposition facultative (${name})${NB}: examiner l’opportunité d’y donner effet.`,
    scopeTest: 'Voir les constatations relatives aux infractions graves pour cet instrument.',
    notApplicable: `Aucune${NB}: disposition jugée sans objet.`,
    keepReservation: (scope: string) => `Réexaminer périodiquement le maintien de la réserve (${scope}).`,
    enact: (name: string, labels: string) => `Adopter des dispositions de mise en œuvre (${name})${NB}: ${labels}.`,
    provideFor: (labels: string) => `Prévoir${NB}: ${labels}.`,
    raisePenalty: (where: string, detail: string) =>
      `Relever le maximum de la peine encourue (${where}${NB}: ${detail}).`,
    removeCondition: (where: string, detail: string) =>
      `Supprimer la condition ajoutée (${where}), ou la justifier${NB}: ${detail}.`,
    widen: 'Élargir les éléments restreints.',
    seeRationaleShort: 'Voir la motivation de l’évaluateur.',
    reserveInstead: 'À défaut, une réserve autorisée par l’instrument couvrirait la lacune lors de l’adhésion.',
    examples: (text: string) => `Exemples de rédaction${NB}: ${text}.`,
  },
  keyGap: {
    missing: (labels: string) => `éléments manquants${NB}: ${labels}`,
    narrowly: (labels: string) => `éléments satisfaits seulement de manière restreinte${NB}: ${labels}`,
    none: (fully: boolean, shortfall: string) =>
      `aucune disposition de la loi n’y satisfait${fully ? ' pleinement' : ''} (${shortfall})`,
    noneByAssessor: 'appréciée absente par l’évaluateur',
    partial: (shortfall: string) => `satisfaite en partie (${shortfall})`,
    partialByAssessor: 'appréciée partielle par l’évaluateur',
    also: (provisions: string) =>
      ` Les mêmes notions sont également insuffisamment couvertes au regard de ${provisions}.`,
    reservable: ' Une réserve autorisée par l’instrument pourrait la couvrir.',
    unmapped: (n: number) =>
      ` ${n} ${s(n, 'disposition en vigueur est enregistrée', 'dispositions en vigueur sont enregistrées')} sans qu’aucun élément n’y soit rattaché (voir Provenance des données)${NB}: ${s(n, 'elle pourrait', 'elles pourraient')} aussi satisfaire à certaines de ces exigences.`,
  },
  serious: {
    headline: (instruments: string, years: number, yes: number, total: number, no: number) =>
      `**Infractions graves (${instruments}${NB}: peine maximale d’au moins ${ans(years)})${NB}:** ${yes} ${s(yes, 'disposition', 'dispositions')} d’incrimination en vigueur sur ${total} ${s(yes, 'répond', 'répondent')} au critère et ${no} ${s(no, 'reste', 'restent')} en deçà.`,
    open: (n: number, sections: string) =>
      ` Pour ${n} d’entre elles, les données ne permettent pas de conclure (seul un minimum, ou aucune peine, est enregistré)${NB}: ${sections}.`,
    caveat:
      ' Une infraction répondant au critère ne relève de la Convention que si elle est également de nature transnationale et implique un groupe criminel organisé, ce que lexgap n’évalue pas. Chaque section consacrée à un instrument énumère toutes les infractions.',
    heading: (provision: string) => `Critère de l’infraction grave (${provision})`,
    intro: (years: number) =>
      `Chaque disposition d’incrimination en vigueur, confrontée au critère d’une peine maximale d’au moins ${ans(years)}.`,
    columns: ['Disposition nationale', 'Intitulé', 'Peine', 'Infraction grave', 'Motif'],
    noOffence: 'Aucune disposition d’incrimination n’est en vigueur.',
    qualifies: {
      yes: 'oui',
      no: 'non',
      'min-only-qualifies': 'oui (d’après le minimum)',
      'min-only-undetermined': 'indéterminé',
      'no-penalty-stated': 'indéterminé',
    },
    why: {
      life: 'l’emprisonnement à perpétuité est encouru',
      atLeast: (max: number, threshold: number) => `maximum de ${ans(max)} ≥ ${num(threshold)}`,
      below: (max: number, threshold: number) => `maximum de ${ans(max)} < ${num(threshold)}`,
      minQualifies: (min: number, threshold: number) =>
        `seul un minimum de ${ans(min)} est fixé${NB}; le maximum lui est au moins égal, donc ≥ ${num(threshold)}`,
      minUndetermined: (min: number, threshold: number) =>
        `seul un minimum de ${ans(min)} est fixé, sans maximum${NB}: le texte ne permet pas de dire si la peine atteint ${ans(threshold)}`,
      noPenalty: 'aucune peine d’emprisonnement n’est enregistrée pour cette disposition',
    },
    line: (years: number, yes: number, total: number, qualifying: string, open: string) =>
      `Infractions graves (max. ≥ ${ans(years)})${NB}: ${yes} ${s(yes, 'disposition', 'dispositions')} d’incrimination sur ${total} ${s(yes, 'répond', 'répondent')} au critère${qualifying ? ` (${qualifying})` : ''}${open ? `${NB}; indéterminé${NB}: ${open}` : ''}`,
  },
  instrumentIntro: (title: string, body: string, because: string, status: string) =>
    `${title}, ${body}. Motif de l’examen${NB}: ${because}${status}.`,
  heatCell: {
    counts: (met: number, narrower: number, missing: number) =>
      `${met} ${s(met, 'satisfait', 'satisfaits')}, ${narrower} ${s(narrower, 'restreint', 'restreints')}, ${missing} ${s(missing, 'manquant', 'manquants')}`,
    notAssessed: (n: number) => `${n} non ${s(n, 'évalué', 'évalués')}`,
    recalled: 'repose sur des données de mémoire',
    panelLabel: (group: string, concepts: number, instruments: number) =>
      `Carte thermique, ${group}${NB}: ${concepts} ${s(concepts, 'notion', 'notions')} par ${instruments} ${s(instruments, 'instrument', 'instruments')}. Cercle plein${NB}: complète${NB}; cercle à moitié plein${NB}: partielle${NB}; cercle vide sur fond sombre${NB}: absente${NB}; R${NB}: réservée${NB}; losange${NB}: facultative${NB}; n/a${NB}: sans objet${NB}; point d’interrogation${NB}: non évaluée${NB}; tiret${NB}: non requise.`,
    legendLabel: (words: string) => `Légende. ${words}`,
  },
  reservations: {
    none: (country: string) =>
      `Aucune réserve ni déclaration ${frOfCountry(country)} n’est enregistrée pour les instruments examinés.`,
    intro: `Une réserve formulée par une Partie, dans les limites autorisées par l’instrument, exclut du décompte les éléments sur lesquels elle porte${NB}: la disposition est appréciée réservée lorsque seuls des éléments réservés font défaut, et elle est tenue à l’écart des lacunes. Les déclarations (désignation d’autorités, déclarations interprétatives) ne modifient pas les appréciations${NB}; elles sont énumérées afin que le lecteur dispose de l’ensemble du dossier.`,
    reservations: 'Réserves',
    declarations: 'Déclarations',
    columns: [
      'Instrument',
      'Disposition',
      'Portée de l’exclusion',
      'Éléments retirés',
      'Effet dans le présent rapport',
      'Source',
    ],
    declarationColumns: ['Instrument', 'Disposition', 'Déclaration', 'Source'],
    noReservation: (country: string) => `Aucune réserve ${frOfCountry(country)} n’est enregistrée.`,
    notApplied: (country: string, status: string | undefined) =>
      `Non appliquée — statut ${frOfCountry(country)} au regard de cet instrument${NB}: ${status ?? 'non enregistré comme Partie'}${NB}; seules les réserves d’une Partie ou d’un signataire modifient les appréciations.`,
    notRated: `Appliquée, mais la disposition n’est pas appréciée${NB}: aucune appréciation n’est modifiée.`,
    applied: (effects: string) => `Appliquée${NB}: ${effects}.`,
    effect: (provision: string, rating: string) => `${provision} appréciée ${rating}`,
  },
  method: {
    ratings: 'Appréciations',
    ratingsIntro: (country: string, asAt: string) =>
      `Pour chaque disposition d’un instrument sont énumérés les éléments constitutifs des notions qu’elle impose à un État de prévoir (codage de lexgap, paraphrasé dans les tableaux ci-dessus). Pour chaque élément, lexgap examine les dispositions de la législation ${frOfCountry(country)} en vigueur au ${asAt}${NB}:`,
    elementRules: [
      `l’élément est **satisfait** lorsqu’une disposition le met en œuvre sans y ajouter de condition que la disposition de l’instrument n’autorise pas, et avec une peine maximale atteignant le seuil éventuellement fixé par celle-ci${NB};`,
      `il est **restreint** lorsque chaque disposition qui le met en œuvre ajoute une telle condition ou reste en deçà du seuil${NB};`,
      `il est **manquant** dans les autres cas${NB};`,
      `il est **non évalué** lorsque aucune disposition codée n’y satisfait et que la notion dont il relève n’entre pas dans le champ pour lequel la législation du pays a été lue (voir ci-dessous)${NB}: il n’est jamais compté comme manquant.`,
    ],
    provisionRule: `Une disposition est **complète** lorsque tous ses éléments obligatoires sont satisfaits, **partielle** lorsque certains sont satisfaits ou satisfaits de manière restreinte, **absente** lorsque aucun ne l’est. Elle est **réservée** lorsque seuls font défaut des éléments exclus par la réserve du pays, **facultative** lorsqu’elle (ou chacun de ses volets) emploie le verbe «${NB}peut${NB}» — elle est alors signalée, jamais comptée comme lacune —, **non évaluée** lorsque aucun de ses éléments obligatoires n’est évalué (elle est alors exclue des scores et des principales lacunes), et relève du **critère de gravité** lorsqu’elle porte sur le niveau des peines plutôt que sur une liste d’éléments (Convention de Palerme, art.${NB}2, al.${NB}b). L’appréciation d’un évaluateur, lorsqu’elle est enregistrée, remplace l’appréciation calculée${NB}; les deux sont indiquées, avec la motivation de l’évaluateur.`,
    whatWasRead: 'Textes lus',
    noSurvey: (country: string) =>
      `Le dossier ${frOfCountry(country)} ne précise pas le champ de l’examen de sa législation${NB}; chaque élément est donc réputé avoir été lu${NB}: une notion satisfaite uniquement par une loi non codée apparaît comme manquante.`,
    surveyed: (what: string, until?: string) =>
      `**Champ examiné${NB}:** ${what}${until ? `, dans les textes en vigueur jusqu’au ${until}` : ''}.`,
    notSurveyed: (what: string) =>
      `**Hors du champ examiné${NB}:** ${what}. Les éléments de ces notions auxquels aucune disposition codée ne satisfait sont appréciés non évalués, et non absents.`,
    surveyNote: (note: string) => `**Note sur l’examen${NB}:** ${note}`,
    nothing: 'aucun',
    reliedOnIntro: `**Textes invoqués, non codés disposition par disposition${NB}:** les éléments énumérés sont réputés satisfaits sur le fondement indiqué${NB}; ⚠ signale un fondement autre qu’une source officielle.`,
    reliedOnColumns: ['Texte', 'Dispositions invoquées', 'Éléments', 'Fondement', 'Note'],
    rollUps: 'Agrégation et qualifications',
    rollUpsIntro: `Le score des chapitres, groupes et instruments est égal à (complètes + ½ × partielles) ÷ (complètes + partielles + absentes). Les dispositions réservées, facultatives, sans objet ou relevant du critère de gravité ne sont comptées ni dans un sens ni dans l’autre. La qualification figurant à côté du score est une heuristique de lexgap, et non une constatation du Conseil de l’Europe ni d’aucun autre organe${NB}:`,
    labelColumns: ['Score', 'Qualification'],
    labelRule: [
      [`100${NB}%`, 'en place'],
      [`75${NB}% ou plus`, 'largement en place'],
      [`40${NB}% ou plus`, 'partiellement en place'],
      [`plus de 0${NB}%`, 'largement absent'],
      [`0${NB}%`, 'absent'],
      ['rien n’est pris en compte', 'non évalué'],
    ] as [string, string][],
    heatMap: 'Carte thermique',
    heatMapRule: `Une case apprécie une notion au regard d’un instrument à partir des éléments de cette notion qu’exigent les dispositions appréciées de l’instrument, comptés élément par élément et non disposition par disposition, car une même disposition (tentative, sanctions) couvre souvent de nombreuses notions et son appréciation étendrait aux autres la lacune d’une seule. Les éléments pris en compte sont les éléments obligatoires non exclus par une réserve${NB}; dans une disposition appréciée par un évaluateur, chaque élément reçoit cette appréciation (complète valant satisfait, partielle valant restreint, absente valant manquant, sans objet valant non pris en compte). La case est **complète** lorsque tous les éléments pris en compte sont satisfaits, **absente** lorsque tous sont manquants, **partielle** dans les autres cas${NB}; **réservée** lorsque aucun élément pris en compte ne fait défaut mais qu’un élément réservé fait défaut${NB}; **facultative** lorsque seuls des volets facultatifs («${NB}peut${NB}») exigent la notion${NB}; **non requise** lorsque l’instrument ne l’exige pas.`,
    keyGaps: 'Principales lacunes',
    keyGapsRule: `La synthèse énumère au plus cinq dispositions appréciées absentes ou partielles, classées comme suit${NB}: les dispositions absentes avant les partielles${NB}; puis les infractions de droit matériel, la responsabilité, les pouvoirs procéduraux, la compétence et la coopération internationale${NB}; puis les lacunes qu’une réserve ne pourrait combler avant celles qu’elle pourrait combler${NB}; enfin, l’ordre des instruments dans le présent rapport et celui des dispositions au sein de chaque instrument. Une disposition n’est énumérée que si elle porte sur une notion qu’aucune lacune déjà énumérée n’a couverte${NB}; à défaut, elle est mentionnée sous la lacune énumérée avec laquelle elle partage le plus de notions.`,
    limits: 'Limites',
    limitsList: [
      `Seuls les textes et dispositions codés dans les données sont lus${NB}: une lacune peut être comblée par un texte non codé (la section relative à la provenance énumère les textes utilisés).`,
      `La comparaison porte sur le texte législatif tel qu’il est paraphrasé et étiqueté${NB}; elle ne tient compte ni de la jurisprudence, ni des textes réglementaires, ni de la pratique, ni de l’application effective de la loi.`,
      `La question de savoir si une disposition met en œuvre un élément relève de l’appréciation de la personne ayant codé les données, enregistrée avec son fondement${NB}; les faits rapportés de mémoire ne sont pas vérifiés.`,
      `Les scores accordent le même poids à chaque disposition, quelle que soit son importance${NB}; un score élevé ne constitue pas une déclaration de conformité.`,
      `Les dates d’entrée en vigueur sont celles des données${NB}; une disposition dont la date d’entrée en vigueur est inconnue est réputée en vigueur.`,
    ],
    translations: 'Traductions',
    translationsIntro: `Le présent rapport est rédigé en français${NB}; les titres et libellés tirés des données de lexgap, établies en anglais, sont traduits lorsqu’une traduction est disponible.`,
  },
  provenance: {
    intro: (mark: string) =>
      `Chaque fait figurant dans les données de lexgap est assorti de son fondement${NB}: **source officielle** (fait lu dans le texte officiel ou dans le registre du dépositaire), **source secondaire** (fait tiré d’une source secondaire) ou **de mémoire** (fait rapporté de mémoire, sans vérification sur une source). Les lignes reposant sur des données de mémoire sont signalées par ${mark}, ici et dans les tableaux ci-dessus${NB}; elles doivent être traitées comme des pistes à vérifier, et non comme l’état du droit.`,
    instruments: 'Instruments',
    instrumentColumns: [
      'Instrument',
      'Version des données',
      'Dispositions appréciées',
      'Source officielle',
      'Source secondaire',
      'De mémoire',
      'Note de codage',
    ],
    byBasis: 'Dispositions des instruments selon leur fondement',
    byBasisColumns: ['Instrument', 'Fondement', 'Dispositions'],
    factsUsed: (country: string) => `${country}${NB}: données utilisées`,
    factsColumns: ['Données', 'Source officielle', 'Source secondaire', 'De mémoire'],
    facts: {
      laws: 'Textes',
      sections: 'Dispositions citées',
      statuses: 'Statut au regard d’un instrument',
      reservations: 'Réserves et déclarations',
    },
    versions: (version: string, asAt: string, inForce: number, notInForce: number) =>
      `Version des données du pays${NB}: ${version}. Dispositions en vigueur au ${asAt}${NB}: ${inForce}${NB}; enregistrées mais non en vigueur${NB}: ${notInForce}.`,
    laws: 'Textes',
    lawColumns: (asAt: string) => ['Texte', 'Référence', 'Dates', `En vigueur au ${asAt}`, 'Fondement'],
    yes: 'oui',
    no: 'non',
    from: (date: string) => `à compter du ${date}`,
    statuses: 'Statut au regard de chaque instrument',
    statusColumns: ['Instrument', 'Statut', 'Source', 'Fondement'],
    unmapped: 'Dispositions en vigueur qui ne sont rattachées à aucun élément',
    unmappedIntro: (n: number) =>
      `${n} ${s(n, 'disposition figure', 'dispositions figurent')} dans les données et ${s(n, 'est', 'sont')} en vigueur sans être ${s(n, 'rattachée', 'rattachées')} à aucun élément${NB}: soit les données n’en enregistrent que l’intitulé, soit la disposition a un objet qu’aucun instrument examiné n’exige (infraction nationale sans équivalent conventionnel, règle administrative). Lorsque seul l’intitulé a été lu, une lacune signalée dans le présent rapport peut être comblée par la disposition${NB}; il convient de la lire avant de se fonder sur cette lacune.`,
    sectionColumns: ['Texte', 'Disposition', 'Intitulé', 'Fondement'],
    cited: 'Dispositions citées',
    noneCited: 'Aucune disposition n’est citée.',
    translations: 'Traductions utilisées',
    translationsIntro: `Les intitulés et libellés du présent rapport sont tirés de ces traductions${NB}; les données en anglais non traduites sont reproduites en italique.`,
    noTranslation: `Aucune traduction n’est enregistrée${NB}: tous les intitulés et libellés tirés des données sont en anglais, en italique.`,
    translationColumns: ['Texte traduit', 'Langue', 'Intitulés', 'Source', 'Fondement'],
    lexgapTerms: 'terminologie propre à lexgap (traduction non officielle)',
  },
  lawDates: {
    enacted: (d: string) => `adoptée le ${d}`,
    assented: (d: string) => `sanctionnée le ${d}`,
    commenced: (d: string) => `entrée en vigueur le ${d}`,
    noCommencement: 'date d’entrée en vigueur non enregistrée',
    repealed: (d: string) => `abrogée le ${d}`,
    repealedUndated: 'abrogée (date non enregistrée)',
  },
  gap: {
    heading: (country: string, code: string, asAt: string) => `${country} (${code})${NB}: couverture au ${asAt}`,
    lawsInForce: (asAt: string, laws: string) => `Textes en vigueur au ${asAt}${NB}: ${laws}`,
    notInForce: (laws: string) => `Textes non en vigueur à cette date${NB}: ${laws}`,
    commencedLater: (d: string) => `entrée en vigueur le ${d}`,
    noneRecorded: 'aucun texte enregistré',
    measuredBecause: (title: string, because: string) => `${title}. Motif de l’examen${NB}: ${because}.`,
    columns: ['Disposition', 'Appréciation', 'Dispositions nationales', 'Éléments manquants ou restreints'],
    noGaps: 'Aucune lacune.',
    noRows: 'Aucune disposition appréciée.',
    summary: (tally: string, score: string, verdict: string) =>
      `**Synthèse${NB}:** ${tally}${NB}; score ${score}${NB}; ${verdict}.`,
    footer:
      'Les qualifications sont une heuristique de lexgap (voir docs/method.md), et non une constatation du Conseil de l’Europe.',
    assessed: 'évaluée',
    reliedOn: 'texte invoqué',
    computed: (rating: string) => `calculée${NB}: ${rating}`,
    gapMissing: (labels: string) => `éléments manquants${NB}: ${labels}`,
    gapNarrower: (which: string, where: string, why: string) => `portée restreinte (${which})${NB}: ${where} — ${why}`,
    whyNarrowing: (detail: string) => `${detail}, ce que l’instrument n’autorise pas`,
    whyOnly: (detail: string) => `seulement ${detail}`,
    gapNotAssessed: (labels: string) => `éléments non évalués (texte non lu)${NB}: ${labels}`,
    gapEitherOr: (label: string) => `alternative satisfaite par ${label}`,
    gapArguable: (detail: string) => `discutable${NB}: ${detail}`,
    gapReserved: (labels: string) => `éléments réservés, qui ne constituent pas une lacune${NB}: ${labels}`,
  },
};
