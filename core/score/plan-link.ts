// Plan and score together: each Lampiran I indicator names the LKE node it is evaluated under
// (catalog `lke`), so the LKE sheet can show, beside that node, how many of the indicator's
// rencana aksi the plan marks done, with a link to the plan row.

import { indicatorEntries, LAMPIRAN_I, type Catalog } from "../catalog/index.js";
import type { ReadPlan } from "../plan/read.js";
import { cellRef } from "../sheet/a1.js";
import { isActionDone } from "../validate/assess.js";

export interface NodeProgress {
  /** Indicator ids mapped to the node. */
  indicators: string[];
  done: number;
  total: number;
  /** The plan cell of the first rencana aksi, for a link. */
  sheet: string;
  cell: string | null;
}

/** Done counts of the plan's rencana aksi per LKE node code. */
export function planProgressByNode(plan: ReadPlan, catalog: Catalog = LAMPIRAN_I): Map<string, NodeProgress> {
  const rowOf = new Map<string, number>();
  for (const r of plan.rows) for (const id of r.actionIds) if (!rowOf.has(id)) rowOf.set(id, r.row);
  const linkCol = plan.columns.action ?? 2;
  const out = new Map<string, NodeProgress>();
  for (const { indicator } of indicatorEntries(catalog)) {
    if (!indicator.lke) continue;
    const entry = out.get(indicator.lke) ?? { indicators: [], done: 0, total: 0, sheet: plan.sheet, cell: null };
    entry.indicators.push(indicator.id);
    for (const action of indicator.actions) {
      entry.total++;
      if (isActionDone(plan.document.actions[action.id], plan.document.year, plan.document.timeZone)) entry.done++;
      const row = rowOf.get(action.id);
      if (entry.cell === null && row !== undefined) entry.cell = cellRef(row, linkCol);
    }
    out.set(indicator.lke, entry);
  }
  return out;
}
