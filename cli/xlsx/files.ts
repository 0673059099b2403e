// Reading and writing .xlsx files safely: a file that is not a workbook gets a clear Indonesian
// message instead of an exceljs stack trace, inputs are only ever read, and outputs are written to
// a temporary name and renamed so a crash leaves the old file or the whole new one.

import { randomBytes } from "node:crypto";
import { promises as fs } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { filesText, type WorkbookGrids } from "../../core/index.js";
import { gridFromWorksheet } from "./grid.js";
import { inspectXlsxZip, MAX_EXPANDED_BYTES, MAX_FILE_BYTES, type ZipProblem } from "./zip.js";

/** A problem with a file that the user can act on; its message is Indonesian. */
export class FileProblem extends Error {
  constructor(message: string) {
    super(message);
    this.name = "FileProblem";
  }
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(buf: Buffer, magic: number[]): boolean {
  return buf.length >= magic.length && magic.every((b, i) => buf[i] === b);
}

/** Says what a buffer is when it is not a zip (xlsx files are zips). */
function classifyNonZip(buf: Buffer): string {
  if (buf.length === 0) return filesText.empty;
  if (startsWith(buf, OLE_MAGIC)) {
    // An OLE container: an encrypted OOXML workbook carries an EncryptedPackage stream, an old
    // .xls a Workbook (or Book) stream; directory names are UTF-16.
    if (buf.includes(Buffer.from("EncryptedPackage", "utf16le"))) return filesText.encrypted;
    if (buf.includes(Buffer.from("Workbook", "utf16le")) || buf.includes(Buffer.from("Book", "utf16le"))) return filesText.legacyXls;
    return filesText.encryptedOrXls;
  }
  const head = buf.subarray(0, 2048).toString("utf8");
  // Text with separators on every line and no binary bytes reads as CSV.
  if (!/[\x00-\x08\x0e-\x1f]/.test(head) && /[,;\t]/.test(head)) return filesText.csv;
  return filesText.notXlsx;
}

export async function readFileChecked(file: string): Promise<Buffer> {
  let stat;
  try {
    stat = await fs.stat(file);
  } catch {
    throw new FileProblem(filesText.notFound(file));
  }
  if (stat.isDirectory()) throw new FileProblem(filesText.isFolder(file));
  if (stat.size > MAX_FILE_BYTES) throw new FileProblem(zipProblemMessage({ kind: "tooLarge", bytes: stat.size }));
  return fs.readFile(file);
}

const MB = 2 ** 20;

function zipProblemMessage(p: ZipProblem): string {
  switch (p.kind) {
    case "truncated":
      return filesText.corrupt(p.detail);
    case "notWorkbook":
      return filesText.notXlsx;
    case "tooLarge":
      return filesText.tooLarge(Math.ceil(p.bytes / MB), MAX_FILE_BYTES / MB);
    case "expandsTooMuch":
      return filesText.expandsTooMuch(MAX_EXPANDED_BYTES / MB);
  }
}

/** Loads a workbook from bytes; anything that is not a readable .xlsx within the limits becomes a FileProblem. */
export async function loadWorkbook(buf: Buffer): Promise<ExcelJS.Workbook> {
  if (!startsWith(buf, ZIP_MAGIC)) throw new FileProblem(classifyNonZip(buf));
  const problem = inspectXlsxZip(buf);
  if (problem) throw new FileProblem(zipProblemMessage(problem));
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
  } catch (e) {
    const detail = e instanceof Error ? e.message.split("\n")[0].slice(0, 120) : String(e);
    throw new FileProblem(filesText.corrupt(detail));
  }
  return wb;
}

export async function loadWorkbookFile(file: string): Promise<ExcelJS.Workbook> {
  return loadWorkbook(await readFileChecked(file));
}

export function workbookGrids(wb: ExcelJS.Workbook, timeZone: string): WorkbookGrids {
  return { sheets: wb.worksheets.map((ws) => gridFromWorksheet(ws, timeZone)), timeZone };
}

export async function exists(file: string): Promise<boolean> {
  try {
    await fs.access(file);
    return true;
  } catch {
    return false;
  }
}

/** Refuses to replace an existing file unless told to, and never a file that was an input. */
export async function checkOutputPath(file: string, options: { overwrite: boolean; inputs?: string[] }): Promise<void> {
  const resolved = path.resolve(file);
  for (const input of options.inputs ?? []) {
    if (path.resolve(input) === resolved) throw new FileProblem(filesText.sameAsInput(file));
  }
  if (!options.overwrite && (await exists(file))) throw new FileProblem(filesText.exists(file));
  const dir = path.dirname(resolved);
  try {
    const st = await fs.stat(dir);
    if (!st.isDirectory()) throw new Error("not a folder");
  } catch {
    throw new FileProblem(filesText.folderMissing(path.dirname(file)));
  }
}

/** Writes bytes to a temporary file beside the target, then renames it into place. */
export async function writeFileAtomic(file: string, data: Buffer | Uint8Array | string): Promise<void> {
  const dir = path.dirname(path.resolve(file));
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    await fs.writeFile(tmp, data);
    await fs.rename(tmp, file);
  } catch (e) {
    await fs.rm(tmp, { force: true });
    throw new FileProblem(filesText.writeFailed(file, e instanceof Error ? e.message : String(e)));
  }
}

export async function saveWorkbook(
  wb: ExcelJS.Workbook,
  file: string,
  options: { overwrite: boolean; inputs?: string[] },
): Promise<void> {
  await checkOutputPath(file, options);
  const buf = Buffer.from(await wb.xlsx.writeBuffer());
  await writeFileAtomic(file, buf);
}

export function newWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "zi (Zona Integritas)";
  wb.created = new Date();
  return wb;
}
