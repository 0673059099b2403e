// The task pane's host side (runAction, selectCell) against the recording Excel fake: one
// Excel.run per button, the same syncs for the real catalog and a ten times larger one, typed
// values kept by "Perbarui Lampiran".
import { describe, expect, it } from "vitest";
import { HOST_ACTIONS, LAMPIRAN_I, type ActionName, type Catalog } from "../../core/index.js";
import { runAction, selectCell, type ActionInput } from "../../addin/excel/actions.js";
import { scaleCatalog } from "../helpers/catalog.js";
import { FakeExcel } from "../helpers/addin/excel-fake.js";
import { bestAnswers } from "../helpers/lke.js";
import { officialWorkbook } from "../helpers/official-lke.js";
import hostile from "../vectors/hostile-strings.json";

const input: ActionInput = {
  form: { agency: "Dinas Perhubungan", year: 2026, predicate: "WBK", team: [{ name: "Ketua", nip: "1", position: "Sekretaris" }] },
  timeZone: "Asia/Jakarta",
};

async function press(fake: FakeExcel, name: ActionName, catalog?: Catalog, i = input) {
  const out = await fake.run((context) => runAction(context, name, i, catalog));
  expect(fake.problems).toEqual([]);
  return out;
}

describe("runAction", () => {
  it("Sisipkan Lampiran: 2 syncs in one Excel.run, the same for a ten times larger catalog", async () => {
    const counts: number[] = [];
    for (const catalog of [LAMPIRAN_I, scaleCatalog(LAMPIRAN_I, 10)]) {
      const fake = new FakeExcel();
      const out = await press(fake, "sisipkanLampiran", catalog);
      expect(out).toMatchObject({ ok: true, inserted: ["Lampiran ZI"] });
      expect(fake.runs).toBe(1);
      counts.push(fake.syncs);
    }
    expect(counts).toEqual([2, 2]);
  });

  it("Perbarui Lampiran keeps every typed value, inserts beside the old sheet, in the same syncs for both catalogs", async () => {
    const counts: number[] = [];
    for (const catalog of [LAMPIRAN_I, scaleCatalog(LAMPIRAN_I, 10)]) {
      const fake = new FakeExcel();
      await press(fake, "sisipkanLampiran", catalog);
      const plan = fake.sheet("Lampiran ZI")!;
      const row = [...plan.cells].find(([, c]) => c.value === "PW.4.2")![0].split(",").map(Number)[0];
      plan.cells.set(`${row},4`, { value: hostile.strings[0], literal: true });
      plan.cells.set(`${row},3`, { value: 46295 });
      fake.resetCounts();
      const out = await press(fake, "perbaruiLampiran", catalog);
      expect(out).toMatchObject({ ok: true, inserted: ["Lampiran ZI (2)"] });
      counts.push(fake.syncs);
      const fresh = fake.sheet("Lampiran ZI (2)")!;
      const freshRow = [...fresh.cells].find(([, c]) => c.value === "PW.4.2")![0].split(",").map(Number)[0];
      expect(fresh.cell(freshRow, 4)).toMatchObject({ value: hostile.strings[0], literal: true });
      expect(fresh.cell(freshRow, 3)?.value).toBe(46295);
    }
    expect(counts[0]).toBe(counts[1]);
    expect(counts[0]).toBe(5);
  });

  it("inserts nothing and says why when the form is incomplete", async () => {
    const fake = new FakeExcel();
    const out = await press(fake, "sisipkanLampiran", undefined, { ...input, form: { ...input.form, agency: "" } });
    expect(out).toMatchObject({ ok: false, inserted: [] });
    expect(fake.sheets).toHaveLength(0);
    expect(fake.syncs).toBe(0);
  });
});

describe("every button", () => {
  /** Syncs of one button on a workbook holding a plan and an LKE (the bench's set-up), and what it answered. */
  async function syncsOf(name: ActionName, catalog: Catalog) {
    const fake = new FakeExcel();
    for (const setup of ["sisipkanLampiran", "sisipkanLke"] as const) if (setup !== name) await press(fake, setup, catalog);
    fake.resetCounts();
    const out = await press(fake, name, catalog);
    return { out, syncs: fake.syncs, runs: fake.runs };
  }

  it("runs in one Excel.run with the same few syncs for the real catalog and a ten times larger one", async () => {
    const large = scaleCatalog(LAMPIRAN_I, 10);
    const counts: Record<string, [number, number]> = {};
    for (const name of Object.keys(HOST_ACTIONS) as ActionName[]) {
      const real = await syncsOf(name, LAMPIRAN_I);
      const big = await syncsOf(name, large);
      expect(real.out.ok, `${name}: ${real.out.message}`).toBe(true);
      expect([real.runs, big.runs]).toEqual([1, 1]);
      counts[name] = [real.syncs, big.syncs];
    }
    // Reading takes 3 syncs up to 50,000 cells, inserting a sheet 2 up to 5,000 rows: neither catalog comes near.
    expect(counts).toEqual({
      sisipkanLampiran: [2, 2], perbaruiLampiran: [5, 5], periksa: [3, 3], laporanBerkala: [5, 5], validasi: [5, 5], sisipkanLke: [5, 5], hitungNilai: [3, 3],
    });
  });
});

describe("selectCell", () => {
  it("activates the sheet and selects the cell of a finding", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Lampiran ZI", [["x"]]);
    expect(await fake.run((c) => selectCell(c, "Lampiran ZI", "D12"))).toBe(true);
    expect(fake.selection).toEqual({ sheet: "Lampiran ZI", address: "D12" });
    expect(fake.activeSheet).toBe("Lampiran ZI");
  });

  it("answers false, selecting nothing, when the sheet is gone", async () => {
    const fake = new FakeExcel();
    expect(await fake.run((c) => selectCell(c, "Dihapus", "A1"))).toBe(false);
    expect(fake.selection).toBeNull();
    expect(fake.problems).toEqual([]);
  });
});

describe("the official LKE workbook open in Excel", () => {
  function openOfficial(fake: FakeExcel) {
    const wb = officialWorkbook({ unit: bestAnswers(), tpi: bestAnswers(), agency: "Dinas Kesehatan", year: 2026, drop: [9] });
    for (const g of wb.grids.sheets) fake.addSheet(g.name, g.values as (string | number | boolean | null)[][], { merges: g.merges });
    return wb;
  }

  it("Hitung nilai scores it in 3 syncs, links its findings to the official cells, and changes no cell", async () => {
    const fake = new FakeExcel();
    openOfficial(fake);
    const before = JSON.stringify(fake.sheets.map((s) => [s.name, [...s.cells]]));
    const out = await press(fake, "hitungNilai");
    expect(out).toMatchObject({ ok: true, inserted: [] });
    expect(out.message).toContain('LKE resmi dibaca dari lembar "Jawaban"');
    expect(out.items.find((i) => i.code === "QUESTION_NOT_FOUND")).toMatchObject({ sheet: "Jawaban", severity: "error" });
    expect(out.items.find((i) => i.group === "Belum dijawab")?.cell).toBeUndefined();
    expect(fake.syncs).toBe(3);
    expect(JSON.stringify(fake.sheets.map((s) => [s.name, [...s.cells]]))).toBe(before);
  });

  it("Sisipkan LKE adds our LKE sheet carrying its answers; the official sheets stay as they were", async () => {
    const fake = new FakeExcel();
    openOfficial(fake);
    const before = JSON.stringify(fake.sheets.map((s) => [s.name, [...s.cells]]));
    const out = await press(fake, "sisipkanLke", undefined, { ...input, form: { ...input.form, agency: "", year: null } });
    expect(out).toMatchObject({ ok: true, inserted: ["LKE ZI"] });
    expect(JSON.stringify(fake.sheets.filter((s) => s.name !== "LKE ZI").map((s) => [s.name, [...s.cells]]))).toBe(before);
    const lke = fake.sheet("LKE ZI")!;
    const answered = [...lke.cells.values()].filter((c) => c.value === "Ya").length;
    expect(answered).toBeGreaterThan(20);
  });

  it("Sisipkan LKE with the offer unticked inserts an empty LKE sheet in the same syncs", async () => {
    const fake = new FakeExcel();
    openOfficial(fake);
    const out = await press(fake, "sisipkanLke", undefined, { ...input, form: { ...input.form, agency: "", year: null, carryOfficial: false } });
    expect(out).toMatchObject({ ok: true, inserted: ["LKE ZI"] });
    expect(out.message).toContain('Jawaban LKE resmi di lembar "Jawaban" tidak dibawa');
    expect([...fake.sheet("LKE ZI")!.cells.values()].filter((c) => c.value === "Ya")).toEqual([]);
  });
});
