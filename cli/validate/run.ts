// Validating files one at a time: each workbook is read, validated and let go before the next, so
// a whole province's folder runs in flat memory. Nothing here throws for a bad file: it becomes
// that file's `error` and the others still run.

import { promises as fs } from "node:fs";
import path from "node:path";
import { compareNames, filesText, reviewWorkbook, validasiText, type FileReviewOptions, type ReviewedFile } from "../../core/index.js";
import { UsageError } from "../args.js";
import { FileProblem, readWorkbookFile } from "../xlsx/files.js";

/** Office's lock files ("~$Rencana.xlsx") and hidden files are not workbooks someone sent. */
function isCandidate(name: string): boolean {
  return /\.xlsx$/i.test(name) && !name.startsWith("~$") && !name.startsWith(".");
}

async function walk(dir: string, out: string[]): Promise<void> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => compareNames(a.name, b.name));
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

export interface InputFile {
  path: string;
  /** Named on the command line, not found by walking a folder: a file of the other kind is a mistake to say, not to skip. */
  named: boolean;
}

/**
 * The files to read: each FILE as given (whatever its extension: a .xls or .csv sent by
 * mistake gets its own error), each FOLDER's .xlsx files with its subfolders'. A path that does
 * not exist is a usage problem unless told otherwise. Each says whether it was named or found
 * in a folder.
 */
export async function collectInputFiles(args: string[], options: CollectOptions = {}): Promise<InputFile[]> {
  if (!args.length) throw new UsageError(validasiText.noInputs);
  const out: InputFile[] = [];
  for (const arg of args) {
    let st;
    try {
      st = await fs.stat(arg);
    } catch {
      if (!options.keepMissing) throw new UsageError(validasiText.notFound(arg));
      out.push({ path: arg, named: true });
      continue;
    }
    if (st.isDirectory()) {
      const found: string[] = [];
      await walk(arg, found);
      if (!found.length) throw new UsageError(validasiText.emptyFolder(arg));
      out.push(...found.map((p) => ({ path: p, named: false })));
    } else out.push({ path: arg, named: true });
  }
  // A file met twice (named and inside a named folder) is read once; named wins.
  const byPath = new Map<string, InputFile>();
  for (const f of out) byPath.set(f.path, { path: f.path, named: f.named || byPath.get(f.path)?.named === true });
  return [...byPath.values()];
}

/**
 * One file read and reviewed as every host reviews it (core/review): an LKE is scored, any other
 * workbook validated as a plan. A file that cannot be read becomes its Indonesian reason.
 */
export async function reviewFile(file: string, options: FileReviewOptions): Promise<ReviewedFile> {
  try {
    return reviewWorkbook(file, await readWorkbookFile(file, options.timeZone), options);
  } catch (e) {
    const error = e instanceof FileProblem
      ? e.message
      : e instanceof RangeError
        ? filesText.corrupt(e.message.slice(0, 120))
        : validasiText.unexpected(e instanceof Error ? e.message.slice(0, 200) : String(e));
    return { kind: "unreadable", file, error };
  }
}
