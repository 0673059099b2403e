// Scoring a workbook file for `zi nilai`: load it (read-only) and let the core assess it. Any
// failure becomes an Indonesian message for that file; the other files are scored all the same.

import { assessWorkbook, cliText, unreadableWorkbook, type AssessedWorkbook } from "../../core/index.js";
import { FileProblem, loadWorkbookFile, workbookGrids } from "../xlsx/files.js";

export interface ScoreFileOptions {
  timeZone: string;
  agency?: string;
  year?: number | null;
}

export async function scoreFile(file: string, options: ScoreFileOptions): Promise<AssessedWorkbook> {
  try {
    const workbook = workbookGrids(await loadWorkbookFile(file), options.timeZone);
    return assessWorkbook(file, workbook, options);
  } catch (e) {
    if (e instanceof FileProblem) return unreadableWorkbook(file, e.message);
    return unreadableWorkbook(file, cliText.unexpected(e instanceof Error ? e.message : String(e)));
  }
}
