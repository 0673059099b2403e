// applySheetSpecs: writes core SheetSpecs into the open workbook as new sheets, inside the
// caller's Excel.run. One sync reads the names in use; then each sheet is one write request
// (values as one 2-D array, formats per style group, rules), plus one more per extra block of
// 5,000 rows. A sheet never replaces another: it gets a free name.

import { parseRange } from "../../core/sheet/a1.js";
import { freeSheetName } from "../../core/sheet/names.js";
import { specExtent, specMatrix } from "../../core/sheet/spec.js";
import { toTypedInput } from "../../core/sheet/values.js";
import type { SheetSpec } from "../../core/sheet/types.js";
import { rowBlocks, type RowBlock } from "./blocks.js";
import { blockAddress, queueColumns, queueNumberFormats, queueRowHeights, queueStyles } from "./format.js";
import { queueConditionalFormats, queueLinks, queueNames, queueSheetSetup, queueValidations } from "./rules.js";

export interface ApplyOptions {
  /** Activate the first inserted sheet (the task pane does; tests may not care). */
  activate?: boolean;
}

export interface Inserted {
  /** The name the sheet got (the spec's, or a free variant of it). */
  name: string;
  spec: SheetSpec;
}

function queueBlock(sheet: Excel.Worksheet, spec: SheetSpec, matrix: ReturnType<typeof specMatrix>, cols: number, block: RowBlock): void {
  queueNumberFormats(sheet, spec, block);
  // Values go as far as the spec has cells; rows below only carry formats or merges.
  const valueRows: RowBlock = { top: block.top, bottom: Math.min(block.bottom, spec.cells.length - 1) };
  if (cols > 0 && valueRows.bottom >= valueRows.top) {
    // toTypedInput: every string carries a leading apostrophe, so text that looks like a formula
    // (a PD name "=HYPERLINK(...)") stays the text it is; only FormulaValues become formulas.
    const values = matrix.slice(valueRows.top, valueRows.bottom + 1).map((row) => row.map(toTypedInput));
    sheet.getRange(blockAddress(valueRows, cols)).values = values;
  }
  // Merged after their cells are written (a write into part of a merge fails), so each merge
  // goes with the block holding its last row.
  for (const ref of spec.merges) {
    const r = parseRange(ref);
    if (r && r.bottom >= block.top && r.bottom <= block.bottom) sheet.getRange(ref).merge(false);
  }
  queueLinks(sheet, spec.cells, block);
}

/** Queues everything that is not per row: the sheet's columns, styles and rules. */
function queueSheetParts(context: Excel.RequestContext, sheet: Excel.Worksheet, spec: SheetSpec, rows: number, cols: number, names: Set<string>): void {
  queueColumns(sheet, spec);
  queueStyles(sheet, spec, rows, cols);
  queueValidations(sheet, spec);
  queueConditionalFormats(sheet, spec, spec.cells.length);
  queueSheetSetup(sheet, spec);
  queueNames(context, sheet, spec, names);
}

/** The specs, or what makes them from the names of the sheets already there (to name sheets that link to each other). */
export type SpecsOrBuilder = readonly SheetSpec[] | ((existingSheets: readonly string[]) => readonly SheetSpec[]);

/**
 * Adds each spec as a new sheet and returns the names they got. Syncs: 1 + the number of row
 * blocks of each spec (2 for a sheet up to 5,000 rows of ordinary cells).
 */
export async function applySheetSpecs(context: Excel.RequestContext, specsOrBuilder: SpecsOrBuilder, options: ApplyOptions = {}): Promise<Inserted[]> {
  const sheets = context.workbook.worksheets.load("items/name");
  const workbookNames = context.workbook.names.load("items/name");
  await context.sync();
  const taken = sheets.items.map((s) => s.name);
  const names = new Set(workbookNames.items.map((n) => n.name.toUpperCase()));
  // Built once the names are known, in the same sync: no extra round trip to ask for them.
  const specs = typeof specsOrBuilder === "function" ? specsOrBuilder([...taken]) : specsOrBuilder;

  const inserted: Inserted[] = [];
  for (const spec of specs) {
    const name = freeSheetName(spec.name, taken);
    taken.push(name);
    const { rows, cols } = specExtent(spec);
    const matrix = specMatrix(spec, rows, cols);
    const blocks = rowBlocks(matrix, rows);
    if (!blocks.length) blocks.push({ top: 0, bottom: -1 });

    let sheet: Excel.Worksheet | null = null;
    for (let i = 0; i < blocks.length; i++) {
      context.application.suspendApiCalculationUntilNextSync();
      if (!sheet) {
        sheet = context.workbook.worksheets.add(name);
        queueSheetParts(context, sheet, spec, rows, cols, names);
      }
      if (blocks[i].bottom >= blocks[i].top) queueBlock(sheet, spec, matrix, cols, blocks[i]);
      if (i === blocks.length - 1) {
        // Heights last: autofit measures the text written above.
        queueRowHeights(sheet, spec);
        if (options.activate && inserted.length === 0) sheet.activate();
      }
      await context.sync();
    }
    inserted.push({ name, spec });
  }
  return inserted;
}

/** One spec; see applySheetSpecs. */
export async function applySheetSpec(context: Excel.RequestContext, spec: SheetSpec, options: ApplyOptions = {}): Promise<string> {
  const [inserted] = await applySheetSpecs(context, [spec], options);
  return inserted.name;
}
