// applySheetSpec for Google Sheets: writes a core SheetSpec as a new sheet with a number of
// Spreadsheet service calls that does not grow with the spec's rows (each action holds to 60, see
// test/appsscript/budget.test.ts). Values go in one setValues, the font in one setTextStyles, each
// other format property in one 2-D call, every Range the sheet needs comes from one getRangeList,
// merges of equal rows in one mergeAcross, conditional formats in one setConditionalFormatRules.

import {
  borderGroups, formatMatrices, freeSheetName, isTextStyleProperty, mergeRuns, paintRuns, rangeRef, specExtent, specMatrix, textStyleMatrix,
  toTypedInput, type FormatProperty, type SheetSpec, type TextStyleCell,
} from "../../core/index.js";
import { applyConditionalFormats, applyLinks, applyValidations, linkRange } from "./apply-rules.js";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;
type TextStyle = GoogleAppsScript.Spreadsheet.TextStyle;

export interface ApplyOptions {
  /** The spreadsheet's time zone: date validations are days in it. */
  timeZone: string;
  /** Wanted name -> name given, for sheets inserted earlier in the same action (links follow them). */
  renamed?: Map<string, string>;
  /** Names of every sheet of the spreadsheet when the caller knows them (it just read them): not asked again. */
  taken?: readonly string[];
  /** Sheets of the spreadsheet by name when the caller has them: links take their ids without looking them up. */
  handles?: ReadonlyMap<string, Sheet>;
  /** The new sheet's place among the tabs (0 = first); after every sheet when absent. */
  index?: number;
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

/**
 * Every single Range the sheet needs (the whole written area, merges, conditional formats, names,
 * link runs, groups of one range) from one getRangeList: two calls instead of one getRange each.
 */
function rangesOf(sheet: Sheet, refs: readonly string[]): Map<string, Range> {
  const unique = [...new Set(refs)];
  const out = new Map<string, Range>();
  if (!unique.length) return out;
  sheet.getRangeList(unique).getRanges().forEach((range, i) => out.set(unique[i], range));
  return out;
}

/** TextStyles built once per distinct combination: builders are in memory, not service calls. */
function textStyles(matrix: TextStyleCell[][]): TextStyle[][] {
  const built = new Map<string, TextStyle>();
  return matrix.map((row) => row.map((cell) => {
    const key = JSON.stringify(cell);
    let style = built.get(key);
    if (!style) {
      let b = SpreadsheetApp.newTextStyle();
      if (cell.bold !== undefined) b = b.setBold(cell.bold);
      if (cell.italic !== undefined) b = b.setItalic(cell.italic);
      if (cell.underline !== undefined) b = b.setUnderline(cell.underline);
      if (cell.fontSize !== undefined) b = b.setFontSize(cell.fontSize);
      if (cell.color !== undefined) b = b.setForegroundColor(cell.color);
      style = b.build();
      built.set(key, style);
    }
    return style;
  }));
}

function applyFormats(
  sheet: Sheet, all: Range, ranges: Map<string, Range>, spec: SheetSpec, borders: ReturnType<typeof borderGroups>, rows: number, cols: number,
): void {
  // A group of one range is set on that range; a longer one through its own RangeList.
  for (const group of spec.numberFormats) {
    if (group.ranges.length === 1) ranges.get(group.ranges[0])!.setNumberFormat(group.format);
    else if (group.ranges.length) sheet.getRangeList(group.ranges).setNumberFormat(group.format);
  }
  const { matrices: m, used } = formatMatrices(spec, rows, cols);
  const text = textStyleMatrix(m, used);
  if (text) all.setTextStyles(textStyles(text));
  const setters: Partial<Record<FormatProperty, () => void>> = {
    backgrounds: () => all.setBackgrounds(m.backgrounds),
    hAligns: () => all.setHorizontalAlignments(m.hAligns),
    vAligns: () => all.setVerticalAlignments(m.vAligns),
    wraps: () => {
      const { WRAP, OVERFLOW } = SpreadsheetApp.WrapStrategy;
      all.setWrapStrategies(m.wraps.map((row) => row.map((w) => (w ? WRAP : OVERFLOW))));
    },
  };
  for (const prop of used) if (!isTextStyleProperty(prop)) setters[prop]?.();
  for (const group of borders) {
    const b = group.borders;
    // null leaves a side as it is, so borders of overlapping groups add up as in the spec.
    const side = (on: boolean | undefined) => (on ? true : null);
    const target = group.ranges.length === 1 ? ranges.get(group.ranges[0])! : sheet.getRangeList(group.ranges);
    target.setBorder(side(b.top), side(b.left), side(b.bottom), side(b.right), side(b.insideVertical), side(b.insideHorizontal));
  }
}

/** Consecutive columns with the same hidden flag as [first, count, value] runs. */
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
  // Widths painted over each other where that takes fewer calls (18 over five columns, then the three between).
  for (const run of paintRuns(spec.columns.map((c) => Math.round(c.width * PX_PER_CHAR + PX_PADDING)))) {
    sheet.setColumnWidths(run.first + 1, run.count, run.value);
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

/**
 * Names are workbook-wide: a second sheet of the same kind keeps the first one's names. A
 * spreadsheet without any named range (the usual one) says so in one call; only one that has
 * some is asked about each name.
 */
function namesToSet(ss: Spreadsheet, spec: SheetSpec): SheetSpec["namedRanges"] {
  if (!spec.namedRanges.length || !ss.getNamedRanges().length) return spec.namedRanges;
  return spec.namedRanges.filter((n) => !ss.getRangeByName(n.name));
}

/**
 * Adds the spec as a new sheet at the end (or at options.index), under a free name (never replacing a sheet), and
 * returns it. Every string is written as typed text with a leading apostrophe, so "=HYPERLINK(...)"
 * typed by a user stays text; only the spec's FormulaValues become formulas. Print settings are
 * not available to Apps Script and are left to File > Print.
 */
export function applySheetSpec(ss: Spreadsheet, spec: SheetSpec, options: ApplyOptions): Applied {
  const existing = options.taken ?? ss.getSheets().map((s) => s.getName());
  const name = freeSheetName(spec.name, existing);
  const sheet = ss.insertSheet(name, options.index ?? existing.length);
  const { rows, cols } = specExtent(spec);
  const names = namesToSet(ss, spec);
  const runs = mergeRuns(spec.merges);
  const links = { ...options, self: { wanted: spec.name, name, sheet } };
  if (rows > 0 && cols > 0) ensureSize(sheet, rows, cols);
  const allRef = rows > 0 && cols > 0 ? rangeRef(0, 0, rows - 1, cols - 1) : null;
  const borders = borderGroups(spec);
  // What is written inside the sheet's extent needs its ranges only when there is one.
  const written = allRef
    ? [
      allRef, ...runs.map((r) => r.range), ...spec.conditionalFormats.map((cf) => cf.range), ...linkRange(spec),
      ...[...spec.numberFormats, ...borders].filter((g) => g.ranges.length === 1).map((g) => g.ranges[0]),
    ]
    : [];
  const ranges = rangesOf(sheet, [...written, ...names.map((n) => n.range)]);
  if (allRef) {
    const all = ranges.get(allRef)!;
    all.setValues(specMatrix(spec, rows, cols).map((row) => row.map(toTypedInput)));
    applyFormats(sheet, all, ranges, spec, borders, rows, cols);
    for (const run of runs) {
      const range = ranges.get(run.range)!;
      if (run.across) range.mergeAcross();
      else range.merge();
    }
    applyConditionalFormats(sheet, ranges, spec);
    applyValidations(all, spec, rows, cols, options.timeZone);
    applyLinks(ss, ranges, spec, links);
  }
  applyLayout(sheet, spec);
  for (const n of names) ss.setNamedRange(n.name, ranges.get(n.range)!);
  return { sheet, name };
}
