// Lampiran I as typed data. Ids follow the Lampiran's own numbering: area code, indicator NO,
// the action's number inside the indicator (e.g. PW.4.2).

export type EnablerAreaCode = "MP" | "PT" | "SDM" | "AK" | "PW" | "PP";
export type ResultAreaCode = "H1" | "H2";
export type AreaCode = EnablerAreaCode | ResultAreaCode;

/** Where a piece of catalog text comes from, so a reader can check it against the regulation. */
export interface SourceRef {
  document: string;
  /** Section of the document, e.g. "Lampiran, C.5 Penguatan Pengawasan". */
  part: string;
  /** Row, item or paragraph inside the part, e.g. "NO 4, rencana aksi 2". */
  item?: string;
}

/** Text as shown, plus the spellings found in the source or in the field that still mean it. */
export interface CatalogText {
  text: string;
  /** The source's own spelling where it was corrected (typing or hyphenation errors). */
  original?: string;
  /** Other spellings to accept when matching hand-typed plans. */
  variants?: string[];
}

export interface CatalogAction extends CatalogText {
  /** "MP.2.1" */
  id: string;
  /** Number inside the indicator, 1-based. */
  no: number;
  source: SourceRef;
}

export interface CatalogIndicator extends CatalogText {
  /** "MP.2" */
  id: string;
  no: number;
  /**
   * The LKE ZI node this indicator is evaluated under: a Pemenuhan sub-area code (e.g. "A.I.1.i")
   * for enabler indicators, a Hasil part for result indicators; absent where the LKE has none.
   */
  lke?: string;
  actions: CatalogAction[];
  source: SourceRef;
}

export interface CatalogArea extends CatalogText {
  code: AreaCode;
  kind: "enabler" | "result";
  /** Number of the area's table inside its section (1-6 for enablers, 1-2 for results). */
  no: number;
  /** Short name for screens and reports, in title case. */
  label: string;
  indicators: CatalogIndicator[];
  source: SourceRef;
}

export interface Catalog {
  /** Regulation the catalog transcribes. */
  regulation: {
    title: string;
    number: string;
    date: string;
    about: string;
  };
  /** Fixed texts of the Lampiran that the plan sheet prints. */
  document: {
    planTitle: CatalogText;
    dasarTitle: string;
    dasarIntro: CatalogText;
    dasarDefaults: string[];
    maksudTujuanTitle: string;
    maksud: string;
    tujuan: string[];
    enablerTitle: string;
    enablerIntro: CatalogText;
    resultTitle: string;
    source: SourceRef;
  };
  areas: CatalogArea[];
}
