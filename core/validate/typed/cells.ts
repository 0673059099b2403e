// The A1 cell of each column of a typed plan row, worked out when asked for instead of stored:
// a plan of tens of thousands of rows would otherwise keep nine address strings per row.

import type { ColumnRole } from "../../plan/layout.js";
import { cellRef } from "../../sheet/a1.js";
import type { MergeIndex } from "../../sheet/grid.js";

export class RowCells implements Partial<Record<ColumnRole, string>> {
  readonly #row: number;
  readonly #roles: Partial<Record<ColumnRole, number>>;
  readonly #merges: MergeIndex;

  constructor(row: number, roles: Partial<Record<ColumnRole, number>>, merges: MergeIndex) {
    this.#row = row;
    this.#roles = roles;
    this.#merges = merges;
  }

  /** The cell of the role's column in this row; a merged cell is named by its top-left cell. */
  #at(role: ColumnRole): string | undefined {
    const col = this.#roles[role];
    if (col === undefined) return undefined;
    const o = this.#merges.ownerOf(this.#row, col);
    return o ? cellRef(o.row, o.col) : cellRef(this.#row, col);
  }

  get no() { return this.#at("no"); }
  get indicator() { return this.#at("indicator"); }
  get action() { return this.#at("action"); }
  get target() { return this.#at("target"); }
  get owner() { return this.#at("owner"); }
  get status() { return this.#at("status"); }
  get doneOn() { return this.#at("doneOn"); }
  get evidence() { return this.#at("evidence"); }
  get notes() { return this.#at("notes"); }
  get id() { return this.#at("id"); }
}
