// Reading a fake sheet for assertions without logging calls: its values as a core Grid (Dates
// brought into this realm), its stored cells as a snapshot.

import { rangeRef, type CellValue, type Grid } from "../../../core/index.js";
import type { FakeSheet } from "./sheet.js";

export function gridOf(sheet: FakeSheet): Grid {
  const values: CellValue[][] = [];
  for (const key of sheet._cells.keys()) {
    const [r, c] = key.split(",").map(Number);
    while (values.length <= r) values.push([]);
    const v = sheet._read(r, c);
    values[r][c] = v === "" ? null : Object.prototype.toString.call(v) === "[object Date]" ? new Date((v as Date).getTime()) : (v as CellValue);
  }
  for (const row of values) for (let c = 0; c < row.length; c++) if (row[c] === undefined) row[c] = null;
  return { name: sheet._name, values, merges: sheet._merges.map((m) => rangeRef(m.top, m.left, m.bottom, m.right)) };
}

/** Everything stored in the sheet's cells, comparable with toEqual. */
export function snapshot(sheet: FakeSheet): unknown {
  return JSON.stringify({
    cells: [...sheet._cells].sort(),
    props: [...sheet._props].map(([k, m]) => [k, [...m].sort()]),
    merges: sheet._merges,
  });
}
