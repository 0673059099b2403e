import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  assessWorkbook, buildEvaluationSheet, COL, isFormula, LKE_ZI_2026, modelQuestions, parseRange, SHEET_FUNCTIONS_ALLOWED, SUMMARY_MIN_COLS,
} from "../../core/index.js";
import { calculateSpec } from "../helpers/hyperformula.js";
import { compareWithCore, rowsByKey } from "../helpers/lke-sheet-check.js";
import { gridFromSpec } from "../helpers/spec-grid.js";
import { answersArb, bestAnswers } from "../helpers/lke.js";
import { TOY } from "../helpers/toy-edition.js";

const M = LKE_ZI_2026;

describe("the LKE sheet's formulas agree with the core (HyperFormula)", () => {
  it("for all best answers and for a blank sheet", () => {
    expect(compareWithCore(M, bestAnswers(), {})).toBeGreaterThan(100);
  });

  it("for random answer sets, on every sub-area, area, figure, total and the predicate", () => {
    fc.assert(
      fc.property(answersArb(), answersArb(), (unit, tpi) => {
        compareWithCore(M, unit, tpi);
      }),
      { numRuns: Number(process.env.LKE_RUNS ?? 40) },
    );
  }, 120_000);

  it("for another edition built from data", () => {
    fc.assert(fc.property(answersArb(TOY), answersArb(TOY), (unit, tpi) => void compareWithCore(TOY, unit, tpi)), { numRuns: 50 });
  });
});

describe("the LKE sheet", () => {
  const spec = buildEvaluationSheet(M, { agency: "Dinas Perhubungan", year: 2026, answers: { unit: { 1: "=HYPERLINK(\"http://x\";\"klik\")", 2: "b" } } });
  const rows = rowsByKey(spec);

  it("uses only functions every spreadsheet has", () => {
    const formulas = [
      ...spec.cells.flat().filter(isFormula).map((f) => f.formula),
      ...spec.conditionalFormats.map((c) => c.formula),
    ];
    expect(formulas.length).toBeGreaterThan(500);
    const used = new Set(formulas.flatMap((f) => [...f.matchAll(/([A-Z][A-Z0-9.]*)\(/g)].map((m) => m[1])));
    for (const name of used) expect(SHEET_FUNCTIONS_ALLOWED as readonly string[], name).toContain(name);
    // No string literal contains a formula separator a locale could change.
    for (const f of formulas) expect(f, f).not.toContain(";");
  });

  it("has one row per question with its ID, criteria and answer type, and hides the ID column", () => {
    const header = spec.cells[rows.get("ID")!];
    expect(header.slice(0, 12)).toEqual([
      "KODE", "KOMPONEN / PERTANYAAN", "KRITERIA", "JENIS JAWABAN", "BOBOT", "JAWABAN UNIT", "NILAI UNIT", "JAWABAN TPI", "NILAI TPI", "CATATAN TPI", "BUKTI DUKUNG", "RENCANA AKSI",
    ]);
    expect(spec.columns[COL.id].hidden).toBe(true);
    expect(spec.columns[COL.plan].hidden).toBeUndefined();
    for (const q of modelQuestions(M)) {
      const row = spec.cells[rows.get(`S${q.no}`)!];
      expect(row[COL.code]).toBe(q.no);
      expect(row[COL.criteria]).toBe(q.criteria);
    }
    const s12 = spec.cells[rows.get("S12")!];
    expect(s12[COL.type]).toBe("A/B/C/D");
    expect(String(s12[COL.text]).trim()).toBe("Anggota organisasi terlibat dalam pembangunan Zona Integritas menuju WBK/WBBM");
    // Nodes are indented by depth and carry their weight.
    const subArea = spec.cells[rows.get("N:A.I.1.i")!];
    expect(subArea[COL.text]).toBe("         Penyusunan Tim Kerja");
    expect(subArea[COL.weight]).toBe(0.5);
  });

  it("writes a hostile agency name as text, never a formula", () => {
    const hostile: string[] = JSON.parse(readFileSync(new URL("../vectors/hostile-strings.json", import.meta.url), "utf8")).strings;
    for (const text of hostile) {
      const s = buildEvaluationSheet(M, { agency: text, year: 2026, answers: { tpi: { 1: text } } });
      const cells = s.cells.flat();
      expect(cells).toContain(text.trim());
      expect(cells.filter(isFormula).some((f) => f.formula.includes(text.trim()))).toBe(false);
    }
  });

  it("writes typed answers as values, never formulas", () => {
    const s1 = spec.cells[rows.get("S1")!];
    expect(s1[COL.unitAnswer]).toBe("=HYPERLINK(\"http://x\";\"klik\")");
    expect(isFormula(s1[COL.unitAnswer])).toBe(false);
    expect(spec.cells[rows.get("S2")!][COL.unitAnswer]).toBe("b");
  });

  it("offers a dropdown of the options on choice answers and bounded numbers on counts and indices", () => {
    const ruleAt = (key: string, col: number) => {
      const r = rows.get(key)!;
      return spec.validations.find((v) => v.ranges.some((ref) => {
        const p = parseRange(ref)!;
        return p.top <= r && r <= p.bottom && p.left <= col && col <= p.right;
      }));
    };
    expect(ruleAt("S1", COL.unitAnswer)?.rule).toEqual({ kind: "list", values: ["Ya", "Tidak"] });
    expect(ruleAt("S1", COL.tpiAnswer)?.rule).toEqual({ kind: "list", values: ["Ya", "Tidak"] });
    expect(ruleAt("S1", COL.unitAnswer)?.allowInvalid).toBe(true); // lower case "ya" must stay possible
    expect(ruleAt("S14", COL.tpiAnswer)?.rule).toEqual({ kind: "list", values: ["A", "B", "C", "D", "E"] });
    expect(ruleAt("S88", COL.unitAnswer)).toMatchObject({ rule: { kind: "number", min: 0, integer: true }, allowInvalid: false });
    expect(ruleAt("S125", COL.unitAnswer)?.rule).toEqual({ kind: "number", min: 0, max: 4 });
    expect(ruleAt("S1", COL.tpiNote)).toBeUndefined();
    expect(spec.validations.length).toBeLessThanOrEqual(6);
  });

  it("names the total and the predicate of both assessments", () => {
    const named = Object.fromEntries(spec.namedRanges.map((n) => [n.name, n.range]));
    const total = rows.get("R:total")! + 1;
    const predicate = rows.get("R:predikat")! + 1;
    expect(named).toEqual({
      NILAI_TOTAL_UNIT: `G${total}`, NILAI_TOTAL_TPI: `I${total}`, PREDIKAT_UNIT: `G${predicate}`, PREDIKAT_TPI: `I${predicate}`,
    });
  });

  it("highlights values below the WBK and WBBM minimums in the summary", () => {
    const total = rows.get("R:total")! + 1;
    const firstArea = rows.get("R:area:MP")! + 1;
    const cf = spec.conditionalFormats.map((c) => `${c.range} ${c.formula}`);
    expect(cf).toContain(`G${total}:G${firstArea - 1} =AND($J${total}<>"",ROUND(G${total},2)<$J${total})`);
    expect(cf).toContain(`F${firstArea}:F${firstArea + 5} =AND($K${firstArea}<>"",ROUND(F${firstArea},2)>=$J${firstArea},ROUND(F${firstArea},2)<$K${firstArea})`);
    expect(spec.cells[total - 1][COL.tpiNote]).toBe(75);
    expect(spec.cells[total - 1][COL.evidence]).toBe(85);
    expect(spec.cells[firstArea - 1][COL.tpiNote]).toBe(60);
  });

  it("keeps the number of style, format and validation groups independent of the question count", () => {
    expect(spec.styles.length).toBeLessThan(30);
    expect(spec.numberFormats.length).toBeLessThan(6);
  });
});

describe("the LKE sheet's threshold cells", () => {
  it("are what the predicate formulas read: one edit changes the sheet's predicate, and zi is told", () => {
    const answers = bestAnswers();
    const spec = buildEvaluationSheet(M, { agency: "Dinas Uji", year: 2026, answers: { tpi: answers } });
    const rows = rowsByKey(spec);
    const total = rows.get("R:total")!;
    const predicateRow = rows.get("R:predikat")!;
    const wbbmCol = SUMMARY_MIN_COLS.WBBM;
    expect(spec.cells[total][wbbmCol]).toBe(85);
    const before = calculateSpec(spec);
    expect(before.value(predicateRow, COL.tpiValue)).toBe("WBBM");
    before.destroy();
    // The TPI corrects the WBBM minimum of the total above the unit's 100: the sheet says WBK.
    const edited = { ...spec, cells: spec.cells.map((r, i) => (i === total ? r.map((v, c) => (c === wbbmCol ? 100.5 : v)) : r)) };
    const after = calculateSpec(edited);
    expect(after.value(predicateRow, COL.tpiValue)).toBe("WBK");
    after.destroy();
    const a = assessWorkbook("lke.xlsx", { sheets: [gridFromSpec(edited)] });
    expect(a.scores!.tpi.predicate).toBe("WBBM");
    expect(a.read!.findings).toEqual([
      expect.objectContaining({ code: "THRESHOLD_CHANGED", severity: "warning", cell: `${String.fromCharCode(65 + wbbmCol)}${total + 1}`, message: expect.stringMatching(/Batas WBBM untuk "Nilai total" di lembar ini diubah menjadi 100,50, sedangkan model LKE memakai 85,00/) }),
    ]);
    expect(assessWorkbook("lke.xlsx", { sheets: [gridFromSpec(spec)] }).read!.findings).toEqual([]);
  });
});
