import { afterEach, describe, expect, it } from "vitest";
import { callOverRanges, functionDocs, rangeParams, SHEET_FUNCTIONS, type CellValue } from "../../core/index.js";

const TZ = "Asia/Jakarta";

describe("registry functions over ranges", () => {
  it("calls once with single values and with 1x1 ranges", () => {
    expect(callOverRanges("TARGET", ["31/03/2026"], TZ)).toEqual({ shape: "single", result: { ok: true, value: 46112 } });
    expect(callOverRanges("TARGET", [[["31/03/2026"]], [[2026]]], TZ)).toEqual({ shape: "single", result: { ok: true, value: 46112 } });
  });

  it("treats an empty range and undefined as an omitted argument", () => {
    expect(callOverRanges("TARGET", [[["Triwulan II"]], []], TZ)).toMatchObject({ result: { ok: false, error: "invalidValue" } });
    expect(callOverRanges("TARGET", [[["Triwulan II"]], undefined], TZ)).toMatchObject({ result: { ok: false } });
  });

  it("maps a column of targets element-wise, one answer per cell, errors in place", () => {
    const out = callOverRanges("TARGET", [[["31/03/2026"], ["segera"], [""]], 2026], TZ);
    expect(out.shape).toBe("array");
    if (out.shape !== "array") return;
    expect(out.results.map((r) => r.map((x) => (x.ok ? x.value : x.error)))).toEqual([[46112], ["invalidValue"], [""]]);
  });

  it("repeats a row against a column, like Excel does with built-in functions", () => {
    const out = callOverRanges("TARGET", [[["Triwulan I"], ["Triwulan II"]], [[2026, 2027]]], TZ);
    if (out.shape !== "array") throw new Error("expected an array");
    expect(out.results.map((r) => r.map((x) => (x.ok ? x.value : null)))).toEqual([
      [46112, 46477],
      [46203, 46568],
    ]);
  });

  it("answers #N/A where a smaller range has no partner", () => {
    const out = callOverRanges("TERLAMBAT", [[[46112], [46112], [46112]], [["Selesai"], ["Dalam Proses"]], 46200], TZ);
    if (out.shape !== "array") throw new Error("expected an array");
    expect(out.results.map((r) => r[0].ok ? r[0].value : r[0].error)).toEqual([false, true, "notAvailable"]);
    const third = out.results[2][0];
    expect(!third.ok && third.message).toMatch(/Rentang/);
  });

  it("names an unknown function instead of throwing", () => {
    const out = callOverRanges("TIDAK_ADA", [1], TZ);
    expect(out).toMatchObject({ shape: "single", result: { ok: false, error: "notAvailable" } });
  });
});

describe("parameters documented as ranges", () => {
  const name = "UJI_JUMLAH";
  afterEach(() => {
    delete SHEET_FUNCTIONS[name];
    delete functionDocs[name];
  });

  it("receive the whole array (or the value of a single cell), while the other parameters still lift", () => {
    const seen: unknown[] = [];
    SHEET_FUNCTIONS[name] = (args) => {
      seen.push(args[0]);
      const cells = [args[0] as unknown as CellValue | CellValue[][]].flat(2).filter((v): v is number => typeof v === "number");
      return { ok: true, value: cells.reduce((a, b) => a + b, 0) * Number(args[1]) };
    };
    functionDocs[name] = {
      description: { id: "uji", en: "test" },
      params: [
        { name: "nilai", matrix: true, description: { id: "rentang", en: "range" } } as (typeof functionDocs)[string]["params"][number],
        { name: "kali", description: { id: "pengali", en: "factor" } },
      ],
      returns: { id: "jumlah", en: "sum" },
    };
    expect(rangeParams(name)).toEqual([true, false]);
    expect(callOverRanges(name, [[[1, 2], [3, "x"]], 2], TZ)).toEqual({ shape: "single", result: { ok: true, value: 12 } });
    expect(callOverRanges(name, [5, 3], TZ)).toEqual({ shape: "single", result: { ok: true, value: 15 } });
    expect(seen[1]).toBe(5);
    const lifted = callOverRanges(name, [[[1, 2]], [[1], [10]]], TZ);
    if (lifted.shape !== "array") throw new Error("expected an array");
    expect(lifted.results.map((r) => r.map((x) => (x.ok ? x.value : null)))).toEqual([[3], [30]]);
  });
});
