// A cell's text as the value it stands for: by its type (t) and, for numbers, by whether its
// style shows a date. Dates repeat in a workbook and turning a serial into an instant asks the
// time zone, so each serial is turned once per sheet.

import type { CellValue } from "../sheet/types.js";
import { instantFromIsoText, instantFromSerialNumber } from "./numfmt.js";

export interface SheetContext {
  strings: readonly string[];
  dateStyles: readonly boolean[];
  date1904: boolean;
  timeZone: string;
}

export type CellTyper = (text: string, type: string, style: number) => CellValue;

export function cellTyper(ctx: SheetContext): CellTyper {
  const instants = new Map<number, number>();
  const dateOf = (serial: number): CellValue => {
    let ms = instants.get(serial);
    if (ms === undefined) {
      ms = instantFromSerialNumber(serial, ctx.date1904, ctx.timeZone)?.getTime() ?? NaN;
      if (instants.size < 10_000) instants.set(serial, ms);
    }
    return Number.isNaN(ms) ? null : new Date(ms);
  };
  return (text, type, style) => {
    switch (type) {
      case "s": {
        const s = ctx.strings[parseInt(text, 10)];
        return s === undefined ? null : s;
      }
      case "str":
      case "inlineStr":
      case "e":
        return text;
      case "b":
        return parseInt(text, 10) !== 0;
      case "d":
        return instantFromIsoText(text, ctx.timeZone);
      default: {
        const n = parseFloat(text);
        if (!Number.isFinite(n)) return null;
        return ctx.dateStyles[style] ? dateOf(n) : n;
      }
    }
  };
}

/** "B12" -> column 1 and row 11; -1 for a part that is missing. */
export function decodeRef(ref: string): { row: number; col: number } {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i) | 0x20;
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
  }
  let row = 0;
  let digits = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 48 || c > 57) break;
    row = row * 10 + (c - 48);
    digits++;
  }
  return { row: digits ? row - 1 : -1, col: col - 1 };
}
