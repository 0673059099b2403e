// Ranges in spreadsheet functions, for every host. A host hands a function single values or
// ranges (2-D arrays). A parameter documented as accepting a range (`matrix: true` in its
// functionDocs entry) receives the whole array, or the value itself when it is one cell; the
// function decides what a range means. Every other parameter maps element-wise, the way Excel lifts
// a built-in function over an array: the answer has the shape of the largest argument, a single
// value or a one-row/one-column argument repeats across it, and a position that a smaller
// argument does not reach answers #N/A.

import { functionDocs, type FunctionDoc } from "../i18n/functions.js";
import { rangeErrors } from "../i18n/ranges.js";
import type { CellValue } from "../sheet/types.js";
import { SHEET_FUNCTIONS, type FunctionArg, type FunctionResult } from "./index.js";

type RangeValue = CellValue[][];

export type RangeCall =
  | { shape: "single"; result: FunctionResult<unknown> }
  | { shape: "array"; results: FunctionResult<unknown>[][] };

type ParamDoc = FunctionDoc["params"][number] & { matrix?: boolean };

/** Which parameters of a function take a whole range (by position). */
export function rangeParams(name: string): boolean[] {
  return (functionDocs[name]?.params ?? []).map((p: ParamDoc) => p.matrix === true);
}

function isRange(v: FunctionArg): v is RangeValue {
  return Array.isArray(v);
}

/** A 1x1 range is its value; an empty range is an omitted argument. */
function unwrap(v: FunctionArg): FunctionArg {
  if (!isRange(v)) return v;
  if (v.length === 0 || (v.length === 1 && Array.isArray(v[0]) && v[0].length === 0)) return undefined;
  if (v.length === 1 && Array.isArray(v[0]) && v[0].length === 1) return v[0][0];
  return v;
}

function width(r: RangeValue): number {
  return r.reduce((n, row) => Math.max(n, row.length), 0);
}

const outside: FunctionResult<never> = { ok: false, error: "notAvailable", message: rangeErrors.outsideRange };

/**
 * Calls a registry function with host arguments. Unknown names answer #NAME-like "notAvailable"
 * rather than throwing: a workbook may call a function a newer add-in version has.
 */
export function callOverRanges(name: string, args: readonly FunctionArg[], timeZone: string): RangeCall {
  const fn = SHEET_FUNCTIONS[name];
  if (!fn) return { shape: "single", result: { ok: false, error: "notAvailable", message: rangeErrors.unknownFunction(name) } };
  const whole = rangeParams(name);
  const prepared = args.map(unwrap);
  const lifted = prepared.map((a, i) => (!whole[i] && isRange(a) ? a : null));
  if (lifted.every((a) => a === null)) return { shape: "single", result: fn(prepared, timeZone) };

  const widths = lifted.map((a) => (a ? width(a) : 1));
  const rows = Math.max(...lifted.map((a) => (a ? a.length : 1)));
  const cols = Math.max(...widths);
  const results: FunctionResult<unknown>[][] = [];
  for (let r = 0; r < rows; r++) {
    const line: FunctionResult<unknown>[] = [];
    for (let c = 0; c < cols; c++) {
      let reached = true;
      const cellArgs = prepared.map((a, i) => {
        const range = lifted[i];
        if (!range) return a;
        const row = range[range.length === 1 ? 0 : r];
        const v = row?.[widths[i] === 1 ? 0 : c];
        if (v === undefined) reached = false;
        return v;
      });
      line.push(reached ? fn(cellArgs, timeZone) : outside);
    }
    results.push(line);
  }
  return { shape: "array", results };
}
