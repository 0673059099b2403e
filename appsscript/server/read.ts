// Reading the open spreadsheet into the core's Grids: per sheet one getValues of the data range,
// and its merges only when the action asks for them. getValues hands Dates as instants and error
// cells as their text ("#REF!"), which is the Grid contract, so no getDisplayValues is needed: the
// core never reads formatted text. Every call counts against the action's budget (see
// test/appsscript/budget.test.ts): a sheet costs four, five when the action asks which sheets are
// hidden, and merges one more plus one per merged range.

import { parseRange, sheetsText, type CellValue, type Grid, type WorkbookGrids } from "../../core/index.js";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

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
  /** Every sheet of the spreadsheet by name, read or skipped: writers reuse them instead of asking again. */
  handles: Map<string, Sheet>;
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

/** Cells of a range from its A1 notation ("A1:K200"), one call where getNumRows and getNumColumns take two. */
function cellsOf(a1: string): number {
  const p = parseRange(a1);
  return p ? (p.bottom - p.top + 1) * (p.right - p.left + 1) : 0;
}

interface ReadGrid {
  grid: Grid;
  /** The data range the values came from, for its merges. */
  range: Range;
}

export function readGrid(sheet: Sheet, name: string, hidden: boolean): ReadGrid | SkippedSheet {
  const range = sheet.getDataRange();
  const cells = cellsOf(range.getA1Notation());
  if (cells > MAX_CELLS_PER_SHEET) return { sheet: name, cells, message: sheetsText.sheetSkipped(name, cells) };
  const values = range.getValues().map((row) => row.map(toCellValue));
  return { grid: { name, values, hidden }, range };
}

/**
 * Every sheet of the spreadsheet in tab order, with its time zone. `merges(workbook)`, asked once
 * the values are in, says whether the merged ranges are needed too.
 */
export function readWorkbook(
  ss: Spreadsheet, timeZone: string, merges?: (workbook: WorkbookGrids) => boolean, options: { hidden?: boolean } = {},
): ReadResult {
  const read: ReadGrid[] = [];
  const skipped: SkippedSheet[] = [];
  const handles = new Map<string, Sheet>();
  for (const sheet of ss.getSheets()) {
    const name = sheet.getName();
    handles.set(name, sheet);
    // Asked only when the action cares: otherwise every sheet counts as shown, one call less per sheet.
    const one = readGrid(sheet, name, options.hidden === true && sheet.isSheetHidden());
    if ("grid" in one) read.push(one);
    else skipped.push(one);
  }
  const workbook = { sheets: read.map((r) => r.grid), timeZone };
  // One call for the list and one per merged range: only for the actions that look at merges.
  if (merges?.(workbook)) for (const r of read) r.grid.merges = r.range.getMergedRanges().map((m) => m.getA1Notation());
  return { workbook, skipped, handles };
}
