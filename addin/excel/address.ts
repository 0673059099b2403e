// Addresses as Excel's API wants them: many ranges in one comma-separated string for
// worksheet.getRanges (kept short, since Excel refuses very long ones), and the sheet-qualified
// addresses it hands back split into plain ranges.

import { columnLetters, quoteSheetName } from "../../core/sheet/a1.js";

/**
 * Excel rejects getRanges addresses somewhere above 8,000 characters (OfficeDev/office-js#5198);
 * a quarter of that leaves room for long sheet names and costs only a few more calls.
 */
export const MAX_ADDRESS_CHARS = 2_000;

/** The ranges joined into as few comma-separated addresses as fit under the limit. */
export function joinRanges(ranges: readonly string[], maxChars = MAX_ADDRESS_CHARS): string[] {
  const out: string[] = [];
  let current = "";
  for (const r of ranges) {
    if (current && current.length + 1 + r.length > maxChars) {
      out.push(current);
      current = "";
    }
    current = current ? `${current},${r}` : r;
  }
  if (current) out.push(current);
  return out;
}

/** Whole rows, e.g. [4, 5, 9] (0-based) -> ["5:6", "10:10"]. */
export function rowRanges(rows: readonly number[]): string[] {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const out: string[] = [];
  let start = -1;
  let prev = -1;
  for (const r of sorted) {
    if (start < 0 || r !== prev + 1) {
      if (start >= 0) out.push(`${start + 1}:${prev + 1}`);
      start = r;
    }
    prev = r;
  }
  if (start >= 0) out.push(`${start + 1}:${prev + 1}`);
  return out;
}

export function columnRef(col: number): string {
  const l = columnLetters(col);
  return `${l}:${l}`;
}

/** A cell of a sheet as a hyperlink's documentReference: 'Sheet name'!D12. */
export function documentReference(sheet: string, cell: string): string {
  return `${quoteSheetName(sheet)}!${cell}`;
}

/**
 * "Sheet1!A1:B2, 'x, y'!C3" -> ["A1:B2", "C3"]: the comma inside a quoted sheet name does not
 * split, and the sheet prefix goes.
 */
export function splitAreas(address: string): string[] {
  const parts: string[] = [];
  let current = "";
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (ch === "," && !quoted) {
      parts.push(current);
      current = "";
    } else current += ch;
  }
  parts.push(current);
  return parts
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => (p.includes("!") ? p.slice(p.lastIndexOf("!") + 1) : p).replace(/\$/g, ""));
}
