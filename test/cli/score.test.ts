import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { COL, findIndicator, LAMPIRAN_I, LKE_ZI_2026, scoreEvaluation, type Answers } from "../../core/index.js";
import { sha256, tempDir, zi } from "../helpers/files.js";
import { bestAnswers, withAnswers } from "../helpers/lke.js";

const dir = tempDir();

/** Types answers into an LKE file the way a user would (exceljs), saving it under a new name. */
async function fill(from: string, to: string, unit: Answers, tpi: Answers = {}): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(from);
  const ws = wb.getWorksheet("LKE ZI")!;
  ws.eachRow((row) => {
    const m = /^S(\d+)$/.exec(String(row.getCell(COL.id + 1).value ?? ""));
    if (!m) return;
    const no = Number(m[1]);
    if (unit[no] !== undefined && unit[no] !== null) row.getCell(COL.unitAnswer + 1).value = unit[no] as ExcelJS.CellValue;
    if (tpi[no] !== undefined && tpi[no] !== null) row.getCell(COL.tpiAnswer + 1).value = tpi[no] as ExcelJS.CellValue;
  });
  await wb.xlsx.writeFile(to);
}

describe("zi lke", () => {
  const file = path.join(dir, "lke.xlsx");

  it("writes the LKE workbook with its named ranges, dropdowns and formulas", async () => {
    const r = await zi("lke", "--pd", "Dinas Kesehatan", "--tahun", "2026", "-o", file);
    expect(r).toMatchObject({ code: 0, err: "" });
    expect(r.out).toContain("Lembar Kerja Evaluasi ZI");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["LKE ZI"]);
    const names = (wb.definedNames.model as { name: string; ranges: string[] }[]).map((d) => `${d.name} ${d.ranges.join()}`);
    expect(names.some((n) => /^NILAI_TOTAL_UNIT 'LKE ZI'!\$G\$\d+$/.test(n))).toBe(true);
    expect(names.map((n) => n.split(" ")[0]).sort()).toEqual(["NILAI_TOTAL_TPI", "NILAI_TOTAL_UNIT", "PREDIKAT_TPI", "PREDIKAT_UNIT"]);
    const ws = wb.getWorksheet("LKE ZI")!;
    let s1 = 0;
    ws.eachRow((row, n) => { if (row.getCell(COL.id + 1).value === "S1") s1 = n; });
    expect(ws.getCell(s1, COL.unitAnswer + 1).dataValidation).toMatchObject({ type: "list", formulae: ['"Ya,Tidak"'] });
    expect(ws.getCell(s1, COL.unitValue + 1).formula).toMatch(/^IFERROR\(IF\(UPPER\(TRIM\(F\d+\)\)="YA",1,/);
    expect(ws.getColumn(COL.id + 1).hidden).toBe(true);
    // Spreadsheets compute the formulas on opening (exceljs writes no cached results).
    // (jszip is exceljs's own zip library, used here to look inside the file.)
    const { default: JSZip } = await import("jszip");
    const zip = await JSZip.loadAsync(readFileSync(file));
    expect(await zip.file("xl/workbook.xml")!.async("string")).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
  });

  it("never overwrites without --timpa", async () => {
    const before = sha256(file);
    const r = await zi("lke", "--pd", "Dinas Lain", "--tahun", "2026", "-o", file);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/sudah ada.*--timpa/);
    expect(sha256(file)).toBe(before);
    expect((await zi("lke", "--pd", "Dinas Lain", "--tahun", "2026", "-o", file, "--timpa")).code).toBe(0);
    expect(sha256(file)).not.toBe(before);
  });

  it("copies the plan into the workbook and shows its progress beside the sub-areas", async () => {
    await zi("contoh", dir, "--per-tanggal", "2026-06-30", "--timpa");
    const planFile = path.join(dir, "rencana-contoh-terisi.xlsx");
    const before = sha256(planFile);
    const out = path.join(dir, "lke-rencana.xlsx");
    const r = await zi("lke", "--pd", "Dinas Kominfo", "--tahun", "2026", "--rencana", planFile, "-o", out);
    expect(r.code).toBe(0);
    expect(r.out).toContain('rencana aksi dari lembar "Lampiran ZI"');
    expect(sha256(planFile)).toBe(before);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["LKE ZI", "Lampiran ZI"]);
    const ws = wb.getWorksheet("LKE ZI")!;
    let cell: ExcelJS.CellValue = null;
    ws.eachRow((row) => { if (row.getCell(COL.id + 1).value === "N:A.I.4.ii") cell = row.getCell(COL.plan + 1).value; });
    const total = findIndicator(LAMPIRAN_I, "AK.2")!.actions.length;
    expect(cell).toMatchObject({ text: expect.stringMatching(new RegExp(`^\\d+ dari ${total} selesai$`)), hyperlink: expect.stringMatching(/^#'Lampiran ZI'!C\d+$/) });
  });

  it("writes a Perangkat Daerah name that looks like a formula as text", async () => {
    const out = path.join(dir, "lke-hostile.xlsx");
    const name = '=HYPERLINK("http://x";"klik")';
    expect((await zi("lke", "--pd", name, "--tahun", "2026", "-o", out)).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    let value: ExcelJS.CellValue = null;
    wb.getWorksheet("LKE ZI")!.eachRow((row) => { if (row.getCell(COL.id + 1).value === "PD") value = row.getCell(COL.criteria + 1).value; });
    expect(value).toBe(name);
  });

  it("refuses wrong use with exit code 2", async () => {
    expect((await zi("lke", "--tahun", "2026")).code).toBe(2);
    expect((await zi("lke", "--pd", "X", "--tahun", "dua ribu")).code).toBe(2);
    const noPlan = await zi("lke", "--pd", "X", "--tahun", "2026", "--rencana", file, "-o", path.join(dir, "x.xlsx"));
    expect(noPlan.code).toBe(2);
    expect(noPlan.err).toMatch(/tidak ditemukan lembar Lampiran/);
    expect(existsSync(path.join(dir, "x.xlsx"))).toBe(false);
  });
});

describe("zi nilai", () => {
  const blank = path.join(dir, "lke-kosong.xlsx");
  const filled = path.join(dir, "lke-terisi.xlsx");
  const unit: Answers = withAnswers(bestAnswers(), { 12: "c", 40: "B", 102: 5, 103: 2, 104: 1, 125: 3.3 });
  const tpi: Answers = withAnswers(bestAnswers(), { 12: "D", 40: "C", 102: 5, 103: 2, 104: 0, 125: 3.7, 127: 3.3, 5: null });

  it("prints exactly the issue's JSON shape, numbers unrounded", async () => {
    await zi("lke", "--pd", "Dinas Kesehatan", "--tahun", "2026", "-o", blank);
    await fill(blank, filled, unit, tpi);
    const before = sha256(filled);
    const r = await zi("nilai", filled, "--json");
    expect(r.code).toBe(0);
    expect(sha256(filled)).toBe(before);
    const json = JSON.parse(r.out);
    expect(Object.keys(json)).toEqual(["files"]);
    const f = json.files[0];
    expect(Object.keys(f)).toEqual(["file", "error", "layout", "agency", "year", "model", "assessments", "extraAssessments", "findings"]);
    expect(f).toMatchObject({ layout: "zi", extraAssessments: [], findings: [] });
    expect(f).toMatchObject({ file: filled, error: null, agency: "Dinas Kesehatan", year: 2026, model: "lke-zi-2026" });
    expect(Object.keys(f.assessments)).toEqual(["unit", "tpi"]);
    for (const [key, answers] of [["unit", unit], ["tpi", tpi]] as const) {
      const s = f.assessments[key];
      expect(Object.keys(s)).toEqual(["total", "pengungkit", "pemenuhan", "reform", "hasil", "bersih", "ipak", "capaian", "pelayanan", "unanswered", "predicate", "areas", "shortfalls"]);
      const core = scoreEvaluation(LKE_ZI_2026, answers);
      expect(s.total).toBe(core.total);
      expect(s.ipak).toBe(core.figures.ipak);
      expect(s.unanswered).toBe(core.unanswered);
      expect(s.predicate).toBe(core.predicate);
      expect(s.areas.map((a: { code: string }) => a.code)).toEqual(["MP", "PT", "SDM", "AK", "PW", "PP"]);
      for (const a of s.areas) expect(Object.keys(a)).toEqual(["code", "pemenuhan", "reform", "score", "weight", "percent"]);
      expect(Object.keys(s.shortfalls)).toEqual(["WBK", "WBBM"]);
      for (const list of Object.values(s.shortfalls) as { rule: string }[][]) {
        for (const c of list) expect(Object.keys(c)).toEqual(["rule", "required", "actual"]);
      }
    }
    // Numbers are printed as computed, not rounded to the two decimals the sheet shows.
    expect(f.assessments.unit.total).not.toBe(Math.round(f.assessments.unit.total * 100) / 100);
    expect(f.assessments.tpi.unanswered).toBe(1);
    expect(f.assessments.tpi.predicate).toBe("WBK");
    expect(f.assessments.tpi.shortfalls).toEqual({ WBK: [], WBBM: [{ rule: "pelayanan", required: 15.75, actual: (3.3 / 4) * 17.5 }] });
    expect(f.assessments.unit.predicate).toBeNull(); // IPAK 3.3 gives 14.44 < 15.75
    expect(f.assessments.unit.shortfalls.WBK).toEqual([{ rule: "ipak", required: 15.75, actual: (3.3 / 4) * 17.5 }]);
  });

  it("scores every file, reports the unreadable ones and exits 1", async () => {
    const junk = path.join(dir, "rusak.xlsx");
    writeFileSync(junk, "bukan,xlsx\n1,2\n");
    const r = await zi("nilai", filled, junk, path.join(dir, "tidak-ada.xlsx"), blank, "--json");
    expect(r.code).toBe(1);
    const files = JSON.parse(r.out).files;
    expect(files.map((f: { error: string | null }) => f.error === null)).toEqual([true, false, false, true]);
    expect(files[1]).toEqual({
      file: junk, error: expect.stringMatching(/CSV/), layout: null, agency: null, year: null, model: null, assessments: null, extraAssessments: [], findings: [],
    });
    expect(files[2].error).toMatch(/tidak ditemukan/);
    expect(files[3].assessments.unit.unanswered).toBe(127);
    const plan = await zi("nilai", path.join(dir, "rencana-contoh.xlsx"));
    expect(plan.code).toBe(1);
    expect(plan.out).toMatch(/GAGAL: Berkas ini rencana ZI \(Lampiran\), bukan LKE\. Periksa dengan "zi validasi"/);
  });

  it("prints a readable summary without --json", async () => {
    const r = await zi("nilai", filled);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Dinas Kesehatan, tahun 2026/);
    expect(r.out).toMatch(/TPI: nilai \d+,\d\d — WBK; 1 pertanyaan belum dijawab/);
    expect(r.out).toMatch(/kurang untuk WBK:\n {8}- Nilai IPAK: 14,44, perlu 15,75\n/);
    expect(r.out).toMatch(/kurang untuk WBBM:\n {8}- Pelayanan publik yang prima \(IPKP\): 14,44, perlu 15,75\n/);
    expect(r.out).toMatch(/1 berkas dinilai\.$/);
  });

  it("exits 2 on wrong use", async () => {
    expect((await zi("nilai")).code).toBe(2);
    expect((await zi("nilai", filled, "--jsn")).code).toBe(2);
  });
});

describe("zi contoh", () => {
  it("also writes a demo LKE with sample answers and prints its score", async () => {
    const d = path.join(dir, "contoh");
    const r = await zi("contoh", d, "--per-tanggal", "2026-06-30");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/lke-contoh-terisi\.xlsx — LKE contoh terisi: nilai unit \d+,\d\d \((WBK|WBBM|belum memenuhi)\), nilai TPI \d+,\d\d/);
    const scored = JSON.parse((await zi("nilai", path.join(d, "lke-contoh-terisi.xlsx"), "--json")).out).files[0];
    expect(scored.assessments.unit.unanswered).toBe(0);
    const printed = /nilai unit (\d+),(\d\d)/.exec(r.out)!;
    expect(scored.assessments.unit.total.toFixed(2)).toBe(`${printed[1]}.${printed[2]}`);
    // A second PD's LKE in the official layout, read as it comes, and the TPI's report over both.
    const official = JSON.parse((await zi("nilai", path.join(d, "lke-resmi-contoh.xlsx"), "--json")).out).files[0];
    expect(official).toMatchObject({ layout: "resmi", agency: "Dinas Perhubungan", error: null, findings: [] });
    const tpiPrinted = /lke-resmi-contoh\.xlsx — .*nilai TPI (\d+),(\d\d)/.exec(r.out)!;
    expect(official.assessments.tpi.total.toFixed(2)).toBe(`${tpiPrinted[1]}.${tpiPrinted[2]}`);
    expect(r.out).toMatch(/laporan-tpi-contoh\.xlsx — laporan hasil penilaian TPI atas 2 LKE contoh/);
    const report = new ExcelJS.Workbook();
    await report.xlsx.readFile(path.join(d, "laporan-tpi-contoh.xlsx"));
    expect(report.worksheets.map((w) => w.name)).toEqual(["Rekap Penilaian", expect.stringMatching(/^LHE 1 /), expect.stringMatching(/^LHE 2 /)]);
  });
});

