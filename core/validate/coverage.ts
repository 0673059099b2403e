// What of the Lampiran a plan lacks: whole areas, indicators, single rencana aksi. A missing
// area is one finding (not one per indicator), a missing indicator one (not one per action).
// Each points at the cell where the missing part belongs.

import type { AreaCode, Catalog, CatalogArea, CatalogIndicator } from "../catalog/index.js";
import type { ColumnRole } from "../plan/layout.js";
import type { PlanRow, ReadPlan } from "../plan/read.js";
import { cellRef } from "../sheet/a1.js";

/** The A1 cell of a row's column: the row's own (typed plans) or the table's (generated plans). */
export function roleCell(plan: ReadPlan, row: PlanRow, role: ColumnRole): string | null {
  if (row.table) return row.table.cellOf(row.row, role) ?? null;
  const col = plan.columns[role];
  return col === undefined ? null : cellRef(row.row, col);
}

export interface Coverage {
  present: Set<string>;
  /** Rows of each indicator present (holding its actions, or naming it with none matched). */
  rowsByIndicator: Map<string, PlanRow[]>;
  areasPresent: Set<AreaCode>;
  /** Rows in sheet order. */
  rows: PlanRow[];
}

export function coverageOf(plan: ReadPlan): Coverage {
  const rows = [...plan.rows].sort((a, b) => a.row - b.row);
  const present = new Set<string>();
  const rowsByIndicator = new Map<string, PlanRow[]>();
  const areasPresent = new Set<AreaCode>(Object.keys(plan.areaRows) as AreaCode[]);
  // Indexed loops: this runs once per plan of a batch, mostly before V8 optimises it, where
  // iterators and spread arrays are each an allocation.
  // A row is listed once under each indicator it touches (its actions' and the one it names).
  const addRow = (ind: string, row: PlanRow) => {
    const list = rowsByIndicator.get(ind);
    if (!list) rowsByIndicator.set(ind, [row]);
    else if (list[list.length - 1] !== row) list.push(row);
  };
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const ids = row.actionIds;
    for (let k = 0; k < ids.length; k++) {
      present.add(ids[k]);
      addRow(ids[k].slice(0, ids[k].lastIndexOf(".")), row);
    }
    if (row.indicatorId) addRow(row.indicatorId, row);
    if (row.areaCode && (ids.length || row.indicatorId)) areasPresent.add(row.areaCode);
  }
  return { present, rowsByIndicator, areasPresent, rows };
}

export interface MissingPart {
  kind: "area" | "indicator" | "action";
  area: CatalogArea;
  indicator?: CatalogIndicator;
  /** Action ids missing (every action of a missing area or indicator). */
  actionIds: string[];
  /** Where it belongs. */
  cell: string;
}

function rowsOfArea(cov: Coverage, area: CatalogArea): PlanRow[] {
  return area.indicators.flatMap((i) => cov.rowsByIndicator.get(i.id) ?? []);
}

function firstRowOfArea(plan: ReadPlan, cov: Coverage, area: CatalogArea): number | null {
  const title = plan.areaRows[area.code];
  if (title !== undefined) return title;
  const rows = rowsOfArea(cov, area);
  return rows.length ? Math.min(...rows.map((r) => r.row)) : null;
}

function lastRowOfArea(plan: ReadPlan, cov: Coverage, area: CatalogArea): number | null {
  const rows = rowsOfArea(cov, area);
  return rows.length ? Math.max(...rows.map((r) => r.row)) : plan.areaRows[area.code] ?? null;
}

function columnOf(plan: ReadPlan, role: ColumnRole): number {
  return plan.columns[role] ?? plan.columns.no ?? 0;
}

/** Where a missing area belongs: before the next area present, else after the last one before it. */
function areaAnchor(plan: ReadPlan, cov: Coverage, catalog: Catalog, index: number): string {
  const areas = catalog.areas;
  for (let j = index + 1; j < areas.length; j++) {
    const r = cov.areasPresent.has(areas[j].code) ? firstRowOfArea(plan, cov, areas[j]) : null;
    if (r !== null) return cellRef(r, columnOf(plan, "no"));
  }
  for (let j = index - 1; j >= 0; j--) {
    const r = cov.areasPresent.has(areas[j].code) ? lastRowOfArea(plan, cov, areas[j]) : null;
    if (r !== null) return cellRef(r, columnOf(plan, "no"));
  }
  return cellRef(plan.headerRow, columnOf(plan, "no"));
}

function indicatorCell(plan: ReadPlan, row: PlanRow): string {
  return roleCell(plan, row, "indicator") ?? roleCell(plan, row, "no") ?? roleCell(plan, row, "action") ?? cellRef(row.row, 0);
}

function indicatorAnchor(plan: ReadPlan, cov: Coverage, area: CatalogArea, index: number): string {
  const inds = area.indicators;
  for (let j = index + 1; j < inds.length; j++) {
    const rows = cov.rowsByIndicator.get(inds[j].id);
    if (rows?.length) return indicatorCell(plan, rows[0]);
  }
  for (let j = index - 1; j >= 0; j--) {
    const rows = cov.rowsByIndicator.get(inds[j].id);
    if (rows?.length) return indicatorCell(plan, rows[rows.length - 1]);
  }
  const title = plan.areaRows[area.code];
  return cellRef(title ?? plan.headerRow, columnOf(plan, "no"));
}

/** Every missing area, indicator and action of the catalog, in catalog order. */
export function missingParts(plan: ReadPlan, cov: Coverage, catalog: Catalog): MissingPart[] {
  const out: MissingPart[] = [];
  catalog.areas.forEach((area, ai) => {
    if (!cov.areasPresent.has(area.code)) {
      const actionIds = area.indicators.flatMap((i) => i.actions.map((a) => a.id));
      out.push({ kind: "area", area, actionIds, cell: areaAnchor(plan, cov, catalog, ai) });
      return;
    }
    area.indicators.forEach((indicator, ii) => {
      const rows = cov.rowsByIndicator.get(indicator.id);
      if (!rows?.length) {
        out.push({ kind: "indicator", area, indicator, actionIds: indicator.actions.map((a) => a.id), cell: indicatorAnchor(plan, cov, area, ii) });
        return;
      }
      const missing = indicator.actions.filter((a) => !cov.present.has(a.id)).map((a) => a.id);
      if (missing.length) {
        const cell = roleCell(plan, rows[0], "action") ?? indicatorCell(plan, rows[0]);
        out.push({ kind: "action", area, indicator, actionIds: missing, cell });
      }
    });
  });
  return out;
}
