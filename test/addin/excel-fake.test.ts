// The Excel fake refuses what Excel refuses, so the adapter tests that pass on it mean something.
import { describe, expect, it } from "vitest";
import { FakeExcel } from "../helpers/addin/excel-fake.js";
import { rowRanges, joinRanges, splitAreas } from "../../addin/excel/address.js";

describe("the Excel fake", () => {
  it("fails the sync that adds a sheet name already in use, whatever its case", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Lampiran ZI", [["x"]]);
    await expect(fake.run(async (c) => {
      c.workbook.worksheets.add("lampiran zi");
      await c.sync();
    })).rejects.toThrow(/ItemAlreadyExists/);
    expect(fake.sheets).toHaveLength(1);
  });

  it("refuses a values array that does not fit its range", async () => {
    const fake = new FakeExcel();
    await expect(fake.run(async (c) => {
      c.workbook.worksheets.add("A").getRange("A1:B2").values = [[1, 2]];
      await c.sync();
    })).rejects.toThrow(/InvalidArgument/);
  });

  it("refuses to read a property before load and sync", async () => {
    const fake = new FakeExcel();
    fake.addSheet("A", [["x"]]);
    await fake.run(async (c) => {
      const sheets = c.workbook.worksheets.load("items/name");
      expect(() => sheets.items).toThrow(/PropertyNotLoaded/);
      await c.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(["A"]);
      expect(() => sheets.items[0].visibility).toThrow(/PropertyNotLoaded/);
    });
  });

  it("reads typed input like Excel: formulas, numbers, and apostrophe text", async () => {
    const fake = new FakeExcel();
    await fake.run(async (c) => {
      c.workbook.worksheets.add("A").getRange("A1:E1").values = [["=1+1", "-cmd", "'=1+1", "12", "teks"]];
      await c.sync();
    });
    const s = fake.sheet("A")!;
    expect([0, 1, 2, 3, 4].map((col) => s.cell(0, col))).toEqual([
      { value: "", formula: "=1+1", numberFormat: undefined },
      { value: "", formula: "-cmd", numberFormat: undefined },
      { value: "=1+1", literal: true, numberFormat: undefined },
      { value: 12, numberFormat: undefined },
      { value: "teks", literal: false, numberFormat: undefined },
    ]);
  });

  it("flags commands left unsynced at the end of Excel.run", async () => {
    const fake = new FakeExcel();
    await fake.run(async (c) => {
      c.workbook.worksheets.add("A");
    });
    expect(fake.problems).toHaveLength(1);
  });
});

describe("address helpers", () => {
  it("groups rows into runs, from the first row on", () => {
    expect(rowRanges([0, 1, 2, 5, 9, 8])).toEqual(["1:3", "6:6", "9:10"]);
    expect(rowRanges([])).toEqual([]);
  });

  it("joins ranges under the length limit without splitting one", () => {
    const ranges = Array.from({ length: 100 }, (_, i) => `A${i + 1}:C${i + 1}`);
    const joined = joinRanges(ranges, 60);
    expect(joined.every((a) => a.length <= 60)).toBe(true);
    expect(joined.join(",").split(",")).toEqual(ranges);
  });

  it("splits Excel's area lists, keeping commas inside quoted sheet names", () => {
    expect(splitAreas("'A, B'!$A$1:$B$2, 'A, B'!C3")).toEqual(["A1:B2", "C3"]);
  });
});
