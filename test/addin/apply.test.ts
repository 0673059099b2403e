// applySheetSpecs against the recording Excel fake: a fixed number of syncs whatever the size of
// the plan, nothing overwritten, every string written as text, formats per style group.
import { describe, expect, it } from "vitest";
import {
  buildPlanSheet, formula, LAMPIRAN_I, link, newPlanDocument, SpecBuilder, type Catalog, type SheetSpec,
} from "../../core/index.js";
import { applySheetSpec, applySheetSpecs } from "../../addin/excel/apply.js";
import { MAX_ADDRESS_CHARS } from "../../addin/excel/address.js";
import { scaleCatalog } from "../helpers/catalog.js";
import { FakeExcel, type FakeSheetState } from "../helpers/addin/excel-fake.js";
import hostile from "../vectors/hostile-strings.json";

const FIVE_MB = 5 * 1024 * 1024;

function planSpec(catalog: Catalog = LAMPIRAN_I): SheetSpec {
  return buildPlanSheet(newPlanDocument({ agency: "Dinas Kominfo", year: 2026, predicate: "WBK" }, catalog), catalog);
}

async function apply(fake: FakeExcel, spec: SheetSpec | SheetSpec[]) {
  const specs = Array.isArray(spec) ? spec : [spec];
  const inserted = await fake.run((context) => applySheetSpecs(context, specs, { activate: true }));
  expect(fake.problems).toEqual([]);
  return inserted;
}

function text(sheet: FakeSheetState, row: number, col: number): unknown {
  return sheet.cell(row, col)?.value;
}

/** A plain sheet of `rows` rows, a few columns each, with one style group over every row. */
function bigSpec(rows: number, cellText = (r: number) => `Rencana aksi nomor ${r}`): SheetSpec {
  const b = new SpecBuilder("Besar", "report", [{ width: 10 }, { width: 40 }, { width: 12 }]);
  for (let r = 0; r < rows; r++) b.setRow(r, 0, [r + 1, cellText(r), r % 2 === 0 ? "Selesai" : "Belum Mulai"]);
  b.style([0, 0, rows - 1, 2], { wrap: true, borders: { top: true, bottom: true, insideHorizontal: true } });
  b.numberFormat([0, 0, rows - 1, 0], "0");
  return b.build();
}

describe("applySheetSpec syncs", () => {
  it("writes the plan sheet in 2 syncs, the same for a ten times larger catalog", async () => {
    const counts: number[] = [];
    for (const catalog of [LAMPIRAN_I, scaleCatalog(LAMPIRAN_I, 10)]) {
      const fake = new FakeExcel();
      await apply(fake, planSpec(catalog));
      counts.push(fake.syncs);
      expect(fake.runs).toBe(1);
    }
    expect(counts).toEqual([2, 2]);
  });

  it("stays within 3 syncs up to 5,000 rows, and adds one per further block of rows", async () => {
    for (const [rows, syncs] of [[5_000, 2], [5_001, 3], [12_000, 4]] as const) {
      const fake = new FakeExcel();
      const spec = bigSpec(rows);
      await apply(fake, spec);
      expect(fake.syncs, `${rows} rows`).toBe(syncs);
      const sheet = fake.sheet("Besar")!;
      for (const r of [0, 4_999, rows - 1]) expect(text(sheet, r, 1)).toBe(`Rencana aksi nomor ${r}`);
      for (const req of fake.requests) expect(req.bytes).toBeLessThan(FIVE_MB);
    }
  });

  it("cuts rows of very long text into more blocks so that no request passes 5 MB", async () => {
    const fake = new FakeExcel();
    const long = "x".repeat(2_000);
    await apply(fake, bigSpec(4_000, (r) => `${r} ${long}`));
    expect(fake.syncs).toBeGreaterThan(3);
    for (const req of fake.requests) expect(req.bytes).toBeLessThan(FIVE_MB);
    expect(String(text(fake.sheet("Besar")!, 3_999, 1))).toBe(`3999 ${long}`);
  });

  it("suspends calculation in every write request", async () => {
    const fake = new FakeExcel();
    await apply(fake, bigSpec(12_000));
    const suspends = fake.log.filter((o) => o.path === "suspendApiCalculationUntilNextSync").length;
    expect(suspends).toBe(fake.syncs - 1);
  });
});

describe("applySheetSpec never overwrites", () => {
  it("gives the new sheet a free name and leaves the existing sheet as it was", async () => {
    const fake = new FakeExcel();
    const existing = fake.addSheet("Lampiran ZI", [["isian lama", 1], [null, "=tetap"]]);
    const before = JSON.stringify([...existing.cells]);
    const [{ name }] = await apply(fake, planSpec());
    expect(name).toBe("Lampiran ZI (2)");
    expect(fake.sheets.map((s) => s.name)).toEqual(["Lampiran ZI", "Lampiran ZI (2)"]);
    expect(JSON.stringify([...existing.cells])).toBe(before);
    expect(fake.activeSheet).toBe("Lampiran ZI (2)");
  });

  it("gives two specs of one action two free names, case-insensitively", async () => {
    const fake = new FakeExcel();
    fake.addSheet("lampiran zi", [["x"]]);
    const inserted = await apply(fake, [planSpec(), planSpec()]);
    expect(inserted.map((i) => i.name)).toEqual(["Lampiran ZI (2)", "Lampiran ZI (3)"]);
    expect(fake.syncs).toBe(3);
  });

  it("keeps a workbook name that exists and adds the ones that do not", async () => {
    const fake = new FakeExcel();
    fake.names.push({ name: "NILAI_TOTAL_UNIT", sheet: "LKE", address: "C3" });
    const spec = new SpecBuilder("LKE", "evaluation", [{ width: 10 }]).set(0, 0, 1).name("NILAI_TOTAL_UNIT", "A1").name("PREDIKAT_UNIT", "A1").build();
    await apply(fake, spec);
    expect(fake.names).toEqual([
      { name: "NILAI_TOTAL_UNIT", sheet: "LKE", address: "C3" },
      { name: "PREDIKAT_UNIT", sheet: "LKE", address: "A1" },
    ]);
  });
});

describe("applySheetSpec writes text as text", () => {
  it("writes every hostile string as a literal, never as a formula, in cells and as link text", async () => {
    const fake = new FakeExcel();
    const b = new SpecBuilder("Uji", "findings", [{ width: 30 }, { width: 30 }]);
    hostile.strings.forEach((s, r) => b.set(r, 0, s).set(r, 1, link(s, "Lampiran ZI", `D${r + 12}`)));
    b.set(hostile.strings.length, 0, formula("=SUM(1,2)"));
    await apply(fake, b.build());
    const sheet = fake.sheet("Uji")!;
    hostile.strings.forEach((s, r) => {
      for (const col of [0, 1]) {
        const cell = sheet.cell(r, col)!;
        expect(cell, s).toMatchObject({ value: s, literal: true });
        expect(cell.formula).toBeUndefined();
      }
      expect(sheet.links.get(`B${r + 1}`)).toMatchObject({ documentReference: `'Lampiran ZI'!D${r + 12}` });
    });
    const formulas = [...sheet.cells.values()].filter((c) => c.formula);
    expect(formulas).toEqual([{ value: "", formula: "=SUM(1,2)", numberFormat: undefined }]);
  });

  it("writes the plan's texts, numbers and the hidden ID and JATUH TEMPO columns as the core built them", async () => {
    const fake = new FakeExcel();
    const spec = planSpec();
    await apply(fake, spec);
    const sheet = fake.sheet("Lampiran ZI")!;
    const idCol = spec.columns.findIndex((c) => c.hidden);
    const dueCol = idCol + 1;
    const idRow = spec.cells.findIndex((r) => r[idCol] === "PW.4.2");
    expect(idRow).toBeGreaterThan(0);
    expect(text(sheet, idRow, idCol)).toBe("PW.4.2");
    const strings = [...sheet.cells.values()].filter((c) => typeof c.value === "string" && c.value !== "");
    expect(strings.length).toBeGreaterThan(100);
    expect(strings.every((c) => c.literal)).toBe(true);
    const letter = (c: number) => String.fromCharCode(65 + c);
    expect(sheet.hiddenColumns).toEqual(new Set([`${letter(idCol)}:${letter(idCol)}`, `${letter(dueCol)}:${letter(dueCol)}`]));
    // The due-date formulas arrive as formulas, one per rencana aksi, in the JATUH TEMPO column only.
    const formulas = [...sheet.cells.entries()].filter(([, c]) => c.formula);
    expect(formulas).toHaveLength(68);
    expect(formulas.every(([key]) => key.endsWith(`,${dueCol}`))).toBe(true);
    const due = spec.cells[idRow][dueCol] as { formula: string };
    expect(sheet.cell(idRow, dueCol)?.formula).toBe(due.formula);
    expect(sheet.frozenRows).toBe(1);
    expect(sheet.pageLayout).toMatchObject({ orientation: "Landscape", paperSize: "A4", zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 }, printArea: spec.print!.area });
    expect(sheet.merges).toEqual(spec.merges);
  });
});

describe("applySheetSpec formats", () => {
  it("formats per style group over RangeAreas, not per cell, with short addresses", async () => {
    const fake = new FakeExcel();
    const spec = planSpec(scaleCatalog(LAMPIRAN_I, 10));
    await apply(fake, spec);
    const formatOps = fake.log.filter((o) => o.path.startsWith("format."));
    const cells = fake.sheet("Lampiran ZI")!.cells.size;
    expect(formatOps.length).toBeLessThan(cells / 10);
    const styleTargets = new Set(formatOps.filter((o) => o.path === "format.fill.color").map((o) => o.target));
    expect([...styleTargets].some((t) => t.includes(","))).toBe(true);
    for (const o of fake.log) expect(o.target.length).toBeLessThanOrEqual(MAX_ADDRESS_CHARS);
  });

  it("adds validations per group and conditional formats with the first rule on top", async () => {
    const fake = new FakeExcel();
    const spec = planSpec();
    await apply(fake, spec);
    const sheet = fake.sheet("Lampiran ZI")!;
    expect(sheet.conditionalFormats.map((c) => c.formula)).toEqual(spec.conditionalFormats.map((c) => c.formula));
    const status = sheet.validations.find((v) => JSON.stringify(v.rule).includes("Dalam Proses"))!;
    expect(status.rule).toEqual({ list: { inCellDropDown: true, source: "Belum Mulai,Dalam Proses,Selesai" } });
    expect(status.errorAlert).toMatchObject({ showAlert: true, style: "Stop" });
    const target = sheet.validations.find((v) => JSON.stringify(v.rule).includes("2026-01-01"))!;
    expect(target.rule).toEqual({ date: { formula1: "2026-01-01", formula2: "2026-12-31", operator: "Between" } });
    expect(target.errorAlert).toMatchObject({ style: "Warning" });
  });

  it("skips a conditional format that calls a ZI function, and cuts one to the used rows", async () => {
    const fake = new FakeExcel();
    const spec = new SpecBuilder("CF", "report", [{ width: 10 }])
      .set(0, 0, 1).set(1, 0, 2)
      .conditional("A1:A500", "=A1>1", { bold: true })
      .conditional("A1:A2", "=ZI.TERLAMBAT(A1,\"x\")", { fill: "#FF0000" })
      .build();
    await apply(fake, spec);
    expect(fake.sheet("CF")!.conditionalFormats).toEqual([{ address: "A1:A2", formula: "=A1>1", bold: true }]);
  });

  it("fits estimated row heights in Excel, but keeps them where the text sits in a merged cell", async () => {
    const fake = new FakeExcel();
    const spec = planSpec();
    await apply(fake, spec);
    const heights = spec.rowHeights!;
    const merged = new Set(spec.merges.map((m) => Number(/\d+/.exec(m)![0]) - 1));
    const fitted = fake.log.filter((o) => o.path === "format.autofitRows()").flatMap((o) => o.target.split(","));
    const set = fake.log.filter((o) => o.path === "format.rowHeight");
    const estimatedFree = heights.filter((h) => h.estimated && !merged.has(h.row));
    expect(estimatedFree.length).toBeGreaterThan(0);
    for (const h of estimatedFree) expect(fitted.some((t) => rowIn(t, h.row))).toBe(true);
    for (const h of heights.filter((x) => !x.estimated || merged.has(x.row))) {
      expect(set.some((o) => o.value === h.height && o.target.split(",").some((t) => rowIn(t, h.row)))).toBe(true);
    }
  });
});

function rowIn(address: string, row: number): boolean {
  const [a, b = a] = address.split(":").map(Number);
  return row + 1 >= a && row + 1 <= b;
}

describe("applySheetSpec (one spec)", () => {
  it("returns the name the sheet got", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Besar", [[1]]);
    const name = await fake.run((context) => applySheetSpec(context, bigSpec(3)));
    expect(name).toBe("Besar (2)");
    expect(fake.activeSheet).toBeNull();
  });
});
