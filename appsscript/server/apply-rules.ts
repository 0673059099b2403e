// The parts of a SheetSpec that Apps Script builds as objects first: conditional formats, data
// validations and cell links. Builders are in-memory objects; what reaches the spreadsheet is one
// call per rule list, one setDataValidations and one setRichTextValues per run of links. The
// Ranges they need come from the caller's one getRangeList (apply.ts).

import {
  formatRange, groupIndexMatrix, instantFromSerial, isLink, linkRuns, parseRange, rangeRef, type LinkRun, type SheetSpec,
  type ValidationGroup,
} from "../../core/index.js";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;
type DataValidation = GoogleAppsScript.Spreadsheet.DataValidation;
type RichTextValue = GoogleAppsScript.Spreadsheet.RichTextValue;

export function applyConditionalFormats(sheet: Sheet, ranges: ReadonlyMap<string, Range>, spec: SheetSpec): void {
  if (!spec.conditionalFormats.length) return;
  const rules = spec.conditionalFormats.map((cf) => {
    let b = SpreadsheetApp.newConditionalFormatRule().whenFormulaSatisfied(cf.formula).setRanges([ranges.get(cf.range)!]);
    if (cf.style.fill) b = b.setBackground(cf.style.fill);
    if (cf.style.fontColor) b = b.setFontColor(cf.style.fontColor);
    if (cf.style.bold) b = b.setBold(true);
    return b.build();
  });
  sheet.setConditionalFormatRules(rules);
}

function validationRule(group: ValidationGroup, timeZone: string): DataValidation | null {
  const b = SpreadsheetApp.newDataValidation().setAllowInvalid(group.allowInvalid).setHelpText(group.message);
  const rule = group.rule;
  switch (rule.kind) {
    case "list":
      return b.requireValueInList(rule.values, true).build();
    case "date": {
      const min = instantFromSerial(rule.min, timeZone);
      const max = instantFromSerial(rule.max, timeZone);
      return min && max ? b.requireDateBetween(min, max).build() : null;
    }
    case "number":
      // Sheets has no whole-number criterion; the range is enforced, integers are not.
      return b.requireNumberBetween(rule.min, rule.max).build();
  }
}

export function applyValidations(all: Range, spec: SheetSpec, rows: number, cols: number, timeZone: string): void {
  if (!spec.validations.length) return;
  const rules = spec.validations.map((g) => validationRule(g, timeZone));
  const index = groupIndexMatrix(spec.validations, rows, cols);
  all.setDataValidations(index.map((row) => row.map((i) => (i === null ? null : rules[i]))));
}

export interface LinkContext {
  renamed?: Map<string, string>;
  /** Sheets by name the caller already holds: their ids cost one call, not two. */
  handles?: ReadonlyMap<string, Sheet>;
  /** This spec's wanted name, the name it was given and the new sheet. */
  self: { wanted: string; name: string; sheet: Sheet };
}

function runRef(run: LinkRun): string {
  return rangeRef(run.top, run.col, run.bottom, run.col);
}

/** The ranges applyLinks writes, for the caller's getRangeList. */
export function linkRange(spec: SheetSpec): string[] {
  return linkRuns(spec).map(runRef);
}

/** Links become rich text pointing at "#gid=<sheet id>&range=<cell>", which Sheets opens in place. */
export function applyLinks(ss: Spreadsheet, ranges: ReadonlyMap<string, Range>, spec: SheetSpec, ctx: LinkContext): void {
  const runs = linkRuns(spec);
  if (!runs.length) return;
  const gids = new Map<string, number | null>();
  const sheetNamed = (name: string): Sheet | null =>
    name === ctx.self.name ? ctx.self.sheet : ctx.handles?.get(name) ?? ss.getSheetByName(name);
  const gidOf = (wanted: string): number | null => {
    const name = ctx.renamed?.get(wanted) ?? (wanted === ctx.self.wanted ? ctx.self.name : wanted);
    if (!gids.has(name)) gids.set(name, sheetNamed(name)?.getSheetId() ?? null);
    return gids.get(name) ?? null;
  };
  for (const run of runs) {
    const values: RichTextValue[][] = [];
    for (let r = run.top; r <= run.bottom; r++) {
      const v = spec.cells[r]?.[run.col] ?? null;
      const builder = SpreadsheetApp.newRichTextValue().setText(isLink(v) ? v.text : typeof v === "string" ? v : "");
      const target = isLink(v) ? parseRange(v.link.cell) : null;
      const gid = isLink(v) && target ? gidOf(v.link.sheet) : null;
      if (target && gid !== null) builder.setLinkUrl(`#gid=${gid}&range=${formatRange(target)}`);
      values.push([builder.build()]);
    }
    ranges.get(runRef(run))!.setRichTextValues(values);
  }
}
