// zi nilai FILE|FOLDER... [--json] [--rekap REKAP.xlsx [--per-tanggal] [--kabupaten] [--tahun] [--timpa]]

import {
  assessedWorkbookJson, assessmentEntries, buildTpiReportSheets, holdsPlan, cliText, nextPredicate, scoreCliText, scoreText, type AssessedWorkbook,
  type EvaluationModel, type EvaluationScore,
} from "../../core/index.js";
import { asOfOption, parse, timeZoneOption, UsageError, yearOption } from "../args.js";
import { collectInputFiles, reviewFile } from "../validate/run.js";
import { applySheetSpec } from "../xlsx/apply.js";
import { checkOutputPath, newWorkbook, saveWorkbook } from "../xlsx/files.js";
import type { Command, Io } from "./types.js";

const OPTIONS = {
  json: { type: "boolean" },
  pd: { type: "string" },
  rekap: { type: "string" },
  "per-tanggal": { type: "string" },
  kabupaten: { type: "string" },
  tahun: { type: "string" },
  timpa: { type: "boolean" },
} as const;

function printAssessment(io: Io, model: EvaluationModel, who: string, s: EvaluationScore): void {
  const t = scoreCliText.nilai;
  io.out(t.line(who, s.total, s.predicate, s.unanswered));
  io.out(t.figures(s.figures.pengungkit ?? 0, s.figures.hasil ?? 0));
  for (const a of s.areas) io.out(t.area(a.code, a.score, a.weight, a.percent));
  // What is missing for the next predicate up.
  const next = nextPredicate(model, s.predicate);
  if (next) {
    io.out(t.missing(next));
    for (const c of s.shortfalls[next]) io.out(t.shortfall(c.label, c.actual, c.required, c.unit === "percent"));
  }
  for (const n of s.notes) io.out(t.note(n.message));
}

function printText(io: Io, s: AssessedWorkbook): void {
  const t = scoreCliText.nilai;
  if (!s.read || !s.scores || !s.model) {
    io.out(t.failed(s.file, s.error ?? ""));
    return;
  }
  io.out(t.header(s.file, s.agency, s.year));
  if (s.layout === "resmi" && s.read) io.out(t.official(s.read.sheet));
  for (const f of s.read?.findings ?? []) io.out(t.finding(f.severity, f.cell, f.message));
  printAssessment(io, s.model, scoreText.assessment.unit, s.scores.unit);
  printAssessment(io, s.model, scoreText.assessment.tpi, s.scores.tpi);
  for (const e of s.scores.extra) printAssessment(io, s.model, e.name, e.score);
}

export const nilai: Command = {
  name: "nilai",
  summary: scoreCliText.nilai.summary,
  help: scoreCliText.nilai.help,
  async run(args, io) {
    const { values, positionals } = parse(args, OPTIONS);
    const timeZone = timeZoneOption(values["zona-waktu"]);
    if (!positionals.length) throw new UsageError(scoreCliText.nilai.noFiles);
    const recapFile = values.rekap;
    for (const flag of ["per-tanggal", "kabupaten", "timpa"] as const) {
      if (!recapFile && values[flag] !== undefined) throw new UsageError(scoreCliText.nilai.onlyWithRekap(`--${flag}`));
    }
    const asOf = asOfOption(values["per-tanggal"], timeZone);
    const year = values.tahun === undefined ? undefined : yearOption(values.tahun, "--tahun", "nilai");
    const agency = values.pd?.trim() || undefined;
    // A missing file stays that file's own error, as zi nilai has always reported it.
    const inputs = await collectInputFiles(positionals, { keepMissing: true });
    const files = inputs.map((f) => f.path);
    if (agency && files.length > 1) throw new UsageError(scoreCliText.nilai.pdForOne);
    const overwrite = values.timpa === true;
    // Refuse a recap path before reading a whole folder, not after.
    if (recapFile) await checkOutputPath(recapFile, { overwrite, inputs: files });
    const json = values.json === true;
    const note = json ? io.err : io.out;

    const results: AssessedWorkbook[] = [];
    for (const { path: file, named } of inputs) {
      const reviewed = await reviewFile(file, { asOf, timeZone, agency, year });
      // zi's own reports are no LKE someone sent; nor is a plan in a folder (zi validasi checks it).
      if (reviewed.kind === "own") note(scoreCliText.nilai.skippedOwn(file));
      else if (holdsPlan(reviewed) && !named) note(scoreCliText.nilai.skippedPlan(file));
      else results.push(...assessmentEntries([reviewed], scoreCliText.nilai.noSheet, scoreCliText.nilai.isPlan));
    }
    const failed = results.filter((r) => r.error !== null).length;
    if (json) {
      io.out(JSON.stringify({ files: results.map(assessedWorkbookJson) }, null, 2));
    } else {
      for (const r of results) printText(io, r);
      io.out(scoreCliText.nilai.done(results.length - failed, failed));
    }
    if (recapFile) {
      const wb = newWorkbook();
      const kabupaten = values.kabupaten;
      for (const spec of buildTpiReportSheets(results, { asOf, kabupaten, year: year ?? null })) applySheetSpec(wb, spec);
      await saveWorkbook(wb, recapFile, { overwrite, inputs: files });
      note(cliText.wrote(recapFile, scoreCliText.nilai.recapWritten(results.length - failed, failed)));
    }
    return failed ? 1 : 0;
  },
};
