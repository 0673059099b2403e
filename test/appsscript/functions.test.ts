// The ZI_* custom functions as globals of the built Code.js: they answer every shared vector
// (including ones added later), take Dates and ranges as Sheets passes them, give dates back as
// Dates, throw the core's Indonesian message, and touch no service but the script's time zone.
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import {
  instantFromWallClock, rangeErrors, serialFromInstant, serialFromIso, SHEET_FUNCTIONS, type CellValue,
} from "../../core/index.js";
import { loadScript, type LoadedScript } from "../helpers/gas/sandbox.js";

interface Vector {
  fn: string;
  args: CellValue[];
  expect: { value?: unknown; error?: string };
}
const file = JSON.parse(readFileSync(new URL("../vectors/functions.json", import.meta.url), "utf8")) as { timeZone: string; vectors: Vector[] };

const isDate = (v: unknown): v is Date => Object.prototype.toString.call(v) === "[object Date]";

function thrown(fn: () => unknown): { message: string } | null {
  try {
    fn();
    return null;
  } catch (e) {
    return { message: (e as Error).message };
  }
}

describe("ZI_ custom functions answer the shared vectors", () => {
  let script: LoadedScript;
  beforeAll(async () => {
    script = await loadScript({ scriptTimeZone: file.timeZone });
  });

  for (const v of file.vectors) {
    it(`ZI_${v.fn}(${v.args.map((a) => JSON.stringify(a)).join("; ")})`, () => {
      const fn = script.fn(`ZI_${v.fn}`);
      const params = new Array(fn.length).fill(undefined).map((_, i) => (i < v.args.length ? script.inRealm(v.args[i]) : undefined));
      if (v.expect.error) {
        const core = SHEET_FUNCTIONS[v.fn](v.args, file.timeZone);
        expect(core.ok).toBe(false);
        expect(thrown(() => fn(...params))).toEqual({ message: core.ok ? "" : core.message });
        return;
      }
      const result = fn(...params);
      // A date comes back as a Date in the script's zone; the vectors hold serials.
      expect(isDate(result) ? serialFromInstant(result, file.timeZone) : result).toEqual(v.expect.value);
    });
  }

  it("touch no service but Session.getScriptTimeZone (custom functions run without authorization)", () => {
    script.log.reset();
    script.fn("ZI_TARGET")("Triwulan II", 2026);
    script.fn("ZI_TERLAMBAT")("Maret 2026", "Dalam Proses", "2026-04-01");
    expect(new Set(script.log.names())).toEqual(new Set(["Session.getScriptTimeZone"]));
  });
});

describe("ZI_ custom functions with what Sheets passes", () => {
  let script: LoadedScript;
  const at = (s: LoadedScript, y: number, m: number, d: number, tz = "Asia/Jakarta") =>
    new s.DateCtor(instantFromWallClock(y, m, d, 0, 0, 0, tz).getTime());
  beforeAll(async () => {
    script = await loadScript();
  });

  it("take date cells as Dates and give the due date back as a Date", () => {
    const due = script.fn("ZI_TARGET")(at(script, 2026, 3, 31));
    expect(isDate(due)).toBe(true);
    expect(serialFromInstant(due as Date, "Asia/Jakarta")).toBe(serialFromIso("2026-03-31"));
    expect(script.fn("ZI_TERLAMBAT")(at(script, 2026, 3, 31), "Dalam Proses", at(script, 2026, 4, 1))).toBe(true);
    expect(script.fn("ZI_TERLAMBAT")(at(script, 2026, 3, 31), "Selesai", at(script, 2026, 4, 1))).toBe(false);
  });

  it("read and write dates in the script's time zone, so no date moves by a day", async () => {
    const la = await loadScript({ scriptTimeZone: "America/Los_Angeles" });
    const due = la.fn("ZI_TARGET")("31/03/2026") as Date;
    expect(serialFromInstant(due, "America/Los_Angeles")).toBe(serialFromIso("2026-03-31"));
    expect(serialFromInstant(la.fn("ZI_TARGET")(at(la, 2026, 6, 30, "America/Los_Angeles")) as Date, "America/Los_Angeles"))
      .toBe(serialFromIso("2026-06-30"));
  });

  it("map a range element-wise, a single value applying to every element, a failing element showing its message", () => {
    const out = script.fn("ZI_TARGET")(script.inRealm([["31/03/2026"], ["Triwulan II"], [""], ["segera"]]), 2026) as unknown[][];
    expect(out).toHaveLength(4);
    expect(out.map((r) => r.length)).toEqual([1, 1, 1, 1]);
    expect(serialFromInstant(out[0][0] as Date, "Asia/Jakarta")).toBe(serialFromIso("2026-03-31"));
    expect(serialFromInstant(out[1][0] as Date, "Asia/Jakarta")).toBe(serialFromIso("2026-06-30"));
    expect(out[2][0]).toBe("");
    const core = SHEET_FUNCTIONS.TARGET(["segera", 2026], "Asia/Jakarta");
    expect(out[3][0]).toBe(core.ok ? null : core.message);
  });

  it("zip ranges of the same shape and broadcast a 1x1 range", () => {
    const targets = script.inRealm([[46112, 46203]]);
    const statuses = script.inRealm([["Dalam Proses", "Selesai"]]);
    expect(script.fn("ZI_TERLAMBAT")(targets, statuses, script.inRealm([[46300]]))).toEqual([[true, false]]);
    expect(script.fn("ZI_TERLAMBAT")(targets, "Belum Mulai", 46150)).toEqual([[true, false]]);
  });

  it("answer the outside-range message where a smaller range has no partner, as Excel does", () => {
    const fn = script.fn("ZI_TERLAMBAT");
    const out = fn(script.inRealm([[46112], [46113], [46114]]), script.inRealm([["Selesai"], ["Dalam Proses"]]), 46150) as unknown[][];
    expect(out).toEqual([[false], [true], [rangeErrors.outsideRange]]);
  });

  it("hand a whole range to parameters that take one (NILAI_AREA averages it)", () => {
    expect(script.fn("ZI_NILAI_AREA")(script.inRealm([["Ya"], ["Tidak"]]), "ya-tidak", 1)).toBe(0.5);
  });
});
