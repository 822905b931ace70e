/** model/data: the documents as the schemas define them (snake_case fields, as written in YAML). */

export type Basis = 'verified' | 'secondary' | 'recalled';
export type Group = 'substantive' | 'procedural' | 'jurisdiction' | 'cooperation' | 'liability' | 'meta';
export type Obligation = 'shall' | 'may' | 'shall-consider' | 'shall-endeavour' | 'none';
export type ElementKind =
  'conduct' | 'object' | 'mental' | 'circumstance' | 'result' | 'power' | 'condition' | 'safeguard';

export interface Source {
  pinpoint: string;
  url: string;
}

export interface ConceptElement {
  id: string;
  kind: ElementKind;
  label: string;
  reaches?: string;
}

export interface Narrowing {
  id: string;
  label: string;
}

export interface Concept {
  id: string;
  group: Group;
  title: string;
  definition: string;
  status?: 'active' | 'reserved';
  elements: ConceptElement[];
  narrowings?: Narrowing[];
  note?: string;
}

export interface ConceptsDoc {
  schema_version: 1;
  data_version?: string;
  concepts: Concept[];
}

export type RequirementKind = 'legislative' | 'institutional' | 'commitment';

export interface Requirement {
  element: string;
  obligation?: Obligation;
  /** Default 'legislative'. */
  kind?: RequirementKind;
  penalty_floor_years?: number;
  note?: string;
}

/** "Either (i) or (ii)": met when one option is met in full. */
export interface AlternativesGroup {
  alternatives: { id: string; label: string; requires: Requirement[] }[];
  note?: string;
}

export type RequirementEntry = Requirement | AlternativesGroup;

/** A narrowing the instrument allows: bare, or with the source that accepts it (an explanatory report). */
export type Permission = string | { narrowing: string; source: Source; basis: Basis; note?: string };

export interface Reservable {
  scope: string;
  /** Elements a reservation removes; absent = all required elements, unless `permits` is given. */
  elements?: string[];
  /** Narrowings allowed only to a party that makes the reservation. */
  permits?: string[];
  /** Other provisions a reservation under this one limits (Budapest Art. 14(3) -> Arts 20, 21). */
  limits?: string[];
  /** The condition on which alone the reservation may be made (Budapest Art. 10(3)). */
  conditional?: string;
  source: string;
}

export interface Provision {
  id: string;
  number: string;
  title: string;
  part?: string;
  group: Group;
  obligation: Obligation;
  summary: string;
  requires?: RequirementEntry[];
  permits?: Permission[];
  penalty_threshold?: { min_max_penalty_years: number; group: 'substantive' };
  reservable?: Reservable;
  subject_to?: string[];
  source: Source;
  basis: Basis;
  note?: string;
}

export interface Part {
  id: string;
  label: string;
  title?: string;
  parent?: string;
}

export type InstrumentKind = 'convention' | 'directive' | 'model-law' | 'protocol' | 'resolution';

export interface Instrument {
  schema_version: 1;
  id: string;
  title: string;
  short_title: string;
  reference?: string;
  kind: InstrumentKind;
  body: string;
  adopted?: string;
  opened_for_signature?: string;
  in_force?: string;
  applies: 'every-state' | 'by-status';
  urls: { label: string; url: string }[];
  languages: string[];
  data_version?: string;
  confidence?: string;
  note?: string;
  parts: Part[];
  provisions: Provision[];
}

export type StatusKind = 'party' | 'signatory' | 'member' | 'invited' | 'none';

export interface Reservation {
  provision: string;
  elements?: string[];
  scope: string;
  source: Source;
  basis: Basis;
}

export interface Declaration {
  provision: string;
  text: string;
  /** Institutional elements the declaration or designation meets. */
  meets?: string[];
  source: Source;
  basis: Basis;
}

export interface InstrumentStatus {
  instrument: string;
  status: StatusKind;
  signed?: string;
  ratified?: string;
  in_force?: string;
  reservations?: Reservation[];
  declarations?: Declaration[];
  source: Source;
  basis: Basis;
  note?: string;
}

export interface Amendment {
  title: string;
  citation?: string;
  enacted?: string;
  commenced?: string;
  summary: string;
  source: Source;
  basis: Basis;
}

export interface Law {
  id: string;
  title: string;
  citation: string;
  /** 'article' for laws cited 'Art. 14'; default 'section' ('s. 14'). */
  unit?: 'section' | 'article';
  enacted?: string;
  assented?: string;
  commenced?: string;
  /** A date, or 'date-unknown' when known to be repealed but not when. */
  repealed?: string;
  url: string;
  amendments?: Amendment[];
  basis: Basis;
  note?: string;
}

export interface Penalty {
  max_years?: number;
  min_years?: number;
  life?: boolean;
  fine?: string;
  note?: string;
}

/** How a section (or a law relied on) meets one element; a bare string is plain 'meets'. */
export interface ImplementationDetail {
  element: string;
  /** Meets it only in part: what it reaches. The element is then narrower. */
  only?: string;
  /** Met through a broader or general offence: which. */
  broader?: string;
  /** Met only on a reading an assessor could dispute: why. */
  arguable?: string;
  note?: string;
}
export type Implementation = string | ImplementationDetail;

export interface Section {
  law: string;
  number: string;
  title: string;
  summary: string;
  implements: Implementation[];
  narrowings?: string[];
  /** Sections read with this one: 'number' in the same law or 'law-id:number'. */
  works_with?: string[];
  penalty?: Penalty;
  in_force?: { from?: string; to?: string };
  source: Source;
  basis: Basis;
  note?: string;
}

export type AssessmentRating = 'full' | 'partial' | 'none' | 'not-applicable';

export interface Assessment {
  instrument: string;
  provision: string;
  rating: AssessmentRating;
  rationale: string;
  reviewer: string;
  date: string;
  source: Source;
  basis: Basis;
  note?: string;
}

/** A law relied on without being encoded section by section. */
export interface Reliance {
  id: string;
  title: string;
  citation?: string;
  source: Source;
  implements: Implementation[];
  in_force?: { from?: string; to?: string };
  basis: Basis;
  note?: string;
}

export type SurveyGroup = Exclude<Group, 'meta'>;

/** What the encoded laws were read for; outside it, elements are 'not assessed'. */
export interface Survey {
  groups: SurveyGroup[];
  concepts?: string[];
  except?: string[];
  /** After this day the laws in force were not read. */
  until?: string;
  note: string;
}

export interface Country {
  schema_version: 1;
  data_version?: string;
  country: { code: string; name: string; note?: string };
  status: InstrumentStatus[];
  laws: Law[];
  sections: Section[];
  surveyed?: Survey;
  relies_on?: Reliance[];
  assessments?: Assessment[];
}

/** Which schema a document is validated against; decided by where the file sits or what it holds. */
export type DocumentKind = 'concepts' | 'instrument' | 'country' | 'translation';

/** A title, or a title read somewhere other than its file's source. */
export type TranslationEntry = string | { title: string; source: Source; basis: Basis };

/**
 * Titles and labels of one instrument, or of the concept taxonomy, in another language
 * (schemas/translation.schema.json). Reports in that language use them; English, marked, fills gaps.
 */
export interface TranslationDoc {
  schema_version: 1;
  lang: string;
  /** An instrument id, or 'concepts'. */
  of: string;
  data_version?: string;
  /** Taken from an authentic or official language version (source and basis then say which). */
  official: boolean;
  source?: Source;
  basis?: Basis;
  note?: string;
  title?: string;
  short_title?: string;
  parts?: Record<string, TranslationEntry>;
  provisions?: Record<string, TranslationEntry>;
  concepts?: Record<string, { title?: string; elements?: Record<string, string>; narrowings?: Record<string, string> }>;
}
