// readEvaluation: an LKE sheet (Grid) -> the answers of the unit and of the TPI, by question
// number, and where each one sits. Two layouts: our own LKE sheet (read-own.ts) and the answer
// sheet of the official KemenPANRB workbook (official/), matched to the model by answer type,
// order and text. Never throws: every cell is taken as it is and judged by the engine.

import type { Grid } from "../sheet/types.js";
import { isOfficialSheet, readOfficialLayout } from "./official/read.js";
import { findOwnHeader, readOwnLayout } from "./read-own.js";
import { HEADER_SEARCH_ROWS, type ReadEvaluation, type ReadEvaluationOptions } from "./read-types.js";

export * from "./read-types.js";

/**
 * Both layouts head their answer columns "Jawaban ...": a sheet without the word in its first rows
 * (every plan sheet) is turned away before either reader normalises a single header cell.
 */
function mayHoldAnswers(grid: Grid): boolean {
  const rows = Math.min(grid.values.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < rows; r++) {
    for (const v of grid.values[r] ?? []) if (typeof v === "string" && /jawaban/i.test(v)) return true;
  }
  return false;
}

export function isEvaluationSheet(grid: Grid): boolean {
  return mayHoldAnswers(grid) && (findOwnHeader(grid) !== null || isOfficialSheet(grid));
}

/** The sheet's answers in whichever layout it has; null when it is no LKE sheet. */
export function readEvaluation(grid: Grid, options: ReadEvaluationOptions = {}): ReadEvaluation | null {
  if (!mayHoldAnswers(grid)) return null;
  return readOwnLayout(grid, options) ?? readOfficialLayout(grid, options);
}
