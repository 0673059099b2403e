// Carrying a read LKE (the official workbook, usually) into our LKE sheet: the answers of the unit
// and the first TPI, the TPI's notes and the evidence. What the source did not have stays blank
// and is named, so the user knows what to fill in; nothing the source had is dropped silently.

import { carryText } from "../i18n/score.js";
import { modelQuestions, type EvaluationModel } from "./model.js";
import type { Answers } from "./engine.js";
import { isBlankAnswer } from "./answers.js";
import type { ReadEvaluation } from "./read-types.js";

export interface CarriedEvaluation {
  answers: { unit: Answers; tpi: Answers };
  notes: Answers;
  evidence: Answers;
  /** What the source lacked or could not be carried, one Indonesian line each. */
  lacking: string[];
}

export function carryEvaluation(model: EvaluationModel, read: ReadEvaluation): CarriedEvaluation {
  const questions = modelQuestions(model);
  const missing = questions.filter((q) => read.cells.unit[q.no] === undefined && read.cells.tpi[q.no] === undefined).map((q) => q.no);
  const none = (values: Answers) => questions.every((q) => isBlankAnswer(values[q.no] ?? null));
  const lacking: string[] = [];
  if (missing.length) lacking.push(carryText.questions(missing));
  if (!Object.keys(read.cells.unit).length) lacking.push(carryText.noUnit);
  if (!Object.keys(read.cells.tpi).length) lacking.push(carryText.noTpi);
  else if (none(read.answers.tpi)) lacking.push(carryText.tpiBlank);
  if (none(read.notes)) lacking.push(carryText.noNotes);
  if (none(read.evidence)) lacking.push(carryText.noEvidence);
  for (const e of read.extra) lacking.push(carryText.extraBlock(e.name));
  return { answers: { unit: read.answers.unit, tpi: read.answers.tpi }, notes: read.notes, evidence: read.evidence, lacking };
}
