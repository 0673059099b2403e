// The validation part of `zi contoh` (and so of `npm start`): a hand-typed demo plan beside the
// generated ones, every demo plan validated, the recap and the filled plan's periodic report written.

import path from "node:path";
import {
  buildRecapSheets, cliText, contohValidasiText, formatDateId, hasError, reportText, validasiText, validationEntries, type RecapEntry,
} from "../core/index.js";
import { writePeriodicReport } from "./commands/laporan.js";
import type { Io } from "./commands/types.js";
import { addTypedDemoSheets } from "./demo-typed.js";
import { reviewFile } from "./validate/run.js";
import { applySheetSpec } from "./xlsx/apply.js";
import { newWorkbook, saveWorkbook } from "./xlsx/files.js";

export interface DemoFiles {
  dir: string;
  /** The plans `zi contoh` already wrote (blank, filled). */
  plans: string[];
  /** The filled plan, whose periodic report is written. */
  filled: string;
}

export async function validateDemo(files: DemoFiles, year: number, asOf: number, timeZone: string, overwrite: boolean, io: Io): Promise<void> {
  const typedFile = path.join(files.dir, "rencana-contoh-ketik.xlsx");
  const typed = newWorkbook();
  addTypedDemoSheets(typed, year);
  await saveWorkbook(typed, typedFile, { overwrite });
  io.out(cliText.wrote(typedFile, contohValidasiText.typed));

  const plans = [...files.plans, typedFile];
  io.out(contohValidasiText.heading(formatDateId(asOf)));
  const entries: RecapEntry[] = [];
  for (const file of plans) {
    const [entry] = validationEntries([await reviewFile(file, { asOf, timeZone })]);
    entries.push(entry);
    const verdict = entry.error !== null ? reportText.verdict.unreadable : hasError(entry) ? reportText.verdict.incomplete : reportText.verdict.complete;
    io.out(contohValidasiText.line(path.basename(file), verdict, entry.summary?.errors ?? 0, entry.summary?.warnings ?? 0));
  }
  const recapFile = path.join(files.dir, "rekap-validasi-contoh.xlsx");
  const recap = newWorkbook();
  for (const spec of buildRecapSheets(entries, asOf)) applySheetSpec(recap, spec);
  await saveWorkbook(recap, recapFile, { overwrite, inputs: plans });
  io.out(cliText.wrote(recapFile, validasiText.recapWritten(entries.length)));

  const report = await writePeriodicReport(files.filled, path.join(files.dir, "laporan-berkala-contoh.xlsx"), asOf, timeZone, overwrite);
  if (report) io.out(cliText.wrote(report.file, report.what));
}
