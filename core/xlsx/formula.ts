// Shared formulas: Excel stores the formula text once, in the master cell, and the other cells of
// the range only point at it. Each cell's own text is the master's with its relative references
// moved by the cell's offset, as Excel shows it.

import { columnIndex, columnLetters } from "../sheet/a1.js";

const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;

/**
 * Moves the relative A1 references of `formula` by (rows, cols). Text in double quotes and sheet
 * names in single quotes are left alone; a reference moved off the sheet becomes #REF!.
 */
export function shiftFormula(formula: string, rows: number, cols: number): string {
  if (rows === 0 && cols === 0) return formula;
  let out = "";
  let i = 0;
  const n = formula.length;
  while (i < n) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      const end = closingQuote(formula, i, ch);
      out += formula.slice(i, end);
      i = end;
      continue;
    }
    const m = /^(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})(?![\w(.])/.exec(formula.slice(i, i + 16));
    const prev = i > 0 ? formula[i - 1] : "";
    if (m && !/[\w.]/.test(prev)) {
      out += shiftRef(m, rows, cols);
      i += m[0].length;
      continue;
    }
    // Skip the rest of a name or number so "LOG10" or "A1B" is not read as a reference.
    const word = /^[\w.]+/.exec(formula.slice(i));
    const len = word ? word[0].length : 1;
    out += formula.slice(i, i + len);
    i += len;
  }
  return out;
}

function closingQuote(text: string, start: number, quote: string): number {
  let i = start + 1;
  while (i < text.length) {
    if (text[i] === quote) {
      if (text[i + 1] === quote) i += 2;
      else return i + 1;
    } else i++;
  }
  return text.length;
}

function shiftRef(m: RegExpExecArray, rows: number, cols: number): string {
  const [, colAbs, letters, rowAbs, digits] = m;
  const col = colAbs ? columnIndex(letters) : columnIndex(letters) + cols;
  const row = rowAbs ? Number(digits) - 1 : Number(digits) - 1 + rows;
  if (col < 0 || col >= MAX_COL || row < 0 || row >= MAX_ROW) return "#REF!";
  return `${colAbs}${columnLetters(col)}${rowAbs}${row + 1}`;
}
