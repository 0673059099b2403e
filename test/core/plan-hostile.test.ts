import fc from "fast-check";
import { describe, it } from "vitest";
import { buildPlanSheet, gridColCount, LAMPIRAN_I, newPlanDocument, readPlan } from "../../core/index.js";
import { damagedGridArb, gridArb, propertyRuns } from "../helpers/arbitraries.js";
import { gridFromSpec } from "../helpers/spec-grid.js";

/** Throws (failing the property) when a read plan points outside its grid; plain checks keep 10,000 runs fast. */
function checkRead(grid: Parameters<typeof readPlan>[0]): void {
  const read = readPlan(grid, { timeZone: "Asia/Jakarta" });
  if (!read) return;
  const rows = grid.values.length;
  const cols = Math.max(gridColCount(grid), 1);
  const bad = read.rows.find((r) => r.row < 0 || r.row >= rows || r.actionIds.length === 0);
  if (bad) throw new Error(`row outside the grid: ${JSON.stringify(bad)}`);
  if (read.headerRow >= rows) throw new Error("header row outside the grid");
  if (read.document.team.length !== 5) throw new Error("team must have five slots");
  if (Object.values(read.columns).some((c) => c === undefined || c >= cols)) throw new Error("column outside the grid");
}

describe("readPlan never throws on what hosts hand it", () => {
  it("random grids", () => {
    fc.assert(fc.property(gridArb, (g) => checkRead(g)), { numRuns: propertyRuns() });
  });

  it("generated plans with random cells written over them", () => {
    const base = gridFromSpec(buildPlanSheet(newPlanDocument({ agency: "Dinas Uji", year: 2026 }, LAMPIRAN_I)));
    fc.assert(fc.property(damagedGridArb(base), (g) => checkRead(g)), { numRuns: propertyRuns() });
  });
});
