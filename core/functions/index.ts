// The spreadsheet functions, host-free: Excel (ZI.*) and Google Sheets (ZI_*) wrap these and
// answer the same test vectors (test/vectors/functions.json). Dates cross as Excel serial numbers.

import { dueOn } from "../dates/due.js";
import { parseTarget } from "../dates/target.js";
import { DEFAULT_TIME_ZONE, todaySerial } from "../dates/zone.js";
import { ymdFromSerial } from "../dates/serial.js";
import { functionErrors } from "../i18n/functions.js";
import { STATUS_VALUES } from "../i18n/plan.js";
import type { CellValue } from "../sheet/types.js";
import { fnNilai, fnNilaiArea, fnPredikat } from "./score.js";
import { ok, type FunctionArg, type FunctionError, type FunctionResult } from "./types.js";

export * from "./types.js";

export { answerTypeNamed, fnNilai, fnNilaiArea, fnPredikat } from "./score.js";

const fail = (error: FunctionError, message: string): FunctionResult<never> => ({ ok: false, error, message });

/** A blank argument: omitted, null, or an empty cell (hosts pass "" or 0-length strings). */
function blank(v: CellValue | undefined): boolean {
  return v === undefined || v === null || (typeof v === "string" && v.trim() === "");
}

function yearArg(v: CellValue | undefined): number | null | undefined {
  if (blank(v)) return null;
  const y = typeof v === "number" ? v : Number(String(v).trim());
  return Number.isInteger(y) && y >= 1900 && y <= 9999 ? y : undefined;
}

function asOfArg(v: CellValue | undefined, timeZone: string): number | undefined {
  if (blank(v)) return todaySerial(timeZone);
  const t = parseTarget(v ?? null, null, timeZone);
  return t.kind === "date" ? t.due : undefined;
}

/** ZI.TARGET(target; [tahun]): the due date as a serial; "" for an empty target. */
export function fnTarget(target: CellValue | undefined, year?: CellValue, timeZone = DEFAULT_TIME_ZONE): FunctionResult<number | ""> {
  const y = yearArg(year);
  if (y === undefined) return fail("invalidValue", functionErrors.badYear);
  const parsed = parseTarget(target ?? null, y, timeZone);
  if (parsed.kind === "empty") return ok("");
  if (parsed.kind === "invalid") return fail("invalidValue", parsed.message);
  return ok(dueOn(parsed, todaySerial(timeZone)) as number);
}

/**
 * ZI.TERLAMBAT(target; status; [per_tanggal]): overdue when the due date is before the as-of date
 * and the status is not Selesai. A target without a year takes the as-of date's year.
 */
export function fnTerlambat(
  target: CellValue | undefined, status: CellValue | undefined, asOf?: CellValue, timeZone = DEFAULT_TIME_ZONE,
): FunctionResult<boolean> {
  const day = asOfArg(asOf, timeZone);
  if (day === undefined) return fail("invalidValue", functionErrors.badAsOf);
  if (!blank(status) && typeof status !== "string") return fail("invalidValue", functionErrors.statusNotText);
  const parsed = parseTarget(target ?? null, ymdFromSerial(day)?.y ?? null, timeZone);
  if (parsed.kind === "empty") return ok(false);
  if (parsed.kind === "invalid") return fail("invalidValue", parsed.message);
  const done = typeof status === "string" && status.trim().toLowerCase() === STATUS_VALUES[2].toLowerCase();
  const due = dueOn(parsed, day) as number;
  return ok(!done && due < day);
}

export type SheetFunction = (args: FunctionArg[], timeZone: string) => FunctionResult<unknown>;

/**
 * A parameter that takes one value. Hosts map ranges over such parameters (ranges.ts), so a range
 * reaches it only when called directly; it then counts by its first cell, as a 1x1 range does.
 */
function single(a: FunctionArg): CellValue | undefined {
  return Array.isArray(a) ? (a[0]?.[0] ?? null) : a;
}

/** Every spreadsheet function by its name; hosts register each under ZI.NAME or ZI_NAME. */
export const SHEET_FUNCTIONS: Record<string, SheetFunction> = {
  TARGET: ([target, year], tz) => fnTarget(single(target), single(year), tz),
  TERLAMBAT: ([target, status, asOf], tz) => fnTerlambat(single(target), single(status), single(asOf), tz),
  // These take a value or a range in each argument (their docs mark the parameters `matrix`).
  NILAI: ([answers, types]) => fnNilai(answers, types),
  NILAI_AREA: ([answers, types, weight]) => fnNilaiArea(answers, types, weight),
  PREDIKAT: (args) => fnPredikat(args),
};
