// The same answers give the same scores whichever way they travel: typed into the official
// workbook (the way people type them), read by the core; carried into our LKE sheet and read back;
// and computed by that sheet's native formulas (HyperFormula recalculating it).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  assessWorkbook, buildEvaluationSheet, LKE_ZI_2026, readEvaluation, scoreEvaluation,
} from "../../core/index.js";
import { propertyRuns } from "../helpers/arbitraries.js";
import { answersArb } from "../helpers/lke.js";
import { sheetChecker } from "../helpers/lke-sheet-check.js";
import { officialWorkbook } from "../helpers/official-lke.js";
import { gridFromSpec } from "../helpers/spec-grid.js";

const M = LKE_ZI_2026;
const RUNS = propertyRuns(1_000);

describe("official workbook, our LKE sheet and its formulas agree", () => {
  const sheet = sheetChecker(M);

  it(`for ${RUNS} random answer sets typed the way people type them`, () => {
    fc.assert(
      fc.property(answersArb(), answersArb(), fc.boolean(), (unit, tpi, messy) => {
        const official = assessWorkbook("lke.xlsx", officialWorkbook({ unit, tpi, typing: messy ? "messy" : "clean" }).grids);
        expect(official.layout).toBe("resmi");
        const read = official.read!;
        const ours = readEvaluation(gridFromSpec(buildEvaluationSheet(M, { agency: official.agency, year: official.year, answers: read.answers })))!;
        expect(ours.layout).toBe("zi");
        expect(scoreEvaluation(M, ours.answers.unit)).toEqual(official.scores!.unit);
        expect(scoreEvaluation(M, ours.answers.tpi)).toEqual(official.scores!.tpi);
        // Every node, figure, area, the total and the predicate, as the sheet's formulas compute them.
        expect(sheet.check(read.answers.unit, read.answers.tpi)).toBeGreaterThan(100);
      }),
      { numRuns: RUNS },
    );
  }, 600_000);
});
