// Reading one file both ways: through exceljs and the old worksheet -> Grid adapter (what the CLI
// did before core/xlsx) and through readXlsx. Grids are compared as plain data, dates as instants.
import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { readXlsx, type Grid, type WorkbookGrids } from "../../core/index.js";
import { workbookGrids } from "./exceljs-grid.js";

export async function readWithExcelJs(file: string, timeZone: string): Promise<WorkbookGrids> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
  return workbookGrids(wb, timeZone);
}

export function readWithCore(file: string, timeZone: string): WorkbookGrids {
  const r = readXlsx(new Uint8Array(readFileSync(file)), { timeZone });
  if (!r.ok) throw new Error(`${file}: ${r.error}`);
  return r.workbook;
}

/** A grid as plain data: every cell's value and formula, dates as ISO instants. */
export function plainGrid(g: Grid): unknown {
  const cell = (v: unknown) => (v instanceof Date ? `date:${v.toISOString()}` : v);
  return {
    name: g.name,
    hidden: g.hidden ?? false,
    merges: g.merges ?? [],
    values: g.values.map((row) => row.map(cell)),
    formulas: g.formulas ?? null,
  };
}
