import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  buildEvaluationSheet, buildPlanSheet, COL, isLink, LAMPIRAN_I, LKE_ZI_2026, modelQuestions, newPlanDocument, planProgressByNode,
  normalizeHeader, readEvaluation, readPlan, scoreEvaluation, serialFromIso, blankActionValues, type CellValue, type Grid,
} from "../../core/index.js";
import { answersArb } from "../helpers/lke.js";
import { gridFromSpec } from "../helpers/spec-grid.js";

const M = LKE_ZI_2026;
const hostile: string[] = (await import("../vectors/hostile-strings.json", { with: { type: "json" } })).default.strings ?? [];

describe("readEvaluation", () => {
  it("reads back every answer of both assessments, the agency, the year and the model", () => {
    fc.assert(
      fc.property(answersArb(), answersArb(), (unit, tpi) => {
        const spec = buildEvaluationSheet(M, { agency: "Dinas Sosial", year: 2027, answers: { unit: unit as never, tpi: tpi as never } });
        const read = readEvaluation(gridFromSpec(spec))!;
        expect(read).toMatchObject({ agency: "Dinas Sosial", year: 2027, modelId: "lke-zi-2026", sheet: "LKE ZI" });
        for (const q of modelQuestions(M)) {
          expect(read.answers.unit[q.no]).toEqual(unit[q.no] ?? null);
          expect(read.answers.tpi[q.no]).toEqual(tpi[q.no] ?? null);
        }
        expect(scoreEvaluation(M, read.answers.tpi)).toEqual(scoreEvaluation(M, tpi));
      }),
      { numRuns: 30 },
    );
  });

  it("says where each answer sits, and finds columns by header after a column is inserted", () => {
    const spec = buildEvaluationSheet(M, { agency: "Dinas X", year: 2026, answers: { unit: { 12: "B" }, tpi: { 12: "C" } } });
    const grid = gridFromSpec(spec);
    const read = readEvaluation(grid)!;
    const row = grid.values.findIndex((r) => r[COL.id] === "S12");
    expect(read.cells.unit[12]).toBe(`F${row + 1}`);
    expect(read.cells.tpi[12]).toBe(`H${row + 1}`);
    const shifted: Grid = { name: "LKE", values: [[null], ...grid.values.map((r) => ["sisipan", ...r])] };
    const again = readEvaluation(shifted)!;
    expect(again.answers.unit[12]).toBe("B");
    expect(again.answers.tpi[12]).toBe("C");
    expect(again.cells.tpi[12]).toBe(`I${row + 2}`);
  });

  it("reads a date typed into a count as the serial number the sheet's formula sees", () => {
    const spec = buildEvaluationSheet(M, { agency: "X", year: 2026 });
    const grid = gridFromSpec(spec);
    const row = grid.values.findIndex((r) => r[COL.id] === "S88");
    grid.values[row][COL.unitAnswer] = new Date("2026-03-31T00:00:00+07:00");
    expect(readEvaluation(grid, { timeZone: "Asia/Jakarta" })!.answers.unit[88]).toBe(serialFromIso("2026-03-31"));
  });

  it("returns null for a sheet that is not an LKE sheet", () => {
    expect(readEvaluation({ name: "Data", values: [["NO", "JAWABAN"], [1, "A"]] })).toBeNull();
    expect(readEvaluation({ name: "Kosong", values: [] })).toBeNull();
  });

  it("never throws on odd cells, and reads only question rows below the header", () => {
    const odd: fc.Arbitrary<CellValue> = fc.oneof(
      fc.constantFrom<CellValue>(null, "", "#REF!", "#N/A", "=SUM(A1)", "S12", "s3", "S0099", "PD", "TAHUN", "MODEL:", "JAWABAN UNIT", "ID", ...hostile),
      fc.string({ maxLength: 30 }),
      fc.double({ noNaN: false }),
      fc.boolean(),
      fc.date({ noInvalidDate: false }),
      fc.constant("x".repeat(40_000)),
    );
    const header = ["KODE", "KOMPONEN / PERTANYAAN", "KRITERIA", "JENIS JAWABAN", "BOBOT", "JAWABAN UNIT", "NILAI UNIT", "JAWABAN TPI", "NILAI TPI", "CATATAN TPI", "BUKTI DUKUNG", "RENCANA AKSI", "ID"];
    const grid = fc.record({
      rows: fc.array(fc.array(odd, { maxLength: 16 }), { maxLength: 25 }),
      headerAt: fc.integer({ min: 0, max: 30 }),
      merges: fc.array(fc.constantFrom("A1:B2", "F5:F9", "M1:M40", "A1:XFD1048576", "bogus", "Z9:A1"), { maxLength: 3 }),
    }).map(({ rows, headerAt, merges }): Grid => {
      const values = rows.map((r) => [...r]);
      values.splice(Math.min(headerAt, values.length), 0, header);
      return { name: "LKE", values, merges };
    });
    fc.assert(
      fc.property(grid, (g) => {
        const read = readEvaluation(g);
        expect(read).not.toBeNull();
        expect(g.values[read!.headerRow].some((v) => normalizeHeader(v) === "ID")).toBe(true);
        for (const [no, cell] of Object.entries(read!.cells.unit)) {
          expect(Number.isInteger(Number(no))).toBe(true);
          expect(Number(/\d+$/.exec(cell)![0]) - 1).toBeGreaterThan(read!.headerRow);
        }
        scoreEvaluation(M, read!.answers.unit);
      }),
      { numRuns: 300 },
    );
  });
});

describe("plan and score together", () => {
  const doc = newPlanDocument({ agency: "Dinas Perhubungan", year: 2026 }, LAMPIRAN_I);
  doc.actions["MP.2.1"] = { ...blankActionValues(), status: "Selesai" };
  doc.actions["MP.2.2"] = { ...blankActionValues(), status: "Dalam Proses" };
  doc.actions["PW.4.1"] = { ...blankActionValues(), status: "Belum Mulai", doneOn: serialFromIso("2026-02-01") };
  doc.actions["PW.4.2"] = { ...blankActionValues(), status: " selesai " };
  const plan = readPlan(gridFromSpec(buildPlanSheet(doc), "Lampiran ZI"))!;

  it("counts the done rencana aksi of each indicator under its LKE sub-area", () => {
    const progress = planProgressByNode(plan);
    expect(progress.get("A.I.1.ii")).toMatchObject({ indicators: ["MP.2"], done: 1, total: 2, sheet: "Lampiran ZI" });
    expect(progress.get("A.I.5.iv")).toMatchObject({ done: 2, total: 3 });
    expect(progress.get("A.I.1.i")).toMatchObject({ done: 0, total: 1 });
    expect(progress.get("B.I")).toMatchObject({ indicators: ["H1.1"], total: 1 });
  });

  it("shows the counts beside the sub-areas, linked to the plan row", () => {
    const spec = buildEvaluationSheet(M, { agency: "Dinas Perhubungan", year: 2026, plan });
    const row = spec.cells.find((r) => r[COL.id] === "N:A.I.1.ii")!;
    const cell = row[COL.plan];
    expect(isLink(cell)).toBe(true);
    const planRow = plan.rows.find((r) => r.actionIds[0] === "MP.2.1")!.row;
    expect(cell).toEqual({ text: "1 dari 2 selesai", link: { sheet: "Lampiran ZI", cell: `C${planRow + 1}` } });
    expect(spec.cells.find((r) => r[COL.id] === "N:A.I.6.iii")![COL.plan] ?? null).toBeNull();
    expect(spec.cells.some((r) => String(r[0] ?? "").includes('lembar "Lampiran ZI"'))).toBe(true);
    const without = buildEvaluationSheet(M, { agency: "Dinas Perhubungan", year: 2026 });
    expect(without.cells.some((r) => r[COL.plan] !== undefined && r[COL.plan] !== null && r[COL.plan] !== "RENCANA AKSI")).toBe(false);
  });
});
