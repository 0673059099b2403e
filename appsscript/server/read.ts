// Reading the open spreadsheet into the core's Grids: per sheet one getValues of the data range
// and its merges. getValues hands Dates as instants and error cells as their text ("#REF!"), which
// is the Grid contract, so no getDisplayValues is needed: the core never reads formatted text.

import { sheetsText, type CellValue, type Grid, type WorkbookGrids } from "../../core/index.js";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * Larger sheets are skipped with a message instead of read: a 2-million-cell getValues already
 * takes a large part of the 6-minute limit, and no plan or evaluation sheet is near that size.
 */
export const MAX_CELLS_PER_SHEET = 2_000_000;

export interface SkippedSheet {
  sheet: string;
  cells: number;
  message: string;
}

export interface ReadResult {
  workbook: WorkbookGrids;
  skipped: SkippedSheet[];
}

function toCellValue(v: unknown): CellValue {
  if (v === "" || v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "boolean") return v;
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (Object.prototype.toString.call(v) === "[object Date]") {
    const d = v as Date;
    return Number.isNaN(d.getTime()) ? null : d;
  }
  return String(v);
}

export function readGrid(sheet: Sheet, name: string, hidden: boolean): Grid | SkippedSheet {
  const range = sheet.getDataRange();
  const cells = range.getNumRows() * range.getNumColumns();
  if (cells > MAX_CELLS_PER_SHEET) return { sheet: name, cells, message: sheetsText.sheetSkipped(name, cells) };
  const values = range.getValues().map((row) => row.map(toCellValue));
  const merges = range.getMergedRanges().map((m) => m.getA1Notation());
  return { name, values, merges, hidden };
}

/** Every sheet of the spreadsheet in tab order, with its time zone. */
export function readWorkbook(ss: Spreadsheet, timeZone: string): ReadResult {
  const sheets: Grid[] = [];
  const skipped: SkippedSheet[] = [];
  for (const sheet of ss.getSheets()) {
    const read = readGrid(sheet, sheet.getName(), sheet.isSheetHidden());
    if ("values" in read) sheets.push(read);
    else skipped.push(read);
  }
  return { workbook: { sheets, timeZone }, skipped };
}
