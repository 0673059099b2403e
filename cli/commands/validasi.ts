// zi validasi FILE|FOLDER... [--per-tanggal YYYY-MM-DD] [--json] [--rekap REKAP.xlsx] [--timpa]

import {
  buildRecapSheets, cliText, hasError, isoFromSerial, unreadableResult, validasiText, validationEntries, type RecapEntry, type WorkbookResult,
} from "../../core/index.js";
import { asOfOption, parse, timeZoneOption } from "../args.js";
import { formatEntry, formatTotal } from "../validate/format.js";
import { collectInputFiles, reviewFile } from "../validate/run.js";
import { applySheetSpec } from "../xlsx/apply.js";
import { checkOutputPath, newWorkbook, saveWorkbook } from "../xlsx/files.js";
import type { Command } from "./types.js";

const OPTIONS = {
  "per-tanggal": { type: "string" },
  json: { type: "boolean" },
  rekap: { type: "string" },
  timpa: { type: "boolean" },
} as const;

/** Exactly the documented JSON keys, in order (a recap entry carries more). */
function jsonEntry(e: RecapEntry): WorkbookResult {
  const { file, error, agency, year, sheet, layout, summary, findings } = e;
  return { file, error, agency, year, sheet, layout, summary, findings };
}

export const validasi: Command = {
  name: "validasi",
  summary: validasiText.summary,
  help: validasiText.help,
  async run(args, io) {
    const { values, positionals } = parse(args, OPTIONS);
    const timeZone = timeZoneOption(values["zona-waktu"]);
    const asOf = asOfOption(values["per-tanggal"], timeZone);
    const inputs = await collectInputFiles(positionals);
    const files = inputs.map((f) => f.path);
    const recapFile = values.rekap;
    const overwrite = values.timpa === true;
    // Refuse a recap path before spending minutes on a folder, not after.
    if (recapFile) await checkOutputPath(recapFile, { overwrite, inputs: files });
    const json = values.json === true;
    const note = json ? io.err : io.out;

    // Only what the recap needs is kept; without one, only whether each workbook failed.
    const kept: RecapEntry[] = [];
    let failed = false;
    let first = true;
    if (json) io.out(`{"asOf":${JSON.stringify(isoFromSerial(asOf))},"files":[`);
    for (const { path: file, named } of inputs) {
      const reviewed = await reviewFile(file, { asOf, timeZone });
      // zi's own recaps are no plans someone sent; nor is an LKE in a folder (zi nilai scores it).
      if (reviewed.kind === "own" || (reviewed.kind === "lke" && !named)) {
        note(reviewed.kind === "own" ? validasiText.skippedOwn(file) : validasiText.skippedLke(file));
        continue;
      }
      const [entry] = reviewed.kind === "lke" ? [unreadableResult(file, validasiText.isLke)] : validationEntries([reviewed]);
      failed ||= hasError(entry);
      if (json) {
        io.out(`${first ? "" : ","}${JSON.stringify(jsonEntry(entry))}`);
        first = false;
      } else io.out(formatEntry(entry).join("\n"));
      kept.push(recapFile ? entry : { ...entry, findings: entry.findings.filter((f) => f.severity === "error").slice(0, 1) });
    }
    if (json) io.out("]}");
    note(formatTotal(kept, asOf));
    if (recapFile) {
      const wb = newWorkbook();
      for (const spec of buildRecapSheets(kept, asOf)) applySheetSpec(wb, spec);
      await saveWorkbook(wb, recapFile, { overwrite, inputs: files });
      note(cliText.wrote(recapFile, validasiText.recapWritten(kept.length)));
    }
    return failed ? 1 : 0;
  },
};
