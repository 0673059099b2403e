import { copyFileSync, existsSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { filesText, MAX_EXPANDED_BYTES } from "../../core/index.js";
import { FileProblem, readWorkbookFile } from "../../cli/xlsx/files.js";
import {
  LEGACY_XLS, writeEncryptedWorkbook, writePlanWorkbook, writeRandomBytes, writeTruncated, writeZipBomb,
} from "../helpers/bad-files.js";
import { sha256, tempDir } from "../helpers/files.js";

const dir = tempDir();
const file = (name: string) => path.join(dir, name);

async function problemOf(f: string): Promise<string> {
  const before = existsSync(f) && statSync(f).isFile() ? sha256(f) : null;
  try {
    await readWorkbookFile(f, "Asia/Jakarta");
  } catch (e) {
    expect(e).toBeInstanceOf(FileProblem);
    if (before) expect(sha256(f)).toBe(before);
    return (e as Error).message;
  }
  throw new Error(`${f} was read without complaint`);
}

describe("loading what the Inspektorat receives", () => {
  it("names each kind of bad file in Indonesian, with what to do", async () => {
    const good = file("baik.xlsx");
    await writePlanWorkbook(good);

    writeFileSync(file("kosong.xlsx"), "");
    expect(await problemOf(file("kosong.xlsx"))).toBe(filesText.empty);

    writeTruncated(good, file("terpotong.xlsx"));
    expect(await problemOf(file("terpotong.xlsx"))).toMatch(/rusak atau tidak lengkap/);

    writeRandomBytes(file("acak.xlsx"));
    expect(await problemOf(file("acak.xlsx"))).toBe(filesText.notXlsx);

    await writeEncryptedWorkbook(file("sandi.xlsx"));
    expect(await problemOf(file("sandi.xlsx"))).toBe(filesText.encrypted);

    copyFileSync(LEGACY_XLS, file("lama.xlsx"));
    expect(await problemOf(file("lama.xlsx"))).toBe(filesText.legacyXls);

    writeFileSync(file("csv.xlsx"), "NO;INDIKATOR;RENCANA AKSI\n1;Penyusunan Tim Kerja;Pembentukan tim\n");
    expect(await problemOf(file("csv.xlsx"))).toBe(filesText.csv);

    expect(await problemOf(file("tidak-ada.xlsx"))).toMatch(/tidak ditemukan/);
    expect(await problemOf(dir)).toMatch(/folder/);
  });

  it("refuses a zip that expands beyond the limit, whether it declares its size or lies", async () => {
    const over = MAX_EXPANDED_BYTES + 2 ** 20;
    await writeZipBomb(file("bom.xlsx"), over);
    expect(await problemOf(file("bom.xlsx"))).toBe(filesText.expandsTooMuch(MAX_EXPANDED_BYTES / 2 ** 20));
    await writeZipBomb(file("bom-bohong.xlsx"), over, true);
    expect(await problemOf(file("bom-bohong.xlsx"))).toBe(filesText.expandsTooMuch(MAX_EXPANDED_BYTES / 2 ** 20));
  }, 60_000);

  it("reads a good workbook and a hidden plan sheet, saying it is hidden", async () => {
    await writePlanWorkbook(file("tersembunyi.xlsx"), "Dinas Sembunyi", true);
    const grids = await readWorkbookFile(file("tersembunyi.xlsx"), "Asia/Jakarta");
    expect(grids.sheets.map((s) => [s.name, s.hidden])).toEqual([["Sampul", false], ["Lampiran ZI", true]]);
  });
});
