// The two recaps, built as the CLI builds them for a folder (same entries functions, same core
// builders, same SheetSpec writer) and written to .xlsx bytes with exceljs. Runs in the recap
// worker, or in the page when the browser refuses workers.

import {
  assessmentEntries, buildRecapSheets, buildTpiReportSheets, fromPortable, scoreCliText, validationEntries, type PortableReviewed,
  type SheetSpec,
} from "../core/index.js";
import { applySheetSpec } from "../cli/xlsx/apply.js";
import type { ExcelJsModule } from "./exceljs.js";

export interface RecapRequest {
  /** "validation": `zi validasi FOLDER --rekap`; "assessment": `zi nilai FOLDER --rekap --kabupaten`. */
  kind: "validation" | "assessment";
  /** Every reviewed file, in the CLI's order. */
  files: PortableReviewed[];
  asOf: number;
  kabupaten: string;
}

export function recapSpecs(request: RecapRequest): SheetSpec[] {
  const files = request.files.map(fromPortable);
  // A folder's LKE workbooks are left out of the validation recap, its plans out of the TPI's report.
  if (request.kind === "validation") return buildRecapSheets(validationEntries(files), request.asOf);
  return buildTpiReportSheets(assessmentEntries(files, scoreCliText.nilai.noSheet), { asOf: request.asOf, kabupaten: request.kabupaten, year: null });
}

export async function recapBytes(request: RecapRequest, ExcelJS: ExcelJsModule): Promise<ArrayBuffer> {
  const wb = new ExcelJS.Workbook();
  // The same author as the CLI's recaps (cli/xlsx/files.ts newWorkbook).
  wb.creator = "zi (Zona Integritas)";
  wb.created = new Date();
  for (const spec of recapSpecs(request)) applySheetSpec(wb, spec);
  // The browser build gives a Buffer (a view, perhaps on a larger pool): copied to a plain
  // ArrayBuffer of its own, which a worker can hand over to the page without copying again.
  const written = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  const bytes = new Uint8Array(written.byteLength);
  bytes.set(written);
  return bytes.buffer;
}
