// Issue 8: the evaluation-sheet reader over 10,000 random grids and 10,000 LKE sheets with random
// cells written over them: it never throws, points only inside the grid, and what it reads
// always scores to a finite total.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildEvaluationSheet, CURRENT_MODEL, gridColCount, parseCell, readEvaluation, scoreEvaluation, type Grid } from "../../core/index.js";
import { damagedGridArb, gridArb, propertyRuns } from "../helpers/arbitraries.js";
import { gridFromSpec } from "../helpers/spec-grid.js";

const questions = new Set<number>();
(function collect(nodes: { children?: unknown[]; questions?: { no: number }[] }[]) {
  for (const n of nodes) {
    for (const q of n.questions ?? []) questions.add(q.no);
    collect((n.children ?? []) as typeof nodes);
  }
})(CURRENT_MODEL.tree as never);

/** Plain checks, not expect(): 20,000 runs stay fast. */
function check(grid: Grid): void {
  const read = readEvaluation(grid, { timeZone: "Asia/Jakarta" });
  if (!read) return;
  const rows = grid.values.length;
  const cols = Math.max(gridColCount(grid), 1);
  if (read.headerRow < 0 || read.headerRow >= rows) throw new Error("header outside the grid");
  for (const who of ["unit", "tpi"] as const) {
    for (const [no, cell] of Object.entries(read.cells[who])) {
      if (!questions.has(Number(no))) throw new Error(`unknown question ${no}`);
      const p = parseCell(cell);
      if (!p || p.row <= read.headerRow || p.row >= rows || p.col >= cols) throw new Error(`answer cell ${cell} outside the table`);
    }
    const score = scoreEvaluation(CURRENT_MODEL, read.answers[who]);
    if (!Number.isFinite(score.total) || score.total < 0 || score.total > 100) throw new Error(`total ${score.total}`);
  }
}

describe("readEvaluation never throws on what hosts hand it", () => {
  it("knows the model's 127 questions", () => expect(questions.size).toBe(127));

  it("random grids", () => {
    fc.assert(fc.property(gridArb, check), { numRuns: propertyRuns() });
  });

  it("LKE sheets with random cells written over them", () => {
    const base = gridFromSpec(buildEvaluationSheet(CURRENT_MODEL, { agency: "Dinas Uji", year: 2026 }), "LKE ZI");
    fc.assert(fc.property(damagedGridArb(base), check), { numRuns: propertyRuns() });
  });
});
