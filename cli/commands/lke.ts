import path from "node:path";
import { cliText, isGeneratedPlan, readPlan, scoreCliText } from "../../core/index.js";
import { parse, safeFileName, timeZoneOption, UsageError, yearOption } from "../args.js";
import { addLkeSheets } from "../score/workbook.js";
import { checkOutputPath, FileProblem, newWorkbook, readWorkbookFile, saveWorkbook } from "../xlsx/files.js";
import type { Command } from "./types.js";

const OPTIONS = {
  pd: { type: "string" },
  tahun: { type: "string" },
  rencana: { type: "string" },
  keluaran: { type: "string", short: "o" },
  timpa: { type: "boolean" },
} as const;

export const lke: Command = {
  name: "lke",
  summary: scoreCliText.lke.summary,
  help: scoreCliText.lke.help,
  async run(args, io) {
    const { values } = parse(args, OPTIONS, false);
    const timeZone = timeZoneOption(values["zona-waktu"]);
    const agency = values.pd?.trim();
    if (!agency) throw new UsageError(cliText.missingOption("--pd", "lke"));
    const year = yearOption(values.tahun, "--tahun", "lke");
    const overwrite = values.timpa === true;
    const out = values.keluaran ?? `${safeFileName(`LKE ZI ${agency} ${year}`)}.xlsx`;
    const inputs = values.rencana ? [values.rencana] : [];
    await checkOutputPath(out, { overwrite, inputs });

    let planDoc = null;
    let planSheet: string | undefined;
    if (values.rencana) {
      const source = await readWorkbookFile(values.rencana, timeZone);
      const grid = source.sheets.find((g) => isGeneratedPlan(g));
      const read = grid ? readPlan(grid, { timeZone }) : null;
      if (!read) throw new FileProblem(scoreCliText.lke.noPlan(values.rencana));
      planDoc = read.document;
      planSheet = read.sheet;
    }
    const wb = newWorkbook();
    const { plan } = addLkeSheets(wb, { agency, year, plan: planDoc, planSheet, timeZone });
    await saveWorkbook(wb, out, { overwrite, inputs });
    io.out(cliText.wrote(path.normalize(out), plan ? scoreCliText.lke.withPlan(plan.sheet) : scoreCliText.lke.wrote));
    return 0;
  },
};
