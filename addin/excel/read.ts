// readWorkbook: every sheet's used range (values and merges) as core Grids padded to A1, inside
// the caller's Excel.run. Sync 1 lists the sheets, sync 2 reads each used range's position and
// merges, then the values come in as few syncs as fit: one for an ordinary workbook, one more
// per 50,000 cells of a huge one, so no response grows past what Excel on the web can send.
// Dates arrive as serial numbers, which is what the core reads in date columns.

import { resolveTimeZone } from "../../core/dates/zone.js";
import type { CellValue, Grid, WorkbookGrids } from "../../core/sheet/types.js";
import { splitAreas } from "./address.js";

export const MAX_READ_CELLS = 50_000;
export const MAX_READ_ROWS = 5_000;

interface SheetShape {
  name: string;
  hidden: boolean;
  used: Excel.Range;
  merges: Excel.RangeAreas;
}

interface ReadPiece {
  sheet: number;
  /** Offset from the used range's first row, and row count. */
  offset: number;
  rows: number;
  range: Excel.Range;
}

function cell(v: unknown): CellValue {
  if (v === "" || v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "boolean") return v;
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  return String(v);
}

/** The browser's zone: Excel's TODAY() and typed dates follow this computer's clock. */
export function browserTimeZone(): string {
  return resolveTimeZone(Intl.DateTimeFormat().resolvedOptions().timeZone);
}

/** Row slices of each used range, grouped so that each group stays under the cell budget. */
function planReads(shapes: SheetShape[]): { sheet: number; offset: number; rows: number }[][] {
  const groups: { sheet: number; offset: number; rows: number }[][] = [[]];
  let cells = 0;
  shapes.forEach((s, sheet) => {
    if (s.used.isNullObject) return;
    const width = Math.max(1, s.used.columnCount);
    const rowsPerPiece = Math.max(1, Math.min(MAX_READ_ROWS, Math.floor(MAX_READ_CELLS / width)));
    for (let offset = 0; offset < s.used.rowCount; offset += rowsPerPiece) {
      const rows = Math.min(rowsPerPiece, s.used.rowCount - offset);
      if (cells + rows * width > MAX_READ_CELLS && groups[groups.length - 1].length) {
        groups.push([]);
        cells = 0;
      }
      groups[groups.length - 1].push({ sheet, offset, rows });
      cells += rows * width;
    }
  });
  return groups.filter((g) => g.length);
}

export async function readWorkbook(context: Excel.RequestContext, timeZone = browserTimeZone()): Promise<WorkbookGrids> {
  const sheets = context.workbook.worksheets.load("items/name,items/visibility");
  await context.sync();

  const shapes: SheetShape[] = sheets.items.map((ws) => {
    const used = ws.getUsedRangeOrNullObject(true).load("rowIndex,columnIndex,rowCount,columnCount");
    const merges = ws.getRange().getMergedAreasOrNullObject().load("address");
    return { name: ws.name, hidden: ws.visibility !== "Visible", used, merges };
  });
  await context.sync();

  const values: CellValue[][][] = shapes.map(() => []);
  for (const group of planReads(shapes)) {
    const pieces: ReadPiece[] = group.map((p) => {
      const used = shapes[p.sheet].used;
      const range = sheets.items[p.sheet]
        .getRangeByIndexes(used.rowIndex + p.offset, used.columnIndex, p.rows, used.columnCount)
        .load("values");
      return { ...p, range };
    });
    await context.sync();
    for (const piece of pieces) {
      const used = shapes[piece.sheet].used;
      const lead: null[] = new Array(used.columnIndex).fill(null);
      piece.range.values.forEach((row, i) => {
        values[piece.sheet][used.rowIndex + piece.offset + i] = [...lead, ...row.map(cell)];
      });
    }
  }

  const grids: Grid[] = shapes.map((s, i) => {
    const rows = values[i];
    for (let r = 0; r < rows.length; r++) if (!rows[r]) rows[r] = [];
    return { name: s.name, values: rows, merges: s.merges.isNullObject ? [] : splitAreas(s.merges.address), hidden: s.hidden };
  });
  return { sheets: grids, timeZone };
}
