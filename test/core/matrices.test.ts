import { describe, expect, it } from "vitest";
import { borderGroups, formatMatrices, formula, groupIndexMatrix, link, linkRuns, SpecBuilder } from "../../core/index.js";

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
