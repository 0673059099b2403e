// applySheetSpec for Google Sheets: writes a core SheetSpec as a new sheet with a number of
// Spreadsheet service calls that does not grow with the spec's rows. Values go in one setValues,
// each format property in one 2-D call, borders and number formats in one RangeList call per
// distinct style, conditional formats in one setConditionalFormatRules.

import {
  borderGroups, formatMatrices, freeSheetName, specExtent, specMatrix, toTypedInput, type FormatProperty, type SheetSpec,
} from "../../core/index.js";
import { applyConditionalFormats, applyLinks, applyValidations } from "./apply-rules.js";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

export interface ApplyOptions {
  /** The spreadsheet's time zone: date validations are days in it. */
  timeZone: string;
  /** Wanted name -> name given, for sheets inserted earlier in the same action (links follow them). */
  renamed?: Map<string, string>;
}

export interface Applied {
  sheet: Sheet;
  name: string;
}

/** Pixels per character of column width (Arial 10) plus the cell padding Sheets adds. */
const PX_PER_CHAR = 7;
const PX_PADDING = 5;
const PX_PER_POINT = 4 / 3;

function ensureSize(sheet: Sheet, rows: number, cols: number): void {
  const maxRows = sheet.getMaxRows();
  if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  const maxCols = sheet.getMaxColumns();
  if (cols > maxCols) sheet.insertColumnsAfter(maxCols, cols - maxCols);
}

function applyFormats(sheet: Sheet, all: Range, spec: SheetSpec, rows: number, cols: number): void {
  for (const group of spec.numberFormats) {
    if (group.ranges.length) sheet.getRangeList(group.ranges).setNumberFormat(group.format);
  }
  const { matrices: m, used } = formatMatrices(spec, rows, cols);
  const setters: Record<FormatProperty, () => void> = {
    fontWeights: () => all.setFontWeights(m.fontWeights),
    fontStyles: () => all.setFontStyles(m.fontStyles),
    fontLines: () => all.setFontLines(m.fontLines),
    fontSizes: () => all.setFontSizes(m.fontSizes),
    fontColors: () => all.setFontColors(m.fontColors),
    backgrounds: () => all.setBackgrounds(m.backgrounds),
    hAligns: () => all.setHorizontalAlignments(m.hAligns),
    vAligns: () => all.setVerticalAlignments(m.vAligns),
    wraps: () => {
      const { WRAP, OVERFLOW } = SpreadsheetApp.WrapStrategy;
      all.setWrapStrategies(m.wraps.map((row) => row.map((w) => (w ? WRAP : OVERFLOW))));
    },
  };
  for (const prop of used) setters[prop]();
  for (const group of borderGroups(spec)) {
    const b = group.borders;
    // null leaves a side as it is, so borders of overlapping groups add up as in the spec.
    const side = (on: boolean | undefined) => (on ? true : null);
    sheet.getRangeList(group.ranges).setBorder(
      side(b.top), side(b.left), side(b.bottom), side(b.right), side(b.insideVertical), side(b.insideHorizontal),
    );
  }
}

/** Consecutive columns with the same width (or hidden flag) as [first, count, value] runs. */
function columnRuns<T>(values: T[]): [number, number, T][] {
  const runs: [number, number, T][] = [];
  values.forEach((v, i) => {
    const last = runs[runs.length - 1];
    if (last && last[2] === v && last[0] + last[1] === i) last[1]++;
    else runs.push([i, 1, v]);
  });
  return runs;
}

function applyLayout(sheet: Sheet, spec: SheetSpec): void {
  for (const [first, count, width] of columnRuns(spec.columns.map((c) => Math.round(c.width * PX_PER_CHAR + PX_PADDING)))) {
    sheet.setColumnWidths(first + 1, count, width);
  }
  for (const [first, count, hidden] of columnRuns(spec.columns.map((c) => !!c.hidden))) {
    if (hidden) sheet.hideColumns(first + 1, count);
  }
  // Estimated heights are for writers whose readers cannot fit rows; Sheets fits wrapped text itself.
  for (const h of spec.rowHeights ?? []) {
    if (!h.estimated) sheet.setRowHeight(h.row + 1, Math.round(h.height * PX_PER_POINT));
  }
  if (spec.frozenRows > 0) sheet.setFrozenRows(spec.frozenRows);
  if (spec.tabColor) sheet.setTabColor(spec.tabColor);
}

function applyNames(ss: Spreadsheet, sheet: Sheet, spec: SheetSpec): void {
  for (const n of spec.namedRanges) {
    // Names are workbook-wide: a second sheet of the same kind keeps the first one's names.
    if (ss.getRangeByName(n.name)) continue;
    ss.setNamedRange(n.name, sheet.getRange(n.range));
  }
}

/**
 * Adds the spec as a new sheet at the end, under a free name (never replacing a sheet), and
 * returns it. Every string is written as typed text with a leading apostrophe, so "=HYPERLINK(...)"
 * typed by a user stays text; only the spec's FormulaValues become formulas. Print settings are
 * not available to Apps Script and are left to File > Print.
 */
export function applySheetSpec(ss: Spreadsheet, spec: SheetSpec, options: ApplyOptions): Applied {
  const existing = ss.getSheets().map((s) => s.getName());
  const name = freeSheetName(spec.name, existing);
  const sheet = ss.insertSheet(name, existing.length);
  const { rows, cols } = specExtent(spec);
  if (rows > 0 && cols > 0) {
    ensureSize(sheet, rows, cols);
    const all = sheet.getRange(1, 1, rows, cols);
    all.setValues(specMatrix(spec, rows, cols).map((row) => row.map(toTypedInput)));
    applyFormats(sheet, all, spec, rows, cols);
    for (const range of spec.merges.length ? sheet.getRangeList(spec.merges).getRanges() : []) range.merge();
    applyConditionalFormats(sheet, spec);
    applyValidations(all, spec, rows, cols, options.timeZone);
    applyLinks(ss, sheet, spec, { ...options, self: { wanted: spec.name, name } });
  }
  applyLayout(sheet, spec);
  applyNames(ss, sheet, spec);
  return { sheet, name };
}
