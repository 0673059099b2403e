// The LKE sheet's vocabulary, shared by the writer and the reader: which column holds what and
// the keys of the hidden ID column that name each row.

import { scoreText } from "../i18n/score.js";
import type { ColumnSpec } from "../sheet/types.js";

export const EVAL_COLUMNS = [
  "code", "text", "criteria", "type", "weight", "unitAnswer", "unitValue", "tpiAnswer", "tpiValue", "tpiNote", "evidence", "plan",
  "id", "unitBlank", "tpiBlank",
] as const;
export type EvalColumn = (typeof EVAL_COLUMNS)[number];

/** Column index of each role in generated sheets. */
export const COL = Object.fromEntries(EVAL_COLUMNS.map((c, i) => [c, i])) as Record<EvalColumn, number>;

export const EVAL_HEADERS: Record<EvalColumn, string> = scoreText.columns;

/** The last column shown and printed (RENCANA AKSI); ID and the blank flags are hidden. */
export const LAST_VISIBLE = COL.plan;

// Neighbouring columns share a width where it costs nothing to read: a host that sets widths per
// run of equal columns (Apps Script) spends fewer calls on the sheet.
const WIDTHS: Record<EvalColumn, number> = {
  code: 9, text: 46, criteria: 52, type: 11, weight: 11, unitAnswer: 11, unitValue: 11, tpiAnswer: 11, tpiValue: 11, tpiNote: 26,
  evidence: 26, plan: 16, id: 14, unitBlank: 14, tpiBlank: 14,
};

export function evalColumns(): ColumnSpec[] {
  return EVAL_COLUMNS.map((c) => (COL[c] > LAST_VISIBLE ? { width: WIDTHS[c], hidden: true } : { width: WIDTHS[c] }));
}

/** Columns of the summary block holding each predicate's minimum: the predicate formulas read them. */
export const SUMMARY_MIN_COLS = { WBK: COL.tpiNote, WBBM: COL.evidence } as const;

/** The two assessments a sheet holds, with their answer and value columns. */
export const ASSESSMENTS = [
  { key: "unit", answer: COL.unitAnswer, value: COL.unitValue, percent: COL.unitAnswer, blank: COL.unitBlank },
  { key: "tpi", answer: COL.tpiAnswer, value: COL.tpiValue, percent: COL.tpiAnswer, blank: COL.tpiBlank },
] as const;
export type AssessmentKey = (typeof ASSESSMENTS)[number]["key"];

export const ROW_KEYS = {
  agency: "PD",
  year: "TAHUN",
  modelPrefix: "MODEL:",
  summary: "RINGKASAN",
  question: (no: number) => `S${no}`,
  node: (code: string) => `N:${code}`,
  ratio: (id: string) => `P:${id}`,
  figure: (name: string) => `R:${name}`,
} as const;

export const QUESTION_KEY_RE = /^S(\d{1,4})$/;
