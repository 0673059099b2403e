// An LKE workbook as a whole: the sheet that holds the answers (our LKE sheet or the official
// answer sheet), and who and which year it is about. Reports and recaps this tool wrote are never
// taken for an LKE. The file name is the last resort for the PD and the year, and what the user
// says (--pd, --tahun) wins over everything.

import { resolveTimeZone } from "../dates/zone.js";
import type { WorkbookGrids } from "../sheet/types.js";
import { isOwnReportSheet } from "../validate/workbook.js";
import { identityFromFileName, officialIdentity } from "./official/identity.js";
import { readEvaluation, type ReadEvaluation } from "./read.js";

export interface EvaluationWorkbookOptions {
  timeZone?: string;
  /** The file's name, for the PD and year when the workbook names neither. */
  fileName?: string;
  /** Overrides: the PD and the year as the user gives them. */
  agency?: string;
  year?: number | null;
}

/** The workbook's LKE answers with the PD and year resolved; null when no sheet is an LKE. */
export function readEvaluationWorkbook(workbook: WorkbookGrids, options: EvaluationWorkbookOptions = {}): ReadEvaluation | null {
  const timeZone = resolveTimeZone(options.timeZone ?? workbook.timeZone);
  const sheets = workbook.sheets.filter((g) => !isOwnReportSheet(g));
  const ordered = [...sheets.filter((g) => !g.hidden), ...sheets.filter((g) => g.hidden)];
  let read: ReadEvaluation | null = null;
  for (const grid of ordered) {
    read = readEvaluation(grid, { timeZone });
    if (read) break;
  }
  if (!read) return null;
  if (read.layout === "resmi") {
    const found = officialIdentity(workbook, read.sheet);
    read.agency ||= found.agency;
    read.year ??= found.year;
  }
  if (options.fileName && (!read.agency || read.year === null)) {
    const fromName = identityFromFileName(options.fileName);
    read.agency ||= fromName.agency;
    read.year ??= fromName.year;
  }
  if (options.agency?.trim()) read.agency = options.agency.trim();
  if (options.year) read.year = options.year;
  return read;
}
