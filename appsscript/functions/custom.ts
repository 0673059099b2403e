// The ZI_* custom functions over the core's SHEET_FUNCTIONS. Sheets hands a cell as a value and a
// range as a 2-D array; dates arrive and leave as Date objects, which the core reads as instants
// in the script's time zone. Pure: the only service touched is Session.getScriptTimeZone, which
// needs no authorization.

import {
  DEFAULT_TIME_ZONE, instantFromSerial, resolveTimeZone, SHEET_FUNCTIONS, sheetsText, type CellValue,
} from "../../core/index.js";

/**
 * Functions whose result is a date serial, returned to Sheets as a Date so the cell shows a date.
 * The registry has no result types yet; a new date-valued function must be listed here.
 */
export const DATE_RESULT_FUNCTIONS: ReadonlySet<string> = new Set(["TARGET"]);

export function scriptTimeZone(): string {
  try {
    return resolveTimeZone(typeof Session !== "undefined" ? Session.getScriptTimeZone() : DEFAULT_TIME_ZONE);
  } catch {
    return DEFAULT_TIME_ZONE;
  }
}

function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === "[object Date]";
}

/** A value as Sheets passed it -> the core's CellValue (undefined: the argument was omitted). */
function cellArg(v: unknown): CellValue | undefined {
  if (v === undefined) return undefined;
  if (v === null || typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  if (isDate(v)) return v;
  return String(v);
}

type Outcome = { ok: true; value: unknown } | { ok: false; message: string };

function callOnce(name: string, args: (CellValue | undefined)[], timeZone: string): Outcome {
  const fn = SHEET_FUNCTIONS[name];
  const r = fn(args, timeZone);
  if (!r.ok) return { ok: false, message: r.message };
  const value = r.value;
  if (DATE_RESULT_FUNCTIONS.has(name) && typeof value === "number") return { ok: true, value: instantFromSerial(value, timeZone) ?? "" };
  if (value === null || value === undefined) return { ok: true, value: "" };
  if (typeof value === "object" && !isDate(value)) return { ok: true, value: JSON.stringify(value) };
  return { ok: true, value };
}

function shapeOf(a: unknown[][]): [number, number] {
  return [a.length, a.reduce((n, row) => Math.max(n, Array.isArray(row) ? row.length : 1), 0)];
}

/**
 * Calls a registry function the way Sheets calls ZI_NAME: single values give a value (a failure
 * is thrown as an Error with the core's Indonesian message, which Sheets shows on the cell);
 * ranges map element-wise, a 1x1 range or a single value being used for every element, and a
 * failing element shows its message as text so the other results still appear.
 */
export function callSheetFunction(name: string, args: unknown[], timeZone: string = scriptTimeZone()): unknown {
  const arrays = args.filter((a): a is unknown[][] => Array.isArray(a));
  if (!arrays.length) {
    const out = callOnce(name, args.map(cellArg), timeZone);
    if (!out.ok) throw new Error(out.message);
    return out.value;
  }
  const shapes = arrays.map(shapeOf).filter(([r, c]) => r * c > 1);
  const [rows, cols] = shapes[0] ?? [1, 1];
  if (shapes.some(([r, c]) => r !== rows || c !== cols)) throw new Error(sheetsText.rangeShape);
  const at = (a: unknown, r: number, c: number): unknown => {
    if (!Array.isArray(a)) return a;
    const [ar, ac] = shapeOf(a as unknown[][]);
    const row = ar * ac === 1 ? a[0] : a[r];
    const cell = Array.isArray(row) ? row[ar * ac === 1 ? 0 : c] : row;
    return cell === undefined ? "" : cell;
  };
  const out: unknown[][] = [];
  for (let r = 0; r < rows; r++) {
    const line: unknown[] = [];
    for (let c = 0; c < cols; c++) {
      const res = callOnce(name, args.map((a) => cellArg(at(a, r, c))), timeZone);
      line.push(res.ok ? res.value : res.message);
    }
    out.push(line);
  }
  return out;
}
