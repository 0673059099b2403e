// "Periksa berkas kiriman…", Excel side. The pane read and reviewed the picked files; this inserts
// the recap sheets zi writes for them into the open workbook, inside the caller's Excel.run: one
// sync for the names in use (the recaps are built with them, so "Rekap Validasi" links to its own
// "Temuan" even when an older one is there), then one per row block of each recap. The same few
// syncs for 3 files or 40: the recaps are never a sheet per file.

import { reviewRecapSheets, type ReviewedFile } from "../../core/review/index.js";
import { applySheetSpecs } from "./apply.js";

/** The names the recap sheets got, in order ("Rekap Validasi", "Temuan", "Rekap Penilaian", each free). */
export async function insertReviewRecaps(context: Excel.RequestContext, files: readonly ReviewedFile[], asOf: number): Promise<string[]> {
  const inserted = await applySheetSpecs(context, (existingSheets) => reviewRecapSheets(files, { asOf, existingSheets }), { activate: true });
  return inserted.map((i) => i.name);
}
