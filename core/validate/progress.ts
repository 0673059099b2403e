// The periodic report's facts (Pasal 4): progress per area as of a day, the rencana aksi that are
// overdue, and those missing (not in the plan, or without a usable target).

import { LAMPIRAN_I, type CatalogArea } from "../catalog/index.js";
import { catalogMatcher } from "../catalog/matcher.js";
import { ymdFromSerial } from "../dates/serial.js";
import { resolveTimeZone } from "../dates/zone.js";
import type { ReadPlan } from "../plan/read.js";
import type { CellValue } from "../sheet/types.js";
import { cellRef } from "../sheet/a1.js";
import { assessAction, type AssessContext, type Assessment } from "./assess.js";
import { coverageOf, missingParts, roleCell } from "./coverage.js";
import type { ValidateOptions } from "./validate.js";

export interface AreaProgress {
  area: CatalogArea;
  /** Rencana aksi of the area in the Lampiran. */
  actions: number;
  done: number;
  inProgress: number;
  overdue: number;
  /** Not in the plan, or without a usable target. */
  missing: number;
  /** Done as a share of the Lampiran's actions, 0..1. */
  share: number;
}

export interface ActionLine {
  id: string;
  area: CatalogArea;
  indicatorText: string;
  actionText: string;
  /** Where the rencana aksi (or the place it belongs) is on the plan sheet. */
  cell: string;
  target: CellValue;
  due: number | null;
  status: CellValue;
  owner: CellValue;
  reason: "overdue" | "notInPlan" | "noTarget" | "invalidTarget";
}

export interface PlanProgress {
  asOf: number;
  /** The spreadsheet's zone, in which Date cells are shown. */
  timeZone: string;
  agency: string;
  year: number | null;
  sheet: string;
  areas: AreaProgress[];
  total: Omit<AreaProgress, "area">;
  overdue: ActionLine[];
  missing: ActionLine[];
}

export function planProgress(plan: ReadPlan, options: ValidateOptions): PlanProgress {
  const catalog = options.catalog ?? LAMPIRAN_I;
  const m = catalogMatcher(catalog);
  const ctx: AssessContext = {
    planYear: plan.document.year ?? ymdFromSerial(options.asOf)?.y ?? new Date().getFullYear(),
    asOf: options.asOf,
    timeZone: resolveTimeZone(options.timeZone ?? plan.document.timeZone),
  };
  const cov = coverageOf(plan);
  const assessed = new Map<string, { a: Assessment; cell: string }>();
  for (const row of cov.rows) {
    for (const id of row.actionIds) {
      if (assessed.has(id)) continue;
      assessed.set(id, { a: assessAction(plan.document.actions[id], ctx), cell: roleCell(plan, row, "action") ?? cellRef(row.row, 0) });
    }
  }
  const line = (id: string, cell: string, reason: ActionLine["reason"], a?: Assessment): ActionLine => {
    const e = m.actionOf.get(id);
    const v = plan.document.actions[id];
    return {
      id, area: e!.area, indicatorText: e!.indicator.text, actionText: e!.action.text, cell,
      target: v?.target ?? null, due: a?.due ?? null, status: v?.status ?? null, owner: v?.owner ?? null, reason,
    };
  };
  const overdue: ActionLine[] = [];
  const missing: ActionLine[] = [];
  for (const part of missingParts(plan, cov, catalog)) for (const id of part.actionIds) missing.push(line(id, part.cell, "notInPlan"));
  for (const [id, { a, cell }] of assessed) {
    if (!m.actionOf.has(id)) continue;
    if (a.overdue) overdue.push(line(id, cell, "overdue", a));
    if (a.target.kind === "empty") missing.push(line(id, cell, "noTarget", a));
    if (a.target.kind === "invalid") missing.push(line(id, cell, "invalidTarget", a));
  }
  const order = new Map([...m.actionOf.keys()].map((id, i) => [id, i]));
  const byCatalog = (x: ActionLine, y: ActionLine) => (order.get(x.id) ?? 0) - (order.get(y.id) ?? 0);
  overdue.sort(byCatalog);
  missing.sort(byCatalog);

  const areas = catalog.areas.map((area): AreaProgress => {
    const ids = area.indicators.flatMap((i) => i.actions.map((a) => a.id));
    const states = ids.map((id) => assessed.get(id)?.a).filter((a): a is Assessment => a !== undefined);
    const done = states.filter((a) => a.done).length;
    return {
      area,
      actions: ids.length,
      done,
      inProgress: states.filter((a) => a.inProgress).length,
      overdue: states.filter((a) => a.overdue).length,
      missing: missing.filter((l) => l.area.code === area.code).length,
      share: ids.length ? done / ids.length : 0,
    };
  });
  const sum = (k: "actions" | "done" | "inProgress" | "overdue" | "missing") => areas.reduce((n, a) => n + a[k], 0);
  const total = { actions: sum("actions"), done: sum("done"), inProgress: sum("inProgress"), overdue: sum("overdue"), missing: sum("missing"), share: 0 };
  total.share = total.actions ? total.done / total.actions : 0;
  return { asOf: options.asOf, timeZone: ctx.timeZone, agency: plan.document.agency, year: plan.document.year, sheet: plan.sheet, areas, total, overdue, missing };
}
