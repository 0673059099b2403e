// readXlsx against the way the CLI read files before it (exceljs + gridFromWorksheet): on the demo
// files of `zi contoh`, hand-typed plans, LKE workbooks and their LibreOffice re-saves, both
// readers must give the same Grids, cell by cell.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { filesText, MAX_EXPANDED_BYTES, readXlsx } from "../../core/index.js";
import {
  LEGACY_XLS, writeEncryptedWorkbook, writeHugeWorkbook, writePlanWorkbook, writeRandomBytes, writeTruncated, writeZipBomb,
} from "../helpers/bad-files.js";
import { tempDir, zi } from "../helpers/files.js";
import { requireSofficeInCi, sofficeConvert } from "../helpers/soffice.js";
import { day, typedPlanGrid, writeXlsx } from "../helpers/typed-plan.js";
import { plainGrid, readWithCore, readWithExcelJs } from "../helpers/xlsx-compare.js";

const dir = tempDir();
const MONITORING = ["TARGET WAKTU PELAKSANAAN", "PENANGGUNG JAWAB", "STATUS", "TANGGAL REALISASI", "BUKTI DUKUNG", "KETERANGAN"];
const ZONES = ["Asia/Jakarta", "Asia/Jayapura", "America/Los_Angeles"];

/** Writes the varied workbooks once: demo outputs, typed plans, LKE sheets. */
async function corpus(): Promise<string[]> {
  const demo = path.join(dir, "contoh");
  expect((await zi("contoh", demo, "--per-tanggal", "2026-06-30")).code).toBe(0);
  const files = readdirSync(demo).map((f) => path.join(demo, f));
  const typed = path.join(dir, "ketik");
  mkdirSync(typed);
  const values = (id: string) => ({
    "TARGET WAKTU PELAKSANAAN": id.endsWith("1") ? day("2026-03-31") : id.endsWith("2") ? "Triwulan II" : 46112,
    "PENANGGUNG JAWAB": "Sekretariat", STATUS: id.length % 2 ? "Selesai" : "Dalam Proses",
    "TANGGAL REALISASI": id.endsWith("3") ? new Date(Date.UTC(2026, 1, 14, 9, 30, 15)) : null, "BUKTI DUKUNG": "#REF!",
  });
  const variants = [
    typedPlanGrid("Rencana", { layout: "row", headers: MONITORING, values, mergeTarget: true, numberRow: true }),
    typedPlanGrid("Per Sel", { layout: "cell", headers: MONITORING, values, marker: (i) => `${String.fromCharCode(97 + i)}) ` }),
    typedPlanGrid("Tanpa Tahun", { year: null, agency: null, team: null, preamble: [[], [null, "DOKUMEN"]] }),
  ];
  for (const [i, grid] of variants.entries()) {
    const file = path.join(typed, `ketik-${i}.xlsx`);
    await writeXlsx(file, [
      { name: "Sampul", values: [[null, "RENCANA ZI"], [true, false, 0, -1.5, 1e21]] },
      { ...grid, hidden: i === 2 },
      {
        name: "Rumus", values: [[1, 2]],
        raw: {
          C1: { formula: "A1+B1", result: 3 }, D1: { formula: "\"teks\"&A1", result: "teks1" }, E1: { formula: "A1<B1", result: true },
          F1: { richText: [{ text: "Tebal ", font: { bold: true } }, { text: "biasa" }] }, G1: { text: "tautan", hyperlink: "https://contoh.go.id" },
        },
      },
    ]);
    files.push(file);
  }
  const lke = path.join(dir, "lke.xlsx");
  expect((await zi("lke", "--pd", "Dinas Uji", "--tahun", "2026", "--rencana", files.find((f) => f.endsWith("rencana-contoh-terisi.xlsx"))!, "-o", lke)).code).toBe(0);
  files.push(lke);
  return files;
}

let written: Promise<string[]> | null = null;
const corpusFiles = () => (written ??= corpus());

describe("readXlsx reads what exceljs read, cell by cell", () => {
  it("on the demo files, hand-typed plans and LKE workbooks, in several time zones", async () => {
    const files = await corpusFiles();
    expect(files.length).toBeGreaterThanOrEqual(10);
    for (const file of files) {
      for (const tz of ZONES) {
        const before = (await readWithExcelJs(file, tz)).sheets.map(plainGrid);
        const now = readWithCore(file, tz).sheets.map(plainGrid);
        expect(now, `${path.basename(file)} ${tz}`).toEqual(before);
      }
    }
  }, 120_000);

  it.runIf(requireSofficeInCi())("on the same files re-saved by LibreOffice, and those read like the originals", async () => {
    const out = path.join(dir, "lo");
    mkdirSync(out);
    const picked = (await corpusFiles()).filter((f) => /rencana-contoh-terisi|ketik-0|lke\.xlsx/.test(f));
    expect(picked.length).toBe(3);
    for (const [i, file] of picked.entries()) {
      const copy = path.join(out, `asli-${i}.xlsx`);
      copyFileSync(file, copy);
      const resaved = sofficeConvert(copy, "xlsx", path.join(out, "hasil"));
      const tz = "Asia/Jakarta";
      const viaExcelJs = (await readWithExcelJs(resaved, tz)).sheets.map(plainGrid);
      const core = readWithCore(resaved, tz);
      expect(core.sheets.map(plainGrid), path.basename(file)).toEqual(viaExcelJs);
      // Against the original: names, hidden states, merges and every constant cell (LibreOffice
      // computes the formulas the original left without results, so those cells may differ, and
      // it stores no empty strings).
      const original = readWithCore(file, tz);
      expect(core.sheets.map((s) => [s.name, s.hidden])).toEqual(original.sheets.map((s) => [s.name, s.hidden]));
      original.sheets.forEach((sheet, s) => {
        const again = core.sheets[s];
        expect([...(again.merges ?? [])].sort(), sheet.name).toEqual([...(sheet.merges ?? [])].sort());
        sheet.values.forEach((row, r) => row.forEach((v, c) => {
          if (sheet.formulas?.[r]?.[c]) return;
          expect(again.values[r]?.[c] ?? null, `${sheet.name} ${r},${c}`).toEqual(v === "" ? null : v);
        }));
      });
    }
  }, 240_000);

  it("reads a sheet of 100,000 rows", async () => {
    const file = path.join(dir, "besar.xlsx");
    await writeHugeWorkbook(file, 100_000);
    const r = readXlsx(new Uint8Array(readFileSync(file)), { timeZone: "Asia/Jakarta" });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const grid = r.workbook.sheets[0];
    expect(grid.values.length).toBe(100_002);
    expect(grid.values[100_001].slice(0, 3)).toEqual([100_000, "Indikator 3", "Rencana aksi nomor 99999 untuk pembangunan zona integritas"]);
  }, 120_000);
});

describe("readXlsx on the hostile files of issue 8", () => {
  it("gives each the message the CLI gave before, and reads the hidden plan like exceljs did", async () => {
    const at = (name: string) => path.join(dir, name);
    await writePlanWorkbook(at("baik.xlsx"));
    await writePlanWorkbook(at("tersembunyi.xlsx"), "Dinas Sembunyi", true);
    writeFileSync(at("kosong.xlsx"), "");
    writeTruncated(at("baik.xlsx"), at("terpotong.xlsx"));
    writeRandomBytes(at("acak.xlsx"));
    await writeEncryptedWorkbook(at("sandi.xlsx"));
    copyFileSync(LEGACY_XLS, at("lama.xlsx"));
    writeFileSync(at("csv.xlsx"), "NO;INDIKATOR;RENCANA AKSI\n1;Penyusunan Tim Kerja;Pembentukan tim\n");
    await writeZipBomb(at("bom.xlsx"), MAX_EXPANDED_BYTES + 2 ** 20);
    await writeZipBomb(at("bom-bohong.xlsx"), MAX_EXPANDED_BYTES + 2 ** 20, true);
    const error = (name: string) => {
      const r = readXlsx(new Uint8Array(readFileSync(at(name))), { timeZone: "Asia/Jakarta" });
      return r.ok ? null : r.error;
    };
    expect(error("kosong.xlsx")).toBe(filesText.empty);
    expect(error("terpotong.xlsx")).toBe(filesText.corrupt(filesText.zipDetail.noEnd));
    expect(error("acak.xlsx")).toBe(filesText.notXlsx);
    expect(error("sandi.xlsx")).toBe(filesText.encrypted);
    expect(error("lama.xlsx")).toBe(filesText.legacyXls);
    expect(error("csv.xlsx")).toBe(filesText.csv);
    expect(error("bom.xlsx")).toBe(filesText.expandsTooMuch(320));
    expect(error("bom-bohong.xlsx")).toBe(filesText.expandsTooMuch(320));
    for (const name of ["baik.xlsx", "tersembunyi.xlsx"]) {
      expect(readWithCore(at(name), "Asia/Jakarta").sheets.map(plainGrid), name).toEqual((await readWithExcelJs(at(name), "Asia/Jakarta")).sheets.map(plainGrid));
    }
  }, 120_000);
});
