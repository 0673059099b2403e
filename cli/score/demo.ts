// The demo LKE behind `zi contoh` and `npm start`: the demo plan's Perangkat Daerah answering the
// LKE (unit) and a TPI a little stricter, both realistic rather than perfect, scored on the spot.

import path from "node:path";
import {
  assessmentEntries, buildTpiReportSheets, CURRENT_MODEL, cliText, modelQuestions, scoreCliText, scoreEvaluation, type Answers,
  type PlanDocument,
} from "../../core/index.js";
import type { Io } from "../commands/types.js";
import { reviewFile } from "../validate/run.js";
import { applySheetSpec } from "../xlsx/apply.js";
import { newWorkbook, saveWorkbook } from "../xlsx/files.js";
import { officialExcelWorkbook, officialWorkbook } from "./official-layout.js";
import { addLkeSheets } from "./workbook.js";

const UNIT_NUMBERS: Record<number, number> = {
  88: 12, 89: 10, 90: 10, 91: 7, 102: 4, 103: 1, 104: 1, 105: 9, 106: 8, 110: 25, 111: 3, 112: 21,
  113: 1, 114: 4, 115: 2, 116: 7, 117: 3, 118: 8, 119: 35, 120: 44, 122: 14, 123: 11, 125: 3.64, 127: 3.41,
};
const TPI_NUMBERS: Record<number, number> = { ...UNIT_NUMBERS, 91: 6, 112: 20, 120: 42, 125: 3.62, 127: 3.38 };

/** Mostly the best option, the second one every `second` questions, the third every `third`. */
function answers(numbers: Record<number, number>, second: number, third: number, offset: number): Answers {
  const out: Record<number, string | number> = {};
  for (const q of modelQuestions(CURRENT_MODEL)) {
    const type = CURRENT_MODEL.answerTypes[q.type];
    if (type.kind !== "choice") {
      out[q.no] = numbers[q.no] ?? 0;
      continue;
    }
    const pick = q.no % third === offset ? 2 : q.no % second === offset ? 1 : 0;
    const key = type.options[Math.min(pick, type.options.length - 1)].key;
    // Some answers typed the way people type them: lower case counts too.
    out[q.no] = q.no % 10 === 3 ? key.toLowerCase() : key;
  }
  return out;
}

export const DEMO_ANSWERS = {
  unit: answers(UNIT_NUMBERS, 9, 23, 4),
  tpi: answers(TPI_NUMBERS, 6, 17, 3),
};

/** The second demo PD, answering in the official workbook: weaker IPAK, so the report recommends pembinaan. */
const OFFICIAL_ANSWERS = {
  unit: answers({ ...UNIT_NUMBERS, 125: 3.58 }, 7, 19, 2),
  tpi: answers({ ...TPI_NUMBERS, 125: 3.5, 112: 18 }, 5, 13, 1),
};

export async function writeDemoLke(dir: string, plan: PlanDocument, options: { overwrite: boolean; timeZone: string }, io: Io): Promise<string> {
  const file = path.join(dir, scoreCliText.demo.file);
  const wb = newWorkbook();
  addLkeSheets(wb, { agency: plan.agency, year: plan.year ?? new Date().getFullYear(), plan, answers: DEMO_ANSWERS, timeZone: options.timeZone });
  await saveWorkbook(wb, file, { overwrite: options.overwrite });
  const unit = scoreEvaluation(CURRENT_MODEL, DEMO_ANSWERS.unit);
  const tpi = scoreEvaluation(CURRENT_MODEL, DEMO_ANSWERS.tpi);
  io.out(cliText.wrote(file, scoreCliText.demo.wrote(unit.total, unit.predicate, tpi.total, tpi.predicate)));
  return file;
}

/** A second PD's LKE in the layout of the official KemenPANRB workbook, typed the way people type. */
export async function writeDemoOfficialLke(dir: string, year: number, options: { overwrite: boolean }, io: Io): Promise<string> {
  const d = scoreCliText.demo;
  const file = path.join(dir, d.officialFile);
  const layout = officialWorkbook({
    agency: d.officialAgency, year, unit: OFFICIAL_ANSWERS.unit, typing: "messy",
    blocks: [{ name: "Jawaban TPI", answers: OFFICIAL_ANSWERS.tpi, notes: d.officialNote }],
  });
  await saveWorkbook(officialExcelWorkbook(layout), file, { overwrite: options.overwrite });
  const tpi = scoreEvaluation(CURRENT_MODEL, OFFICIAL_ANSWERS.tpi);
  io.out(cliText.wrote(file, d.wroteOfficial(d.officialAgency, tpi.total, tpi.predicate)));
  return file;
}

/** The TPI's report over the demo LKE files, read back from them as zi nilai --rekap reads a folder. */
export async function writeDemoReport(dir: string, files: string[], asOf: number, options: { overwrite: boolean; timeZone: string }, io: Io): Promise<void> {
  const reviewed = await Promise.all(files.map((f) => reviewFile(f, { asOf, timeZone: options.timeZone })));
  const entries = assessmentEntries(reviewed, scoreCliText.nilai.noSheet);
  const file = path.join(dir, scoreCliText.demo.reportFile);
  const wb = newWorkbook();
  for (const spec of buildTpiReportSheets(entries, { asOf, year: null })) applySheetSpec(wb, spec);
  await saveWorkbook(wb, file, { overwrite: options.overwrite, inputs: files });
  io.out(cliText.wrote(file, scoreCliText.demo.wroteReport(entries.length)));
}
