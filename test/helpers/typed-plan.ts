// Hand-typed plans the way Perangkat Daerah send them, built from the catalog with deliberate
// changes: title lines, one table per area (or one per sheet), rencana aksi numbered inside one
// cell or one per row with NO and INDIKATOR merged down, monitoring columns, typos and gaps.
// typedPlanGrid gives the Grid; writeXlsx writes real .xlsx files with exceljs.

import ExcelJS from "exceljs";
import { LAMPIRAN_I, rangeRef, type CellValue, type Grid } from "../../core/index.js";

export interface TypedPlanOptions {
  /** PD name in the title; null leaves the Lampiran's "SKPD". */
  agency?: string | null;
  /** Year line under the title; null leaves it out. */
  year?: number | null;
  /** "cell": one row per indicator, actions numbered in one cell; "row": one action per row. */
  layout?: "cell" | "row";
  /** Headers after NO, INDIKATOR, RENCANA AKSI. */
  headers?: string[];
  /** Values by header, keyed by indicator id ("cell" layout) or action id ("row" layout). */
  values?: (key: string) => Record<string, CellValue> | undefined;
  /** Replaces an action's text; null leaves the action out. */
  actionText?: Record<string, string | null>;
  /** Replaces an indicator's text; null leaves the indicator (and its actions) out. */
  indicatorText?: Record<string, string | null>;
  dropAreas?: string[];
  /** Rencana aksi of the PD's own, added under an indicator. */
  extraActions?: Record<string, string[]>;
  /** Ketua then anggota; null: no team block. */
  team?: (string | null)[] | null;
  /** The "(1) (2) (3)" row under each header. */
  numberRow?: boolean;
  /** "row" layout: merge the target cell down over each indicator's rows. */
  mergeTarget?: boolean;
  /** Marker of the i-th action in a "cell" layout cell. */
  marker?: (i: number) => string;
  /** Blank rows and unrelated text before the title. */
  preamble?: CellValue[][];
}

export interface TypedPlanGrid extends Grid {
  /** Row (0-based) of each indicator ("cell") or action ("row") key. */
  rowOf: Record<string, number>;
  /** Column (0-based) of each header. */
  colOf: Record<string, number>;
}

export function typedPlanGrid(name: string, o: TypedPlanOptions = {}): TypedPlanGrid {
  const layout = o.layout ?? "cell";
  const headers = ["NO", "INDIKATOR", "RENCANA AKSI", ...(o.headers ?? ["TARGET WAKTU PELAKSANAAN"])];
  const colOf = Object.fromEntries(headers.map((h, i) => [h, i]));
  const values: CellValue[][] = [...(o.preamble ?? []).map((r) => [...r])];
  const merges: string[] = [];
  const rowOf: Record<string, number> = {};
  const push = (row: CellValue[]) => values.push(row);
  const agency = o.agency === undefined ? "DINAS KESEHATAN" : o.agency === null ? "SKPD" : o.agency.toUpperCase();
  push([`RENCANA PEMBANGUNAN ZONA INTEGRITAS MENUJU WBK ${agency} DI LINGKUNGAN PEMERINTAHAN KABUPATEN BEKASI`]);
  merges.push(rangeRef(values.length - 1, 0, values.length - 1, headers.length - 1));
  const year = o.year === undefined ? 2026 : o.year;
  if (year !== null) push([`TAHUN ${year}`]);
  push([]);
  push(["C. RENCANA AKSI KOMPONEN PENGUNGKIT"]);
  const marker = o.marker ?? ((i: number) => `${i + 1}. `);
  for (const area of LAMPIRAN_I.areas) {
    if (o.dropAreas?.includes(area.code)) continue;
    if (area.kind === "result" && area.no === 1) {
      push([]);
      push(["RENCANA AKSI INDIKATOR HASIL"]);
    }
    push([]);
    push([`${area.no}. ${area.text}`]);
    push([...headers]);
    if (o.numberRow) push(headers.map((_, i) => `(${i + 1})`));
    for (const ind of area.indicators) {
      const indText = o.indicatorText && ind.id in o.indicatorText ? o.indicatorText[ind.id] : ind.text;
      if (indText === null) continue;
      const actions = ind.actions
        .map((a) => ({ id: a.id, text: o.actionText && a.id in o.actionText ? o.actionText[a.id] : a.text }))
        .filter((a): a is { id: string; text: string } => a.text !== null);
      const all = [...actions, ...(o.extraActions?.[ind.id] ?? []).map((text, i) => ({ id: `${ind.id}.x${i + 1}`, text }))];
      if (layout === "cell") {
        const row: CellValue[] = [`${ind.no}.`, indText, all.length === 1 ? all[0].text : all.map((a, i) => `${marker(i)}${a.text}`).join("\n")];
        const v = o.values?.(ind.id) ?? {};
        for (const [h, val] of Object.entries(v)) row[colOf[h]] = val;
        rowOf[ind.id] = values.length;
        push(row);
        continue;
      }
      const first = values.length;
      all.forEach((a, i) => {
        const row: CellValue[] = i === 0 ? [`${ind.no}.`, indText, a.text] : [null, null, a.text];
        const v = o.values?.(a.id) ?? {};
        for (const [h, val] of Object.entries(v)) if (!(o.mergeTarget && i > 0 && h === headers[3])) row[colOf[h]] = val;
        rowOf[a.id] = values.length;
        push(row);
      });
      const last = values.length - 1;
      if (last > first) {
        merges.push(rangeRef(first, 0, last, 0), rangeRef(first, 1, last, 1));
        if (o.mergeTarget) merges.push(rangeRef(first, 3, last, 3));
      }
    }
  }
  if (o.team !== null) {
    const team = o.team ?? ["Dr. Ani Suryani", "Budi", "Citra", "Dedi", "Eka"];
    push([]);
    push(["TIM PEMBANGUNAN ZONA INTEGRITAS"]);
    push(["NO", "KEDUDUKAN DALAM TIM", "NAMA", "NIP"]);
    team.forEach((name, i) => push([i + 1, i === 0 ? "Ketua" : "Anggota", name, null]));
  }
  return { name, values, merges, rowOf, colOf };
}

const ERROR_RE = /^#(?:REF!|N\/A|VALUE!|DIV\/0!|NAME\?|NUM!|NULL!)$/;

export interface SheetToWrite {
  name: string;
  values: CellValue[][];
  merges?: string[];
  hidden?: boolean;
  /** Raw exceljs values by A1 address (formulas with results, rich text, hyperlinks). */
  raw?: Record<string, ExcelJS.CellValue>;
}

/** Writes real .xlsx files: error texts become error cells, Dates become date cells. */
export async function writeXlsx(file: string, sheets: SheetToWrite[]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name, { state: s.hidden ? "hidden" : "visible" });
    s.values.forEach((row, r) => row.forEach((v, c) => {
      if (v === null || v === undefined) return;
      const cell = ws.getCell(r + 1, c + 1);
      cell.value = typeof v === "string" && ERROR_RE.test(v) ? ({ error: v } as ExcelJS.CellErrorValue) : v;
      if (v instanceof Date) cell.numFmt = "dd/mm/yyyy";
    }));
    for (const [addr, v] of Object.entries(s.raw ?? {})) ws.getCell(addr).value = v;
    for (const m of s.merges ?? []) if (m.includes(":")) ws.mergeCells(m);
  }
  await wb.xlsx.writeFile(file);
}

/** A Date at noon UTC of a day: its calendar day is the same in every zone from UTC-11 to UTC+11. */
export function day(iso: string): Date {
  return new Date(`${iso}T12:00:00Z`);
}
