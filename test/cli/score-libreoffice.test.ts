import path from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { COL, CURRENT_MODEL, modelNodes, scoreEvaluation, type Answers } from "../../core/index.js";
import { demoPlan } from "../../cli/demo.js";
import { DEMO_ANSWERS } from "../../cli/score/demo.js";
import { addLkeSheets } from "../../cli/score/workbook.js";
import { newWorkbook } from "../../cli/xlsx/files.js";
import { requireSofficeInCi, sofficeConvert } from "../helpers/soffice.js";
import { tempDir } from "../helpers/files.js";
import { withAnswers } from "../helpers/lke.js";

const present = requireSofficeInCi();

describe.skipIf(!present)("the LKE workbook recalculated by LibreOffice", () => {
  it("computes the same sub-areas, areas, totals and predicate as the core", async () => {
    const dir = tempDir();
    // The unit's answers are the demo's; the TPI's add blanks, a wrong answer, lower case, a 0/0
    // ratio and an index out of range, so every path of the formulas is recalculated.
    const tpi: Answers = withAnswers(DEMO_ANSWERS.tpi, { 1: null, 2: "x", 12: " b ", 88: 0, 89: 0, 102: 0, 103: 0, 104: 0, 125: 4.5, 121: null });
    const plan = demoPlan("Dinas Uji", 2026, 46203, "Asia/Jakarta").document;
    const wb = newWorkbook();
    addLkeSheets(wb, { agency: "Dinas Uji", year: 2026, plan, answers: { unit: DEMO_ANSWERS.unit, tpi }, timeZone: "Asia/Jakarta" });
    const file = path.join(dir, "lke.xlsx");
    await wb.xlsx.writeFile(file);
    const outDir = path.join(dir, "lo");
    const converted = sofficeConvert(file, "xlsx", outDir);

    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(converted);
    const ws = back.getWorksheet("LKE ZI")!;
    const rowOf = new Map<string, number>();
    ws.eachRow((row, n) => {
      const key = row.getCell(COL.id + 1).value;
      if (typeof key === "string" && !rowOf.has(key)) rowOf.set(key, n);
    });
    // exceljs hides a formula's cached result when it is 0 or "" in cell.value; the model keeps it.
    const result = (key: string, col: number): unknown => {
      const cell = ws.getCell(rowOf.get(key)!, col + 1) as unknown as { formula?: string; model: { result?: unknown } };
      expect(cell.formula, `${key} has a formula`).toBeTruthy();
      return cell.model.result;
    };
    let compared = 0;
    for (const [answers, valueCol, percentCol] of [
      [DEMO_ANSWERS.unit, COL.unitValue, COL.unitAnswer],
      [tpi, COL.tpiValue, COL.tpiAnswer],
    ] as const) {
      const core = scoreEvaluation(CURRENT_MODEL, answers);
      const near = (key: string, expected: number, col: number = valueCol) => {
        const v = result(key, col);
        expect(typeof v, key).toBe("number");
        expect(Math.abs((v as number) - expected), `${key}: LibreOffice ${String(v)}, core ${expected}`).toBeLessThan(1e-9);
        compared++;
      };
      for (const node of modelNodes(CURRENT_MODEL)) {
        near(`N:${node.code}`, core.nodes[node.code]);
        for (const r of node.ratios) near(`P:${r.id}`, core.items[r.id]);
      }
      near("R:total", core.total);
      for (const name of Object.keys(CURRENT_MODEL.figures)) near(`R:${name}`, core.figures[name]);
      for (const a of core.areas) near(`R:area:${a.code}`, a.percent, percentCol);
      near("R:belum", core.unanswered);
      expect(result("R:predikat", valueCol)).toBe(core.predicate ?? "BELUM MEMENUHI");
    }
    expect(compared).toBe(2 * (modelNodes(CURRENT_MODEL).length + 9 + 1 + Object.keys(CURRENT_MODEL.figures).length + 6 + 1));
    // The TPI case really went through its odd paths.
    const core = scoreEvaluation(CURRENT_MODEL, tpi);
    expect(core.unanswered).toBe(2);
    expect(core.notes.map((n) => n.code)).toEqual(expect.arrayContaining(["ZERO_DENOMINATOR", "INVALID_ANSWER"]));
  }, 180_000);
});
