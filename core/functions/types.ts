// What every sheet function takes and gives back, in a module of its own so that the registry
// (index.ts) and the functions it lists (score.ts) both import it and never each other.

import type { CellValue } from "../sheet/types.js";

export type FunctionError = "invalidValue" | "notAvailable";

export type FunctionResult<T> = { ok: true; value: T } | { ok: false; error: FunctionError; message: string };

/** One argument as a host passes it: a single value, a range (a 2-D array), or undefined when omitted. */
export type FunctionArg = CellValue | CellValue[][] | undefined;

export const ok = <T>(value: T): FunctionResult<T> => ({ ok: true, value });
