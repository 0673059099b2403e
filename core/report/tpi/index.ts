// The TPI's report to the Bupati (Perbup 30/2021 Pasal 8 ayat 2), built once for every host: the
// CLI writes it to a file, the task pane and the sidebar insert the same sheets.

import type { AssessedWorkbook } from "../../score/assess.js";
import type { SheetSpec } from "../../sheet/types.js";
import { isDetailed, rankEntries, reportYear, type TpiReportOptions } from "./entries.js";
import { buildLheSheet } from "./lhe.js";
import { buildTpiRecapSheet } from "./recap.js";

export type { TpiReportOptions } from "./entries.js";
export { shortfallText, recommendationOf, ruleShortLabel } from "./entries.js";

/**
 * "Rekap Penilaian" first, then one "Laporan Hasil Evaluasi" per assessed PD in the recap's order
 * (its PD name links there). Files that could not be assessed are listed under the recap's table.
 * With `details: false` only "Rekap Penilaian", from the scores alone (lean entries will do).
 */
export function buildTpiReportSheets(entries: readonly AssessedWorkbook[], options: TpiReportOptions): SheetSpec[] {
  const { recapSheet, ranked, unreadable } = rankEntries(entries, options.existingSheets, options.details !== false);
  const year = reportYear(options.year, ranked);
  return [buildTpiRecapSheet(recapSheet, ranked, unreadable, year, options), ...ranked.filter(isDetailed).map((e) => buildLheSheet(e, recapSheet, options))];
}
