import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { findAction, LAMPIRAN_I } from "../../core/index.js";
import { sha256, tempDir, zi } from "../helpers/files.js";
import { typedPlanGrid, writeXlsx } from "../helpers/typed-plan.js";

const root = tempDir();
const good = path.join(root, "kiriman");
const files = {
  generated: path.join(good, "dinkes.xlsx"),
  typed: path.join(good, "sub", "bapenda-ketik.xlsx"),
  clean: path.join(good, "sub", "lengkap.xlsx"),
};

beforeAll(async () => {
  mkdirSync(path.join(good, "sub"), { recursive: true });
  expect((await zi("contoh", path.join(root, "contoh"), "--per-tanggal", "2026-06-30")).code).toBe(0);
  copyFileSync(path.join(root, "contoh", "rencana-contoh-terisi.xlsx"), files.generated);
  await writeXlsx(files.typed, [typedPlanGrid("Rencana", { dropAreas: ["PW"] })]);
  await writeXlsx(files.clean, [typedPlanGrid("Rencana", { values: () => ({ "TARGET WAKTU PELAKSANAAN": "Desember" }) })]);
  // Office's lock file and a note are not workbooks someone sent
  writeFileSync(path.join(good, "~$dinkes.xlsx"), "kunci");
  writeFileSync(path.join(good, "catatan.txt"), "bukan buku kerja");
}, 60_000);

function broken(dir: string): Record<string, string> {
  mkdirSync(dir, { recursive: true });
  const valid = readFileSync(files.clean);
  const out = {
    empty: path.join(dir, "kosong.xlsx"),
    random: path.join(dir, "acak.xlsx"),
    csv: path.join(dir, "csv.xlsx"),
    ole: path.join(dir, "sandi.xlsx"),
    truncated: path.join(dir, "terpotong.xlsx"),
    xls: path.join(dir, "lama.xls"),
  };
  writeFileSync(out.empty, "");
  writeFileSync(out.random, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256)));
  writeFileSync(out.csv, "NO;INDIKATOR;RENCANA AKSI\n1;Penyusunan Tim Kerja;Pembentukan tim\n");
  writeFileSync(out.ole, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(2048)]));
  writeFileSync(out.truncated, valid.subarray(0, Math.floor(valid.length / 2)));
  writeFileSync(out.xls, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]));
  return out;
}

describe("zi validasi --json", () => {
  it("prints exactly the documented shape, one entry per workbook of the folder and its subfolders", async () => {
    const r = await zi("validasi", good, "--json", "--per-tanggal", "2026-06-30");
    const json = JSON.parse(r.out);
    expect(Object.keys(json)).toEqual(["asOf", "files"]);
    expect(json.asOf).toBe("2026-06-30");
    expect(json.files.map((f: { file: string }) => path.relative(good, f.file)).sort()).toEqual(["dinkes.xlsx", "sub/bapenda-ketik.xlsx", "sub/lengkap.xlsx"]);
    for (const f of json.files) {
      expect(Object.keys(f)).toEqual(["file", "error", "agency", "year", "sheet", "layout", "summary", "findings"]);
      expect(f.error).toBeNull();
      expect(Object.keys(f.summary)).toEqual(["actions", "withTarget", "done", "overdue", "errors", "warnings"]);
      expect(["generated", "typed"]).toContain(f.layout);
      for (const x of f.findings) {
        expect(Object.keys(x)).toEqual(["code", "severity", "sheet", "cell", "ref", "message"]);
        expect(x.cell).toMatch(/^[A-Z]{1,3}\d+$/);
        expect(["error", "warning", "info"]).toContain(x.severity);
      }
    }
    const gen = json.files.find((f: { file: string }) => f.file.endsWith("dinkes.xlsx"));
    expect(gen).toMatchObject({ layout: "generated", year: 2026, sheet: "Lampiran ZI", agency: "Dinas Komunikasi, Informatika, Persandian dan Statistik" });
    expect(gen.summary).toMatchObject({ actions: 68, withTarget: 64, overdue: 11 });
    const typed = json.files.find((f: { file: string }) => f.file.endsWith("bapenda-ketik.xlsx"));
    expect(typed.findings.filter((x: { code: string }) => x.code === "AREA_MISSING")).toEqual([expect.objectContaining({ ref: "PW", severity: "error" })]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^Ringkasan: 3 buku kerja diperiksa per 30 Juni 2026 — 1 lengkap, 2 belum lengkap, 0 tidak terbaca\.$/m);
  });

  it("exits 0 when no workbook has an error", async () => {
    const r = await zi("validasi", files.clean, "--json", "--per-tanggal", "2026-06-30");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).files[0].summary.errors).toBe(0);
  });
});

describe("broken files among good ones", () => {
  it("gives each its Indonesian error, validates the others, exits 1 and changes no input", async () => {
    const dir = path.join(root, "campur");
    const bad = broken(dir);
    copyFileSync(files.clean, path.join(dir, "baik.xlsx"));
    const inputs = [...Object.values(bad), path.join(dir, "baik.xlsx")];
    const before = inputs.map(sha256);
    const r = await zi("validasi", dir, bad.xls, "--json", "--per-tanggal", "2026-06-30");
    expect(r.code).toBe(1);
    const json = JSON.parse(r.out);
    const entry = (file: string) => json.files.find((f: { file: string }) => f.file === file);
    expect(entry(bad.empty).error).toMatch(/kosong \(0 byte\)/);
    expect(entry(bad.random).error).toMatch(/bukan buku kerja Excel/);
    expect(entry(bad.csv).error).toMatch(/CSV/);
    expect(entry(bad.ole).error).toMatch(/kata sandi atau berformat Excel 97-2003/);
    expect(entry(bad.truncated).error).toMatch(/rusak atau tidak lengkap/);
    expect(entry(bad.xls).error).toMatch(/Excel 97-2003/);
    for (const f of Object.values(bad)) expect(entry(f)).toMatchObject({ agency: null, year: null, sheet: null, layout: null, summary: null, findings: [] });
    expect(entry(path.join(dir, "baik.xlsx"))).toMatchObject({ error: null, layout: "typed" });
    expect(inputs.map(sha256)).toEqual(before);
    const human = await zi("validasi", dir, "--per-tanggal", "2026-06-30");
    expect(human.out).toContain(`${bad.empty} — TIDAK TERBACA: Berkas kosong`);
    expect(human.out).toMatch(/Ringkasan: 6 buku kerja diperiksa .* 1 lengkap, 0 belum lengkap, 5 tidak terbaca\./);
  });
});

describe("zi validasi, human output and exit codes", () => {
  it("prints a short table per workbook and one summary line, leaving inputs unchanged", async () => {
    const before = Object.values(files).map(sha256);
    const r = await zi("validasi", good, "--per-tanggal", "2026-06-30");
    expect(r.code).toBe(1);
    expect(r.out).toContain(`${files.generated} — Dinas Komunikasi, Informatika, Persandian dan Statistik, 2026 · lembar "Lampiran ZI" · dibuat dengan add-in/zi — BELUM LENGKAP`);
    expect(r.out).toMatch(/68 rencana aksi · 64 dengan target · \d+ selesai · 11 terlambat · 4 galat · 17 peringatan/);
    expect(r.out).toMatch(/Galat\s+TARGET_MISSING\s+Lampiran ZI!D\d+\s+[A-Z]+\.\d\.\d/);
    // Each finding names its rencana aksi: the id, then the start of its Lampiran text.
    const line = r.out.split("\n").find((l) => /TARGET_MISSING\s+Lampiran ZI!D\d+/.test(l))!;
    const id = /\s([A-Z0-9]+\.\d+\.\d+) /.exec(line)![1];
    const text = findAction(LAMPIRAN_I, id)!.action.text;
    expect(line).toContain(`${id} ${text.slice(0, 20)}`);
    expect(r.out).toMatch(/… dan \d+ temuan lain \(lihat --json atau --rekap\)/);
    expect(r.out).toContain(`${files.clean} — DINAS KESEHATAN, 2026 · lembar "Rencana" · diketik manual — LENGKAP`);
    expect(r.out.trim().split("\n").at(-1)).toBe("Ringkasan: 3 buku kerja diperiksa per 30 Juni 2026 — 1 lengkap, 2 belum lengkap, 0 tidak terbaca.");
    expect(Object.values(files).map(sha256)).toEqual(before);
  });

  it("exits 2 with a clear message for usage problems", async () => {
    expect(await zi("validasi")).toMatchObject({ code: 2, err: expect.stringMatching(/Sebutkan berkas \.xlsx atau folder/) });
    expect(await zi("validasi", path.join(root, "tidak-ada"))).toMatchObject({ code: 2, err: expect.stringMatching(/tidak ditemukan/) });
    expect(await zi("validasi", good, "--per-tanggal", "30-06-2026")).toMatchObject({ code: 2, err: expect.stringMatching(/TTTT-BB-HH/) });
    expect(await zi("validasi", good, "--salah")).toMatchObject({ code: 2, err: expect.stringMatching(/tidak dikenal/) });
    const empty = path.join(root, "kosong");
    mkdirSync(empty, { recursive: true });
    expect(await zi("validasi", empty)).toMatchObject({ code: 2, err: expect.stringMatching(/tidak berisi berkas \.xlsx/) });
    const help = await zi("validasi", "--help");
    expect(help.code).toBe(0);
    expect(help.out).toContain("TARGET_OUTSIDE_YEAR");
  });
});

describe("zi validasi --rekap", () => {
  it("writes the recap and every finding, reads back, and is skipped when a folder is validated again", async () => {
    const recap = path.join(root, "rekap.xlsx");
    const r = await zi("validasi", good, "--rekap", recap, "--per-tanggal", "2026-06-30");
    expect(r.code).toBe(1);
    expect(r.out).toContain(`Ditulis: ${recap} — rekap validasi (3 buku kerja) dan daftar temuan`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(recap);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Rekap Validasi", "Temuan"]);
    const ws = wb.getWorksheet("Rekap Validasi")!;
    const rows: unknown[][] = [];
    ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    const header = rows.findIndex((row) => row[0] === "NO");
    expect(rows[header].slice(0, 11)).toEqual([
      "NO", "BERKAS", "PERANGKAT DAERAH", "TAHUN", "RENCANA AKSI", "DENGAN TARGET", "SELESAI", "TERLAMBAT", "GALAT", "PERINGATAN", "KESIMPULAN",
    ]);
    const clean = rows.find((row) => row[1] === files.clean)!;
    expect(clean.slice(2, 11)).toEqual(["DINAS KESEHATAN", 2026, 68, 68, 0, 0, 0, 0, "LENGKAP"]);
    expect(rows.find((row) => row[1] === files.generated)![10]).toBe("BELUM LENGKAP");
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", fitToWidth: 1 });
    const list = wb.getWorksheet("Temuan")!;
    const json = JSON.parse((await zi("validasi", good, "--json", "--per-tanggal", "2026-06-30")).out);
    const total = json.files.reduce((n: number, f: { findings: unknown[] }) => n + f.findings.length, 0);
    let listed = 0;
    list.eachRow((row) => typeof row.getCell(1).value === "number" && listed++);
    expect(listed).toBe(total);

    // the recap lies in no folder we validate here, but copied into one it is recognised and skipped
    copyFileSync(recap, path.join(good, "rekap-lama.xlsx"));
    const again = await zi("validasi", good, "--json", "--per-tanggal", "2026-06-30");
    expect(again.err).toContain("Dilewati:");
    expect(JSON.parse(again.out).files).toHaveLength(3);
  });

  it("never replaces an existing recap without --timpa, nor an input", async () => {
    const recap = path.join(root, "ada.xlsx");
    writeFileSync(recap, "lama");
    const r = await zi("validasi", files.clean, "--rekap", recap);
    expect(r).toMatchObject({ code: 2, err: expect.stringMatching(/sudah ada dan tidak ditimpa/) });
    expect(readFileSync(recap, "utf8")).toBe("lama");
    expect((await zi("validasi", files.clean, "--rekap", recap, "--timpa", "--per-tanggal", "2026-06-30")).code).toBe(0);
    expect(readFileSync(recap).subarray(0, 2).toString()).toBe("PK");
    const sameAsInput = await zi("validasi", files.clean, "--rekap", files.clean, "--timpa");
    expect(sameAsInput).toMatchObject({ code: 2, err: expect.stringMatching(/sama dengan berkas masukan/) });
    expect(existsSync(files.clean)).toBe(true);
  });
});
