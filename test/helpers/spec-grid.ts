import { isFormula, isLink, type CellValue, type Grid, type SheetSpec } from "../../core/index.js";

/** What a host would read back after applying a spec: its values (formulas left out), its merges. */
export function gridFromSpec(spec: SheetSpec, name = spec.name): Grid {
  return {
    name,
    values: spec.cells.map((row) => row.map((v): CellValue => (isFormula(v) ? null : isLink(v) ? v.text : v ?? null))),
    merges: [...spec.merges],
  };
}
