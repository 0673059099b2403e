// applySheetSpec for exceljs: writes a core SheetSpec into a workbook as a new sheet.

import type ExcelJS from "exceljs";
import {
  columnLetters, freeSheetName, isFormula, isLink, parseRange, quoteSheetName, type Borders, type CellStyle, type SheetSpec,
} from "../../core/index.js";
import { ymdFromSerial } from "../../core/dates/serial.js";

type Style = Partial<ExcelJS.Style>;

function argb(hex: string): string {
  return `FF${hex.replace("#", "").toUpperCase()}`;
}

interface CellLook {
  style: CellStyle;
  borders: Required<Pick<Borders, "top" | "bottom" | "left" | "right">>;
}

function plainLook(): CellLook {
  return { style: {}, borders: { top: false, bottom: false, left: false, right: false } };
}

/** Resolves the style groups into one look per cell, later groups winning, borders added up. */
function cellLooks(spec: SheetSpec): Map<string, CellLook> {
  const looks = new Map<string, CellLook>();
  for (const group of spec.styles) {
    const { borders, ...plain } = group.style;
    for (const ref of group.ranges) {
      const r = parseRange(ref);
      if (!r) continue;
      for (let row = r.top; row <= r.bottom; row++) {
        for (let col = r.left; col <= r.right; col++) {
          const key = `${row},${col}`;
          let look = looks.get(key);
          if (!look) {
            look = plainLook();
            looks.set(key, look);
          }
          Object.assign(look.style, plain);
          if (borders) {
            const b = look.borders;
            b.top ||= row === r.top ? !!borders.top : !!borders.insideHorizontal;
            b.bottom ||= row === r.bottom ? !!borders.bottom : !!borders.insideHorizontal;
            b.left ||= col === r.left ? !!borders.left : !!borders.insideVertical;
            b.right ||= col === r.right ? !!borders.right : !!borders.insideVertical;
          }
        }
      }
    }
  }
  return looks;
}

function toExcelStyle(look: CellLook): Style {
  const s = look.style;
  const out: Style = {};
  const font: Partial<ExcelJS.Font> = {};
  if (s.bold) font.bold = true;
  if (s.italic) font.italic = true;
  if (s.underline) font.underline = true;
  if (s.fontSize) font.size = s.fontSize;
  if (s.fontColor) font.color = { argb: argb(s.fontColor) };
  out.font = { name: "Arial", size: 10, ...font };
  if (s.fill) out.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(s.fill) } };
  if (s.hAlign || s.vAlign || s.wrap) {
    out.alignment = {
      horizontal: s.hAlign,
      vertical: s.vAlign,
      wrapText: s.wrap || undefined,
    };
  }
  const b = look.borders;
  if (b.top || b.bottom || b.left || b.right) {
    const thin = { style: "thin" as const, color: { argb: "FF000000" } };
    out.border = {
      top: b.top ? thin : undefined,
      bottom: b.bottom ? thin : undefined,
      left: b.left ? thin : undefined,
      right: b.right ? thin : undefined,
    };
  }
  return out;
}

function utcDate(serial: number): Date {
  const ymd = ymdFromSerial(serial);
  return ymd ? new Date(Date.UTC(ymd.y, ymd.m - 1, ymd.d)) : new Date(NaN);
}

function validationOf(rule: SheetSpec["validations"][number]): ExcelJS.DataValidation {
  const common = {
    allowBlank: true,
    showErrorMessage: true,
    showInputMessage: false,
    errorStyle: rule.allowInvalid ? "warning" : "stop",
    errorTitle: "Zona Integritas",
    error: rule.message,
  } as const;
  switch (rule.rule.kind) {
    case "list":
      return { ...common, type: "list", formulae: [`"${rule.rule.values.join(",")}"`] };
    case "date":
      return { ...common, type: "date", operator: "between", formulae: [utcDate(rule.rule.min), utcDate(rule.rule.max)] };
    case "number":
      return {
        ...common,
        type: rule.rule.integer ? "whole" : "decimal",
        operator: "between",
        formulae: [rule.rule.min, rule.rule.max],
      };
  }
}

function absoluteRows(range: string): string {
  return range.split(":").map((corner) => corner.replace(/^([A-Z]+)(\d+)$/, "$1$$$2")).join(":");
}

/**
 * Adds the spec as a new worksheet (a free name if the wanted one is taken) and returns it.
 * Values are written as they are: a string is a string cell even when it starts with "=".
 */
export function applySheetSpec(workbook: ExcelJS.Workbook, spec: SheetSpec): ExcelJS.Worksheet {
  const name = freeSheetName(spec.name, workbook.worksheets.map((w) => w.name));
  const ws = workbook.addWorksheet(name, {
    views: spec.frozenRows ? [{ state: "frozen", ySplit: spec.frozenRows, xSplit: 0 }] : [{}],
    properties: spec.tabColor ? { tabColor: { argb: argb(spec.tabColor) } } : undefined,
  });
  spec.columns.forEach((c, i) => {
    const col = ws.getColumn(i + 1);
    col.width = c.width;
    if (c.hidden) col.hidden = true;
  });

  spec.cells.forEach((row, r) => {
    if (!row.length) return;
    const xrow = ws.getRow(r + 1);
    row.forEach((v, c) => {
      if (v === null || v === undefined) return;
      const cell = xrow.getCell(c + 1);
      if (isFormula(v)) cell.value = { formula: v.formula.replace(/^=/, "") } as ExcelJS.CellFormulaValue;
      else if (isLink(v)) cell.value = { text: v.text, hyperlink: `#${quoteSheetName(v.link.sheet)}!${v.link.cell}` };
      else if (typeof v === "number" && !Number.isFinite(v)) cell.value = null;
      else cell.value = v;
    });
  });

  const looks = cellLooks(spec);
  spec.cells.forEach((row, r) => row.forEach((v, c) => {
    if (v !== null && v !== undefined && !looks.has(`${r},${c}`)) looks.set(`${r},${c}`, plainLook());
  }));
  for (const [key, look] of looks) {
    const [r, c] = key.split(",").map(Number);
    ws.getCell(r + 1, c + 1).style = toExcelStyle(look);
  }
  for (const group of spec.numberFormats) {
    for (const ref of group.ranges) {
      const r = parseRange(ref);
      if (!r) continue;
      for (let row = r.top; row <= r.bottom; row++) {
        for (let col = r.left; col <= r.right; col++) ws.getCell(row + 1, col + 1).numFmt = group.format;
      }
    }
  }
  for (const ref of spec.merges) ws.mergeCells(ref);
  for (const h of spec.rowHeights ?? []) ws.getRow(h.row + 1).height = h.height;
  for (const group of spec.validations) {
    const dv = validationOf(group);
    for (const ref of group.ranges) ws.dataValidations.add(ref, dv);
  }
  spec.conditionalFormats.forEach((cf, i) => {
    const style: Partial<ExcelJS.Style> = {};
    if (cf.style.fill) style.fill = { type: "pattern", pattern: "solid", bgColor: { argb: argb(cf.style.fill) } };
    if (cf.style.fontColor || cf.style.bold) {
      style.font = { color: cf.style.fontColor ? { argb: argb(cf.style.fontColor) } : undefined, bold: cf.style.bold };
    }
    ws.addConditionalFormatting({
      ref: cf.range,
      rules: [{ type: "expression", priority: i + 1, formulae: [cf.formula.replace(/^=/, "")], style }],
    });
  });
  if (spec.print) {
    const p = spec.print;
    ws.pageSetup = {
      ...ws.pageSetup,
      paperSize: 9, // A4
      orientation: p.orientation,
      fitToPage: p.fitToWidth,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      // exceljs prefixes each corner with "$"; giving "A$2" yields "$A$2", the absolute form
      // LibreOffice and Excel both honour (a bare "$A2" is ignored by LibreOffice).
      printArea: p.area ? absoluteRows(p.area) : undefined,
      printTitlesRow: p.repeatRows ? `${p.repeatRows.first + 1}:${p.repeatRows.last + 1}` : undefined,
    };
  }
  const taken = new Set(workbook.definedNames.model.map((d: { name: string }) => d.name.toUpperCase()));
  for (const n of spec.namedRanges) {
    // Names are workbook-wide: a second sheet of the same kind keeps the first one's names.
    if (taken.has(n.name.toUpperCase())) continue;
    const r = parseRange(n.range);
    if (!r) continue;
    const corner = (row: number, col: number) => `$${columnLetters(col)}$${row + 1}`;
    workbook.definedNames.add(`'${name}'!${corner(r.top, r.left)}:${corner(r.bottom, r.right)}`, n.name);
    taken.add(n.name.toUpperCase());
  }
  return ws;
}
