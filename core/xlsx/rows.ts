// The cells of a sheet as they are read, then the Grid: merged cells other than the top-left one
// emptied, rows padded with null up to their last value, the used range reaching every merge.

import { formatRange, type RangePos } from "../sheet/a1.js";
import type { CellValue, Grid } from "../sheet/types.js";

/** Excel's last row: a merge reaching further is clipped. */
const MAX_ROWS = 1_048_576;

/** exceljs-style merge text: "A1:C3", top-left first, even for one cell. */
function formatMerge(r: RangePos): string {
  const whole = formatRange(r);
  return whole.includes(":") ? whole : `${whole}:${whole}`;
}

export class RowStore {
  private readonly values: CellValue[][] = [];
  private readonly formulas: (string | null)[][] = [];
  // A row is gathered in a scratch array and kept as an exact copy when the next one starts: row
  // arrays grown cell by cell carry spare capacity, and on a large sheet that spare room passes
  // through the young generation and makes V8 grow it (a higher peak of memory).
  private scratchRow = -1;
  private readonly scratch: CellValue[] = [];

  put(r: number, c: number, v: CellValue, f: string | null): void {
    if (r !== this.scratchRow) {
      this.flush();
      this.scratchRow = r;
    }
    this.scratch[c] = v;
    if (f !== null) (this.formulas[r] ??= [])[c] = f;
  }

  private flush(): void {
    const { scratch, values } = this;
    if (this.scratchRow < 0) return;
    if (scratch.length) {
      const cells = values[this.scratchRow];
      if (!cells) values[this.scratchRow] = scratch.slice();
      else for (let x = 0; x < scratch.length; x++) if (x in scratch) cells[x] = scratch[x];
    }
    scratch.length = 0;
    this.scratchRow = -1;
  }

  /** The sheet's Grid; `merged` are its merged ranges as read. */
  grid(name: string, hidden: boolean, merged: readonly RangePos[]): Grid {
    this.flush();
    const { values, formulas } = this;
    let rows = values.length;
    for (const r of merged) {
      // Cells merged into another show its value but hold none.
      for (let y = r.top; y <= Math.min(r.bottom, values.length - 1); y++) {
        const cells = values[y];
        if (!cells) continue;
        const fs = formulas[y];
        for (let x = r.left; x <= Math.min(r.right, cells.length - 1); x++) {
          if (y === r.top && x === r.left) continue;
          delete cells[x];
          if (fs) delete fs[x];
        }
      }
      // A merge reaches rows of its own even where they hold nothing (as the sheet shows them).
      rows = Math.max(rows, Math.min(r.bottom, MAX_ROWS - 1) + 1);
    }
    let anyFormula = false;
    for (let y = 0; y < rows; y++) {
      const cells = values[y];
      if (!cells) {
        values[y] = [];
        continue;
      }
      const fs = formulas[y];
      // A row ends at its last cell holding a value or a formula.
      let end = cells.length;
      while (end > 0 && cells[end - 1] === undefined && fs?.[end - 1] === undefined) end--;
      cells.length = end;
      for (let x = 0; x < end; x++) if (cells[x] === undefined) cells[x] = null;
      if (fs) {
        fs.length = Math.min(fs.length, end);
        for (let x = 0; x < fs.length; x++) if (fs[x] === undefined) fs[x] = null;
        if (fs.length) anyFormula = true;
      }
    }
    values.length = rows;
    const grid: Grid = { name, values, merges: merged.map(formatMerge), hidden };
    if (anyFormula) {
      formulas.length = rows;
      for (let y = 0; y < rows; y++) if (!formulas[y]) formulas[y] = [];
      grid.formulas = formulas;
    }
    return grid;
  }
}
