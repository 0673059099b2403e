// Issue 8: what the Inspektorat really receives, among good workbooks, in one `zi validasi` run.
// Every bad file gets its clear Indonesian error, the good ones are validated, inputs stay
// byte-identical, and the exit code says something failed.
import { copyFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { filesText, MAX_EXPANDED_BYTES } from "../../core/index.js";
import {
  LEGACY_XLS, writeEncryptedWorkbook, writeHugeWorkbook, writePlanWorkbook, writeRandomBytes, writeTruncated, writeZipBomb,
} from "../helpers/bad-files.js";
import { sha256, tempDir, zi } from "../helpers/files.js";

interface FileResult {
  file: string;
  error: string | null;
  summary: { actions: number } | null;
  findings: { code: string; severity: string; message: string }[];
}

describe("zi validasi on a folder of good and hostile workbooks", () => {
  it("validates the good ones and names what is wrong with each of the others", async () => {
    const dir = tempDir();
    const inbox = path.join(dir, "kiriman");
    const at = (name: string) => path.join(inbox, name);
    await import("node:fs/promises").then((fs) => fs.mkdir(inbox));
    await writePlanWorkbook(at("01-dinas-baik.xlsx"), "Dinas Baik");
    await writePlanWorkbook(at("02-dinas-baik-juga.xlsx"), "Dinas Baik Juga");
    writeFileSync(at("03-kosong.xlsx"), "");
    writeTruncated(at("01-dinas-baik.xlsx"), at("04-terpotong.xlsx"));
    writeRandomBytes(at("05-acak.xlsx"));
    await writeEncryptedWorkbook(at("06-sandi.xlsx"));
    copyFileSync(LEGACY_XLS, at("07-lama.xlsx"));
    writeFileSync(at("08-csv.xlsx"), "NO;INDIKATOR;RENCANA AKSI\n1;Penyusunan Tim Kerja;Pembentukan tim\n");
    await writePlanWorkbook(at("09-tersembunyi.xlsx"), "Dinas Sembunyi", true);
    await writeHugeWorkbook(at("10-seratus-ribu-baris.xlsx"), 100_000);
    await writeZipBomb(at("11-bom-zip.xlsx"), MAX_EXPANDED_BYTES + 2 ** 20);
    const before = Object.fromEntries(readdirSync(inbox).map((f) => [f, sha256(at(f))]));

    const r = await zi("validasi", inbox, "--json", "--per-tanggal", "2026-06-30");
    expect(r.code).toBe(1);
    const files = (JSON.parse(r.out) as { files: FileResult[] }).files;
    const byName = Object.fromEntries(files.map((f) => [path.basename(f.file), f]));
    expect(Object.keys(byName).sort()).toEqual(Object.keys(before).sort());

    for (const good of ["01-dinas-baik.xlsx", "02-dinas-baik-juga.xlsx"]) {
      expect(byName[good].error, good).toBeNull();
      expect(byName[good].summary?.actions, good).toBe(68);
    }
    expect(byName["03-kosong.xlsx"].error).toBe(filesText.empty);
    expect(byName["04-terpotong.xlsx"].error).toMatch(/rusak atau tidak lengkap/);
    expect(byName["05-acak.xlsx"].error).toBe(filesText.notXlsx);
    expect(byName["06-sandi.xlsx"].error).toBe(filesText.encrypted);
    expect(byName["07-lama.xlsx"].error).toBe(filesText.legacyXls);
    expect(byName["08-csv.xlsx"].error).toBe(filesText.csv);
    expect(byName["09-tersembunyi.xlsx"].error).toBe(filesText.hiddenPlan("Lampiran ZI"));
    expect(byName["09-tersembunyi.xlsx"].summary?.actions).toBe(68);
    expect(byName["11-bom-zip.xlsx"].error).toBe(filesText.expandsTooMuch(MAX_EXPANDED_BYTES / 2 ** 20));
    // 100,000 rows of text that is no Lampiran: read whole, judged, and said so.
    const huge = byName["10-seratus-ribu-baris.xlsx"];
    expect(huge.error).toBeNull();
    expect(huge.findings.map((f) => f.code)).toEqual(["PLAN_NOT_FOUND"]);
    expect(huge.findings[0].message).toMatch(/Tidak ditemukan rencana/);

    for (const f of readdirSync(inbox)) expect(sha256(at(f)), f).toBe(before[f]);
  }, 240_000);
});
