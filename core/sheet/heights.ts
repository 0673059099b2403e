// Row heights for wrapped text. Excel and Google Sheets grow a row to fit wrapped text by
// themselves; files written by exceljs and opened elsewhere (LibreOffice, printing) do not, so a
// spec carries an estimate, marked as such, that hosts able to autofit may ignore.

import { parseRange } from "./a1.js";
import type { SheetSpec } from "./types.js";

/** Characters of 10-point text per unit of column width (widths count the default font's "0"). */
const CHARS_PER_WIDTH = 1.2;
const LINE_POINTS = 12.75;
const PADDING_POINTS = 3;

function linesFor(text: string, width: number): number {
  const perLine = Math.max(1, Math.floor(width * CHARS_PER_WIDTH));
  return text.split(/\r?\n/).reduce((n, para) => n + Math.max(1, Math.ceil(para.length / perLine)), 0);
}

/** Estimated heights (points) for the rows whose wrapped text needs more than one line. */
export function estimateRowHeights(spec: SheetSpec): { row: number; height: number; estimated: true }[] {
  const wrap = new Set<string>();
  const size = new Map<string, number>();
  for (const g of spec.styles) {
    if (!g.style.wrap && !g.style.fontSize) continue;
    for (const ref of g.ranges) {
      const r = parseRange(ref);
      if (!r) continue;
      for (let row = r.top; row <= r.bottom; row++) {
        for (let col = r.left; col <= r.right; col++) {
          if (g.style.wrap) wrap.add(`${row},${col}`);
          if (g.style.fontSize) size.set(`${row},${col}`, g.style.fontSize);
        }
      }
    }
  }
  const mergedWidth = new Map<string, number>();
  for (const ref of spec.merges) {
    const r = parseRange(ref);
    if (!r || r.top !== r.bottom) continue;
    let w = 0;
    for (let c = r.left; c <= r.right; c++) w += spec.columns[c]?.width ?? 9;
    mergedWidth.set(`${r.top},${r.left}`, w);
  }
  const fixed = new Set((spec.rowHeights ?? []).filter((h) => !h.estimated).map((h) => h.row));
  const out: { row: number; height: number; estimated: true }[] = [];
  spec.cells.forEach((cells, row) => {
    if (fixed.has(row)) return;
    let height = 0;
    cells.forEach((v, col) => {
      const key = `${row},${col}`;
      if (typeof v !== "string" || !wrap.has(key)) return;
      const width = mergedWidth.get(key) ?? spec.columns[col]?.width ?? 9;
      const scale = (size.get(key) ?? 10) / 10;
      const lines = linesFor(v, width / scale);
      height = Math.max(height, lines * LINE_POINTS * scale + PADDING_POINTS);
    });
    if (height > LINE_POINTS * 1.5) out.push({ row, height: Math.ceil(height), estimated: true });
  });
  return out;
}

/** The spec with estimated heights added for the rows that have no explicit height. */
export function withEstimatedHeights(spec: SheetSpec): SheetSpec {
  const explicit = (spec.rowHeights ?? []).filter((h) => !h.estimated);
  const estimated = estimateRowHeights({ ...spec, rowHeights: explicit });
  const rowHeights = [...explicit, ...estimated].sort((a, b) => a.row - b.row);
  return { ...spec, rowHeights: rowHeights.length ? rowHeights : undefined };
}
