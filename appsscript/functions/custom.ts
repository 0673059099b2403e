// The ZI_* custom functions over the core's SHEET_FUNCTIONS. Sheets hands a cell as a value and a
// range as a 2-D array; dates arrive and leave as Date objects, which the core reads as instants
// in the script's time zone. Pure: the only service touched is Session.getScriptTimeZone, which
// needs no authorization.

import {
  callOverRanges, DEFAULT_TIME_ZONE, functionDocs, instantFromSerial, resolveTimeZone, type CellValue, type FunctionArg,
} from "../../core/index.js";


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

/** A core result as Sheets shows it: serial dates of date functions as Dates, nothing as "". */
function toSheets(name: string, value: unknown, timeZone: string): unknown {
  if (Array.isArray(value)) return value.map((row) => (Array.isArray(row) ? row.map((v) => toSheets(name, v, timeZone)) : toSheets(name, row, timeZone)));
  // A day is handed back as a Date so the cell shows a date.
  if (functionDocs[name]?.returnsDate && typeof value === "number") return instantFromSerial(value, timeZone) ?? "";
  if (value === null || value === undefined) return "";
  if (typeof value === "object" && !isDate(value)) return JSON.stringify(value);
  return value;
}

/** An argument as Sheets passed it (a value, a Date, or a range as a 2-D array) -> the core's form. */
function hostArg(v: unknown): FunctionArg {
  if (Array.isArray(v)) return v.map((row) => (Array.isArray(row) ? row.map((c) => cellArg(c) ?? null) : [cellArg(row) ?? null]));
  return cellArg(v);
}

/**
 * Calls a registry function the way Sheets calls ZI_NAME, with the range rules both add-ins share
 * (core/functions/ranges.ts): a single call throws the core's Indonesian message, which Sheets
 * shows on the cell; over a range each element answers, a failing one with its message as text,
 * so the other results still appear.
 */
export function callSheetFunction(name: string, args: unknown[], timeZone: string = scriptTimeZone()): unknown {
  const call = callOverRanges(name, args.map(hostArg), timeZone);
  if (call.shape === "single") {
    if (!call.result.ok) throw new Error(call.result.message);
    return toSheets(name, call.result.value, timeZone);
  }
  return call.results.map((row) => row.map((r) => (r.ok ? toSheets(name, r.value, timeZone) : r.message)));
}
