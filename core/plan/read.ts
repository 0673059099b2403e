// readPlan: a generated plan sheet (Grid) -> its PlanDocument and where each value sits. The
// hidden ID column names every row, so reading never depends on wording, and columns are found
// by their headers, so a column a user inserted moves nothing.

import { findAction, LAMPIRAN_I, parentId, type AreaCode, type Catalog } from "../catalog/index.js";
import { DEFAULT_TIME_ZONE } from "../dates/zone.js";
import { cellRef } from "../sheet/a1.js";
import { cellAt, gridRowCount } from "../sheet/grid.js";
import type { CellValue, Grid } from "../sheet/types.js";
import { cellText, isBlank, yearInCell } from "../sheet/values.js";
import { isPlanHeaderRow, mapHeaderRow } from "./headers.js";
import { ACTION_ID_RE, ROW_KEY, type ColumnRole } from "./layout.js";
import { blankActionValues, emptyTeam, VALUE_ROLES, type PlanDocument, type Predicate } from "./model.js";

/** The columns of a hand-typed table, shared by its rows. */
export interface RowTable {
  cellOf(row: number, role: ColumnRole): string | undefined;
}

export interface PlanRow {
  /** 0-based row in the grid. */
  row: number;
  /** Catalog actions the row holds: one in a generated sheet, possibly several in a typed one. */
  actionIds: readonly string[];
  indicatorId: string | null;
  areaCode: AreaCode | null;
  /** The rencana aksi text as written. */
  text: string;
  /**
   * The table the row sits in, which names each column's A1 cell in it, the top-left cell of a
   * merge where the row's cell is merged (hand-typed plans, whose tables may differ); absent in
   * generated sheets, whose cells follow from `columns`.
   */
  table?: RowTable;
  /** Rencana aksi typed in the row that match no catalog action (hand-typed plans). */
  extraActions?: string[];
}

export interface ReadPlan {
  sheet: string;
  layout: "generated" | "typed";
  document: PlanDocument;
  rows: PlanRow[];
  /** Column of each role found in the table header. */
  columns: Partial<Record<ColumnRole, number>>;
  /** Columns of the table header that are not ours, with their header text. */
  extras: { header: string; col: number }[];
  headerRow: number;
  /** A1 cells of the identity values, where the sheet has them. */
  cells: { agency: string | null; year: string | null; team: string | null };
  teamFound: boolean;
  /** Row of each area's title. */
  areaRows: Partial<Record<AreaCode, number>>;
  /** True when the plan sits on a hidden sheet (set by readWorkbookPlan), so callers can say so. */
  hidden?: boolean;
}

export interface ReadOptions {
  timeZone?: string;
  catalog?: Catalog;
}

function findGeneratedHeader(grid: Grid): { row: number; roles: Partial<Record<ColumnRole, number>>; others: { header: string; col: number }[] } | null {
  const n = gridRowCount(grid);
  for (let r = 0; r < n; r++) {
    const row = grid.values[r];
    if (!isPlanHeaderRow(row)) continue;
    const mapped = mapHeaderRow(row);
    if (mapped.roles.id !== undefined) return { row: r, ...mapped };
  }
  return null;
}

function parsePredicate(v: CellValue): Predicate | null {
  const t = cellText(v).toUpperCase();
  if (/\bWBBM\b/.test(t) && !/\bWBK\b/.test(t)) return "WBBM";
  if (/\bWBK\b/.test(t) && !/\bWBBM\b/.test(t)) return "WBK";
  return null;
}

/** True when the grid is a plan sheet we generated (it has the ID column and its keys). */
export function isGeneratedPlan(grid: Grid): boolean {
  return findGeneratedHeader(grid) !== null;
}

/**
 * Reads a generated plan sheet; null when the grid is not one (no table header with an ID
 * column). Never throws on odd cells: each value is taken as it is and judged by validation.
 */
export function readPlan(grid: Grid, options: ReadOptions = {}): ReadPlan | null {
  const catalog = options.catalog ?? LAMPIRAN_I;
  const timeZone = options.timeZone ?? DEFAULT_TIME_ZONE;
  const header = findGeneratedHeader(grid);
  if (!header) return null;
  const col = header.roles;
  const idCol = col.id as number;
  // Added columns sit between the monitoring columns and ID; anything right of ID is not ours.
  const extras = header.others.filter((o) => o.col < idCol && o.col > (col.notes ?? col.action ?? 0));
  const at = (r: number, role: ColumnRole): CellValue => (col[role] === undefined ? null : cellAt(grid, r, col[role] as number));

  const doc: PlanDocument = {
    agency: "",
    year: null,
    predicate: null,
    dasar: [],
    maksud: null,
    tujuan: [],
    team: emptyTeam(),
    signature: { placeDate: null, title: null, name: null, nip: null },
    actions: {},
    extraColumns: extras.map((e) => e.header),
    timeZone,
  };
  const result: ReadPlan = {
    sheet: grid.name,
    layout: "generated",
    document: doc,
    rows: [],
    columns: col,
    extras,
    headerRow: header.row,
    cells: { agency: null, year: null, team: null },
    teamFound: false,
    areaRows: {},
  };
  const valueCol = col.action ?? 2;
  const textCol = col.indicator ?? 1;

  const n = gridRowCount(grid);
  for (let r = 0; r < n; r++) {
    const key = cellText(cellAt(grid, r, idCol)).toUpperCase();
    if (!key) continue;
    if (ACTION_ID_RE.test(key)) {
      const entry = findAction(catalog, key);
      const values = blankActionValues();
      for (const role of VALUE_ROLES) values[role] = at(r, role);
      for (const e of extras) values.extra[e.header] = cellAt(grid, r, e.col);
      doc.actions[key] = values;
      result.rows.push({
        row: r,
        actionIds: [key],
        indicatorId: parentId(key),
        areaCode: (entry?.area.code ?? key.split(".")[0]) as AreaCode,
        text: cellText(at(r, "action")),
      });
      continue;
    }
    if (key === ROW_KEY.agency) {
      doc.agency = cellText(cellAt(grid, r, valueCol));
      result.cells.agency = cellRef(r, valueCol);
    } else if (key === ROW_KEY.year) {
      doc.year = yearInCell(cellAt(grid, r, valueCol));
      result.cells.year = cellRef(r, valueCol);
    } else if (key === ROW_KEY.predicate) {
      doc.predicate = parsePredicate(cellAt(grid, r, valueCol));
    } else if (key === ROW_KEY.maksud) {
      doc.maksud = cellAt(grid, r, textCol);
    } else if (/^DASAR\.\d+$/.test(key)) {
      doc.dasar.push(cellAt(grid, r, textCol));
    } else if (/^TUJUAN\.\d+$/.test(key)) {
      doc.tujuan.push(cellAt(grid, r, textCol));
    } else if (key.startsWith("AREA:")) {
      result.areaRows[key.slice(5) as AreaCode] = r;
    } else if (key === ROW_KEY.teamHeader) {
      result.teamFound = true;
      result.cells.team = cellRef(r, 0);
    } else if (key === "TIM.KETUA" || /^TIM\.ANGGOTA\.[1-4]$/.test(key)) {
      const i = key === "TIM.KETUA" ? 0 : Number(key.slice(-1));
      doc.team[i] = { ...doc.team[i], name: at(r, "action"), nip: at(r, "target"), position: at(r, "owner") };
    } else if (key === ROW_KEY.sigPlaceDate) {
      doc.signature.placeDate = at(r, "doneOn");
    } else if (key === ROW_KEY.sigTitle) {
      doc.signature.title = at(r, "doneOn");
    } else if (key === ROW_KEY.sigName) {
      doc.signature.name = at(r, "doneOn");
    } else if (key === ROW_KEY.sigNip) {
      doc.signature.nip = at(r, "doneOn");
    }
  }
  // Drop trailing blank paragraphs a user emptied, keep the ones in between.
  while (doc.dasar.length && isBlank(doc.dasar[doc.dasar.length - 1])) doc.dasar.pop();
  while (doc.tujuan.length && isBlank(doc.tujuan[doc.tujuan.length - 1])) doc.tujuan.pop();
  return result;
}
