// One received workbook reviewed the way every host reviews it (the CLI, the task pane, the
// sidebar, the offline page): read from its bytes, then an LKE workbook (ours or the official
// one) is scored and any other workbook is validated as a plan. Recaps and reports this tool wrote
// are recognised and left out. Never throws: a file that cannot be read is that file's result.

import type { Catalog } from "../catalog/types.js";
import { filesText } from "../i18n/files.js";
import { assessRead, unreadableWorkbook, type AssessedWorkbook } from "../score/assess.js";
import type { WorkbookGrids } from "../sheet/types.js";
import type { RecapEntry } from "../report/recap.js";
import { unreadableResult, validateWorkbook, workbookResult } from "../validate/result.js";
import { isOwnOutputWorkbook } from "../validate/workbook.js";
import { readEvaluationWorkbook } from "../score/workbook.js";
import { readXlsx } from "../xlsx/index.js";

export type ReviewedFile =
  | { kind: "plan"; file: string; entry: RecapEntry }
  | { kind: "lke"; file: string; assessed: AssessedWorkbook }
  | { kind: "unreadable"; file: string; error: string }
  /** A recap or report this tool wrote: not something a PD sent. */
  | { kind: "own"; file: string };

export interface FileReviewOptions {
  /** As-of day (serial) for overdue and due-soon findings. */
  asOf: number;
  timeZone: string;
  catalog?: Catalog;
  /** What the user says of an LKE's PD and year (zi nilai --pd, --tahun): wins over the workbook. */
  agency?: string;
  year?: number | null;
}

/** The file without what only a per-PD report reads (an LKE's answers, cells and notes). */
export function leanReviewed(f: ReviewedFile): ReviewedFile {
  return f.kind === "lke" && f.assessed.read ? { ...f, assessed: { ...f.assessed, read: null } } : f;
}

/** A workbook already read: scored when it holds an LKE, else validated as a plan. */
export function reviewWorkbook(file: string, workbook: WorkbookGrids, options: FileReviewOptions): ReviewedFile {
  if (isOwnOutputWorkbook(workbook)) return { kind: "own", file };
  const read = readEvaluationWorkbook(workbook, { fileName: file, timeZone: options.timeZone, agency: options.agency, year: options.year });
  if (read) return { kind: "lke", file, assessed: assessRead(file, read) };
  const v = validateWorkbook(workbook, { asOf: options.asOf, timeZone: options.timeZone, catalog: options.catalog });
  return { kind: "plan", file, entry: { ...workbookResult(file, v), hidden: v.plan?.hidden === true } };
}

/** A received file's bytes reviewed; a file that is no readable workbook says why. */
export function reviewXlsx(file: string, bytes: Uint8Array, options: FileReviewOptions): ReviewedFile {
  try {
    const read = readXlsx(bytes, { timeZone: options.timeZone });
    if (!read.ok) return { kind: "unreadable", file, error: read.error };
    return reviewWorkbook(file, read.workbook, options);
  } catch (e) {
    return { kind: "unreadable", file, error: filesText.corrupt(e instanceof Error ? e.message.slice(0, 120) : String(e)) };
  }
}

/**
 * The rows of the Inspektorat's validation recap, as `zi validasi --rekap` writes them: every file
 * that is not an LKE (a workbook without a plan is a PLAN_NOT_FOUND row), unreadable ones included.
 */
export function validationEntries(files: readonly ReviewedFile[]): RecapEntry[] {
  return files.flatMap((f) =>
    f.kind === "plan" ? [f.entry] : f.kind === "unreadable" ? [{ ...unreadableResult(f.file, f.error), hidden: false }] : [],
  );
}

/** True for a reviewed workbook that holds a plan (generated or typed), not just a PLAN_NOT_FOUND. */
export function holdsPlan(f: ReviewedFile): boolean {
  return f.kind === "plan" && f.entry.layout !== null;
}

/**
 * The workbooks of the TPI's report, as `zi nilai --rekap` writes them: every LKE, and every file
 * that is neither an LKE nor a plan as unreadable with its reason. A plan is left out, unless
 * `isPlan` says what to report it as (a plan named on purpose where an LKE was expected).
 */
export function assessmentEntries(files: readonly ReviewedFile[], noLke: string, isPlan?: string): AssessedWorkbook[] {
  return files.flatMap((f) => {
    if (f.kind === "lke") return [f.assessed];
    if (f.kind === "unreadable") return [unreadableWorkbook(f.file, f.error)];
    if (f.kind === "plan") return holdsPlan(f) ? (isPlan ? [unreadableWorkbook(f.file, isPlan)] : []) : [unreadableWorkbook(f.file, noLke)];
    return [];
  });
}
