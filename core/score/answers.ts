// What an answer cell is worth, exactly as the sheet's formulas judge it, so the core and the
// native formulas agree on every cell: TRIM removes only spaces (and collapses runs of them),
// UPPER makes "a" and "ya" count, counts and indices are numbers only (text "12" is not a count:
// the formulas read numbers with AVERAGE, which skips text).

import type { CellValue } from "../sheet/types.js";
import type { AnswerType } from "./model.js";

export type AnswerState = "blank" | "valid" | "invalid";

export interface AnswerValue {
  state: AnswerState;
  /** 0..1 for choices and indices, the count itself for counts; null unless valid. */
  value: number | null;
}

/** Spreadsheet TRIM: leading and trailing spaces removed, inner runs of spaces made one. Tabs and other blanks stay. */
export function sheetTrim(text: string): string {
  return text.replace(/ +/g, " ").replace(/^ | $/g, "");
}

/** The text a spreadsheet's UPPER(TRIM(cell)) gives for a cell. */
function sheetText(v: CellValue): string {
  if (v === null) return "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "number") return String(v);
  if (v instanceof Date) return "";
  return sheetTrim(v).toUpperCase();
}

/** Blank as the sheet's TRIM(cell)="" sees it: empty, or only spaces. */
export function isBlankAnswer(v: CellValue | undefined): boolean {
  return v === null || v === undefined || (typeof v === "string" && sheetTrim(v) === "");
}

/** The key of a choice answer: trimmed, upper case. */
export function answerKey(v: CellValue): string {
  return sheetText(v);
}

export function valueOfAnswer(type: AnswerType, raw: CellValue | undefined): AnswerValue {
  const v = raw === undefined ? null : raw;
  if (isBlankAnswer(v)) return { state: "blank", value: null };
  switch (type.kind) {
    case "choice": {
      const key = answerKey(v);
      const option = type.options.find((o) => o.key.toUpperCase() === key);
      return option ? { state: "valid", value: option.value } : { state: "invalid", value: null };
    }
    case "count":
      return typeof v === "number" && Number.isFinite(v) && v >= 0 ? { state: "valid", value: v } : { state: "invalid", value: null };
    case "index":
      return typeof v === "number" && Number.isFinite(v) && v >= type.min && v <= type.max
        ? { state: "valid", value: (v - type.min) / (type.max - type.min) }
        : { state: "invalid", value: null };
  }
}

/** The option keys a choice accepts, as the dropdown shows them. */
export function choiceKeys(type: AnswerType): string[] {
  return type.kind === "choice" ? type.options.map((o) => o.key) : [];
}
