import type { CellValue, FormulaValue, LinkValue, SpecValue } from "./types.js";

export function formula(text: string): FormulaValue {
  return { formula: text.startsWith("=") ? text : `=${text}` };
}

export function isFormula(v: SpecValue | undefined): v is FormulaValue {
  return typeof v === "object" && v !== null && "formula" in v;
}

export function isLink(v: SpecValue | undefined): v is LinkValue {
  return typeof v === "object" && v !== null && "link" in v;
}

export function link(text: string, sheet: string, cell: string): LinkValue {
  return { text, link: { sheet, cell } };
}

/**
 * Excel's range.values and Apps Script's setValues read a string the way typing it would: "=..."
 * becomes a formula, "1e5" a number, "Maret 2026" a date. The leading apostrophe makes any
 * string stay the text it is (neither host keeps the apostrophe in the value), so every string
 * a spec writes through those APIs carries one.
 */
export function asTypedLiteral(text: string): string {
  return text === "" ? "" : `'${text}`;
}

/** A spec value as a typed-input host (Excel, Apps Script) must receive it; a link's text (hosts add the link). */
export function toTypedInput(v: SpecValue | undefined): string | number | boolean {
  if (v === null || v === undefined) return "";
  if (isFormula(v)) return v.formula;
  if (isLink(v)) return asTypedLiteral(v.text);
  if (typeof v === "string") return asTypedLiteral(v);
  if (typeof v === "number" && !Number.isFinite(v)) return "";
  return v;
}

/** True for a cell text that is a spreadsheet error value (#REF!, #N/A, ...). */
export function isErrorText(v: CellValue | undefined): boolean {
  return typeof v === "string" && /^#(?:N\/A|REF!|VALUE!|DIV\/0!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|ERROR!)/i.test(v.trim());
}

/** A cell as plain text for labels and matching: trimmed; numbers without float noise; errors and dates as "". */
export function cellText(v: CellValue | undefined): string {
  if (v === null || v === undefined || v instanceof Date) return "";
  if (typeof v === "number") return Number.isFinite(v) ? String(Math.round(v * 1e9) / 1e9) : "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  // Every scan of a sheet asks this of each cell: the regular expressions run only when they can match.
  const t = v.trim();
  if (t.charCodeAt(0) === 35 /* # */ && isErrorText(t)) return "";
  return t.includes("\r") ? t.replace(/\r\n?/g, "\n") : t;
}

const NON_ASCII = /[^\x00-\x7f]/;
const COMBINING_MARKS = /[\u0300-\u036f]/g;

/**
 * Text without accents and compatibility forms ("é" -> "e", a no-break space -> " "), for
 * matching. ASCII text, nearly every cell, is returned as it is without asking ICU.
 */
export function foldAccents(text: string): string {
  return NON_ASCII.test(text) ? text.normalize("NFKD").replace(COMBINING_MARKS, "") : text;
}

/** True when a cell holds nothing a person typed. */
export function isBlank(v: CellValue | undefined): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

/** The year a cell names: a number (2026) or the first four-digit number in its text ("TAHUN 2026"). */
export function yearInCell(v: CellValue | undefined): number | null {
  const y = typeof v === "number" ? v : Number(/\b(\d{4})\b/.exec(cellText(v))?.[1] ?? NaN);
  return Number.isInteger(y) && y >= 1900 && y <= 2200 ? y : null;
}
