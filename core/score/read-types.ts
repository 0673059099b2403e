// What reading an LKE sheet gives, whichever its layout: the answers of each assessment by question
// number, where each one sits, and what could not be matched.

import { serialFromInstant } from "../dates/zone.js";
import type { CellValue } from "../sheet/types.js";
import type { AssessmentKey, EvalColumn } from "./layout.js";

/** Rows an LKE's table header may sit in, in either layout: the titles and summary above it are short. */
export const HEADER_SEARCH_ROWS = 200;

/** Which layout a sheet has: our LKE sheet ("zi") or the official KemenPANRB workbook ("resmi"). */
export type EvaluationLayout = "zi" | "resmi";

export type EvaluationFindingCode = "ROW_UNMATCHED" | "ROW_BY_ORDER" | "QUESTION_NOT_FOUND" | "COLUMN_MISSING" | "THRESHOLD_CHANGED";

/** A problem met while reading an evaluation sheet; the same shape as a plan finding. */
export interface EvaluationFinding {
  code: EvaluationFindingCode;
  severity: "error" | "warning" | "info";
  sheet: string;
  /** A1 cell to look at ("" when the problem has no cell, e.g. a question not found). */
  cell: string;
  /** "S12" for a question, null otherwise. */
  ref: string | null;
  message: string;
}

/** A further assessment in an official workbook (a second TPI block), named by its header. */
export interface ExtraAssessment {
  name: string;
  answers: Record<number, CellValue>;
  cells: Record<number, string>;
  notes: Record<number, CellValue>;
}

export interface ReadEvaluationOptions {
  timeZone?: string;
}

export interface ReadEvaluation {
  sheet: string;
  layout: EvaluationLayout;
  /** Model id from the sheet ("lke-zi-2026"); null when the sheet names none. */
  modelId: string | null;
  agency: string;
  year: number | null;
  answers: Record<AssessmentKey, Record<number, CellValue>>;
  /** A1 cell of each answer, per assessment. */
  cells: Record<AssessmentKey, Record<number, string>>;
  /** TPI notes and evidence as typed, by question. */
  notes: Record<number, CellValue>;
  evidence: Record<number, CellValue>;
  /** Row of every other key of the ID column: summary rows ("R:total", "R:area:MP"), nodes ("N:A.I.1"), percentages ("P:..."). */
  keyRows: Record<string, number>;
  columns: Partial<Record<EvalColumn, number>>;
  /** Row of the table header; answers are read only below it. */
  headerRow: number;
  /** Assessments beyond the unit's and the first TPI's (official workbooks with several TPI blocks). */
  extra: ExtraAssessment[];
  /** What the reader could not match or find (official workbooks); empty for our own sheet. */
  findings: EvaluationFinding[];
  /** Our sheet's threshold cells, by summary row ("total", "area:MP") and predicate. */
  thresholds: Record<string, Record<string, { value: CellValue; cell: string }>>;
}

/** A cell as the sheet's formulas see it: a Date is its serial day number. */
export function asAnswer(v: CellValue, timeZone: string): CellValue {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : serialFromInstant(v, timeZone);
  return v;
}

