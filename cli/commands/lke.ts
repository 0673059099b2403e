import path from "node:path";
import {
  carryEvaluation, cliText, CURRENT_MODEL, findModel, isGeneratedPlan, readEvaluationWorkbook, readPlan, scoreCliText, type CarriedEvaluation,
  type ReadEvaluation,
} from "../../core/index.js";
import { parse, safeFileName, timeZoneOption, UsageError, yearOption } from "../args.js";
import { addLkeSheets } from "../score/workbook.js";
import { checkOutputPath, FileProblem, newWorkbook, readWorkbookFile, saveWorkbook } from "../xlsx/files.js";
import type { Command } from "./types.js";

const OPTIONS = {
  pd: { type: "string" },
  tahun: { type: "string" },
  rencana: { type: "string" },
  dari: { type: "string" },
  keluaran: { type: "string", short: "o" },
  timpa: { type: "boolean" },
} as const;

/** The answers of a received LKE (official or ours), ready to be written into a new LKE sheet. */
async function readSource(file: string, timeZone: string, agency?: string, year?: number): Promise<{ read: ReadEvaluation; carried: CarriedEvaluation }> {
  const workbook = await readWorkbookFile(file, timeZone);
  const read = readEvaluationWorkbook(workbook, { fileName: file, agency, year, timeZone });
  if (!read) throw new FileProblem(scoreCliText.lke.noLkeIn(file));
  const model = read.layout === "resmi" ? CURRENT_MODEL : findModel(read.modelId);
  if (!model) throw new FileProblem(scoreCliText.nilai.unknownModel(read.modelId ?? "?"));
  return { read, carried: carryEvaluation(model, read) };
}

export const lke: Command = {
  name: "lke",
  summary: scoreCliText.lke.summary,
  help: scoreCliText.lke.help,
  async run(args, io) {
    const { values } = parse(args, OPTIONS, false);
    const timeZone = timeZoneOption(values["zona-waktu"]);
    const given = {
      agency: values.pd?.trim() || undefined,
      year: values.tahun === undefined ? undefined : yearOption(values.tahun, "--tahun", "lke"),
    };
    const source = values.dari ? await readSource(values.dari, timeZone, given.agency, given.year) : null;
    const agency = given.agency ?? source?.read.agency;
    const year = given.year ?? source?.read.year;
    if (!agency) throw new UsageError(source ? scoreCliText.lke.sourceNamesNo("--pd", values.dari!) : cliText.missingOption("--pd", "lke"));
    if (!year) throw new UsageError(source ? scoreCliText.lke.sourceNamesNo("--tahun", values.dari!) : cliText.missingOption("--tahun", "lke"));
    const overwrite = values.timpa === true;
    const out = values.keluaran ?? `${safeFileName(`LKE ZI ${agency} ${year}`)}.xlsx`;
    const inputs = [values.rencana, values.dari].filter((f): f is string => !!f);
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
    const carried = source?.carried;
    const { plan } = addLkeSheets(wb, {
      agency, year, plan: planDoc, planSheet, timeZone, answers: carried?.answers, notes: carried?.notes, evidence: carried?.evidence,
    });
    await saveWorkbook(wb, out, { overwrite, inputs });
    io.out(cliText.wrote(path.normalize(out), plan ? scoreCliText.lke.withPlan(plan.sheet) : scoreCliText.lke.wrote));
    if (source && carried) {
      io.out(scoreCliText.lke.carried(values.dari!, source.read.sheet, source.read.layout));
      for (const line of carried.lacking) io.out(scoreCliText.lke.lacking(line));
      for (const f of source.read.findings.filter((x) => x.code !== "QUESTION_NOT_FOUND")) io.out(scoreCliText.lke.finding(f.cell, f.message));
    }
    return 0;
  },
};
