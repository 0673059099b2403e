// applySheetSpec in the built Code.js against the recording fakes: everything of the spec lands
// in the sheet, with the same Spreadsheet service calls whatever the number of rows, and every
// string a user could have typed stays text.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  borderGroups, buildPlanSheet, formula, isFormula, isLink, LAMPIRAN_I, link, newPlanDocument, parseRange, SpecBuilder, specExtent,
  STATUS_VALUES, type SheetSpec,
} from "../../core/index.js";
import { scaleCatalog } from "../helpers/catalog.js";
import { loadScript, type LoadedScript } from "../helpers/gas/sandbox.js";

const hostile: string[] = JSON.parse(readFileSync(new URL("../vectors/hostile-strings.json", import.meta.url), "utf8")).strings;

function planSpec(catalog = LAMPIRAN_I): SheetSpec {
  return buildPlanSheet(newPlanDocument({ agency: "Dinas Kesehatan", year: 2026, predicate: "WBK" }, catalog), catalog);
}

async function apply(spec: SheetSpec, prepare?: (s: LoadedScript) => void) {
  const script = await loadScript();
  prepare?.(script);
  const ss = (script.global.SpreadsheetApp as { getActiveSpreadsheet(): unknown }).getActiveSpreadsheet();
  script.log.reset();
  const applied = script.global.ZI.internal.applySheetSpec(ss, spec, { timeZone: "Asia/Jakarta" }) as { name: string };
  return { script, name: applied.name, sheet: script.spreadsheet._sheet(applied.name) };
}

function setValuesStrings(script: LoadedScript): string[] {
  return script.log.of("Range", "setValues").flatMap((c) => (c.args[0] as unknown[][]).flat()).filter((v): v is string => typeof v === "string");
}

describe("applySheetSpec (Apps Script)", () => {
  it("writes every value of the plan: text as text, numbers as numbers, merges as merges", async () => {
    const spec = planSpec();
    const { sheet } = await apply(spec);
    spec.cells.forEach((row, r) => row.forEach((v, c) => {
      const cell = sheet._cell(r, c);
      if (v === null || v === "") expect(cell, `${r},${c}`).toBeUndefined();
      else if (isFormula(v)) expect(cell?.formula).toBe(v.formula);
      else expect(cell?.value, `${r},${c}`).toEqual(isLink(v) ? v.text : v);
      if (typeof v === "string" && v) expect(cell?.typed).toBe("literal");
    }));
    expect(sheet._merges.length).toBe(spec.merges.length);
    // The only formulas are JATUH TEMPO's, one per rencana aksi.
    expect(sheet._formulas().size).toBe(68);
  });

  it("applies formats, borders, conditional formats, validations, columns and frozen rows of the spec", async () => {
    const spec = planSpec();
    const { sheet, script } = await apply(spec);
    for (const group of spec.numberFormats) {
      for (const ref of group.ranges) expect(sheet._prop("numberFormat", ref), ref).toBe(group.format);
    }
    const header = spec.styles.find((g) => g.style.fill === "#D9E2F3")!;
    expect(sheet._prop("background", header.ranges[0])).toBe("#D9E2F3");
    expect(sheet._prop("fontWeight", header.ranges[0])).toBe("bold");
    expect(sheet._prop("wrap", header.ranges[0])).toBe("WRAP");
    expect(script.log.of("RangeList", "setBorder")).toHaveLength(borderGroups(spec).length);
    const bordered = new Set(sheet._borders.map((b) => b.range));
    for (const g of borderGroups(spec)) for (const ref of g.ranges) expect(bordered.has(ref), ref).toBe(true);
    expect(sheet._rules).toEqual(spec.conditionalFormats.map((cf) => expect.objectContaining({ formula: cf.formula, ranges: [cf.range] })));
    const status = spec.validations.find((v) => v.rule.kind === "list" && v.rule.values.includes(STATUS_VALUES[2]))!;
    const p = parseRange(status.ranges[0])!;
    expect(sheet._props.get("validation")?.get(`${p.top},${p.left}`)).toMatchObject({ kind: "list", values: [...STATUS_VALUES], allowInvalid: false });
    const dated = spec.validations.find((v) => v.rule.kind === "date")!;
    const dp = parseRange(dated.ranges[0])!;
    const dateRule = sheet._props.get("validation")?.get(`${dp.top},${dp.left}`) as { min: Date; max: Date; allowInvalid: boolean };
    expect([dateRule.min.toISOString(), dateRule.max.toISOString()]).toEqual(["2025-12-31T17:00:00.000Z", "2026-12-30T17:00:00.000Z"]);
    expect(dateRule.allowInvalid).toBe(true);
    // ID and JATUH TEMPO, side by side at the right.
    const hidden = spec.columns.findIndex((c) => c.hidden);
    expect(spec.cells.find((r) => r[hidden] === "ID")?.[hidden + 1]).toBe("JATUH TEMPO");
    expect([...sheet._hiddenColumns]).toEqual([hidden + 1, hidden + 2]);
    expect(sheet._columnWidths.get(3)).toBe(Math.round(spec.columns[2].width * 7 + 5));
    expect(sheet._frozenRows).toBe(spec.frozenRows);
    // Explicit heights (titles) are set; estimated ones are left to Sheets, which fits wrapped text.
    const explicit = (spec.rowHeights ?? []).filter((h) => !h.estimated);
    expect(explicit.length).toBeGreaterThan(0);
    expect((spec.rowHeights ?? []).length).toBeGreaterThan(explicit.length);
    expect([...sheet._rowHeights.keys()].sort()).toEqual(explicit.map((h) => h.row + 1).sort());
  });

  it("uses the same Spreadsheet service calls for the real catalog and a ten times larger one", async () => {
    const small = await apply(planSpec());
    const large = await apply(planSpec(scaleCatalog(LAMPIRAN_I, 10)));
    expect(specExtent(planSpec(scaleCatalog(LAMPIRAN_I, 10))).rows).toBeGreaterThan(5 * specExtent(planSpec()).rows);
    expect(large.script.log.names(large.script.log.serviceCalls)).toEqual(small.script.log.names(small.script.log.serviceCalls));
    expect(large.script.log.builderCalls.length).toBe(small.script.log.builderCalls.length);
    expect(small.script.log.of("Range", "setValues")).toHaveLength(1);
  });

  it("writes every hostile string as a literal through setValues, never as a formula", async () => {
    const b = new SpecBuilder("Teks", "report", [{ width: 30 }, { width: 30 }]);
    hostile.forEach((text, i) => b.set(i, 0, text).set(i, 1, `${text}`));
    b.set(hostile.length, 0, formula("=1+1"));
    const { sheet, script } = await apply(b.build());
    hostile.forEach((text, i) => {
      for (const c of [0, 1]) expect(sheet._cell(i, c), text).toMatchObject({ value: text, typed: "literal" });
    });
    expect([...sheet._formulas()]).toEqual([[`A${hostile.length + 1}`, "=1+1"]]);
    const written = setValuesStrings(script).filter((s) => s !== "" && s !== "=1+1");
    expect(written).toHaveLength(hostile.length * 2);
    for (const s of written) expect(s.startsWith("'"), s).toBe(true);
  });

  it("never replaces a sheet: a taken name gets a free variant and the old sheet is untouched", async () => {
    const spec = planSpec();
    let before = "";
    const { name, script } = await apply(spec, (s) => {
      const old = s.spreadsheet._addSheet("Lampiran ZI");
      old._write(0, 0, "punya pengguna");
      before = JSON.stringify([...old._cells]);
    });
    expect(name).toBe("Lampiran ZI (2)");
    expect(JSON.stringify([...script.spreadsheet._sheet("Lampiran ZI")._cells])).toBe(before);
    expect(script.spreadsheet._sheets.map((s) => s._name)).toEqual(["Lampiran ZI", "Lampiran ZI (2)"]);
  });
});

function findingsSpec(rows: number): SheetSpec {
  const b = new SpecBuilder("Temuan", "findings", [{ width: 6 }, { width: 40 }, { width: 20 }]);
  b.setRow(0, 0, ["No", "Temuan", "Sel"]);
  for (let i = 1; i <= rows; i++) b.setRow(i, 0, [i, `Temuan ${i}`, link(`Lampiran ZI!D${i + 10}`, "Lampiran ZI", `D${i + 10}`)]);
  return b.build();
}

describe("links to cells", () => {
  const withPlan = (s: LoadedScript) => void s.spreadsheet._addSheet("Lampiran ZI");

  it("become rich text linking to #gid=&range=, in as many calls for 10 findings as for 900", async () => {
    const small = await apply(findingsSpec(10), withPlan);
    const large = await apply(findingsSpec(900), withPlan);
    const gid = large.script.spreadsheet._sheet("Lampiran ZI")._id;
    expect(large.sheet._cell(500, 2)).toMatchObject({ value: "Lampiran ZI!D510", link: `#gid=${gid}&range=D510` });
    expect(large.sheet._cell(0, 2)?.value).toBe("Sel");
    expect(large.script.log.names(large.script.log.serviceCalls)).toEqual(small.script.log.names(small.script.log.serviceCalls));
    expect(large.script.log.of("Range", "setRichTextValues")).toHaveLength(1);
  });

  it("grow the sheet past its first 1,000 rows with one more call, not one per row", async () => {
    const small = await apply(findingsSpec(10), withPlan);
    const large = await apply(findingsSpec(3000), withPlan);
    expect(large.sheet._maxRows).toBe(3001);
    expect(large.sheet._cell(3000, 1)?.value).toBe("Temuan 3000");
    const names = large.script.log.names(large.script.log.serviceCalls);
    expect(names.filter((n) => n !== "Sheet.insertRowsAfter")).toEqual(small.script.log.names(small.script.log.serviceCalls));
    expect(names.filter((n) => n === "Sheet.insertRowsAfter")).toHaveLength(1);
  });

  it("keep numbers between links, leave text without a target unlinked, and follow a renamed sheet", async () => {
    const b = new SpecBuilder("Ringkasan", "report", [{ width: 20 }]);
    b.set(0, 0, link("a", "Temuan", "A1")).set(1, 0, 7).set(2, 0, link("b", "Hilang", "B2")).set(3, 0, link("c", "Ringkasan", "A9"));
    const script = await loadScript();
    script.spreadsheet._addSheet("Temuan");
    const ss = (script.global.SpreadsheetApp as { getActiveSpreadsheet(): unknown }).getActiveSpreadsheet();
    const names = script.global.ZI.internal.insertAll(ss, [findingsSpec(1), b.build()], "Asia/Jakarta") as string[];
    expect(names).toEqual(["Temuan (2)", "Ringkasan"]);
    const sheet = script.spreadsheet._sheet("Ringkasan");
    const renamed = script.spreadsheet._sheet("Temuan (2)")._id;
    expect(sheet._cell(0, 0)).toMatchObject({ value: "a", link: `#gid=${renamed}&range=A1` });
    expect(sheet._cell(1, 0)?.value).toBe(7);
    expect(sheet._cell(2, 0)).toMatchObject({ value: "b", link: null });
    expect(sheet._cell(3, 0)).toMatchObject({ value: "c", link: `#gid=${sheet._id}&range=A9` });
    expect(script.spreadsheet._active?._name).toBe("Temuan (2)");
  });
});
