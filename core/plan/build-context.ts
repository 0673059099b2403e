// What every part of the plan sheet shares while it is written: the builder, the column layout,
// the document, the styles, and how a value read from a sheet is written again.

import type { Catalog } from "../catalog/index.js";
import { serialFromInstant } from "../dates/zone.js";
import type { SpecBuilder } from "../sheet/spec.js";
import type { CellStyle, CellValue, SpecValue } from "../sheet/types.js";
import type { PlanColumns } from "./layout.js";
import type { PlanDocument } from "./model.js";

const BORDER_ALL = { top: true, bottom: true, left: true, right: true, insideHorizontal: true, insideVertical: true };
const BORDER_BOX = { top: true, bottom: true, left: true, right: true };

export const S = {
  band: { bold: true, fontColor: "#FFFFFF", fill: "#1F4E79", hAlign: "center", vAlign: "middle", wrap: true, fontSize: 9 },
  lampiran: { fontSize: 10, vAlign: "top", wrap: true },
  title: { bold: true, fontSize: 12, hAlign: "center", vAlign: "middle", wrap: true },
  label: { bold: true },
  identityValue: { bold: true, borders: { bottom: true } },
  section: { bold: true },
  text: { wrap: true, vAlign: "top" },
  listNo: { hAlign: "right", vAlign: "top" },
  areaTitle: { bold: true },
  header: { bold: true, fill: "#D9E2F3", hAlign: "center", vAlign: "middle", wrap: true, borders: BORDER_ALL },
  body: { wrap: true, vAlign: "top", borders: BORDER_ALL },
  group: { wrap: true, vAlign: "top", borders: BORDER_BOX },
  groupNo: { hAlign: "center", vAlign: "top", borders: BORDER_BOX },
  center: { hAlign: "center" },
  id: { fontColor: "#808080", fontSize: 8 },
  teamBody: { wrap: true, vAlign: "top", borders: BORDER_ALL },
  sigTitle: { bold: true, hAlign: "center", wrap: true },
  sigName: { bold: true, underline: true, hAlign: "center" },
  sigText: { hAlign: "center" },
} satisfies Record<string, CellStyle>;

export const CF = {
  overdue: { fill: "#F8CBAD", fontColor: "#9C0006" },
  dueSoon: { fill: "#DDEBF7", fontColor: "#1F4E79" },
  done: { fill: "#C6EFCE", fontColor: "#006100" },
  missing: { fill: "#FFEB9C", fontColor: "#9C5700" },
};

/** A value read from a sheet, ready to be written again: Dates become serial days in the plan's zone. */
export function carry(v: CellValue | undefined, timeZone: string): SpecValue {
  if (v === undefined || v === null) return null;
  if (v instanceof Date) return serialFromInstant(v, timeZone);
  return v;
}

export function text(v: CellValue | undefined, fallback: string): SpecValue {
  return v === null || v === undefined || v === "" ? fallback : (v as SpecValue);
}

export interface Ctx {
  b: SpecBuilder;
  cols: PlanColumns;
  doc: PlanDocument;
  catalog: Catalog;
  /** Last column shown (KETERANGAN or the last added column). */
  lastVisible: number;
  actionRows: number[];
  firstHeaderRow: number;
  /** Absolute A1 reference of the plan year's cell ("$C$9"), which the due-date formulas read. */
  yearCell: string;
}
