import { HyperFormula, type RawCellContent } from "hyperformula";
import { isFormula, isLink, specMatrix, type SheetSpec, type SpecValue } from "../../core/index.js";

/** A spec value as HyperFormula must receive it: text with a leading apostrophe so it stays text. */
function rawOf(v: SpecValue): RawCellContent {
  if (v === null) return null;
  if (isFormula(v)) return v.formula;
  if (isLink(v)) return `'${v.text}`;
  if (typeof v === "string") return v === "" ? null : `'${v}`;
  return v;
}

export type Calculated = { value(row: number, col: number): unknown; destroy(): void };

/** A spec's cells as HyperFormula takes them. */
export function specRawMatrix(spec: SheetSpec): RawCellContent[][] {
  return specMatrix(spec).map((row) => row.map(rawOf));
}

/**
 * Calculates a matrix of cells with HyperFormula (GPL licence key: a devDependency used in tests
 * only). Output precision is raised to 15 digits so that comparisons to 1e-9 are meaningful.
 */
export function calculateMatrix(data: RawCellContent[][]): Calculated {
  const hf = HyperFormula.buildFromArray(data, { licenseKey: "gpl-v3", precisionRounding: 15 });
  return {
    value: (row, col) => hf.getCellValue({ sheet: 0, row, col }),
    destroy: () => hf.destroy(),
  };
}

/** Calculates a spec's formulas. */
export function calculateSpec(spec: SheetSpec): Calculated {
  return calculateMatrix(specRawMatrix(spec));
}
