/**
 * model/report-view: what a mission report is rendered from — one country's coverage plus the corpus
 * facts the report cites (instrument metadata, reservations, provenance) and the derived heat map and
 * key gaps. Built by analyze/report-view, read by report/mission; types only.
 */
import type { Basis, Group, Source, StatusKind, TranslationDoc } from './data.js';
import type { CountryCoverage, SectionRef } from './coverage.js';

export interface BasisCount {
  verified: number;
  secondary: number;
  recalled: number;
}

export interface ReportInstrument {
  id: string;
  title: string;
  shortTitle: string;
  reference?: string;
  kind: string;
  body: string;
  /** Its parts, so a report can word a chapter's label and title separately. */
  parts: { id: string; label: string; title?: string }[];
  adopted?: string;
  inForce?: string;
  dataVersion?: string;
  urls: { label: string; url: string }[];
  /** The encoder's own statement of how complete and how checked the file is. */
  confidence?: string;
  /** Basis of the provisions the report rates (meta provisions are not used). */
  basis: BasisCount;
  /** The same provisions listed by basis, in instrument order, for the provenance appendix. */
  provisionsByBasis: { basis: Basis; provisions: { number: string; source: Source }[] }[];
  /** The country's recorded status under the instrument, if any. */
  status?: {
    status: StatusKind;
    signed?: string;
    ratified?: string;
    inForce?: string;
    source: Source;
    basis: Basis;
  };
}

/** A heat-map cell: how far the country meets one concept as one instrument requires it. */
export type HeatRating =
  'full' | 'partial' | 'none' | 'reserved' | 'optional' | 'not-applicable' | 'not-assessed' | 'not-required';

export interface HeatCell {
  instrument: string;
  rating: HeatRating;
  /** Printed numbers of the instrument's rated provisions that require an element of the concept. */
  provisions: string[];
  /** Counted (mandatory, unreserved) element findings by status; an assessed provision counts as its assessment. */
  met: number;
  narrower: number;
  missing: number;
  /** Mandatory elements outside what the country's laws were read for (never counted as missing). */
  notAssessed: number;
  reliesOnRecalled: boolean;
}

export interface HeatRow {
  concept: string;
  title: string;
  group: Group;
  /** One per measured instrument, in report order. */
  cells: HeatCell[];
}

export interface HeatMap {
  instruments: { id: string; shortTitle: string }[];
  /** Concepts required by at least one measured instrument, in taxonomy order. */
  rows: HeatRow[];
}

/** One of the few gaps the executive summary leads with (rule: analyze/key-gaps.ts, docs/report.md). */
export interface KeyGap {
  instrument: string;
  shortTitle: string;
  provision: string;
  number: string;
  title: string;
  group: Group;
  rating: 'partial' | 'none';
  /** Labels of mandatory elements missing, and of those met only narrowly. */
  missing: string[];
  narrower: string[];
  /** The 'concept/element' refs behind `missing` and `narrower`, in the same order. */
  missingRefs: string[];
  narrowerRefs: string[];
  gapReservable: boolean;
  /** Titles of the concepts the gap touches. */
  concepts: string[];
  /** The concept ids behind `concepts`. */
  conceptIds: string[];
  /** The same concepts falling short under other provisions, listed once here instead of again. */
  also: { instrument: string; shortTitle: string; number: string }[];
}

export interface ReservationFact {
  instrument: string;
  shortTitle: string;
  provision: string;
  number: string;
  title: string;
  scope: string;
  /** Elements the reservation removes: those it names, else all the provision lets a party reserve. */
  elements: { ref: string; label: string }[];
  source: Source;
  basis: Basis;
  /** Whether lexgap applies it: only a party's or signatory's reservations change ratings. */
  applied: boolean;
  /** Rated provisions whose rating the reservation changes or qualifies. */
  affects: { provision: string; number: string; rating: string }[];
}

export interface DeclarationFact {
  instrument: string;
  shortTitle: string;
  provision: string;
  number: string;
  title: string;
  text: string;
  source: Source;
  basis: Basis;
}

export interface CountryProvenance {
  dataVersion?: string;
  /** Every national section the report cites (ratings and serious-crime findings), in statute order. */
  sections: SectionRef[];
  /**
   * Sections in force that the data maps to no element: only the heading was read, or nothing an
   * instrument requires. A reader needs them: a gap may be met by one whose text was not read.
   */
  unmapped: SectionRef[];
  statuses: { instrument: string; shortTitle: string; status: StatusKind; source: Source; basis: Basis }[];
  counts: {
    laws: BasisCount;
    sections: BasisCount;
    statuses: BasisCount;
    reservations: BasisCount;
  };
}

export interface ReportView {
  schemaVersion: 1;
  coverage: CountryCoverage;
  conceptsDataVersion?: string;
  /** The measured instruments, in the coverage's order. */
  instruments: ReportInstrument[];
  heatMap: HeatMap;
  /** Every concept's title by id (the survey names concepts the heat map may not show). */
  conceptTitles: Record<string, string>;
  /** Translations of the measured instruments and of the concepts, for reports in other languages. */
  translations: TranslationDoc[];
  keyGaps: KeyGap[];
  reservations: ReservationFact[];
  declarations: DeclarationFact[];
  country: CountryProvenance;
}
