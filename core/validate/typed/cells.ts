// The A1 cell of each column of a typed plan row, worked out when asked for instead of stored: a
// plan of tens of thousands of rows would otherwise keep an object of addresses per row. Every
// row of a table shares its table's TableCells.

import type { ColumnRole } from "../../plan/layout.js";
import type { RowTable } from "../../plan/read.js";
import { cellRef } from "../../sheet/a1.js";
import type { MergeIndex } from "../../sheet/grid.js";

export class TableCells implements RowTable {
  constructor(
    private readonly roles: Partial<Record<ColumnRole, number>>,
    private readonly merges: MergeIndex,
  ) {}

  /** The cell of the role's column in `row`; a merged cell is named by its top-left cell. */
  cellOf(row: number, role: ColumnRole): string | undefined {
    const col = this.roles[role];
    if (col === undefined) return undefined;
    const o = this.merges.ownerOf(row, col);
    return o ? cellRef(o.row, o.col) : cellRef(row, col);
  }
}
