// Scoring a workbook file for `zi nilai`: load it (read-only) and let the core assess it. Any
// failure becomes an Indonesian message for that file; the other files are scored all the same.
// A report zi wrote (an earlier TPI report in the folder) is recognised and skipped.

import { assessWorkbook, cliText, isOwnOutputWorkbook, unreadableWorkbook, type AssessedWorkbook } from "../../core/index.js";
import { FileProblem, readWorkbookFile } from "../xlsx/files.js";

export interface ScoreFileOptions {
  timeZone: string;
  agency?: string;
  year?: number | null;
}

export interface ScoreOutcome {
  assessed: AssessedWorkbook;
  /** A recap or report this tool wrote (a folder's earlier TPI report): not an LKE, left out. */
  skipped: boolean;
}

export async function scoreFileOutcome(file: string, options: ScoreFileOptions): Promise<ScoreOutcome> {
  try {
    const workbook = await readWorkbookFile(file, options.timeZone);
    if (isOwnOutputWorkbook(workbook)) return { assessed: unreadableWorkbook(file, ""), skipped: true };
    return { assessed: assessWorkbook(file, workbook, options), skipped: false };
  } catch (e) {
    if (e instanceof FileProblem) return { assessed: unreadableWorkbook(file, e.message), skipped: false };
    return { assessed: unreadableWorkbook(file, cliText.unexpected(e instanceof Error ? e.message : String(e))), skipped: false };
  }
}

export async function scoreFile(file: string, options: ScoreFileOptions): Promise<AssessedWorkbook> {
  return (await scoreFileOutcome(file, options)).assessed;
}
