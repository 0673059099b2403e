// readWorkbookPlan: the plan of a whole workbook. A generated plan sheet wins (its ids make it
// exact); otherwise the sheet whose typed table matches the most of the Lampiran. Hidden sheets
// count when nothing visible holds a plan, and the result says so. Sheets this tool wrote itself
// (Hasil Validasi, Laporan Berkala, the recaps, the TPI's report) are never taken for a plan.

import { LAMPIRAN_I } from "../catalog/index.js";
import { reportText } from "../i18n/reports.js";
import { tpiReportText } from "../i18n/tpi-report.js";
import { readPlan, type ReadOptions, type ReadPlan } from "../plan/read.js";
import { resolveTimeZone } from "../dates/zone.js";
import type { Grid, WorkbookGrids } from "../sheet/types.js";
import { cellText } from "../sheet/values.js";
import { findIdentity } from "./typed/identity.js";
import { readTypedPlan } from "./typed/read.js";

/** A1 of every report sheet this tool writes: validation's and the TPI's. */
const OWN_TITLES: readonly string[] = [...reportText.titles, ...tpiReportText.titles].map((t) => t.toUpperCase());

/** True for a sheet this tool wrote (its A1 is one of our report titles). */
export function isOwnReportSheet(grid: Grid): boolean {
  const a1 = cellText(grid.values[0]?.[0] ?? null).toUpperCase();
  return a1 !== "" && OWN_TITLES.some((t) => a1.startsWith(t));
}

/** True for a workbook made only of sheets this tool wrote (a recap or report file in a folder of plans). */
export function isOwnOutputWorkbook(workbook: WorkbookGrids): boolean {
  return workbook.sheets.length > 0 && workbook.sheets.every(isOwnReportSheet);
}

function matchedActions(plan: ReadPlan): number {
  return Object.keys(plan.document.actions).length;
}

/** Fills a missing PD name or year from another sheet (a cover sheet), leaving the plan's own cells as they are. */
function identityFromOtherSheets(plan: ReadPlan, sheets: Grid[]): void {
  const doc = plan.document;
  if (doc.agency && doc.year !== null) return;
  for (const grid of sheets) {
    if (grid.name === plan.sheet || isOwnReportSheet(grid)) continue;
    const found = findIdentity(grid, Math.min(grid.values.length, 60));
    doc.agency ||= found.agency;
    doc.year ??= found.year;
    if (doc.agency && doc.year !== null) return;
  }
}

/**
 * True when readWorkbookPlan would fall back to reading a hand-typed plan, the only reader that
 * looks at merged cells: no sheet holds a generated plan. A host for which each merged range costs
 * a call (Apps Script) reads the merges only then; a generated plan's are never needed.
 */
export function mergesMatter(workbook: WorkbookGrids, options: ReadOptions = {}): boolean {
  const opts: ReadOptions = { catalog: options.catalog ?? LAMPIRAN_I, timeZone: resolveTimeZone(options.timeZone ?? workbook.timeZone) };
  return !workbook.sheets.some((g) => !isOwnReportSheet(g) && readPlan(g, opts) !== null);
}

/** The workbook's plan, generated or hand-typed; null when no sheet holds one. */
export function readWorkbookPlan(workbook: WorkbookGrids, options: ReadOptions = {}): ReadPlan | null {
  const opts: ReadOptions = { catalog: options.catalog ?? LAMPIRAN_I, timeZone: resolveTimeZone(options.timeZone ?? workbook.timeZone) };
  const sheets = workbook.sheets.filter((g) => !isOwnReportSheet(g));
  const ordered = [...sheets.filter((g) => !g.hidden), ...sheets.filter((g) => g.hidden)];
  for (const grid of ordered) {
    const plan = readPlan(grid, opts);
    if (plan) return { ...plan, hidden: grid.hidden === true };
  }
  let best: ReadPlan | null = null;
  let bestHidden = false;
  for (const grid of ordered) {
    // A visible plan is preferred: a hidden sheet is read only when no visible one holds a plan.
    if (best && !bestHidden && grid.hidden) break;
    const plan = readTypedPlan(grid, opts);
    if (plan && (!best || matchedActions(plan) > matchedActions(best))) {
      best = plan;
      bestHidden = grid.hidden === true;
    }
  }
  if (!best) return null;
  const result = { ...best, hidden: bestHidden };
  identityFromOtherSheets(result, sheets);
  return result;
}
