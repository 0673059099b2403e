// The answer sheet of the official KemenPANRB LKE workbook (placeholder until the reader lands).
import type { Grid } from "../../sheet/types.js";
import type { ReadEvaluation, ReadEvaluationOptions } from "../read-types.js";

export function isOfficialSheet(_grid: Grid): boolean {
  return false;
}

export function readOfficialLayout(_grid: Grid, _options: ReadEvaluationOptions): ReadEvaluation | null {
  return null;
}
