// The only contract between the core and the hosts (Excel, Google Sheets, exceljs).
// A host reads a sheet into a Grid and writes a SheetSpec; the core never sees a host object.

/**
 * A cell as a host read it. A Date is an instant: the core takes its calendar day in the grid's
 * time zone. Error values (#REF!, #N/A) arrive as their text. Numbers in date columns are Excel
 * serial dates (1900 system), which Google Sheets shares.
 */
export type CellValue = string | number | boolean | Date | null;

export interface Grid {
  /** Sheet name as the host shows it. */
  name: string;
  /** Row-major values of the used range, padded so that values[0][0] is A1. Rows may be ragged. */
  values: CellValue[][];
  /** Formulas where the host has them (same shape as values; null where the cell holds a constant). */
  formulas?: (string | null)[][];
  /** Merged ranges in A1 form. Only the top-left cell of a merge holds its value. */
  merges?: string[];
  /** True when the sheet is hidden in the workbook. */
  hidden?: boolean;
}

/** A workbook as a host read it: its sheets in tab order and its time zone (IANA name). */
export interface WorkbookGrids {
  sheets: Grid[];
  timeZone?: string;
}

/** A formula, written without the leading "=" being implied: `{ formula: "=SUM(A1:A3)" }`. */
export interface FormulaValue {
  formula: string;
}

/** Text that links to a cell of the same workbook (a finding pointing at its cell). */
export interface LinkValue {
  text: string;
  link: { sheet: string; cell: string };
}

/**
 * A value a spec writes. Strings are always literal text, even when they start with "=", "+",
 * "-" or "@": only FormulaValue becomes a formula. Dates are Excel serial numbers with a date
 * number format, which every host understands the same way. Each host writes a LinkValue its own
 * way (a hyperlink to "#'Sheet'!D12" in a file, a range link in Google Sheets).
 */
export type SpecValue = string | number | boolean | null | FormulaValue | LinkValue;

export type HAlign = "left" | "center" | "right";
export type VAlign = "top" | "middle" | "bottom";

export interface Borders {
  top?: boolean;
  bottom?: boolean;
  left?: boolean;
  right?: boolean;
  /** Lines between the rows inside the range. */
  insideHorizontal?: boolean;
  /** Lines between the columns inside the range. */
  insideVertical?: boolean;
}

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  fontSize?: number;
  /** "#RRGGBB" */
  fontColor?: string;
  /** "#RRGGBB" */
  fill?: string;
  hAlign?: HAlign;
  vAlign?: VAlign;
  wrap?: boolean;
  borders?: Borders;
}

/**
 * One style applied to many ranges. Specs group ranges by style so that a host can apply each
 * group in one call (a RangeList in Apps Script, RangeAreas in Excel): the number of groups does
 * not grow with the number of rows.
 */
export interface StyleGroup {
  ranges: string[];
  style: CellStyle;
}

export interface NumberFormatGroup {
  ranges: string[];
  /** Excel number format code, e.g. "dd/mm/yyyy", "0.00", "@". */
  format: string;
}

export type ValidationRule =
  | { kind: "list"; values: string[] }
  /** Dates as Excel serial numbers, inclusive. */
  | { kind: "date"; min: number; max: number }
  | { kind: "number"; min: number; max: number; integer?: boolean };

export interface ValidationGroup {
  ranges: string[];
  rule: ValidationRule;
  /** false: a value outside the rule is refused; true: it is accepted with a warning. */
  allowInvalid: boolean;
  /** Indonesian help shown by the host when the value does not fit. */
  message: string;
}

export interface ConditionalFormat {
  /** One contiguous range; the formula is relative to its top-left cell. */
  range: string;
  /** Excel formula with English function names and "," separators, e.g. "=AND($J12<>\"\",$D12=\"\")". */
  formula: string;
  style: Pick<CellStyle, "fill" | "fontColor" | "bold">;
}

export interface ColumnSpec {
  /** Width in characters of the default font. */
  width: number;
  hidden?: boolean;
}

export interface PrintSetup {
  orientation: "landscape" | "portrait";
  paper: "A4";
  /** Fit every column on one page width (height unbounded). */
  fitToWidth: boolean;
  /** Rows repeated at the top of every printed page, 0-based inclusive. */
  repeatRows?: { first: number; last: number };
  /** The printed area; when absent, the used range. */
  area?: string;
}

export interface NamedRange {
  name: string;
  /** A1 range on this sheet. */
  range: string;
}

export interface SheetSpec {
  /** The wanted name; a host that finds it taken uses a free variant (see freeSheetName). */
  name: string;
  /** Kind of sheet, for hosts that handle kinds differently (activation, tab colour). */
  kind: "plan" | "evaluation" | "validation" | "report" | "recap" | "findings";
  /** Values from A1, row-major; rows may be ragged. */
  cells: SpecValue[][];
  columns: ColumnSpec[];
  /**
   * Row heights in points. Explicit ones are meant (titles); `estimated` ones are a guess for wrapped
   * text, for writers whose files are opened by programs that do not fit rows themselves. A host
   * that fits rows to their text (Excel, Google Sheets) may fit those rows instead.
   */
  rowHeights?: { row: number; height: number; estimated?: boolean }[];
  merges: string[];
  styles: StyleGroup[];
  numberFormats: NumberFormatGroup[];
  validations: ValidationGroup[];
  conditionalFormats: ConditionalFormat[];
  frozenRows: number;
  print?: PrintSetup;
  namedRanges: NamedRange[];
  tabColor?: string;
}
