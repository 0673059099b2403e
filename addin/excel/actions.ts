// A task pane button, host side: read the workbook when the action needs it, run the core
// action, insert its sheets under free names. Runs inside the caller's Excel.run, so one button
// press is one Excel.run with a fixed number of syncs whatever the size of the plan.

import { HOST_ACTIONS, type ActionName, type ActionOutcome, type PlanForm } from "../../core/actions/index.js";
import type { Catalog } from "../../core/catalog/types.js";
import { applySheetSpecs } from "./apply.js";
import { browserTimeZone, readWorkbook } from "./read.js";

export interface ActionInput {
  form: PlanForm;
  /** YYYY-MM-DD, or undefined for today. */
  asOf?: string;
  timeZone?: string;
}

export interface PaneOutcome extends ActionOutcome {
  /** Names the inserted sheets got, in the order of outcome.insert. */
  inserted: string[];
}

export async function runAction(
  context: Excel.RequestContext, name: ActionName, input: ActionInput, catalog?: Catalog,
): Promise<PaneOutcome> {
  const action = HOST_ACTIONS[name];
  const timeZone = input.timeZone ?? browserTimeZone();
  const workbook = action.reads ? await readWorkbook(context, timeZone) : { sheets: [], timeZone };
  const outcome = action.run({ workbook, form: input.form, asOf: input.asOf || undefined, timeZone }, catalog);
  if (!outcome.ok || !outcome.insert.length) return { ...outcome, inserted: [] };
  const inserted = await applySheetSpecs(context, outcome.insert, { activate: true });
  return { ...outcome, inserted: inserted.map((i) => i.name) };
}

/** Selects a cell a finding points to; false when its sheet is gone (renamed or deleted). */
export async function selectCell(context: Excel.RequestContext, sheet: string, cell: string): Promise<boolean> {
  const ws = context.workbook.worksheets.getItemOrNullObject(sheet);
  await context.sync();
  if (ws.isNullObject) return false;
  ws.activate();
  ws.getRange(cell).select();
  await context.sync();
  return true;
}
