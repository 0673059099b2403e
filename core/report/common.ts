// Styles and blocks the validation, report and recap sheets share: a title over the page width,
// label/value rows, table headers, and the print setup (A4, one page wide, header repeated).

import { cellRef } from "../sheet/a1.js";
import type { SpecBuilder } from "../sheet/spec.js";
import type { CellStyle, SpecValue } from "../sheet/types.js";
import { link } from "../sheet/values.js";

const BORDER_ALL = { top: true, bottom: true, left: true, right: true, insideHorizontal: true, insideVertical: true };

export const STYLE = {
  title: { bold: true, fontSize: 13, hAlign: "center", vAlign: "middle", wrap: true },
  subtitle: { italic: true, hAlign: "center" },
  label: { bold: true, vAlign: "top" },
  value: { vAlign: "top", wrap: true, hAlign: "left" },
  section: { bold: true, fontSize: 11 },
  header: { bold: true, fill: "#D9E2F3", hAlign: "center", vAlign: "middle", wrap: true, borders: BORDER_ALL },
  body: { wrap: true, vAlign: "top", borders: BORDER_ALL },
  center: { hAlign: "center" },
  right: { hAlign: "right" },
  group: { bold: true, fill: "#F2F2F2", borders: BORDER_ALL },
  total: { bold: true, fill: "#F2F2F2", borders: BORDER_ALL },
  link: { fontColor: "#0563C1", underline: true },
  note: { italic: true, fontColor: "#595959" },
} satisfies Record<string, CellStyle>;

export const SEVERITY_FILL = {
  error: { fill: "#F8CBAD", fontColor: "#9C0006" },
  warning: { fill: "#FFEB9C", fontColor: "#9C5700" },
  info: { fill: "#DDEBF7", fontColor: "#1F4E79" },
} as const;

export const VERDICT_FILL = {
  complete: { fill: "#C6EFCE", fontColor: "#006100", bold: true },
  incomplete: { fill: "#F8CBAD", fontColor: "#9C0006", bold: true },
  unreadable: { fill: "#D9D9D9", fontColor: "#404040", bold: true },
} as const;

/** Title and subtitle across columns 0..last; returns the next free row. */
export function writeTitle(b: SpecBuilder, title: string, subtitle: string, last: number): number {
  b.set(0, 0, title).merge(0, 0, 0, last).style([0, 0, 0, last], STYLE.title).height(0, 34);
  b.set(1, 0, subtitle).merge(1, 0, 1, last).style([1, 0, 1, last], STYLE.subtitle);
  return 3;
}

/** "Label | value" rows, the value merged over the rest of the width. */
export function writeMeta(b: SpecBuilder, top: number, rows: [string, SpecValue][], labelCols: number, last: number): number {
  rows.forEach(([label, value], i) => {
    const r = top + i;
    b.set(r, 0, label).merge(r, 0, r, labelCols - 1).style([r, 0, r, labelCols - 1], STYLE.label);
    b.set(r, labelCols, value).merge(r, labelCols, r, last).style([r, labelCols, r, last], STYLE.value);
  });
  return top + rows.length;
}

export function writeHeader(b: SpecBuilder, row: number, labels: string[]): void {
  b.setRow(row, 0, labels).style([row, 0, row, labels.length - 1], STYLE.header);
}

/** A cell reference as text, and as a link when the sheet is in the same workbook. */
export function location(sheet: string, cell: string, asLink: boolean): SpecValue {
  const text = `${sheet}!${cell}`;
  return asLink && sheet ? link(text, sheet, cell) : text;
}

export function printSetup(b: SpecBuilder, headerRow: number | null, lastRow: number, lastCol: number, orientation: "landscape" | "portrait"): void {
  b.print({
    orientation,
    paper: "A4",
    fitToWidth: true,
    repeatRows: headerRow === null ? undefined : { first: headerRow, last: headerRow },
    area: `A1:${cellRef(Math.max(lastRow, 0), lastCol)}`,
  });
}
