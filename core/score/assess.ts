// One received LKE workbook assessed: read (either layout), scored with the sheet's own model for
// every assessment it holds, and the JSON `zi nilai --json` prints. Shared by the CLI, the TPI's
// report and every host that reviews files, so all of them score a workbook the same way.

import { scoreCliText } from "../i18n/score.js";
import type { WorkbookGrids } from "../sheet/types.js";
import { scoreEvaluation, type EvaluationScore } from "./engine.js";
import type { EvaluationModel } from "./model.js";
import { CURRENT_MODEL, findModel } from "./models/index.js";
import type { EvaluationFinding, EvaluationLayout, ReadEvaluation } from "./read.js";
import { assessmentJson, type AssessmentJson } from "./view.js";
import { thresholdFindings } from "./thresholds.js";
import { readEvaluationWorkbook, type EvaluationWorkbookOptions } from "./workbook.js";

export interface AssessmentScores {
  unit: EvaluationScore;
  tpi: EvaluationScore;
  /** Further TPI blocks of an official workbook, named by their header. */
  extra: { name: string; score: EvaluationScore }[];
}

export interface AssessedWorkbook {
  /** The file as the user named it (a path, or a picked file's name). */
  file: string;
  /** Why the file could not be assessed (Indonesian), or null. */
  error: string | null;
  layout: EvaluationLayout | null;
  agency: string;
  year: number | null;
  model: EvaluationModel | null;
  read: ReadEvaluation | null;
  scores: AssessmentScores | null;
}

/** The exact JSON shape `zi nilai --json` prints for one file. */
export interface AssessedWorkbookJson {
  file: string;
  error: string | null;
  layout: EvaluationLayout | null;
  agency: string | null;
  year: number | null;
  model: string | null;
  assessments: { unit: AssessmentJson; tpi: AssessmentJson } | null;
  extraAssessments: ({ name: string } & AssessmentJson)[];
  findings: EvaluationFinding[];
}

export function unreadableWorkbook(file: string, error: string): AssessedWorkbook {
  return { file, error, layout: null, agency: "", year: null, model: null, read: null, scores: null };
}

/** Reads and scores one workbook; a workbook without an LKE, or of an unknown edition, gets its error. */
export function assessWorkbook(file: string, workbook: WorkbookGrids, options: EvaluationWorkbookOptions = {}): AssessedWorkbook {
  const read = readEvaluationWorkbook(workbook, { fileName: file, ...options });
  return read ? assessRead(file, read) : unreadableWorkbook(file, scoreCliText.nilai.noSheet);
}

/** Scores an LKE already read (readEvaluationWorkbook) with its edition, every assessment it holds. */
export function assessRead(file: string, read: ReadEvaluation): AssessedWorkbook {
  // Official workbooks are read against the edition they matched; a sheet of ours that lost its
  // model row is taken for the current edition.
  const model = read.modelId ? findModel(read.modelId) : CURRENT_MODEL;
  if (!model) return { ...unreadableWorkbook(file, scoreCliText.nilai.unknownModel(read.modelId ?? "?")), layout: read.layout, agency: read.agency, year: read.year, read };
  if (read.layout === "zi") read.findings.push(...thresholdFindings(model, read));
  return {
    file,
    error: null,
    layout: read.layout,
    agency: read.agency,
    year: read.year,
    model,
    read,
    scores: {
      unit: scoreEvaluation(model, read.answers.unit),
      tpi: scoreEvaluation(model, read.answers.tpi),
      extra: read.extra.map((e) => ({ name: e.name, score: scoreEvaluation(model, e.answers) })),
    },
  };
}

export function assessedWorkbookJson(a: AssessedWorkbook): AssessedWorkbookJson {
  const base = { file: a.file, error: a.error, layout: a.layout, agency: a.read ? a.agency : null, year: a.read ? a.year : null };
  if (!a.model || !a.scores) return { ...base, model: null, assessments: null, extraAssessments: [], findings: a.read?.findings ?? [] };
  const model = a.model;
  return {
    ...base,
    model: model.id,
    assessments: { unit: assessmentJson(model, a.scores.unit), tpi: assessmentJson(model, a.scores.tpi) },
    extraAssessments: a.scores.extra.map((e) => ({ name: e.name, ...assessmentJson(model, e.score) })),
    findings: a.read?.findings ?? [],
  };
}
