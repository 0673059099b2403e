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

/**
 * Calculates a spec's formulas with HyperFormula (GPL licence key: a devDependency used in tests
 * only). Output precision is raised to 15 digits so that comparisons to 1e-9 are meaningful.
 */
export function calculateSpec(spec: SheetSpec): { value(row: number, col: number): unknown; destroy(): void } {
  const data = specMatrix(spec).map((row) => row.map(rawOf));
  const hf = HyperFormula.buildFromArray(data, { licenseKey: "gpl-v3", precisionRounding: 15 });
  return {
    value: (row, col) => hf.getCellValue({ sheet: 0, row, col }),
    destroy: () => hf.destroy(),
  };
}
