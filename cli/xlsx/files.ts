// Reading and writing .xlsx files safely: every input is read by the core's readXlsx (a file that
// is not a workbook gets its clear Indonesian message), inputs are only ever read, and outputs are
// written with exceljs to a temporary name and renamed so a crash leaves the old file or the
// whole new one.

import { closeSync, fstatSync, openSync, promises as fs, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { inflateRawSync } from "node:zlib";
import type ExcelJS from "exceljs";
import { filesText, MAX_FILE_BYTES, readXlsx, type WorkbookGrids } from "../../core/index.js";
import { excelJs } from "./exceljs.js";

/** A problem with a file that the user can act on; its message is Indonesian. */
export class FileProblem extends Error {
  constructor(message: string) {
    super(message);
    this.name = "FileProblem";
  }
}

export async function readFileChecked(file: string): Promise<Buffer> {
  // Synchronous on purpose: files are read one at a time, and a round trip through the thread
  // pool per step cost more than the reading itself on a folder of small workbooks.
  let fd: number;
  try {
    fd = openSync(file, "r");
  } catch {
    // Some systems refuse to open a folder at all; say which of the two it is.
    let isFolder = false;
    try {
      isFolder = statSync(file).isDirectory();
    } catch {
      // Neither a file nor a folder: not found.
    }
    throw new FileProblem(isFolder ? filesText.isFolder(file) : filesText.notFound(file));
  }
  try {
    // One open file gives both the size check and the bytes: refused before reading it into memory.
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw new FileProblem(filesText.isFolder(file));
    if (stat.size > MAX_FILE_BYTES) throw new FileProblem(filesText.tooLarge(Math.ceil(stat.size / 2 ** 20), MAX_FILE_BYTES / 2 ** 20));
    return readFileSync(fd);
  } catch (e) {
    if (e instanceof FileProblem) throw e;
    throw new FileProblem(filesText.notFound(file));
  } finally {
    closeSync(fd);
  }
}

/**
 * Node's zlib for the reader's small parts: native code, where fflate is script that a batch of
 * files runs mostly before V8 has optimised it. Larger parts still stream through fflate, so that
 * a part is never held whole and the expanded size is counted as it grows.
 */
export function nodeInflateRaw(compressed: Uint8Array, room: number): Uint8Array | null {
  try {
    // One output chunk of the declared size: zlib's default 16 KiB chunks, grown and joined, cost
    // more than the inflating of a small part itself.
    return inflateRawSync(compressed, { maxOutputLength: Math.max(room, 1), chunkSize: Math.max(room + 1, 64) });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE") return null;
    throw e;
  }
}

/** Reads a workbook's sheets with the core reader; anything unreadable becomes a FileProblem. */
export async function readWorkbookBytes(buf: Uint8Array, timeZone: string): Promise<WorkbookGrids> {
  const result = readXlsx(buf, { timeZone, inflateRaw: nodeInflateRaw });
  if (!result.ok) throw new FileProblem(result.error);
  return result.workbook;
}

export async function readWorkbookFile(file: string, timeZone: string): Promise<WorkbookGrids> {
  return readWorkbookBytes(await readFileChecked(file), timeZone);
}

/**
 * Opens a workbook with exceljs to write a changed copy of it (zi rencana --dari keeps the other
 * sheets). Only for writing: its values are read with readXlsx.
 */
export async function loadWorkbookForWriting(buf: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new (excelJs().Workbook)();
  try {
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
  } catch (e) {
    const detail = e instanceof Error ? e.message.split("\n")[0].slice(0, 120) : String(e);
    throw new FileProblem(filesText.corrupt(detail));
  }
  return wb;
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

let written = 0;

/**
 * Writes bytes to a temporary file beside the target, then renames it into place. The temporary
 * name is unique by process, time and count (node:crypto would cost every zi start ~7 ms to load).
 */
export async function writeFileAtomic(file: string, data: Buffer | Uint8Array | string): Promise<void> {
  const dir = path.dirname(path.resolve(file));
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now().toString(36)}${(written++).toString(36)}.tmp`);
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
  const wb = new (excelJs().Workbook)();
  wb.creator = "zi (Zona Integritas)";
  wb.created = new Date();
  return wb;
}
