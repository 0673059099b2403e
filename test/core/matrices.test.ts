import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  borderGroups, formatMatrices, formula, groupIndexMatrix, link, linkRuns, mergeRuns, paintRuns, parseRange, SpecBuilder, textStyleMatrix,
} from "../../core/index.js";

describe("spec matrices for 2-D format hosts", () => {
  it("resolve style groups per cell, later groups winning, clipped to the extent, with the properties used", () => {
    const b = new SpecBuilder("S", "report", [{ width: 10 }, { width: 10 }]);
    b.style("A1:B2", { bold: true, fill: "#FFFFFF" }).style("B2:C9", { bold: false, hAlign: "center" });
    const { matrices: m, used } = formatMatrices(b.build(), 3, 2);
    expect(m.fontWeights).toEqual([["bold", "bold"], ["bold", "normal"], ["normal", "normal"]]);
    expect(m.backgrounds).toEqual([["#FFFFFF", "#FFFFFF"], ["#FFFFFF", "#FFFFFF"], [null, null]]);
    expect(m.hAligns).toEqual([[null, null], [null, "center"], [null, "center"]]);
    expect([...used].sort()).toEqual(["backgrounds", "fontWeights", "hAligns"]);
  });

  it("merge the ranges of groups drawing the same borders", () => {
    const b = new SpecBuilder("S", "report", []);
    b.style("A1", { bold: true, borders: { top: true } }).style("B2", { borders: { top: true } }).style("C3", { borders: { left: true } });
    b.style("D4", { bold: true });
    expect(borderGroups(b.build())).toEqual([
      { borders: { top: true }, ranges: ["A1", "B2"] },
      { borders: { left: true }, ranges: ["C3"] },
    ]);
  });

  it("index each cell by the last group covering it", () => {
    expect(groupIndexMatrix([{ ranges: ["A1:B1"] }, { ranges: ["B1:B2"] }], 2, 2)).toEqual([[0, 1], [null, 1]]);
  });

  it("cut link columns into runs of text, split by numbers and formulas", () => {
    const b = new SpecBuilder("S", "findings", []);
    b.set(0, 1, "Sel");
    for (let r = 1; r <= 5; r++) b.set(r, 1, link(`x${r}`, "P", `A${r}`));
    b.set(3, 1, "teks di antara");
    b.set(6, 1, 42).set(7, 1, link("y", "P", "B1")).set(8, 1, formula("=1")).set(9, 1, link("z", "P", "B2"));
    expect(linkRuns(b.build())).toEqual([
      { col: 1, top: 1, bottom: 5 },
      { col: 1, top: 7, bottom: 7 },
      { col: 1, top: 9, bottom: 9 },
    ]);
  });
});

describe("fewer host calls for the same result", () => {
  it("carry only the font properties some group sets into the text styles, one description per cell", () => {
    const b = new SpecBuilder("S", "report", [{ width: 10 }, { width: 10 }]);
    b.style("A1", { bold: true, fontSize: 13 }).style("B1", { fill: "#FFFFFF" });
    const { matrices, used } = formatMatrices(b.build(), 1, 2);
    expect(textStyleMatrix(matrices, used)).toEqual([[{ bold: true, fontSize: 13 }, { bold: false, fontSize: 10 }]]);
    const plain = new SpecBuilder("S", "report", []).style("A1", { fill: "#FFFFFF" }).build();
    const m = formatMatrices(plain, 1, 1);
    expect(textStyleMatrix(m.matrices, m.used)).toBeNull();
  });

  it("merge rows of the same span on consecutive rows in one block, and anything taller on its own", () => {
    expect(mergeRuns(["G3:I3", "G4:I4", "A8:I8", "G5:I5", "A10:I10", "B2:B9", "C1:D2"])).toEqual([
      { range: "B2:B9", across: false },
      { range: "C1:D2", across: false },
      { range: "A8:I8", across: false },
      { range: "A10:I10", across: false },
      { range: "G3:I5", across: true },
    ]);
  });

  it("merge the same cells, one merge per row of a block, whatever the list (property)", () => {
    const row = fc.record({ top: fc.nat(30), left: fc.nat(5), width: fc.integer({ min: 1, max: 4 }), height: fc.integer({ min: 1, max: 3 }) });
    fc.assert(fc.property(fc.array(row, { maxLength: 25 }), (boxes) => {
      // Merges never overlap: keep the boxes that do not touch an earlier one.
      const kept: { top: number; left: number; bottom: number; right: number }[] = [];
      for (const b of boxes) {
        const box = { top: b.top, left: b.left, bottom: b.top + b.height - 1, right: b.left + b.width };
        if (!kept.some((k) => k.top <= box.bottom && box.top <= k.bottom && k.left <= box.right && box.left <= k.right)) kept.push(box);
      }
      const refs = kept.map((k) => `${String.fromCharCode(65 + k.left)}${k.top + 1}:${String.fromCharCode(65 + k.right)}${k.bottom + 1}`);
      const made: string[] = [];
      for (const run of mergeRuns(refs)) {
        const p = parseRange(run.range)!;
        if (!run.across) made.push(run.range);
        else for (let r = p.top; r <= p.bottom; r++) made.push(`${String.fromCharCode(65 + p.left)}${r + 1}:${String.fromCharCode(65 + p.right)}${r + 1}`);
      }
      expect(made.sort()).toEqual([...refs].sort());
    }));
  });

  it("paint column widths in as few strokes as leave every column its width (property)", () => {
    expect(paintRuns([18, 14, 13, 22, 18])).toEqual([
      { first: 0, count: 5, value: 18 }, { first: 1, count: 1, value: 14 }, { first: 2, count: 1, value: 13 }, { first: 3, count: 1, value: 22 },
    ]);
    expect(paintRuns([])).toEqual([]);
    fc.assert(fc.property(fc.array(fc.integer({ min: 1, max: 4 }), { maxLength: 12 }), (values) => {
      const runs = paintRuns(values);
      const painted: (number | null)[] = values.map(() => null);
      for (const r of runs) for (let i = r.first; i < r.first + r.count; i++) painted[i] = r.value;
      expect(painted).toEqual(values);
      // Never more strokes than runs of equal neighbours, the simple way.
      const simple = values.filter((v, i) => i === 0 || v !== values[i - 1]).length;
      expect(runs.length).toBeLessThanOrEqual(simple);
    }));
  });
});
