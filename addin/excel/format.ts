// Formats of a SheetSpec in Excel: one RangeAreas per style group (a handful of calls whatever
// the number of rows), number formats per block, column widths, and row heights.

import { columnLetters, parseRange, rangeRef } from "../../core/sheet/a1.js";
import type { CellStyle, SheetSpec } from "../../core/sheet/types.js";
import { columnRef, joinRanges, rowRanges } from "./address.js";
import { clipRows, type RowBlock } from "./blocks.js";

/** The font the hosts share, so row height estimates and printouts match the .xlsx files. */
const BASE_FONT = { name: "Arial", size: 10 };

const H_ALIGN = { left: "Left", center: "Center", right: "Right" } as const;
const V_ALIGN = { top: "Top", middle: "Center", bottom: "Bottom" } as const;
const BORDER_EDGES = [
  ["top", "EdgeTop"],
  ["bottom", "EdgeBottom"],
  ["left", "EdgeLeft"],
  ["right", "EdgeRight"],
  ["insideHorizontal", "InsideHorizontal"],
  ["insideVertical", "InsideVertical"],
] as const;

/** Column width in characters of the default font -> points, as Excel's UI converts it (7 px a digit + 5 px padding). */
export function widthPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

function applyStyle(format: Excel.RangeFormat, style: CellStyle): void {
  const font = format.font;
  if (style.bold !== undefined) font.bold = style.bold;
  if (style.italic !== undefined) font.italic = style.italic;
  if (style.underline !== undefined) font.underline = style.underline ? "Single" : "None";
  if (style.fontSize) font.size = style.fontSize;
  if (style.fontColor) font.color = style.fontColor;
  if (style.fill) format.fill.color = style.fill;
  if (style.hAlign) format.horizontalAlignment = H_ALIGN[style.hAlign];
  if (style.vAlign) format.verticalAlignment = V_ALIGN[style.vAlign];
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  for (const [side, edge] of BORDER_EDGES) {
    if (!style.borders?.[side]) continue;
    const border = format.borders.getItem(edge);
    border.style = "Continuous";
    border.weight = "Thin";
    border.color = "#000000";
  }
}

/** The base font over the whole sheet, then each style group over its ranges, later groups winning. */
export function queueStyles(sheet: Excel.Worksheet, spec: SheetSpec, rows: number, cols: number): void {
  if (rows > 0 && cols > 0) {
    const all = sheet.getRange(rangeRef(0, 0, rows - 1, cols - 1)).format.font;
    all.name = BASE_FONT.name;
    all.size = BASE_FONT.size;
  }
  for (const group of spec.styles) {
    for (const address of joinRanges(group.ranges)) applyStyle(sheet.getRanges(address).format, group.style);
  }
}

/** Number formats of the cells of one block, as a 2-D array per range (Excel wants one entry a cell). */
export function queueNumberFormats(sheet: Excel.Worksheet, spec: SheetSpec, block: RowBlock): void {
  for (const group of spec.numberFormats) {
    for (const ref of group.ranges) {
      const r = parseRange(ref);
      if (!r) continue;
      const rows = clipRows(r, block);
      if (!rows) continue;
      const width = r.right - r.left + 1;
      const formats = Array.from({ length: rows.bottom - rows.top + 1 }, () => new Array<string>(width).fill(group.format));
      sheet.getRange(rangeRef(rows.top, r.left, rows.bottom, r.right)).numberFormat = formats;
    }
  }
}

export function queueColumns(sheet: Excel.Worksheet, spec: SheetSpec): void {
  spec.columns.forEach((c, i) => {
    const column = sheet.getRange(columnRef(i));
    column.format.columnWidth = widthPoints(c.width);
    if (c.hidden) column.columnHidden = true;
  });
}

/**
 * Explicit heights are set. Estimated ones are guesses for programs that cannot fit rows, so
 * Excel fits those rows itself, except where the text sits in a merged cell: Excel's autofit
 * ignores merged cells, so those rows keep the estimate.
 */
export function queueRowHeights(sheet: Excel.Worksheet, spec: SheetSpec): void {
  const mergedStarts = new Set<number>();
  for (const ref of spec.merges) {
    const r = parseRange(ref);
    if (r && r.right > r.left) mergedStarts.add(r.top);
  }
  const byHeight = new Map<number, number[]>();
  const fit: number[] = [];
  for (const h of spec.rowHeights ?? []) {
    if (h.estimated && !mergedStarts.has(h.row)) {
      fit.push(h.row);
      continue;
    }
    const list = byHeight.get(h.height) ?? [];
    list.push(h.row);
    byHeight.set(h.height, list);
  }
  for (const [height, rows] of byHeight) {
    for (const address of joinRanges(rowRanges(rows))) sheet.getRanges(address).format.rowHeight = height;
  }
  for (const address of joinRanges(rowRanges(fit))) sheet.getRanges(address).format.autofitRows();
}

/** "A1:K700" for a block's rows across the written columns. */
export function blockAddress(block: RowBlock, cols: number): string {
  return `A${block.top + 1}:${columnLetters(cols - 1)}${block.bottom + 1}`;
}
