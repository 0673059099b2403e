// zi nilai FOLDER --rekap: the TPI's report to the Bupati, written from LKE files that `zi lke`
// wrote and a user filled in, read back with exceljs and opened by LibreOffice.

import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { COL, LKE_ZI_2026, scoreEvaluation, type Answers } from "../../core/index.js";
import { sha256, tempDir, zi } from "../helpers/files.js";
import { bestAnswers, weakPw, withAnswers } from "../helpers/lke.js";
import { requireSofficeInCi, sofficeConvert } from "../helpers/soffice.js";

const M = LKE_ZI_2026;
const root = tempDir();
const folder = path.join(root, "kiriman");
const best = bestAnswers();

interface Pd {
  file: string;
  agency: string;
  unit: Answers;
  tpi: Answers;
  notes: Record<number, string>;
}

// One WBBM, one WBK, one below WBK (IPAK and the Penguatan Pengawasan area too low).
const PDS: Pd[] = [
  { file: path.join(folder, "dinkes.xlsx"), agency: "Dinas Kesehatan", unit: best, tpi: withAnswers(best, { 3: "tidak ", 4: "b" }), notes: { 3: "Rencana kerja belum disahkan" } },
  {
    file: path.join(folder, "sub", "dishub.xlsx"), agency: "Dinas Perhubungan", unit: best,
    tpi: withAnswers(best, { 12: "D", 40: "C", 125: 3.7, 127: 3.3 }), notes: { 12: "Tim belum di-SK-kan", 20: "Sudah sesuai" },
  },
  { file: path.join(folder, "bapenda.xlsx"), agency: "Badan Pendapatan Daerah", unit: withAnswers(best, { 125: 3.8 }), tpi: withAnswers(best, { ...weakPw(), 125: 3 }), notes: {} },
];
const broken = path.join(folder, "rusak.xlsx");
const recap = path.join(root, "rekap.xlsx");

/** Types answers and notes into a blank LKE from `zi lke`, the way a user would. */
async function fill(from: string, to: string, pd: Pd): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(from);
  wb.getWorksheet("LKE ZI")!.eachRow((row) => {
    const m = /^S(\d+)$/.exec(String(row.getCell(COL.id + 1).value ?? ""));
    if (!m) return;
    const no = Number(m[1]);
    for (const [answers, col] of [[pd.unit, COL.unitAnswer], [pd.tpi, COL.tpiAnswer]] as const) {
      const v = answers[no];
      if (v !== undefined && v !== null) row.getCell(col + 1).value = v as ExcelJS.CellValue;
    }
    if (pd.notes[no]) row.getCell(COL.tpiNote + 1).value = pd.notes[no];
  });
  await wb.xlsx.writeFile(to);
}

beforeAll(async () => {
  mkdirSync(path.join(folder, "sub"), { recursive: true });
  for (const pd of PDS) {
    const blank = path.join(root, `kosong-${path.basename(pd.file)}`);
    expect((await zi("lke", "--pd", pd.agency, "--tahun", "2026", "-o", blank)).code).toBe(0);
    await fill(blank, pd.file, pd);
  }
  writeFileSync(broken, "NO;PERTANYAAN\n1;Ya\n");
  writeFileSync(path.join(folder, "~$dinkes.xlsx"), "kunci");
}, 60_000);

async function sheetRows(file: string, sheet: string): Promise<{ ws: ExcelJS.Worksheet; rows: ExcelJS.Cell[][] }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet(sheet)!;
  const rows: ExcelJS.Cell[][] = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    rows.push(Array.from({ length: ws.columnCount }, (_, c) => row.getCell(c + 1)));
  }
  return { ws, rows };
}

const plain = (c: ExcelJS.Cell | undefined): unknown => {
  const v = c?.value;
  return v && typeof v === "object" && "text" in v ? v.text : v;
};

describe("zi nilai FOLDER --rekap", () => {
  let json: { files: { file: string; error: string | null }[] };

  it("scores every LKE of the folder and its subfolder, lists the broken file, and writes the report", async () => {
    const before = [...PDS.map((p) => p.file), broken].map(sha256);
    const r = await zi("nilai", folder, "--rekap", recap, "--per-tanggal", "2026-11-30", "--json");
    expect(r.code).toBe(1);
    json = JSON.parse(r.out);
    expect(json.files.map((f) => path.relative(folder, f.file)).sort()).toEqual(["bapenda.xlsx", "dinkes.xlsx", "rusak.xlsx", "sub/dishub.xlsx"]);
    expect(r.err).toContain(`Ditulis: ${recap} — laporan hasil penilaian TPI (3 Perangkat Daerah dinilai, 1 berkas tidak terbaca)`);
    expect([...PDS.map((p) => p.file), broken].map(sha256)).toEqual(before);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(recap);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Rekap Penilaian", "LHE 1 Dinas Kesehatan", "LHE 2 Dinas Perhubungan", "LHE 3 Badan Pendapatan Daerah"]);
  });

  it("has one row per PD, best TPI score first, numbers as numbers shown with two decimals", async () => {
    const { rows } = await sheetRows(recap, "Rekap Penilaian");
    expect(rows[0][0].value).toBe("LAPORAN HASIL PENILAIAN TIM PENILAI INTERNAL (TPI)");
    expect(rows[1][0].value).toBe("ZONA INTEGRITAS MENUJU WBK/WBBM — KABUPATEN BEKASI TAHUN 2026");
    const h = rows.findIndex((r) => r[0].value === "NO");
    expect(rows[h].map(plain)).toEqual([
      "NO", "PERANGKAT DAERAH", "TAHUN", "BERKAS", "NILAI UNIT", "NILAI TPI", "PENGUNGKIT", "HASIL", "% MP", "% PT", "% SDM", "% AK", "% PW", "% PP",
      "IPAK", "CAPAIAN", "IPKP", "PREDIKAT UNIT", "PREDIKAT TPI", "KEKURANGAN", "REKOMENDASI",
    ]);
    const body = rows.slice(h + 1, h + 4);
    expect(body.map((r) => plain(r[1]))).toEqual(["Dinas Kesehatan", "Dinas Perhubungan", "Badan Pendapatan Daerah"]);
    expect(body.map((r) => r[3].value)).toEqual([PDS[0].file, PDS[1].file, PDS[2].file]);
    body.forEach((row, i) => {
      const tpi = scoreEvaluation(M, PDS[i].tpi);
      expect(row[4].value).toBe(scoreEvaluation(M, PDS[i].unit).total);
      expect(row[5].value).toBe(tpi.total);
      expect(row.slice(6, 17).map((c) => c.value)).toEqual([
        tpi.figures.pengungkit, tpi.figures.hasil, ...tpi.areas.map((a) => a.percent), tpi.figures.ipak, tpi.figures.capaian, tpi.figures.pelayanan,
      ]);
      for (const c of row.slice(4, 17)) {
        expect(typeof c.value, c.address).toBe("number");
        expect(c.numFmt, c.address).toBe("0.00");
      }
      // The PD's name opens its Laporan Hasil Evaluasi.
      expect(row[1].value).toEqual({ text: PDS[i].agency, hyperlink: `#'LHE ${i + 1} ${PDS[i].agency}'!A1` });
    });
  });

  it("gives the predicates, the failing rules of the next predicate and the recommendation", async () => {
    const { rows } = await sheetRows(recap, "Rekap Penilaian");
    const h = rows.findIndex((r) => r[0].value === "NO");
    const body = rows.slice(h + 1, h + 4).map((r) => r.slice(17).map(plain));
    const pw = scoreEvaluation(M, PDS[2].tpi).areas.find((a) => a.code === "PW")!.percent;
    expect(body).toEqual([
      ["WBBM", "WBBM", "-", "Diusulkan ke Menteri PANRB untuk predikat Menuju WBBM"],
      ["WBBM", "WBK", "WBBM: IPKP 14,44 < 15,75", "Diusulkan ke Menteri PANRB untuk predikat Menuju WBK"],
      ["WBBM", "BELUM MEMENUHI", `WBK: Area PW ${pw.toFixed(2).replace(".", ",")}% < 60%; Bersih & akuntabel 18,13 < 18,25; IPAK 13,13 < 15,75`, "Pembinaan kembali (Pasal 8 ayat 7)"],
    ]);
    const unreadable = rows.find((r) => r[1].value === broken)!;
    expect(String(unreadable[4].value)).toMatch(/CSV/);
    const note = rows.find((r) => typeof r[0].value === "string" && r[0].value.startsWith("PENGUNGKIT, HASIL"));
    expect(String(note?.[0].value)).toMatch(/adalah nilai TPI/);
    const members = rows.filter((r) => ["Ketua", "Sekretaris", "Anggota"].includes(String(r[1].value)));
    expect(members).toHaveLength(5);
    expect(members[0][2].fill).toMatchObject({ fgColor: { argb: "FFFFF2CC" } });
  });

  it("lists in each PD's sheet the answers the TPI judged otherwise, the points each moved, and the notes", async () => {
    const { rows } = await sheetRows(recap, "LHE 2 Dinas Perhubungan");
    const h = rows.findIndex((r) => r[1].value === "SOAL");
    const diffs = rows.slice(h + 1).filter((r) => typeof r[0].value === "number" && typeof r[1].value === "number");
    const unitTotal = scoreEvaluation(M, PDS[1].unit).total;
    const expected = [12, 40, 125, 127].map((no) => [no, best[no], PDS[1].tpi[no], scoreEvaluation(M, { ...PDS[1].unit, [no]: PDS[1].tpi[no] }).total - unitTotal]);
    expect(diffs.slice(0, 4).map((r) => [r[1].value, r[4].value, r[5].value, r[6].value])).toEqual(expected);
    for (const r of diffs.slice(0, 4)) expect(r[6].numFmt).toBe("0.00");
    expect(diffs[0][7].value).toBe("Tim belum di-SK-kan");
    // The note on a question answered alike is kept in section C.
    const other = rows.findIndex((r) => r[0].value === "C. CATATAN TPI PADA SOAL LAIN (1)");
    expect([rows[other + 2][1].value, rows[other + 2][4].value]).toEqual([20, "Sudah sesuai"]);
    expect(rows.some((r) => r[0].value === "D. SYARAT PREDIKAT WBBM YANG BELUM DIPENUHI (NILAI TPI)")).toBe(true);

    // Case and stray spaces are no difference ("tidak " is "Tidak"), a B instead of an A is.
    const dinkes = (await sheetRows(recap, "LHE 1 Dinas Kesehatan")).rows;
    const dh = dinkes.findIndex((r) => r[1].value === "SOAL");
    expect(dinkes[dh + 1].slice(1, 8).map((c) => c.value)).toEqual([3, "A.I.1.ii", expect.any(String), "Ya", "tidak ", expect.any(Number), "Rencana kerja belum disahkan"]);
    expect(dinkes[dh + 2].slice(1, 2).map((c) => c.value)).toEqual([4]);
  });

  it("prints the recap on A4 landscape, one page wide, with the header row repeated", async () => {
    const { ws, rows } = await sheetRows(recap, "Rekap Penilaian");
    const h = rows.findIndex((r) => r[0].value === "NO");
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${h + 1}:${h + 1}` });
    const { default: JSZip } = await import("jszip");
    const xml = await (await JSZip.loadAsync(readFileSync(recap))).file("xl/worksheets/sheet1.xml")!.async("string");
    expect(xml).toMatch(/<pageSetUpPr fitToPage="1"\/>/);
    expect(xml).toMatch(/<pageSetup[^>]*paperSize="9"[^>]*orientation="landscape"[^>]*fitToWidth="1" fitToHeight="0"/);
  });

  it("is skipped when the folder is scored again, and is never replaced without --timpa nor written over an input", async () => {
    copyFileSync(recap, path.join(folder, "rekap-lama.xlsx"));
    const again = await zi("nilai", folder, "--json");
    expect(again.err).toContain(`Dilewati: ${path.join(folder, "rekap-lama.xlsx")}`);
    expect(JSON.parse(again.out).files).toHaveLength(4);
    const before = sha256(recap);
    const refused = await zi("nilai", folder, "--rekap", recap);
    expect(refused).toMatchObject({ code: 2, err: expect.stringMatching(/sudah ada dan tidak ditimpa/), out: "" });
    expect(sha256(recap)).toBe(before);
    const input = await zi("nilai", folder, "--rekap", PDS[0].file, "--timpa");
    expect(input).toMatchObject({ code: 2, err: expect.stringMatching(/sama dengan berkas masukan/) });
    const ok = await zi("nilai", PDS[1].file, "--rekap", recap, "--timpa", "--kabupaten", "Kota Bekasi", "--tahun", "2027");
    expect(ok.code).toBe(0);
    expect(ok.out).toMatch(/Ditulis: .*rekap\.xlsx — laporan hasil penilaian TPI \(1 Perangkat Daerah dinilai\)$/);
    const { rows } = await sheetRows(recap, "Rekap Penilaian");
    expect(rows[1][0].value).toBe("ZONA INTEGRITAS MENUJU WBK/WBBM — KOTA BEKASI TAHUN 2027");
  });

  it("refuses report options without --rekap", async () => {
    expect(await zi("nilai", PDS[0].file, "--kabupaten", "Kota Bekasi")).toMatchObject({ code: 2, err: expect.stringMatching(/--kabupaten hanya berlaku bersama --rekap/) });
    expect(await zi("nilai", PDS[0].file, "--rekap", path.join(root, "x.xlsx"), "--tahun", "2o26")).toMatchObject({ code: 2 });
  });
});

const present = requireSofficeInCi();

describe.skipIf(!present)("the TPI report opened by LibreOffice", () => {
  it("converts to an A4 landscape PDF, the recap fitting one page", async () => {
    const file = path.join(root, "rekap-lo.xlsx");
    expect((await zi("nilai", ...PDS.map((p) => p.file), broken, "--rekap", file, "--per-tanggal", "2026-11-30")).code).toBe(1);
    const outDir = path.join(root, "lo");
    const pdf = readFileSync(sofficeConvert(file, "pdf", outDir)).toString("latin1");
    expect(pdf.startsWith("%PDF")).toBe(true);
    const pages = (pdf.match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(4); // the recap and three LHE sheets
    expect(pdf).toMatch(/\/MediaBox\s*\[\s*0\s+0\s+841\.\d+\s+595\.\d+\s*\]|\/MediaBox\s*\[\s*0\s+0\s+842\s+595\s*\]/);
    // The recap alone, as the file sets it up for printing: its 21 columns fit one page.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    for (const ws of wb.worksheets.slice(1)) wb.removeWorksheet(ws.id);
    const alone = path.join(root, "rekap-saja.xlsx");
    await wb.xlsx.writeFile(alone);
    const one = readFileSync(sofficeConvert(alone, "pdf", outDir)).toString("latin1");
    expect((one.match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBe(1);
  }, 180_000);
});
