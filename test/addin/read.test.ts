// readWorkbook against the recording Excel fake: used ranges padded to A1, merges, hidden sheets,
// a fixed number of syncs for an ordinary workbook, blocks for a huge sheet, and a plan written
// by applySheetSpec read back by the core as the same plan.
import { describe, expect, it } from "vitest";
import { buildPlanSheet, LAMPIRAN_I, newPlanDocument, readPlan } from "../../core/index.js";
import { applySheetSpecs } from "../../addin/excel/apply.js";
import { MAX_READ_CELLS, readWorkbook } from "../../addin/excel/read.js";
import { scaleCatalog } from "../helpers/catalog.js";
import { FakeExcel } from "../helpers/addin/excel-fake.js";

const FIVE_MB = 5 * 1024 * 1024;

describe("readWorkbook", () => {
  it("reads every sheet's used range into Grids padded to A1, with merges and hidden sheets", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Sampul", [[null, null, null], [null, null, null], [null, null, "Judul", 7], [null, null, true, "#REF!"]], { merges: ["C3:D3"] });
    fake.addSheet("Kosong", []);
    fake.addSheet("Rahasia", [["x"]], { hidden: true });
    const wb = await fake.run((context) => readWorkbook(context, "Asia/Jakarta"));
    expect(fake.problems).toEqual([]);
    expect(wb.timeZone).toBe("Asia/Jakarta");
    expect(wb.sheets.map((s) => [s.name, !!s.hidden])).toEqual([["Sampul", false], ["Kosong", false], ["Rahasia", true]]);
    expect(wb.sheets[0].values).toEqual([[], [], [null, null, "Judul", 7], [null, null, true, "#REF!"]]);
    expect(wb.sheets[0].merges).toEqual(["C3:D3"]);
    expect(wb.sheets[1].values).toEqual([]);
    expect(fake.syncs).toBe(3);
  });

  it("splits a merges address on commas outside quoted sheet names", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Data, 2026", [["a", "b"], ["c", "d"]], { merges: ["A1:B1", "A2:B2"] });
    const wb = await fake.run((context) => readWorkbook(context, "Asia/Jakarta"));
    expect(wb.sheets[0].merges).toEqual(["A1:B1", "A2:B2"]);
  });

  it("uses the same number of syncs for a plan ten times larger", async () => {
    const counts: number[] = [];
    for (const catalog of [LAMPIRAN_I, scaleCatalog(LAMPIRAN_I, 10)]) {
      const fake = new FakeExcel();
      const spec = buildPlanSheet(newPlanDocument({ agency: "Dinas A", year: 2026 }, catalog), catalog);
      await fake.run((context) => applySheetSpecs(context, [spec]));
      fake.resetCounts();
      await fake.run((context) => readWorkbook(context, "Asia/Jakarta"));
      counts.push(fake.syncs);
    }
    expect(counts).toEqual([3, 3]);
  });

  it("reads a huge sheet in blocks, every response well under 5 MB, nothing lost at the seams", async () => {
    const fake = new FakeExcel();
    const rows = 30_000;
    fake.addSheet("Besar", Array.from({ length: rows }, (_, r) => [r, `baris ${r}`, "Selesai", r % 7 === 0 ? null : "bukti"]));
    const wb = await fake.run((context) => readWorkbook(context, "Asia/Jakarta"));
    const cells = rows * 4;
    expect(fake.syncs).toBe(2 + Math.ceil(cells / MAX_READ_CELLS));
    for (const req of fake.requests) expect(req.responseBytes).toBeLessThan(FIVE_MB);
    const values = wb.sheets[0].values;
    expect(values).toHaveLength(rows);
    const misplaced = values.findIndex((row, r) => row[0] !== r || row[1] !== `baris ${r}` || row.length !== 4);
    expect(misplaced).toBe(-1);
    expect(values[7][3]).toBeNull();
  });

  it("reads back a plan written by applySheetSpecs as the plan the core built", async () => {
    const fake = new FakeExcel();
    const doc = newPlanDocument({ agency: "Dinas <b>Sosial</b>", year: 2027, predicate: "WBBM", team: [{ name: "=Ketua", nip: "198001012005011001", position: "Sekretaris" }] }, LAMPIRAN_I);
    await fake.run((context) => applySheetSpecs(context, [buildPlanSheet(doc)]));
    const wb = await fake.run((context) => readWorkbook(context, "Asia/Jakarta"));
    const read = readPlan(wb.sheets[0], { timeZone: "Asia/Jakarta" })!;
    expect(read).not.toBeNull();
    expect(read.document).toMatchObject({ agency: "Dinas <b>Sosial</b>", year: 2027, predicate: "WBBM" });
    expect(read.document.team[0]).toMatchObject({ name: "=Ketua", nip: "198001012005011001", position: "Sekretaris" });
    expect(Object.keys(read.document.actions)).toHaveLength(68);
  });
});
