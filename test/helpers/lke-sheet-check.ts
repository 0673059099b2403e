// Our LKE sheet recalculated by HyperFormula and compared, value by value, with the core: every
// node, percentage, figure, area, the total, the unanswered count and the predicate, for both
// assessments. Shared by the sheet's own tests and the official-workbook property test.
import {
  buildEvaluationSheet, COL, modelNodes, modelQuestions, scoreEvaluation, type Answers, type CellValue, type EvaluationModel, type SheetSpec,
} from "../../core/index.js";
import { calculateMatrix, calculateSpec, specRawMatrix } from "./hyperformula.js";

/** Sheet row of each ID key ("N:A.I.1", "S12", "P:A.II.1.i:1", "R:total"). */
export function rowsByKey(spec: SheetSpec): Map<string, number> {
  const out = new Map<string, number>();
  spec.cells.forEach((row, r) => {
    const key = row[COL.id];
    if (typeof key === "string" && !out.has(key)) out.set(key, r);
  });
  return out;
}

type ValueAt = (row: number, col: number) => unknown;

/** Compares every value the sheet computes (as `value` gives it) with the core, for both assessments; returns how many. */
function compareValues(model: EvaluationModel, rows: Map<string, number>, value: ValueAt, unit: Answers, tpi: Answers): number {
  let compared = 0;
  for (const [key, answers, valueCol, percentCol] of [
    ["unit", unit, COL.unitValue, COL.unitAnswer],
    ["tpi", tpi, COL.tpiValue, COL.tpiAnswer],
  ] as const) {
    const core = scoreEvaluation(model, answers);
    const num = (row: number, col = valueCol) => {
      const v = value(row, col);
      if (typeof v !== "number") throw new Error(`${key}: ${row + 1}/${col} is ${JSON.stringify(v)}, not a number`);
      return v;
    };
    const near = (actual: number, expected: number, what: string) => {
      compared++;
      if (Math.abs(actual - expected) > 1e-9) throw new Error(`${key} ${what}: sheet ${actual}, core ${expected}`);
    };
    for (const node of modelNodes(model)) {
      near(num(rows.get(`N:${node.code}`)!), core.nodes[node.code], node.code);
      for (const r of node.ratios) near(num(rows.get(`P:${r.id}`)!), core.items[r.id], r.id);
    }
    near(num(rows.get("R:total")!), core.total, "total");
    for (const name of Object.keys(model.figures)) near(num(rows.get(`R:${name}`)!), core.figures[name], name);
    for (const a of core.areas) {
      near(num(rows.get(`R:area:${a.code}`)!), a.score, `area ${a.code}`);
      near(num(rows.get(`R:area:${a.code}`)!, percentCol), a.percent, `area ${a.code} %`);
    }
    near(num(rows.get("R:belum")!), core.unanswered, "unanswered");
    const predicate = value(rows.get("R:predikat")!, valueCol);
    compared++;
    if (predicate !== (core.predicate ?? "BELUM MEMENUHI")) throw new Error(`${key} predicate: sheet ${String(predicate)}, core ${core.predicate}`);
  }
  return compared;
}

/** Builds the sheet with these answers, recalculates it and compares every value with the core. */
export function compareWithCore(model: EvaluationModel, unit: Answers, tpi: Answers): number {
  const spec = buildEvaluationSheet(model, { agency: "Dinas Uji", year: 2026, answers: { unit, tpi } });
  const hf = calculateSpec(spec);
  try {
    return compareValues(model, rowsByKey(spec), hf.value, unit, tpi);
  } finally {
    hf.destroy();
  }
}

/**
 * One blank sheet for many answer sets: its cells are laid out once, each check types the answers
 * into the answer cells (as a host writes them: text stays text) and has HyperFormula calculate
 * the whole sheet, which costs a fraction of building the sheet again.
 */
export function sheetChecker(model: EvaluationModel): { check(unit: Answers, tpi: Answers): number } {
  const spec = buildEvaluationSheet(model, { agency: "Dinas Uji", year: 2026 });
  const rows = rowsByKey(spec);
  const base = specRawMatrix(spec);
  const answerRows = modelQuestions(model).map((q) => [q.no, rows.get(`S${q.no}`)!] as const);
  const typed = (v: CellValue | undefined) => (v === null || v === undefined || v instanceof Date ? null : typeof v === "string" ? (v === "" ? null : `'${v}`) : v);
  return {
    check(unit, tpi) {
      const data = base.map((row) => [...row]);
      for (const [no, row] of answerRows) {
        data[row][COL.unitAnswer] = typed(unit[no]);
        data[row][COL.tpiAnswer] = typed(tpi[no]);
      }
      const hf = calculateMatrix(data);
      try {
        return compareValues(model, rows, hf.value, unit, tpi);
      } finally {
        hf.destroy();
      }
    },
  };
}
