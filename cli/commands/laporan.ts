// zi laporan FILE [--per-tanggal YYYY-MM-DD] [-o FILE] [--timpa]: the periodic report of Pasal 4.

import path from "node:path";
import {
  buildPeriodicReport, cliText, formatDateId, isoFromSerial, laporanText, planProgress, readWorkbookPlan,
} from "../../core/index.js";
import { asOfOption, parse, safeFileName, timeZoneOption, UsageError } from "../args.js";
import { applySheetSpec } from "../xlsx/apply.js";
import { checkOutputPath, newWorkbook, readWorkbookFile, saveWorkbook } from "../xlsx/files.js";
import type { Command } from "./types.js";

const OPTIONS = {
  "per-tanggal": { type: "string" },
  keluaran: { type: "string", short: "o" },
  timpa: { type: "boolean" },
} as const;

export interface ReportWritten {
  file: string;
  what: string;
}

/** Writes the report of `file` as of `asOf` to `out` (or a name from the PD and date); null when the file holds no plan. */
export async function writePeriodicReport(
  file: string, out: string | undefined, asOf: number, timeZone: string, overwrite: boolean,
): Promise<ReportWritten | null> {
  if (out) await checkOutputPath(out, { overwrite, inputs: [file] });
  const grids = await readWorkbookFile(file, timeZone);
  const plan = readWorkbookPlan(grids, { timeZone });
  if (!plan) return null;
  const progress = planProgress(plan, { asOf, timeZone });
  const target = out ?? `${safeFileName(laporanText.fileName(plan.document.agency, isoFromSerial(asOf)))}.xlsx`;
  const wb = newWorkbook();
  applySheetSpec(wb, buildPeriodicReport({ progress, signer: plan.document.team[0]?.name ?? null, hidden: plan.hidden }));
  await saveWorkbook(wb, target, { overwrite, inputs: [file] });
  const t = progress.total;
  return { file: path.normalize(target), what: laporanText.wrote(formatDateId(asOf), t.done, t.actions, t.overdue, t.missing) };
}

export const laporan: Command = {
  name: "laporan",
  summary: laporanText.summary,
  help: laporanText.help,
  async run(args, io) {
    const { values, positionals } = parse(args, OPTIONS);
    if (!positionals.length) throw new UsageError(laporanText.needFile);
    if (positionals.length > 1) throw new UsageError(laporanText.oneFile);
    const timeZone = timeZoneOption(values["zona-waktu"]);
    const asOf = asOfOption(values["per-tanggal"], timeZone);
    const file = positionals[0];
    const written = await writePeriodicReport(file, values.keluaran, asOf, timeZone, values.timpa === true);
    if (!written) {
      io.err(laporanText.noPlan(file));
      return 1;
    }
    io.out(cliText.wrote(written.file, written.what));
    return 0;
  },
};
