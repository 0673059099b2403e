// How a sheet is cut into write requests. Excel on the web refuses a request above 5 MB, and a
// huge values array is slow on every host; rows are written in blocks of at most 5,000 rows and
// about 3.5 MB of estimated payload, one context.sync each. A sheet up to 5,000 rows of ordinary
// cells is one block.

import { toTypedInput } from "../../core/sheet/values.js";
import type { SpecValue } from "../../core/sheet/types.js";

export const MAX_ROWS_PER_BLOCK = 5_000;
/** Leaves 1.5 MB of the 5 MB limit for the formats and rules queued with the first block. */
export const MAX_BLOCK_BYTES = 3_500_000;
/** Excel's request JSON wraps each value; a few bytes a cell on top of the value itself. */
const BYTES_PER_CELL = 3;

export interface RowBlock {
  /** First and last row of the block, 0-based inclusive. */
  top: number;
  bottom: number;
}

function rowBytes(row: readonly SpecValue[]): number {
  let n = 2;
  for (const v of row) {
    const typed = toTypedInput(v);
    n += BYTES_PER_CELL + (typeof typed === "string" ? typed.length * 1.1 + 2 : String(typed).length);
  }
  return n;
}

/** Row blocks covering rows 0..rows-1 of the matrix. */
export function rowBlocks(matrix: readonly (readonly SpecValue[])[], rows = matrix.length, maxRows = MAX_ROWS_PER_BLOCK, maxBytes = MAX_BLOCK_BYTES): RowBlock[] {
  const out: RowBlock[] = [];
  let top = 0;
  let bytes = 0;
  for (let r = 0; r < rows; r++) {
    const b = rowBytes(matrix[r] ?? []);
    if (r > top && (r - top >= maxRows || bytes + b > maxBytes)) {
      out.push({ top, bottom: r - 1 });
      top = r;
      bytes = 0;
    }
    bytes += b;
  }
  if (rows > top) out.push({ top, bottom: rows - 1 });
  return out;
}

/** The part of a range (rows top..bottom of any columns) inside a block, or null. */
export function clipRows(range: { top: number; bottom: number }, block: RowBlock): { top: number; bottom: number } | null {
  const top = Math.max(range.top, block.top);
  const bottom = Math.min(range.bottom, block.bottom);
  return top <= bottom ? { top, bottom } : null;
}
