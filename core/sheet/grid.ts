import { parseRange } from "./a1.js";
import type { CellValue, Grid } from "./types.js";

export function gridRowCount(grid: Grid): number {
  return grid.values.length;
}

export function gridColCount(grid: Grid): number {
  let n = 0;
  for (const row of grid.values) if (row && row.length > n) n = row.length;
  return n;
}

export function cellAt(grid: Grid, row: number, col: number): CellValue {
  const r = grid.values[row];
  if (!r) return null;
  const v = r[col];
  return v === undefined ? null : v;
}

/**
 * Looks up the merge a cell belongs to: "NO" and "INDIKATOR" merged down over several rencana
 * aksi rows hold their value only in the top-left cell.
 */
export class MergeIndex {
  private readonly owner = new Map<number, { row: number; col: number }>();
  private readonly width: number;

  constructor(grid: Grid) {
    this.width = Math.max(gridColCount(grid), 1) + 1;
    for (const ref of grid.merges ?? []) {
      const r = parseRange(ref);
      if (!r) continue;
      // A merge larger than the grid is clipped: nothing outside the used range matters.
      const bottom = Math.min(r.bottom, grid.values.length - 1);
      const right = Math.min(r.right, this.width - 1);
      if ((bottom - r.top + 1) * (right - r.left + 1) > 200_000) continue;
      for (let row = r.top; row <= bottom; row++) {
        for (let col = r.left; col <= right; col++) {
          if (row !== r.top || col !== r.left) this.owner.set(row * this.width + col, { row: r.top, col: r.left });
        }
      }
    }
  }

  /** The top-left cell of the merge holding (row, col), or null when the cell is not merged into another. */
  ownerOf(row: number, col: number): { row: number; col: number } | null {
    if (col >= this.width) return null;
    return this.owner.get(row * this.width + col) ?? null;
  }

  /** The value shown in (row, col): a merged cell shows its merge's value. */
  valueAt(grid: Grid, row: number, col: number): CellValue {
    const o = this.ownerOf(row, col);
    return o ? cellAt(grid, o.row, o.col) : cellAt(grid, row, col);
  }
}
