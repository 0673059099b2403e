import type { CellValue, Grid, SheetSpec } from "./types.js";
import { isFormula, isLink } from "./values.js";

/**
 * What a host reads back right after applying a spec, before any spreadsheet computed it: its
 * values (formulas have no result yet), link texts and merges. A host that just wrote a sheet
 * needs no second read of it.
 */
export function gridFromSpec(spec: SheetSpec, name = spec.name): Grid {
  return {
    name,
    values: spec.cells.map((row) => row.map((v): CellValue => (isFormula(v) ? null : isLink(v) ? v.text : v ?? null))),
    merges: [...spec.merges],
  };
}
