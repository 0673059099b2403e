// The Excel side of the ZI custom functions. The metadata declares every parameter and result as
// a matrix, so a range works wherever a single value does: Excel hands each argument as a 2-D
// array and takes a 2-D array back (a 1x1 answer shows as a plain value). Errors become
// CustomFunctions.Error carrying the core's Indonesian message, which Excel shows on the cell.

import { callOverRanges } from "../../core/functions/ranges.js";
import type { FunctionArg, FunctionResult } from "../../core/functions/index.js";
import { resolveTimeZone } from "../../core/dates/zone.js";
import type { CellValue } from "../../core/sheet/types.js";

/** The part of office.js's CustomFunctions global this file uses. */
export interface CustomFunctionsRuntime {
  associate(id: string, fn: (...args: never[]) => unknown): void;
  Error: new (code: string, message?: string) => unknown;
  ErrorCode: Record<string, string>;
}

function runtime(): CustomFunctionsRuntime {
  const cf = (globalThis as { CustomFunctions?: CustomFunctionsRuntime }).CustomFunctions;
  if (!cf) throw new Error("CustomFunctions runtime missing");
  return cf;
}

/** Excel's TODAY() is the day on this computer's clock, so "today" in the functions is too. */
export function hostTimeZone(): string {
  return resolveTimeZone(Intl.DateTimeFormat().resolvedOptions().timeZone);
}

function cellIn(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  // An error or a data type passed through: the core sees an empty cell rather than an object.
  return null;
}

function argIn(v: unknown): FunctionArg {
  if (v === null || v === undefined) return undefined;
  if (Array.isArray(v)) return v.map((row) => (Array.isArray(row) ? row.map(cellIn) : [cellIn(row)]));
  return cellIn(v);
}

function cellOut(v: unknown): string | number | boolean {
  if (Array.isArray(v)) return cellOut(Array.isArray(v[0]) ? v[0][0] : v[0]);
  if (typeof v === "number") return Number.isFinite(v) ? v : "";
  if (typeof v === "string" || typeof v === "boolean") return v;
  return "";
}

function excelError(r: Extract<FunctionResult<unknown>, { ok: false }>): unknown {
  const cf = runtime();
  return new cf.Error(cf.ErrorCode[r.error] ?? cf.ErrorCode.invalidValue, r.message);
}

function matrixOut(v: unknown): (string | number | boolean)[][] {
  if (Array.isArray(v) && v.length) return v.map((row) => (Array.isArray(row) ? row.map(cellOut) : [cellOut(row)]));
  return [[cellOut(v)]];
}

/**
 * Runs a registry function for Excel. A single answer that is an error is thrown (Excel shows
 * the error and its message on the cell); inside an array each failing cell holds its own error.
 */
export function excelCall(name: string, args: readonly unknown[]): unknown[][] {
  const call = callOverRanges(name, args.map(argIn), hostTimeZone());
  if (call.shape === "single") {
    if (!call.result.ok) throw excelError(call.result);
    return matrixOut(call.result.value);
  }
  return call.results.map((row) => row.map((r) => (r.ok ? cellOut(r.value) : excelError(r))));
}
