// Validating files one at a time: each workbook is read, validated and let go before the next, so
// a whole province's folder runs in flat memory. Nothing here throws for a bad file: it becomes
// that file's `error` and the others still run.

import { promises as fs } from "node:fs";
import path from "node:path";
import {
  filesText, isOwnOutputWorkbook, unreadableResult, validasiText, validateWorkbook, workbookResult, type RecapEntry,
} from "../../core/index.js";
import { UsageError } from "../args.js";
import { FileProblem, readWorkbookFile } from "../xlsx/files.js";

/** Office's lock files ("~$Rencana.xlsx") and hidden files are not workbooks someone sent. */
function isCandidate(name: string): boolean {
  return /\.xlsx$/i.test(name) && !name.startsWith("~$") && !name.startsWith(".");
}

async function walk(dir: string, out: string[]): Promise<void> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name, "id"));
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) await walk(p, out);
    else if (e.isFile() && isCandidate(e.name)) out.push(p);
  }
}

export interface CollectOptions {
  /**
   * A path that does not exist stays in the list as a file (that file's own error later, as
   * `zi nilai` has always reported it) instead of being a usage problem.
   */
  keepMissing?: boolean;
}

/**
 * The files to read: each FILE as given (whatever its extension: a .xls or .csv sent by
 * mistake gets its own error), each FOLDER's .xlsx files with its subfolders'. A path that does
 * not exist is a usage problem unless told otherwise.
 */
export async function collectInputs(args: string[], options: CollectOptions = {}): Promise<string[]> {
  if (!args.length) throw new UsageError(validasiText.noInputs);
  const out: string[] = [];
  for (const arg of args) {
    let st;
    try {
      st = await fs.stat(arg);
    } catch {
      if (!options.keepMissing) throw new UsageError(validasiText.notFound(arg));
      out.push(arg);
      continue;
    }
    if (st.isDirectory()) {
      const found: string[] = [];
      await walk(arg, found);
      if (!found.length) throw new UsageError(validasiText.emptyFolder(arg));
      out.push(...found);
    } else out.push(arg);
  }
  return [...new Set(out)];
}

export interface FileOutcome {
  entry: RecapEntry;
  /** A recap or report this tool wrote: not a plan, left out of the results. */
  skipped: boolean;
}

export async function validateFile(file: string, options: { asOf: number; timeZone: string }): Promise<FileOutcome> {
  try {
    const workbook = await readWorkbookFile(file, options.timeZone);
    if (isOwnOutputWorkbook(workbook)) return { entry: unreadableResult(file, ""), skipped: true };
    const v = validateWorkbook(workbook, options);
    return { entry: { ...workbookResult(file, v), hidden: v.plan?.hidden === true }, skipped: false };
  } catch (e) {
    const message = e instanceof FileProblem
      ? e.message
      : e instanceof RangeError
        ? filesText.corrupt(e.message.slice(0, 120))
        : validasiText.unexpected(e instanceof Error ? e.message.slice(0, 200) : String(e));
    return { entry: unreadableResult(file, message), skipped: false };
  }
}
