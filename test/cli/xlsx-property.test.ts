// Property: any workbook exceljs writes (strings, hostile ones included, numbers, booleans, dates
// with date formats, formulas with results, rich text, errors, merges, hidden sheets) reads back
// through readXlsx as exactly what was written.
import ExcelJS from "exceljs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { instantFromWallClock, readXlsx, type CellValue } from "../../core/index.js";
import { propertyRuns } from "../helpers/arbitraries.js";
import hostile from "../vectors/hostile-strings.json" with { type: "json" };

const RUNS = propertyRuns();
const TZ = "Asia/Jakarta";
const ERRORS = ["#REF!", "#N/A", "#VALUE!", "#DIV/0!", "#NAME?", "#NUM!", "#NULL!"];
const DATE_FORMATS = [undefined, "dd/mm/yyyy", "d mmmm yyyy", "yyyy-mm-dd hh:mm:ss", "[$-421]dd mmmm yyyy", "mmm-yy"];

/** Text XML can carry as written: no control characters but tab and line feed, no _xHHHH_ escapes. */
const textArb = fc.oneof(
  fc.constantFrom(...hostile.strings),
  fc.string({ unit: "grapheme", maxLength: 30 }),
  fc.string({ maxLength: 30 }),
).filter((s) => s.length > 0 && !/[\x00-\x08\x0b-\x1f\x7f\ufffe\uffff]/.test(s) && !/_x[0-9A-Fa-f]{4}_/.test(s));

type Written =
  | { kind: "text"; value: string }
  | { kind: "number"; value: number }
  | { kind: "boolean"; value: boolean }
  | { kind: "error"; value: string }
  | { kind: "date"; value: Date; format: string | undefined }
  | { kind: "rich"; runs: string[] }
  | { kind: "formula"; formula: string; result: string | number | boolean };

const writtenArb: fc.Arbitrary<Written> = fc.oneof(
  { weight: 4, arbitrary: textArb.map((value) => ({ kind: "text" as const, value })) },
  { weight: 2, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }).map((v) => ({ kind: "number" as const, value: v === 0 ? 0 : v })) },
  { weight: 1, arbitrary: fc.integer({ min: -1e6, max: 1e6 }).map((value) => ({ kind: "number" as const, value })) },
  { weight: 1, arbitrary: fc.boolean().map((value) => ({ kind: "boolean" as const, value })) },
  { weight: 1, arbitrary: fc.constantFrom(...ERRORS).map((value) => ({ kind: "error" as const, value })) },
  {
    weight: 2,
    // Whole seconds from 1900-03-01 (before it Excel's serials count a day that never was).
    arbitrary: fc.tuple(fc.integer({ min: Date.UTC(1900, 2, 1) / 1000, max: Date.UTC(2200, 0, 1) / 1000 }), fc.constantFrom(...DATE_FORMATS))
      .map(([s, format]) => ({ kind: "date" as const, value: new Date(s * 1000), format })),
  },
  { weight: 1, arbitrary: fc.array(textArb, { minLength: 1, maxLength: 3 }).map((runs) => ({ kind: "rich" as const, runs })) },
  {
    weight: 2,
    // exceljs writes no cached result of 0, "" or false, so results here are never those.
    arbitrary: fc.record({
      formula: fc.constantFrom("A1+1", "SUM(A1:B3)", "IF(A1>0,\"ya\",\"tidak\")", "Sampul!A1&\"x\"", "TODAY()"),
      result: fc.oneof(textArb, fc.integer({ min: 1, max: 1e6 }), fc.constant(true)),
    }).map((f) => ({ kind: "formula" as const, ...f })),
  },
);

function excelValue(w: Written): ExcelJS.CellValue {
  switch (w.kind) {
    case "error":
      return { error: w.value } as ExcelJS.CellErrorValue;
    case "rich":
      return { richText: w.runs.map((text, i) => ({ text, font: i % 2 ? { bold: true } : { italic: true } })) };
    case "formula":
      return { formula: w.formula, result: w.result } as ExcelJS.CellFormulaValue;
    default:
      return w.value;
  }
}

function expected(w: Written): { value: CellValue; formula: string | null } {
  switch (w.kind) {
    case "date": {
      const d = w.value;
      return {
        value: instantFromWallClock(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), TZ),
        formula: null,
      };
    }
    case "rich":
      return { value: w.runs.join(""), formula: null };
    case "formula":
      return { value: w.result, formula: `=${w.formula}` };
    default:
      return { value: w.value, formula: null };
  }
}

interface SheetModel {
  name: string;
  state: "visible" | "hidden" | "veryHidden";
  cells: Map<string, Written>;
  merges: { top: number; left: number; bottom: number; right: number }[];
}

const sheetArb = fc.record({
  state: fc.constantFrom("visible", "hidden", "veryHidden"),
  cells: fc.array(fc.tuple(fc.nat(25), fc.nat(10), writtenArb), { maxLength: 25 }),
  merges: fc.array(fc.tuple(fc.nat(12), fc.nat(4), fc.nat(3), fc.nat(2)), { maxLength: 3 }),
});

const workbookArb = fc.record({
  names: fc.uniqueArray(fc.stringMatching(/^[A-Za-z0-9 ]{1,31}$/).filter((s) => s.trim() === s && s.length > 0), {
    minLength: 1, maxLength: 3, selector: (s) => s.toLowerCase(),
  }),
  sheets: fc.array(sheetArb, { minLength: 3, maxLength: 3 }),
}).map(({ names, sheets }): SheetModel[] => names.map((name, i) => {
  const s = sheets[i];
  // Merges that do not overlap; cells inside a merge other than its top-left are left empty.
  const merges: SheetModel["merges"] = [];
  for (const [r, c, h, w] of s.merges) {
    const m = { top: r * 2, left: c * 3, bottom: r * 2 + h, right: c * 3 + w };
    if (h + w === 0 || merges.some((o) => m.top <= o.bottom && o.top <= m.bottom && m.left <= o.right && o.left <= m.right)) continue;
    merges.push(m);
  }
  const inSlave = (row: number, col: number) =>
    merges.some((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right && !(row === m.top && col === m.left));
  const cells = new Map<string, Written>();
  for (const [row, col, w] of s.cells) if (!inSlave(row, col)) cells.set(`${row},${col}`, w);
  return { name, state: s.state as SheetModel["state"], cells, merges };
}));

async function write(model: SheetModel[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const s of model) {
    const ws = wb.addWorksheet(s.name, { state: s.state });
    for (const [key, w] of s.cells) {
      const [row, col] = key.split(",").map(Number);
      const cell = ws.getCell(row + 1, col + 1);
      cell.value = excelValue(w);
      if (w.kind === "date" && w.format) cell.numFmt = w.format;
    }
    for (const m of s.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const ref = (r: number, c: number) => `${String.fromCharCode(65 + c)}${r + 1}`;

describe("readXlsx on workbooks exceljs wrote", () => {
  it(`reads back every value, formula, merge and hidden state (${RUNS} workbooks)`, async () => {
    await fc.assert(
      fc.asyncProperty(workbookArb, async (model) => {
        const r = readXlsx(await write(model), { timeZone: TZ });
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        const sheets = r.workbook.sheets;
        expect(sheets.map((g) => [g.name, g.hidden])).toEqual(model.map((s) => [s.name, s.state !== "visible"]));
        model.forEach((s, i) => {
          const grid = sheets[i];
          // exceljs writes merges in an order of its own; their order means nothing.
          expect([...(grid.merges ?? [])].sort()).toEqual(s.merges.map((m) => `${ref(m.top, m.left)}:${ref(m.bottom, m.right)}`).sort());
          const got = new Map<string, { value: CellValue; formula: string | null }>();
          grid.values.forEach((row, y) => row.forEach((v, x) => {
            const f = grid.formulas?.[y]?.[x] ?? null;
            if (v !== null || f !== null) got.set(`${y},${x}`, { value: v, formula: f });
          }));
          const want = new Map([...s.cells].map(([k, w]) => [k, expected(w)]));
          expect(got).toEqual(want);
          // The used range reaches the last value and the bottom of every merge.
          const bottom = Math.max(-1, ...[...s.cells.keys()].map((k) => Number(k.split(",")[0])), ...s.merges.map((m) => m.bottom));
          expect(grid.values.length).toBe(bottom + 1);
        });
      }),
      { numRuns: RUNS },
    );
  }, 900_000);
});
