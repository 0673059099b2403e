// The rules of a SheetSpec in Excel: data validation, conditional formats, print setup, frozen
// rows, named ranges and in-workbook links.

import { isoFromSerial } from "../../core/dates/serial.js";
import { parseRange, rangeRef } from "../../core/sheet/a1.js";
import { isLink } from "../../core/sheet/values.js";
import type { ConditionalFormat, SheetSpec, SpecValue, ValidationGroup } from "../../core/sheet/types.js";
import { uiText } from "../../core/i18n/ui.js";
import { documentReference, joinRanges } from "./address.js";
import type { RowBlock } from "./blocks.js";

/** Excel's limits on a validation alert: longer text is refused with InvalidArgument. */
const ALERT_TITLE_MAX = 32;
const ALERT_MESSAGE_MAX = 225;

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function validationRule(group: ValidationGroup): Excel.DataValidationRule {
  const rule = group.rule;
  switch (rule.kind) {
    case "list":
      return { list: { inCellDropDown: true, source: rule.values.join(",") } };
    case "date":
      return { date: { formula1: isoFromSerial(rule.min), formula2: isoFromSerial(rule.max), operator: "Between" } };
    case "number": {
      const basic = { formula1: rule.min, formula2: rule.max, operator: "Between" as const };
      return rule.integer ? { wholeNumber: basic } : { decimal: basic };
    }
  }
}

export function queueValidations(sheet: Excel.Worksheet, spec: SheetSpec): void {
  for (const group of spec.validations) {
    for (const address of joinRanges(group.ranges)) {
      const dv = sheet.getRanges(address).dataValidation;
      dv.ignoreBlanks = true;
      dv.rule = validationRule(group);
      dv.errorAlert = {
        showAlert: true,
        style: group.allowInvalid ? "Warning" : "Stop",
        title: clip(uiText.appTitle, ALERT_TITLE_MAX),
        message: clip(group.message, ALERT_MESSAGE_MAX),
      };
    }
  }
}

/** Excel does not apply a conditional format whose formula calls a custom function (ZI.*). */
export function callsCustomFunction(formula: string): boolean {
  return /(^|[^A-Za-z0-9_.])ZI\.[A-Za-z_][A-Za-z0-9_.]*\s*\(/i.test(formula);
}

/** The rule's range cut to the rows the sheet uses, or null when nothing of it is used. */
function usedPart(cf: ConditionalFormat, usedRows: number): string | null {
  const r = parseRange(cf.range);
  if (!r || r.top >= usedRows) return null;
  return rangeRef(r.top, r.left, Math.min(r.bottom, usedRows - 1), r.right);
}

/**
 * Custom-formula conditional formats. Excel puts each new one on top, so they are added last
 * first: the spec's first rule ends with the highest priority, as in the .xlsx files.
 */
export function queueConditionalFormats(sheet: Excel.Worksheet, spec: SheetSpec, usedRows: number): void {
  for (const cf of [...spec.conditionalFormats].reverse()) {
    const address = usedPart(cf, usedRows);
    if (!address || callsCustomFunction(cf.formula)) continue;
    const custom = sheet.getRange(address).conditionalFormats.add("Custom").custom;
    custom.rule.formula = cf.formula.startsWith("=") ? cf.formula : `=${cf.formula}`;
    if (cf.style.fill) custom.format.fill.color = cf.style.fill;
    if (cf.style.fontColor) custom.format.font.color = cf.style.fontColor;
    if (cf.style.bold !== undefined) custom.format.font.bold = cf.style.bold;
  }
}

export function queueSheetSetup(sheet: Excel.Worksheet, spec: SheetSpec): void {
  if (spec.frozenRows > 0) sheet.freezePanes.freezeRows(spec.frozenRows);
  if (spec.tabColor) sheet.tabColor = spec.tabColor;
  const p = spec.print;
  if (!p) return;
  const layout = sheet.pageLayout;
  layout.orientation = p.orientation === "landscape" ? "Landscape" : "Portrait";
  layout.paperSize = "A4";
  layout.centerHorizontally = true;
  // Fit the width on one page; 0 pages tall means "as many as needed", as in the .xlsx files.
  if (p.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  if (p.area) layout.setPrintArea(p.area);
  if (p.repeatRows) layout.setPrintTitleRows(`$${p.repeatRows.first + 1}:$${p.repeatRows.last + 1}`);
}

/**
 * Workbook names of the spec that no sheet holds yet. A second sheet of the same kind keeps the
 * first one's names (they are workbook-wide), as the exceljs writer does.
 */
export function queueNames(context: Excel.RequestContext, sheet: Excel.Worksheet, spec: SheetSpec, taken: Set<string>): void {
  for (const n of spec.namedRanges) {
    const key = n.name.toUpperCase();
    if (taken.has(key) || !parseRange(n.range)) continue;
    context.workbook.names.add(n.name, sheet.getRange(n.range));
    taken.add(key);
  }
}

/** Links of the block's cells: the cell already holds the text, the link points at a cell of the workbook. */
export function queueLinks(sheet: Excel.Worksheet, cells: readonly (readonly SpecValue[])[], block: RowBlock): void {
  for (let r = block.top; r <= block.bottom; r++) {
    const row = cells[r];
    if (!row) continue;
    row.forEach((v, c) => {
      if (!isLink(v)) return;
      sheet.getRange(rangeRef(r, c, r, c)).hyperlink = {
        documentReference: documentReference(v.link.sheet, v.link.cell),
        screenTip: uiText.goTo(v.link.sheet, v.link.cell),
      };
    });
  }
}

