// Scoring a workbook file for `zi nilai`: load it (read-only), find its LKE sheet, score both
// assessments with the sheet's own model. Any failure becomes an Indonesian message for that
// file; the other files are scored all the same.

import {
  assessmentJson, cliText, findModel, readEvaluation, scoreCliText, scoreEvaluation, type AssessmentJson, type EvaluationModel,
  type EvaluationScore, type ReadEvaluation,
} from "../../core/index.js";
import { FileProblem, readWorkbookFile } from "../xlsx/files.js";

export interface FileScore {
  file: string;
  error: string | null;
  read: ReadEvaluation | null;
  model: EvaluationModel | null;
  scores: { unit: EvaluationScore; tpi: EvaluationScore } | null;
}

/** The exact JSON shape `zi nilai --json` prints for one file. */
export interface FileScoreJson {
  file: string;
  error: string | null;
  agency: string | null;
  year: number | null;
  model: string | null;
  assessments: { unit: AssessmentJson; tpi: AssessmentJson } | null;
}

export async function scoreFile(file: string, timeZone: string): Promise<FileScore> {
  const failed = (error: string): FileScore => ({ file, error, read: null, model: null, scores: null });
  try {
    const wb = await readWorkbookFile(file, timeZone);
    let read: ReadEvaluation | null = null;
    for (const grid of wb.sheets) {
      read = readEvaluation(grid, { timeZone });
      if (read) break;
    }
    if (!read) return failed(scoreCliText.nilai.noSheet);
    const model = findModel(read.modelId);
    if (!model) return failed(scoreCliText.nilai.unknownModel(read.modelId ?? "?"));
    return {
      file, error: null, read, model,
      scores: { unit: scoreEvaluation(model, read.answers.unit), tpi: scoreEvaluation(model, read.answers.tpi) },
    };
  } catch (e) {
    if (e instanceof FileProblem) return failed(e.message);
    return failed(cliText.unexpected(e instanceof Error ? e.message : String(e)));
  }
}

export function fileScoreJson(s: FileScore): FileScoreJson {
  if (!s.read || !s.model || !s.scores) return { file: s.file, error: s.error, agency: null, year: null, model: null, assessments: null };
  return {
    file: s.file,
    error: null,
    agency: s.read.agency,
    year: s.read.year,
    model: s.model.id,
    assessments: { unit: assessmentJson(s.model, s.scores.unit), tpi: assessmentJson(s.model, s.scores.tpi) },
  };
}
