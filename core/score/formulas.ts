// The native formulas of the LKE sheet, written with only IF, IFERROR, AND, OR, MIN, MAX, SUM,
// ROUND, UPPER, TRIM and AVERAGE, so Excel, Google Sheets and LibreOffice all compute them. Each
// one mirrors a step of the engine (answers.ts, engine.ts) in the same order of operations, so
// the sheet and the core agree to the last bit that matters.

import type { AnswerType, Ratio } from "./model.js";

/** A number as formula text: the shortest form that reads back as the same double. */
export function num(n: number): string {
  return Number.isFinite(n) ? String(n) : "0";
}

/** A string literal for a formula. */
export function str(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * The value of the answer in `cell`, times `points`: "" when blank or not a valid answer.
 * Choices compare UPPER(TRIM()) with each key (never MATCH: its wildcards would let "*" match);
 * counts and indices take AVERAGE of the one cell, which is an error for text, so "12 orang"
 * counts as no answer, as in the core.
 */
export function answerFormula(type: AnswerType, cell: string, points = 1): string {
  switch (type.kind) {
    case "choice": {
      const key = `UPPER(TRIM(${cell}))`;
      const chain = type.options.reduceRight(
        (rest, o) => `IF(${key}=${str(o.key.toUpperCase())},${num(o.value * points)},${rest})`,
        '""',
      );
      return `=IFERROR(${chain},"")`;
    }
    case "count":
      return `=IFERROR(IF(AVERAGE(${cell})>=0,AVERAGE(${cell}),""),"")`;
    case "index": {
      const v = `AVERAGE(${cell})`;
      const scaled = `(${v}-${num(type.min)})/${num(type.max - type.min)}${points === 1 ? "" : `*${num(points)}`}`;
      return `=IFERROR(IF(AND(${v}>=${num(type.min)},${v}<=${num(type.max)}),${scaled},""),"")`;
    }
  }
}

/** 1 when the answer cell is blank (spaces only count as blank), else 0. */
export function blankFlagFormula(cell: string): string {
  return `=IFERROR(IF(TRIM(${cell})="",1,0),0)`;
}

function termsExpr(terms: Ratio["numerator"], cellOf: (q: number) => string): string {
  const parts = terms.map((t, i) => `${t.sign < 0 ? "-" : i > 0 ? "+" : ""}${cellOf(t.question)}`).join("");
  return terms.length > 1 ? `(${parts})` : parts;
}

/** A ratio of counts, `cellOf` giving the cell that holds each count's clean value ("" if none). */
export function ratioFormula(ratio: Ratio, cellOf: (q: number) => string): string {
  const all = [...ratio.numerator, ...ratio.denominator].map((t) => cellOf(t.question));
  const blanks = [...new Set(all)].map((c) => `${c}=""`).join(",");
  const n = termsExpr(ratio.numerator, cellOf);
  const d = termsExpr(ratio.denominator, cellOf);
  const z = ratio.zeroDenominator;
  const zero = `IF(${n}=0,${num(z.zero)},IF(${n}>0,${num(z.positive)},${num(z.negative)}))`;
  const clamped = `MIN(${num(ratio.clamp.max)},MAX(${num(ratio.clamp.min)},${n}/${d}))`;
  return `=IF(OR(${blanks}),${num(ratio.blank)},IF(${d}=0,${zero},${clamped}))`;
}

/** Average of item cells (blank items count 0: SUM skips "") times the weight. */
export function averageFormula(cells: string[], weight: number): string {
  return cells.length ? `=SUM(${cells.join(",")})/${cells.length}*${num(weight)}` : "=0";
}

export function sumFormula(cells: string[]): string {
  return cells.length ? `=SUM(${cells.join(",")})` : "=0";
}

/** TRUE when the value, rounded to two decimals, reaches the minimum (a number or the cell holding it). */
export function meets(cell: string, min: number | string): string {
  return `ROUND(${cell},2)>=${typeof min === "number" ? num(min) : min}`;
}

/** The functions the sheet may use: all exist in Excel, Google Sheets and LibreOffice. */
export const SHEET_FUNCTIONS_ALLOWED = ["IF", "IFERROR", "AND", "OR", "MIN", "MAX", "INDEX", "MATCH", "AVERAGE", "SUM", "ROUND", "UPPER", "TRIM"] as const;
