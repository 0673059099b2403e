// The two recaps, built as the CLI builds them for a folder (same entries functions, same core
// builders, same SheetSpec writer), written to .xlsx with exceljs and handed to the browser as a
// download. Nothing is sent anywhere: the file is made in memory and saved by the browser.

import {
  assessmentEntries, buildRecapSheets, buildTpiReportSheets, scoreCliText, validationEntries, type ReviewedFile, type SheetSpec,
} from "../core/index.js";
import { applySheetSpec } from "../cli/xlsx/apply.js";
import { loadExcelJs } from "./exceljs.js";

/** `zi validasi FOLDER --rekap`: every plan and unreadable file; LKE workbooks are left to the other recap. */
export function validationRecap(files: readonly ReviewedFile[], asOf: number): SheetSpec[] {
  return buildRecapSheets(validationEntries(files), asOf);
}

/** `zi nilai FOLDER --rekap [--kabupaten]`: every LKE, and files that are neither LKE nor plan as unreadable. */
export function assessmentRecap(files: readonly ReviewedFile[], asOf: number, kabupaten: string): SheetSpec[] {
  return buildTpiReportSheets(assessmentEntries(files, scoreCliText.nilai.noSheet), { asOf, kabupaten, year: null });
}

export async function workbookBytes(specs: readonly SheetSpec[]): Promise<ArrayBuffer> {
  const ExcelJS = await loadExcelJs();
  const wb = new ExcelJS.Workbook();
  // The same author as the CLI's recaps (cli/xlsx/files.ts newWorkbook).
  wb.creator = "zi (Zona Integritas)";
  wb.created = new Date();
  for (const spec of specs) applySheetSpec(wb, spec);
  return (await wb.xlsx.writeBuffer()) as ArrayBuffer;
}

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Saves bytes through the browser's download, from a Blob URL kept long enough for slow browsers. */
export function download(bytes: ArrayBuffer, name: string): void {
  const url = URL.createObjectURL(new Blob([bytes], { type: XLSX_TYPE }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
