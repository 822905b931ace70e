/** model/coverage: what the analysis returns — ratings with their evidence. JSON output mirrors it. */
import type { Assessment, Basis, Group, Obligation, Penalty, Provision, RequirementKind, Source } from './data.js';

/** 'not-assessed': nothing met it, and its concept lies outside what the country's laws were read for. */
export type ElementStatus = 'met' | 'narrower' | 'missing' | 'not-assessed';

export type Rating =
  'full' | 'partial' | 'none' | 'reserved' | 'optional' | 'not-applicable' | 'not-assessed' | 'scope-test';

/** A national section as cited in evidence. */
export interface SectionRef {
  country: string;
  law: string;
  lawTitle: string;
  number: string;
  title: string;
  summary: string;
  pinpoint: string;
  url: string;
  basis: Basis;
  penalty?: Penalty;
  /** Where the evidence is not a section of an encoded law: a law relied on, or a declaration in the status. */
  via?: 'relied-on' | 'declaration';
  /** 'article' when the law cites its provisions as articles. */
  unit?: 'article';
  note?: string;
}

/** How a section meets an element when it is not simply "met": a broader offence, or an arguable reading. */
export interface Qualifier {
  section: string;
  law: string;
  kind: 'broader' | 'arguable';
  detail: string;
}

export interface ElementFinding {
  /** 'concept/element' */
  element: string;
  label: string;
  conceptTitle: string;
  /** The limb's own obligation (the provision's unless the limb says otherwise). */
  obligation: Obligation;
  mandatory: boolean;
  status: ElementStatus;
  /** 'legislative' (the law must say it), 'institutional' (a designation meets it), 'commitment' (never a gap). */
  kind: RequirementKind;
  /** Counts for the rating: mandatory, not reserved, not a commitment, not in an alternative left unchosen. */
  counted: boolean;
  /** Set for a requirement inside an "either ... or" group. */
  alternative?: { group: number; option: string; label: string; chosen: boolean };
  /** Sections that meet the element (status met), or that implement it too narrowly (status narrower). */
  sections: SectionRef[];
  /** Set when the element is met only through a broader offence or on an arguable reading. */
  qualifiers: Qualifier[];
  /** Why the element is narrower: unpermitted narrowings, penalty below floor (sentences). */
  reasons: string[];
  /** The same, structured: which section falls short and how. */
  shortfalls: Shortfall[];
  /** A reservation the country made removes this element. */
  reserved: boolean;
  /** The instrument allows a reservation that would remove this element. */
  reservable: boolean;
  penaltyFloorYears?: number;
}

export interface Shortfall {
  section: string;
  law: string;
  /** 'only': the section meets the element only in part (detail says what it reaches). */
  kind: 'narrowing' | 'penalty' | 'only';
  /** The narrowing's label, or the penalty shortfall in words. */
  detail: string;
  /** 'concept/narrowing' for kind narrowing. */
  narrowing?: string;
  /** For kind penalty: the section's maximum (absent when none is stated) and the floor it misses. */
  penalty?: { max?: number; floor: number };
}

/** A data note bearing on a finding: on a section cited, or on the country's status under the instrument. */
export interface FindingNote {
  /** What the note is about, in English ("Copyright Act s. 38", "status under budapest"). */
  about: string;
  text: string;
  /** The section it is about, so a report can cite it in its own words. */
  section?: Pick<SectionRef, 'law' | 'lawTitle' | 'number' | 'unit' | 'via'>;
  /** The instrument whose status it is about. */
  statusUnder?: string;
}

/** A national section as cited: its law, number and how the law numbers it. */
export interface CitedSection {
  law: string;
  lawTitle: string;
  number: string;
  unit?: 'article';
  via?: 'relied-on';
  /** The country's main law, whose sections are cited without its title. */
  main?: true;
}

/** Narrower elements grouped by what makes them narrower. */
export interface NarrowingGroup {
  detail: string;
  kind: 'narrowing' | 'penalty' | 'only';
  /** 'concept/narrowing' for kind narrowing, so a report can word it in its own language. */
  narrowing?: string;
  /** For kind penalty: what the detail says in words. */
  penalty?: { max?: number; floor: number };
  /** What each citation in `sections` is made of, in the same order. */
  at: CitedSection[];
  /** How each section is cited ("s. 24", "Copyright Act s. 38"). */
  sections: string[];
  elements: string[];
}

export interface PeerExample {
  element: string;
  section: SectionRef;
  countryName: string;
}

export interface ProvisionCoverage {
  instrument: string;
  provision: string;
  number: string;
  title: string;
  summary: string;
  group: Group;
  chapter: string;
  chapterLabel: string;
  obligation: Obligation;
  /** The rating that counts: the assessor's where there is one, else the computed one. */
  rating: Rating;
  computedRating: Rating;
  assessment?: Pick<Assessment, 'rating' | 'rationale' | 'reviewer' | 'date' | 'source' | 'basis'>;
  elements: ElementFinding[];
  /** Every section cited for any element, de-duplicated, in statute order. */
  sections: SectionRef[];
  /** Mandatory elements not met, and those met only narrowly. */
  missing: string[];
  narrower: string[];
  /** Mandatory elements outside what the country's laws were read for, and met by nothing encoded. */
  notAssessed: string[];
  /** Some counted element rests on an arguable reading or a broader offence. */
  arguable: boolean;
  /** For each "either ... or" group: the option taken (met in full, else the closest). */
  alternatives: { group: number; chosen: string; label: string; metInFull: boolean; options: string[] }[];
  /** Why the narrower elements are narrower, grouped by cause. */
  narrowedBy: NarrowingGroup[];
  /** True when all that is missing or narrower could be closed by a reservation the instrument allows. */
  gapReservable: boolean;
  reservation?: {
    scope: string;
    elements: string[];
    /** The provision whose reservation clause it was made under, when that is another one (Art. 14(3) on Art. 20). */
    under?: string;
    /** The condition on which alone it may be made (Art. 10(3)). */
    conditional?: string;
  };
  /** Notes from the data that bear on this finding: on sections cited, the laws relied on, the status. */
  notes: FindingNote[];
  /** Human sentence saying why the rating is what it is. */
  explanation: string;
  provenance: {
    source: { pinpoint: string; url: string };
    basis: Basis;
    reliesOnRecalled: boolean;
    /** Some evidence is recalled or secondary (a law relied on, a section not read in the official text). */
    reliesOnUnverified: boolean;
  };
  peerExamples: PeerExample[];
}

export interface Tally {
  full: number;
  partial: number;
  none: number;
  reserved: number;
  optional: number;
  notApplicable: number;
  notAssessed: number;
  /** Provisions that count for the score: full + partial + none. */
  counted: number;
  /** (full + 0.5 * partial) / counted, or null when nothing counts. */
  score: number | null;
}

export interface RollUp {
  key: string;
  label: string;
  tally: Tally;
  /** lexgap's heuristic wording, never a CoE finding. */
  verdict: string;
}

export interface SeriousCrimeFinding {
  section: SectionRef;
  /** 'yes': max ≥ threshold or life; 'no': max below; 'min-only': only a minimum stated. */
  qualifies: 'yes' | 'no' | 'min-only-qualifies' | 'min-only-undetermined' | 'no-penalty-stated';
  explanation: string;
}

export interface InstrumentCoverage {
  instrument: string;
  title: string;
  shortTitle: string;
  /** Why the instrument is measured: the country's status, 'open to every state' or '-i'. */
  appliesBecause: string;
  /** What `appliesBecause` says, as a code: asked for with -i, the country's status, or open to all. */
  measuredVia: 'requested' | 'status' | 'every-state';
  status?: string;
  /** Dates of the status (signed, ratified, in force for the country), as recorded. */
  statusDates?: { signed?: string; ratified?: string; inForce?: string };
  provisions: ProvisionCoverage[];
  chapters: RollUp[];
  groups: RollUp[];
  total: RollUp;
  seriousCrime?: { thresholdYears: number; provision: string; findings: SeriousCrimeFinding[] };
}

export interface CountryCoverage {
  /** 2 since "not-assessed", alternatives, qualifiers and requirement kinds (docs/json-output.md). */
  schemaVersion: 2;
  country: { code: string; name: string };
  asAt: string;
  /** The law most sections come from; citations name every other law. */
  mainLaw?: string;
  instruments: InstrumentCoverage[];
  /** Laws in force at asAt, and those not yet or no longer in force, so a reader sees what was used. */
  laws: {
    id: string;
    title: string;
    citation: string;
    inForce: boolean;
    enacted?: string;
    assented?: string;
    commenced?: string;
    repealed?: string;
    url: string;
    basis: Basis;
    note?: string;
  }[];
  /** Laws relied on without being encoded section by section. */
  reliedOn: {
    id: string;
    title: string;
    citation?: string;
    source: Source;
    basis: Basis;
    elements: string[];
    note?: string;
  }[];
  /** What the encoded laws were read for; null when the file does not say (everything then counts as read). */
  survey: { groups: string[]; concepts: string[]; except: string[]; until?: string; note: string } | null;
  /** The country's own note. */
  note?: string;
  sectionsInForce: number;
  sectionsNotInForce: number;
}

export type SetRelation = 'equal' | 'subset' | 'superset' | 'intersects' | 'disjoint' | 'only-in' | 'absent';

export interface CrosswalkCell {
  instrument: string;
  /** Provisions requiring any element of the concept, as printed numbers. */
  provisions: { id: string; number: string }[];
  /** Mandatory elements required; these decide the relation. */
  elements: string[];
  /** Elements required only by optional ('may') limbs. */
  optional: string[];
  /** Elements that are options of an "either ... or": one suffices, so they never decide the relation. */
  choice: string[];
  /** Relation of this instrument's element set to the first instrument's (the first cell: 'equal'). */
  relation: SetRelation;
  /** Elements here and not in the first instrument, and the reverse. */
  extra: string[];
  lacking: string[];
}

export interface CrosswalkRow {
  concept: string;
  title: string;
  group: string;
  cells: CrosswalkCell[];
}

export interface Crosswalk {
  schemaVersion: 1;
  instruments: { id: string; shortTitle: string; title: string }[];
  rows: CrosswalkRow[];
  /** Per instrument: concepts and elements it requires (mandatorily) that none of the others does. */
  unique: {
    instrument: string;
    concepts: { id: string; title: string }[];
    /** Elements of concepts the others also require, grouped by concept. */
    elements: { concept: string; title: string; elements: { ref: string; label: string }[] }[];
  }[];
}

export interface BasisShare {
  verified: number;
  secondary: number;
  recalled: number;
}

export interface InstrumentSummary {
  id: string;
  shortTitle: string;
  title: string;
  kind: string;
  body: string;
  year?: string;
  provisions: number;
  rated: number;
  basis: BasisShare;
  dataVersion?: string;
}

export interface ConceptSummary {
  id: string;
  group: string;
  title: string;
  elements: number;
  narrowings: number;
  usedBy: string[];
  reserved: boolean;
}

export interface CountrySummary {
  code: string;
  name: string;
  laws: number;
  sections: number;
  /** Share of sections read in the official text (basis verified), 0-1. */
  verified: number;
  /** Whether the file says what its laws were read for. */
  surveyed: boolean;
  instruments: string[];
}

export interface ProvisionDetail {
  instrument: { id: string; shortTitle: string; title: string };
  provision: Provision;
  chapterLabel: string;
  requires: {
    element: string;
    label: string;
    concept: string;
    obligation: string;
    kind: RequirementKind;
    penaltyFloorYears?: number;
    alternative?: { group: number; option: string; label: string };
  }[];
  permits: { narrowing: string; label: string; source?: Source; basis?: Basis }[];
  /** Reservations made under other provisions that limit this one (Budapest Art. 14(3) on Arts 20-21). */
  limitedBy: { provision: string; number: string; scope: string }[];
  related: {
    instrument: string;
    shortTitle: string;
    provision: string;
    number: string;
    title: string;
    concepts: string[];
  }[];
}
