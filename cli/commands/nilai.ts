import { assessedWorkbookJson, scoreCliText, scoreText, type AssessedWorkbook, type EvaluationScore } from "../../core/index.js";
import { parse, timeZoneOption, UsageError, yearOption } from "../args.js";
import { scoreFile } from "../score/assess.js";
import type { Command, Io } from "./types.js";

const OPTIONS = {
  json: { type: "boolean" },
  pd: { type: "string" },
  tahun: { type: "string" },
} as const;

function printAssessment(io: Io, who: string, s: EvaluationScore): void {
  const t = scoreCliText.nilai;
  io.out(t.line(who, s.total, s.predicate, s.unanswered));
  io.out(t.figures(s.figures.pengungkit ?? 0, s.figures.hasil ?? 0));
  for (const a of s.areas) io.out(t.area(a.code, a.score, a.weight, a.percent));
  // What is missing for the next predicate up (predicates are listed best first).
  const ranked = Object.keys(s.shortfalls);
  const reached = s.predicate ? ranked.indexOf(s.predicate) : ranked.length;
  const next = ranked[reached - 1];
  if (next) {
    io.out(t.missing(next));
    for (const c of s.shortfalls[next]) io.out(t.shortfall(c.label, c.actual, c.required, c.unit === "percent"));
  }
  for (const n of s.notes) io.out(t.note(n.message));
}

function printText(io: Io, s: AssessedWorkbook): void {
  const t = scoreCliText.nilai;
  if (!s.read || !s.scores) {
    io.out(t.failed(s.file, s.error ?? ""));
    return;
  }
  io.out(t.header(s.file, s.agency, s.year));
  if (s.layout === "resmi" && s.read) io.out(t.official(s.read.sheet));
  for (const f of s.read?.findings ?? []) io.out(t.finding(f.severity, f.cell, f.message));
  printAssessment(io, scoreText.assessment.unit, s.scores.unit);
  printAssessment(io, scoreText.assessment.tpi, s.scores.tpi);
  for (const e of s.scores.extra) printAssessment(io, e.name, e.score);
}

export const nilai: Command = {
  name: "nilai",
  summary: scoreCliText.nilai.summary,
  help: scoreCliText.nilai.help,
  async run(args, io) {
    const { values, positionals } = parse(args, OPTIONS);
    const timeZone = timeZoneOption(values["zona-waktu"]);
    if (!positionals.length) throw new UsageError(scoreCliText.nilai.noFiles);
    const agency = values.pd?.trim() || undefined;
    if (agency && positionals.length > 1) throw new UsageError(scoreCliText.nilai.pdForOne);
    const year = values.tahun === undefined ? undefined : yearOption(values.tahun, "--tahun", "nilai");
    const results: AssessedWorkbook[] = [];
    for (const file of positionals) results.push(await scoreFile(file, { timeZone, agency, year }));
    const failed = results.filter((r) => r.error !== null).length;
    if (values.json) {
      io.out(JSON.stringify({ files: results.map(assessedWorkbookJson) }, null, 2));
    } else {
      for (const r of results) printText(io, r);
      io.out(scoreCliText.nilai.done(results.length - failed, failed));
    }
    return failed ? 1 : 0;
  },
};
