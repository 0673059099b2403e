// The way the CLI read workbooks before core/xlsx: exceljs, then worksheet -> Grid. Kept for tests
// only, as the reference readXlsx is compared with and for looking inside written files.

import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import { instantFromWallClock, type CellValue, type Grid, type WorkbookGrids } from "../../core/index.js";

function richText(v: unknown): string | null {
  if (v && typeof v === "object" && Array.isArray((v as { richText?: unknown }).richText)) {
    return (v as { richText: { text?: unknown }[] }).richText.map((p) => (typeof p?.text === "string" ? p.text : "")).join("");
  }
  return null;
}

/** exceljs hands dates as UTC-midnight Dates of the wall clock; the sheet's zone makes them instants. */
function fromExcelDate(d: Date, timeZone: string): CellValue {
  if (Number.isNaN(d.getTime())) return null;
  return instantFromWallClock(
    d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), timeZone,
  );
}

export function toCellValue(v: unknown, timeZone: string): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "boolean") return v;
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (v instanceof Date) return fromExcelDate(v, timeZone);
  if (typeof v !== "object") return String(v);
  const o = v as Record<string, unknown>;
  if (typeof o.error === "string") return o.error;
  const rich = richText(v);
  if (rich !== null) return rich;
  if ("formula" in o || "sharedFormula" in o) return toCellValue(o.result, timeZone);
  if ("hyperlink" in o || "text" in o) {
    const text = o.text;
    return typeof text === "string" ? text : richText(text) ?? (typeof o.hyperlink === "string" ? o.hyperlink : null);
  }
  return null;
}

function formulaOf(v: unknown): string | null {
  if (!v || typeof v !== "object") return null;
  const o = v as Record<string, unknown>;
  if (typeof o.formula === "string") return `=${o.formula}`;
  if (typeof o.sharedFormula === "string") return `=${o.sharedFormula}`;
  return null;
}

function mergesOf(ws: ExcelJS.Worksheet): string[] {
  const internal = (ws as unknown as { _merges?: Record<string, { range?: string } | undefined> })._merges;
  if (!internal) return [];
  return Object.values(internal).map((m) => m?.range).filter((r): r is string => typeof r === "string");
}

export function gridFromWorksheet(ws: ExcelJS.Worksheet, timeZone: string): Grid {
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  let anyFormula = false;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const r = rowNumber - 1;
    const vals: CellValue[] = [];
    const fs: (string | null)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const c = colNumber - 1;
      // A merged cell other than the top-left one shows the merge's value but holds none.
      if (cell.isMerged && cell.master && cell.master.address !== cell.address) return;
      const raw = cell.value;
      const f = formulaOf(raw);
      if (f) {
        // cell.value drops a cached result of 0, "" or false; cell.result keeps it.
        vals[c] = toCellValue(cell.result, timeZone);
        fs[c] = f;
        anyFormula = true;
      } else {
        vals[c] = toCellValue(raw, timeZone);
      }
    });
    for (let i = 0; i < vals.length; i++) if (vals[i] === undefined) vals[i] = null;
    values[r] = vals;
    if (fs.length) {
      for (let i = 0; i < fs.length; i++) if (fs[i] === undefined) fs[i] = null;
      formulas[r] = fs;
    }
  });
  for (let i = 0; i < values.length; i++) if (!values[i]) values[i] = [];
  const grid: Grid = { name: ws.name, values, merges: mergesOf(ws), hidden: ws.state !== "visible" && ws.state !== undefined };
  if (anyFormula) {
    for (let i = 0; i < values.length; i++) if (!formulas[i]) formulas[i] = [];
    grid.formulas = formulas;
  }
  return grid;
}

export async function loadWorkbookFile(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await readFile(file)) as unknown as ArrayBuffer);
  return wb;
}

export function workbookGrids(wb: ExcelJS.Workbook, timeZone: string): WorkbookGrids {
  return { sheets: wb.worksheets.map((ws) => gridFromWorksheet(ws, timeZone)), timeZone };
}
