// The answer sheet of the official KemenPANRB LKE workbook, read against an edition's model: the
// header found by its texts, the question rows paired with the model's questions by answer type,
// order and text (align.ts), the answers made into what the engine reads (answers.ts). What could
// not be paired becomes a finding with its cell and its text quoted. The sheet is only read.

import { officialText } from "../../i18n/score.js";
import { prepareText } from "../../catalog/match.js";
import { cellRef } from "../../sheet/a1.js";
import type { CellValue, Grid } from "../../sheet/types.js";
import { cellText } from "../../sheet/values.js";
import { DEFAULT_TIME_ZONE } from "../../dates/zone.js";
import { modelQuestions, type EvaluationModel, type Question } from "../model.js";
import { EVALUATION_MODELS } from "../models/index.js";
import { asAnswer, type EvaluationFinding, type ExtraAssessment, type ReadEvaluation, type ReadEvaluationOptions } from "../read-types.js";
import { alignRows, type Pair } from "./align.js";
import { normalizeAnswer } from "./answers.js";
import { findOfficialHeader, type AnswerBlock, type OfficialHeader } from "./header.js";
import { questionRows, type QuestionRow } from "./rows.js";

/** A sheet pairing fewer of the model's questions than this share is not that edition's LKE. */
const MIN_SHARE = 0.25;

interface Candidate {
  model: EvaluationModel;
  questions: Question[];
  rows: QuestionRow[];
  pairs: Pair[];
}

function align(grid: Grid, header: OfficialHeader, model: EvaluationModel): Candidate | null {
  if (!model.official) return null;
  const questions = modelQuestions(model);
  const rows = questionRows(grid, header, model.official);
  const pairs = alignRows(rows, questions.map((q) => ({ type: q.type, prepared: prepareText(q.text) })));
  return pairs.length >= questions.length * MIN_SHARE ? { model, questions, rows, pairs } : null;
}

/** The edition whose questions the sheet pairs best. */
function bestCandidate(grid: Grid): { header: OfficialHeader; candidate: Candidate } | null {
  const header = findOfficialHeader(grid);
  if (!header) return null;
  let best: Candidate | null = null;
  for (const model of Object.values(EVALUATION_MODELS)) {
    const c = align(grid, header, model);
    if (c && (!best || c.pairs.length > best.pairs.length)) best = c;
  }
  return best ? { header, candidate: best } : null;
}

export function isOfficialSheet(grid: Grid): boolean {
  return bestCandidate(grid) !== null;
}

function texts(grid: Grid, row: number, cols: number[]): CellValue {
  const parts = cols.map((c) => cellText(grid.values[row]?.[c] ?? null)).filter(Boolean);
  return parts.length ? parts.join(" — ") : null;
}

function emptyAssessment(name: string): ExtraAssessment {
  return { name, answers: {}, cells: {}, notes: {} };
}

export function readOfficialLayout(grid: Grid, options: ReadEvaluationOptions): ReadEvaluation | null {
  const found = bestCandidate(grid);
  if (!found) return null;
  const timeZone = options.timeZone ?? DEFAULT_TIME_ZONE;
  const { header, candidate } = found;
  const { model, questions, rows, pairs } = candidate;
  const blocks: (AnswerBlock | null)[] = [header.unit, ...header.tpi];
  const assessments = blocks.map((b) => emptyAssessment(b?.name ?? ""));
  const evidence: Record<number, CellValue> = {};
  const findings: EvaluationFinding[] = [];
  const finding = (f: Omit<EvaluationFinding, "severity" | "sheet">, severity: EvaluationFinding["severity"]) =>
    findings.push({ ...f, severity, sheet: grid.name });

  const paired = new Set<number>();
  for (const p of pairs) {
    const row = rows[p.row];
    const q = questions[p.question];
    const type = model.answerTypes[q.type];
    paired.add(p.row);
    blocks.forEach((b, i) => {
      if (!b) return;
      const raw = asAnswer(grid.values[row.row]?.[b.answer] ?? null, timeZone);
      assessments[i].answers[q.no] = normalizeAnswer(type, raw);
      assessments[i].cells[q.no] = cellRef(row.row, b.answer);
      if (i > 0) assessments[i].notes[q.no] = texts(grid, row.row, b.notes);
    });
    if (header.unit) evidence[q.no] = texts(grid, row.row, [...header.unit.evidence, ...header.unit.notes]);
    if (p.byOrder) finding({ code: "ROW_BY_ORDER", cell: cellRef(row.row, row.textCol), ref: `S${q.no}`, message: officialText.rowByOrder(row.row + 1, q.no, row.text) }, "info");
  }
  rows.forEach((row, i) => {
    if (paired.has(i)) return;
    const label = model.answerTypes[row.type]?.label ?? row.type;
    finding({ code: "ROW_UNMATCHED", cell: cellRef(row.row, row.textCol), ref: null, message: officialText.rowUnmatched(row.row + 1, row.text, label) }, "warning");
  });
  const pairedQuestions = new Set(pairs.map((p) => p.question));
  questions.forEach((q, j) => {
    if (!pairedQuestions.has(j)) finding({ code: "QUESTION_NOT_FOUND", cell: "", ref: `S${q.no}`, message: officialText.questionNotFound(q.no, q.text, grid.name) }, "error");
  });
  if (!header.unit) finding({ code: "COLUMN_MISSING", cell: cellRef(header.row, header.choices), ref: null, message: officialText.noUnitColumn(grid.name) }, "warning");
  if (!header.tpi.length) finding({ code: "COLUMN_MISSING", cell: cellRef(header.row, header.choices), ref: null, message: officialText.noTpiColumn(grid.name) }, "warning");

  const [unit, tpi = emptyAssessment(""), ...extra] = assessments;
  return {
    sheet: grid.name,
    layout: "resmi",
    modelId: model.id,
    agency: "",
    year: null,
    answers: { unit: unit.answers, tpi: tpi.answers },
    cells: { unit: unit.cells, tpi: tpi.cells },
    notes: tpi.notes,
    evidence,
    keyRows: {},
    columns: {
      ...(header.unit ? { unitAnswer: header.unit.answer } : {}),
      ...(header.tpi[0] ? { tpiAnswer: header.tpi[0].answer } : {}),
      ...(header.criteria !== null ? { criteria: header.criteria } : {}),
      ...(header.weight !== null ? { weight: header.weight } : {}),
    },
    headerRow: header.row,
    extra,
    findings,
    thresholds: {},
  };
}
