// Workbooks the Inspektorat really receives, made in test code: broken, foreign, encrypted,
// hidden, huge and hostile ones.
import { randomBytes } from "node:crypto";
import { copyFileSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createDeflateRaw } from "node:zlib";
import ExcelJS from "exceljs";
import XlsxPopulate from "xlsx-populate";
import { buildPlanSheet, filesText, LAMPIRAN_I, MAX_EXPANDED_BYTES, newPlanDocument } from "../../core/index.js";
import { applySheetSpec } from "../../cli/xlsx/apply.js";

export async function writePlanWorkbook(file: string, agency = "Dinas Baik", hidden = false): Promise<void> {
  const wb = new ExcelJS.Workbook();
  if (hidden) wb.addWorksheet("Sampul").getCell("A1").value = "Rencana ZI";
  const ws = applySheetSpec(wb, buildPlanSheet(newPlanDocument({ agency, year: 2026 }, LAMPIRAN_I)));
  if (hidden) ws.state = "hidden";
  await wb.xlsx.writeFile(file);
}

interface ZipEntry {
  name: string;
  /** Deflated bytes. */
  data: Buffer;
  /** Uncompressed size to declare. */
  size: number;
}

/** A minimal zip writer: enough to build archives exceljs never would (bombs, liars). */
export function zipOf(entries: ZipEntry[]): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.size, 22);
    local.writeUInt16LE(name.length, 26);
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(0x02014b50, 0);
    cd.writeUInt16LE(20, 4);
    cd.writeUInt16LE(20, 6);
    cd.writeUInt16LE(8, 10);
    cd.writeUInt32LE(e.data.length, 20);
    cd.writeUInt32LE(e.size, 24);
    cd.writeUInt16LE(name.length, 28);
    cd.writeUInt32LE(offset, 42);
    parts.push(local, name, e.data);
    central.push(cd, name);
    offset += local.length + name.length + e.data.length;
  }
  const cdBuf = Buffer.concat(central);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(entries.length, 8);
  eocd.writeUInt16LE(entries.length, 10);
  eocd.writeUInt32LE(cdBuf.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, cdBuf, eocd]);
}

async function deflatedZeros(bytes: number): Promise<Buffer> {
  const deflate = createDeflateRaw({ level: 9 });
  const chunks: Buffer[] = [];
  deflate.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise((resolve) => deflate.on("end", resolve));
  const block = Buffer.alloc(2 ** 20, 0x20);
  for (let written = 0; written < bytes; written += block.length) {
    if (!deflate.write(block)) await new Promise((r) => deflate.once("drain", r));
  }
  deflate.end();
  await done;
  return Buffer.concat(chunks);
}

/** A zip that looks like a workbook and expands to `bytes`; `lie` declares a tiny size instead. */
export async function writeZipBomb(file: string, bytes: number, lie = false): Promise<void> {
  const { deflateRawSync } = await import("node:zlib");
  const small = (text: string): ZipEntry => ({ name: "", data: deflateRawSync(Buffer.from(text)), size: Buffer.byteLength(text) });
  const sheet = await deflatedZeros(bytes);
  writeFileSync(
    file,
    zipOf([
      { ...small("<Types/>"), name: "[Content_Types].xml" },
      { ...small("<workbook/>"), name: "xl/workbook.xml" },
      { name: "xl/worksheets/sheet1.xml", data: sheet, size: lie ? 1024 : Math.min(bytes, 0xffffffff) },
    ]),
  );
}

export async function writeEncryptedWorkbook(file: string): Promise<void> {
  const wb = await XlsxPopulate.fromBlankAsync();
  wb.sheet(0).cell("A1").value("Rencana ZI rahasia");
  await wb.toFileAsync(file, { password: "sandi" });
}

/** A plan sheet with `rows` rencana aksi rows: the size limit case of issue 8. Cached between runs. */
export async function writeHugeWorkbook(file: string, rows: number): Promise<void> {
  const cache = path.join(path.dirname(file), `..`, `.huge-${rows}.xlsx`);
  if (existsSync(cache)) {
    copyFileSync(cache, file);
    return;
  }
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
  const ws = wb.addWorksheet("Rencana");
  ws.addRow(["RENCANA PEMBANGUNAN ZONA INTEGRITAS MENUJU WBK/WBBM DINAS BESAR DI LINGKUNGAN PEMERINTAHAN KABUPATEN BEKASI TAHUN 2026"]).commit();
  ws.addRow(["NO", "INDIKATOR", "RENCANA AKSI", "TARGET WAKTU PELAKSANAAN", "PENANGGUNG JAWAB", "STATUS", "TANGGAL REALISASI", "BUKTI DUKUNG", "KETERANGAN"]).commit();
  for (let i = 0; i < rows; i++) {
    ws.addRow([i + 1, `Indikator ${i % 26}`, `Rencana aksi nomor ${i} untuk pembangunan zona integritas`, `Triwulan ${(i % 4) + 1} 2026`,
      `Pejabat ${i % 40}`, ["Belum Mulai", "Dalam Proses", "Selesai"][i % 3], null, `Bukti ${i}`, ""]).commit();
  }
  ws.commit();
  await wb.commit();
  copyFileSync(file, cache);
}

export function writeTruncated(source: string, file: string): void {
  const buf = readFileSync(source);
  writeFileSync(file, buf.subarray(0, Math.floor(buf.length * 0.6)));
}

export function writeRandomBytes(file: string, bytes = 4096): void {
  writeFileSync(file, randomBytes(bytes));
}

export const LEGACY_XLS = new URL("../fixtures/excel-97.xls", import.meta.url).pathname;

export interface HostileFile {
  name: string;
  /** The Indonesian message the file must get; null for a good workbook. */
  error: string | RegExp | null;
}

/**
 * The inbox of issue 8 written into `dir`: two good plans and one of every hostile kind (empty,
 * truncated, random bytes, encrypted, old .xls, CSV, a hidden plan, a zip bomb), with the
 * message each must get. `huge` adds the 100,000-row workbook, which reads but holds no plan.
 */
export async function writeHostileInbox(dir: string, options: { huge?: boolean } = {}): Promise<HostileFile[]> {
  const at = (name: string) => path.join(dir, name);
  await writePlanWorkbook(at("01-dinas-baik.xlsx"), "Dinas Baik");
  await writePlanWorkbook(at("02-dinas-baik-juga.xlsx"), "Dinas Baik Juga");
  writeFileSync(at("03-kosong.xlsx"), "");
  writeTruncated(at("01-dinas-baik.xlsx"), at("04-terpotong.xlsx"));
  writeRandomBytes(at("05-acak.xlsx"));
  await writeEncryptedWorkbook(at("06-sandi.xlsx"));
  copyFileSync(LEGACY_XLS, at("07-lama.xlsx"));
  writeFileSync(at("08-csv.xlsx"), "NO;INDIKATOR;RENCANA AKSI\n1;Penyusunan Tim Kerja;Pembentukan tim\n");
  await writePlanWorkbook(at("09-tersembunyi.xlsx"), "Dinas Sembunyi", true);
  if (options.huge) await writeHugeWorkbook(at("10-seratus-ribu-baris.xlsx"), 100_000);
  await writeZipBomb(at("11-bom-zip.xlsx"), MAX_EXPANDED_BYTES + 2 ** 20);
  return [
    { name: "01-dinas-baik.xlsx", error: null },
    { name: "02-dinas-baik-juga.xlsx", error: null },
    { name: "03-kosong.xlsx", error: filesText.empty },
    { name: "04-terpotong.xlsx", error: /rusak atau tidak lengkap/ },
    { name: "05-acak.xlsx", error: filesText.notXlsx },
    { name: "06-sandi.xlsx", error: filesText.encrypted },
    { name: "07-lama.xlsx", error: filesText.legacyXls },
    { name: "08-csv.xlsx", error: filesText.csv },
    { name: "09-tersembunyi.xlsx", error: filesText.hiddenPlan("Lampiran ZI") },
    ...(options.huge ? [{ name: "10-seratus-ribu-baris.xlsx", error: null }] : []),
    { name: "11-bom-zip.xlsx", error: filesText.expandsTooMuch(MAX_EXPANDED_BYTES / 2 ** 20) },
  ];
}
