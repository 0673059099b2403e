import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { sha256, tempDir, zi } from "../helpers/files.js";
import { requireSofficeInCi, sofficeConvert } from "../helpers/soffice.js";
import { typedPlanGrid, writeXlsx } from "../helpers/typed-plan.js";

const dir = tempDir();
const filled = path.join(dir, "contoh", "rencana-contoh-terisi.xlsx");
const present = requireSofficeInCi();

function rowsOf(ws: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => (v && typeof v === "object" && "text" in v ? (v as { text: string }).text : v))));
  return rows;
}

beforeAll(async () => {
  expect((await zi("contoh", path.join(dir, "contoh"), "--per-tanggal", "2026-06-30")).code).toBe(0);
}, 60_000);

describe("zi laporan", () => {
  it("writes the periodic report of Pasal 4 and leaves the plan unchanged", async () => {
    const out = path.join(dir, "laporan.xlsx");
    const before = sha256(filled);
    const r = await zi("laporan", filled, "--per-tanggal", "2026-06-30", "-o", out);
    expect(r.code).toBe(0);
    expect(r.out).toBe(`Ditulis: ${out} — laporan berkala per 30 Juni 2026: 23 dari 68 rencana aksi selesai, 11 terlambat, 4 belum ada/tanpa target`);
    expect(sha256(filled)).toBe(before);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet("Laporan Berkala")!;
    const rows = rowsOf(ws);
    expect(rows[0][0]).toBe("LAPORAN BERKALA PEMBANGUNAN ZONA INTEGRITAS");
    const meta = Object.fromEntries(rows.slice(2, 8).map((row) => [row[0], row[2]]));
    expect(meta).toMatchObject({ "Perangkat Daerah": "Dinas Komunikasi, Informatika, Persandian dan Statistik", "Per tanggal": "30 Juni 2026" });
    const total = rows.find((row) => row[1] === "JUMLAH")!;
    expect(total.slice(4, 9)).toEqual([68, 23, expect.any(Number), 11, 4]);
    expect(rows.filter((row) => row[8] && String(row[8]).startsWith("Terlambat "))).toHaveLength(11);
    expect(rows.filter((row) => row[8] === "Target waktu belum diisi")).toHaveLength(4);
    // locations are plain text: the report is its own file, the plan is elsewhere
    expect(rows.some((row) => typeof row[9] === "string" && /^Lampiran ZI!C\d+$/.test(row[9] as string))).toBe(true);
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1 });
  });

  it("names the file after the PD and the date when -o is not given, never replacing one without --timpa", async () => {
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      const r = await zi("laporan", filled, "--per-tanggal", "2026-06-30");
      const name = "Laporan Berkala ZI Dinas Komunikasi, Informatika, Persandian dan Statistik 2026-06-30.xlsx";
      expect(r.code).toBe(0);
      expect(existsSync(path.join(dir, name))).toBe(true);
      const again = await zi("laporan", filled, "--per-tanggal", "2026-06-30");
      expect(again).toMatchObject({ code: 2, err: expect.stringMatching(/sudah ada dan tidak ditimpa/) });
    } finally {
      process.chdir(cwd);
    }
  });

  it("reads a hand-typed plan too, and says so when a file holds no plan", async () => {
    const typed = path.join(dir, "ketik.xlsx");
    await writeXlsx(typed, [typedPlanGrid("Rencana", { values: (k) => ({ "TARGET WAKTU PELAKSANAAN": k.startsWith("MP") ? "Maret" : "Desember" }) })]);
    const r = await zi("laporan", typed, "--per-tanggal", "2026-06-30", "-o", path.join(dir, "lap-ketik.xlsx"));
    expect(r.out).toMatch(/0 dari 68 rencana aksi selesai, 8 terlambat, 0 belum ada/);
    const empty = path.join(dir, "bukan.xlsx");
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Data").getCell("A1").value = "anggaran";
    await wb.xlsx.writeFile(empty);
    const none = await zi("laporan", empty, "-o", path.join(dir, "x.xlsx"));
    expect(none).toMatchObject({ code: 1, err: expect.stringMatching(/tidak ditemukan rencana pembangunan ZI/) });
    expect(existsSync(path.join(dir, "x.xlsx"))).toBe(false);
    writeFileSync(path.join(dir, "rusak.xlsx"), "bukan zip");
    expect(await zi("laporan", path.join(dir, "rusak.xlsx"))).toMatchObject({ code: 2, err: expect.stringMatching(/bukan buku kerja Excel/) });
    expect(await zi("laporan")).toMatchObject({ code: 2, err: expect.stringMatching(/Sebutkan satu berkas/) });
    expect(await zi("laporan", filled, filled)).toMatchObject({ code: 2 });
  });
});

describe("zi contoh validates the demo files", () => {
  it("writes the typed demo, the recap and the report, and prints each verdict", async () => {
    const out = path.join(dir, "contoh2");
    const r = await zi("contoh", out, "--per-tanggal", "2026-06-30");
    expect(r.code).toBe(0);
    expect(r.out).toContain("Validasi berkas contoh per 30 Juni 2026:");
    expect(r.out).toMatch(/rencana-contoh-ketik\.xlsx: BELUM LENGKAP — \d+ galat, \d+ peringatan/);
    for (const f of ["rencana-contoh-ketik.xlsx", "rekap-validasi-contoh.xlsx", "laporan-berkala-contoh.xlsx"]) expect(existsSync(path.join(out, f))).toBe(true);
    const typed = await zi("validasi", path.join(out, "rencana-contoh-ketik.xlsx"), "--json", "--per-tanggal", "2026-06-30");
    const entry = JSON.parse(typed.out).files[0];
    expect(entry).toMatchObject({ layout: "typed", year: 2026, sheet: "Rencana Aksi" });
    expect(entry.findings.map((f: { code: string; ref: string }) => `${f.code} ${f.ref}`)).toEqual(expect.arrayContaining([
      "INDICATOR_MISSING PP.3", "ACTION_MISSING SDM.4.4", "ACTION_MISSING AK.2.6",
    ]));
    // the demo's typos are recognised: PW.1 and PW.4.1 are not missing
    expect(entry.findings.some((f: { ref: string; code: string }) => /MISSING/.test(f.code) && /^PW/.test(f.ref ?? ""))).toBe(false);
  });
});

describe.skipIf(!present)("the report and the recap open in LibreOffice", () => {
  it("converts the report to an A4 landscape PDF and its text to CSV", () => {
    const report = path.join(dir, "contoh", "laporan-berkala-contoh.xlsx");
    const pdf = sofficeConvert(report, "pdf", dir);
    const bytes = readFileSync(pdf).toString("latin1");
    expect(bytes.startsWith("%PDF")).toBe(true);
    expect(bytes).toMatch(/\/MediaBox\s*\[\s*0\s+0\s+841\.\d+\s+595\.\d+\s*\]|\/MediaBox\s*\[\s*0\s+0\s+842\s+595\s*\]/);
    const csv = readFileSync(sofficeConvert(report, "csv", dir), "utf8");
    expect(csv).toContain("LAPORAN BERKALA PEMBANGUNAN ZONA INTEGRITAS");
    expect(csv).toContain("Dinas Komunikasi");
    expect(csv).toContain("JUMLAH");
  }, 120_000);

  it("draws each area's progress bar from its % SELESAI, as LibreOffice calculates it", async () => {
    const report = path.join(dir, "contoh", "laporan-berkala-contoh.xlsx");
    const converted = sofficeConvert(report, "xlsx", path.join(dir, "lo-laporan"));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(converted);
    const ws = wb.getWorksheet("Laporan Berkala")!;
    const bars: { share: number; bar: unknown }[] = [];
    ws.eachRow((row) => {
      const cell = row.getCell(4) as unknown as { formula?: string; model: { result?: unknown } };
      if (!cell.formula) return;
      expect(cell.formula).toContain(`J${row.number}`);
      bars.push({ share: row.getCell(10).value as number, bar: cell.model.result });
    });
    // eight areas and the total
    expect(bars).toHaveLength(9);
    for (const { share, bar } of bars) {
      expect(typeof share).toBe("number");
      const full = Math.round(share * 20);
      expect(bar, `share ${share}`).toBe("\u2588".repeat(full) + "\u2591".repeat(20 - full));
    }
    expect(new Set(bars.map((b) => b.bar)).size).toBeGreaterThan(2);
  }, 120_000);

  it("converts the recap to PDF", () => {
    const pdf = sofficeConvert(path.join(dir, "contoh", "rekap-validasi-contoh.xlsx"), "pdf", dir);
    expect(readFileSync(pdf).toString("latin1").startsWith("%PDF")).toBe(true);
  }, 120_000);
});
