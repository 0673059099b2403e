// readTypedPlan: a plan typed by hand after the printed Lampiran -> the same ReadPlan as readPlan
// gives for a generated sheet (layout "typed"). The sheet may carry title rows, blank rows, extra
// columns and merged cells; tables are found by their header labels, areas by their titles,
// indicators and rencana aksi by their text, matched to the catalog.

import { LAMPIRAN_I, parentId, type AreaCode } from "../../catalog/index.js";
import { normalizeText, prepareText, type Prepared } from "../../catalog/match.js";
import { catalogMatcher, matchActions, matchArea, matchIndicator, type CatalogMatcher } from "../../catalog/matcher.js";
import { DEFAULT_TIME_ZONE } from "../../dates/zone.js";
import type { ColumnRole } from "../../plan/layout.js";
import { blankActionValues, VALUE_ROLES, type PlanDocument } from "../../plan/model.js";
import type { PlanRow, ReadOptions, ReadPlan } from "../../plan/read.js";
import { cellAt, MergeIndex } from "../../sheet/grid.js";
import type { Grid } from "../../sheet/types.js";
import { cellText, foldAccents } from "../../sheet/values.js";
import { TableCells } from "./cells.js";
import { isColumnNumberRow, tableHeaderAt, teamHeaderAt, type TableColumns } from "./headers.js";
import { findIdentity } from "./identity.js";
import { splitActionItems } from "./items.js";
import { readTypedTeam } from "./team.js";

const RESULT_HEADING = /^(?:[A-Z0-9]{1,3} )?(?:RENCANA AKSI )?INDIKATOR HASIL$/;
const ENABLER_HEADING = /^(?:[A-Z0-9]{1,3} )?(?:RENCANA AKSI )?KOMPONEN PENGUNGKIT$/;
/** What a NO cell holds: "1", "1.", "(1)", "IV". */
const NO_TEXT = /^\(?(?:\d{1,3}|[IVX]{1,5})\)?\.?$/i;
/** Leading "C.1", "1.", "I.", "A." of an area title. */
const AREA_NUMBER = /^\s*(?:[A-Z]\s*\.\s*)?(?:(?:\d{1,2}|[IVX]{1,4})\s*[.)]\s*|\d{1,2}\s+)?/i;

interface Context {
  grid: Grid;
  m: CatalogMatcher;
  merges: MergeIndex;
  /** The PD's name, normalised, where the Lampiran says "SKPD". */
  agency: string;
  section: "enabler" | "result" | null;
  area: AreaCode | null;
  /** The current table, with the cells its rows share. */
  table: (TableColumns & { cells: TableCells }) | null;
  /** Each distinct list of action ids once: rows that repeat an action share its list. */
  idLists: Map<string, readonly string[]>;
  indicator: { id: string | null; row: number } | null;
  doc: PlanDocument;
  rows: PlanRow[];
  taken: Set<string>;
}

function upperWords(text: string): string {
  return foldAccents(text).toUpperCase().replace(/[^A-Z0-9]+/g, " ").trim();
}

/** The area an area-title row names, or null. Under the result heading a bare "1." or "2." is enough. */
function areaTitle(ctx: Context, text: string): AreaCode | null {
  const t = text.trim();
  if (ctx.section === "result") {
    const bare = /^\(?([12])\)?\s*[.)]?$/.exec(t);
    if (bare) return ctx.m.catalog.areas.find((a) => a.kind === "result" && a.no === Number(bare[1]))?.code ?? null;
  }
  const body = t.replace(AREA_NUMBER, "");
  if (!body || body.length > 120) return null;
  return matchArea(ctx.m, prepareText(body), ctx.section)?.code ?? null;
}

function prep(ctx: Context, text: string): Prepared {
  const p = prepareText(text);
  // The Lampiran's "SKPD" is where a PD types its own name.
  return ctx.agency && p.norm.includes(ctx.agency) ? prepareText(p.norm.split(ctx.agency).join("skpd")) : p;
}

/** Catalog actions named in a rencana aksi cell; unnumbered lines that match nothing alone are tried joined. */
function matchCell(ctx: Context, text: string, scope: { indicator: string | null; area: AreaCode | null }) {
  const { items, marked } = splitActionItems(text);
  const texts = [...items];
  const taken = (id: string) => ctx.taken.has(id);
  const found = matchActions(ctx.m, texts.map((t) => prep(ctx, t)), scope, taken).map((e) => e?.action.id ?? null);
  if (!marked) {
    for (let i = 0; i + 1 < texts.length; i++) {
      if (found[i] || found[i + 1]) continue;
      const joined = `${texts[i]} ${texts[i + 1]}`;
      const hit = matchActions(ctx.m, [prep(ctx, joined)], scope, taken)[0]?.action.id ?? null;
      if (hit && !found.includes(hit)) {
        texts.splice(i, 2, joined);
        found.splice(i, 2, hit);
        i--;
      }
    }
  }
  return { ids: found, texts };
}

/**
 * The row's action ids as a list of exact size, shared with every row naming the same ones: an
 * array grown by push carries room for 16 more, and a plan of 27,000 rows repeating the Lampiran's
 * tables would keep megabytes of them (the rows live until the plan is judged).
 */
function idList(ctx: Context, ids: string[]): readonly string[] {
  if (!ids.length) return NO_IDS;
  const key = ids.join("\n");
  let list = ctx.idLists.get(key);
  if (!list) ctx.idLists.set(key, (list = Object.freeze(ids.slice())));
  return list;
}

const NO_IDS: readonly string[] = Object.freeze([]);

function commonIndicator(ids: string[]): string | null {
  const parents = new Set(ids.map(parentId));
  return parents.size === 1 ? [...parents][0] : null;
}

function dataRow(ctx: Context, r: number): void {
  const { grid, merges, m } = ctx;
  const cols = (ctx.table as TableColumns).roles;
  const continued = (role: ColumnRole) => cols[role] !== undefined && merges.ownerOf(r, cols[role] as number) !== null;
  const own = (role: ColumnRole) => (cols[role] === undefined || continued(role) ? "" : cellText(cellAt(grid, r, cols[role] as number)));
  const noText = own("no");
  const indText = own("indicator");
  const actText = continued("action") ? "" : own("action");

  if (indText && indText.length <= 400) {
    const ind = matchIndicator(m, prep(ctx, indText), ctx.area);
    ctx.indicator = { id: ind?.id ?? null, row: r };
    if (ind) ctx.area = m.indicatorOf.get(ind.id)?.area.code ?? ctx.area;
  } else if (cols.indicator === undefined && NO_TEXT.test(noText)) {
    // Without an INDIKATOR column a number starts the next indicator; with one, a blank
    // INDIKATOR continues the one above even when NO numbers every rencana aksi.
    ctx.indicator = { id: null, row: r };
  }
  if (!actText && ctx.indicator?.row !== r) return;

  const scope = { indicator: ctx.indicator?.id ?? null, area: ctx.area };
  const { ids: found, texts } = actText ? matchCell(ctx, actText, scope) : { ids: [], texts: [] };
  // Plain loops: a row per rencana aksi of every plan in a batch, mostly before V8 optimises this.
  const ids: string[] = [];
  const extras: string[] = [];
  for (let i = 0; i < found.length; i++) {
    const id = found[i];
    if (id === null) extras.push(texts[i]);
    else if (!ids.includes(id)) ids.push(id);
  }
  if (ids.length && ctx.indicator && !ctx.indicator.id) ctx.indicator.id = commonIndicator(ids);
  const indicatorId = ctx.indicator?.id ?? commonIndicator(ids);
  if (ids.length) ctx.area = m.actionOf.get(ids[0])?.area.code ?? ctx.area;
  // Text under no known indicator that matches nothing is not plan content (a note, a signature).
  if (!ids.length && !indicatorId) return;

  for (const id of ids) {
    if (ctx.taken.has(id)) continue;
    ctx.taken.add(id);
    const values = blankActionValues();
    for (let k = 0; k < VALUE_ROLES.length; k++) {
      const role = VALUE_ROLES[k];
      if (cols[role] !== undefined) values[role] = merges.valueAt(grid, r, cols[role] as number);
    }
    const others = ctx.table?.others ?? [];
    for (let k = 0; k < others.length; k++) values.extra[others[k].header] = merges.valueAt(grid, r, others[k].col);
    ctx.doc.actions[id] = values;
  }
  ctx.rows.push({
    row: r,
    actionIds: idList(ctx, ids),
    indicatorId,
    areaCode: (ids.length ? m.actionOf.get(ids[0])?.area.code : indicatorId ? m.indicatorOf.get(indicatorId)?.area.code : ctx.area) ?? ctx.area,
    text: actText,
    table: ctx.table?.cells,
    extraActions: extras.length ? extras.slice() : undefined,
  });
}

function ownTexts(ctx: Context, r: number): string[] {
  const row = ctx.grid.values[r] ?? [];
  const out: string[] = [];
  for (let c = 0; c < row.length; c++) {
    const v = row[c];
    if (v === null || v === undefined || ctx.merges.ownerOf(r, c)) continue;
    const t = cellText(v);
    if (t) out.push(t);
  }
  return out;
}

function firstHeaderRow(grid: Grid): number {
  for (let r = 0; r < grid.values.length; r++) if (tableHeaderAt(grid, r)) return r;
  return -1;
}

/**
 * Reads a hand-typed plan; null when the sheet holds no plan table (no header naming RENCANA AKSI
 * with INDIKATOR or NO, or a table none of whose rows is a Lampiran area, indicator or action).
 */
export function readTypedPlan(grid: Grid, options: ReadOptions = {}): ReadPlan | null {
  const catalog = options.catalog ?? LAMPIRAN_I;
  const timeZone = options.timeZone ?? DEFAULT_TIME_ZONE;
  const h0 = firstHeaderRow(grid);
  if (h0 < 0) return null;
  const identity = findIdentity(grid, h0);
  const doc: PlanDocument = {
    agency: identity.agency, year: identity.year, predicate: identity.predicate, dasar: [], maksud: null, tujuan: [],
    team: [], signature: { placeDate: null, title: null, name: null, nip: null }, actions: {}, extraColumns: [], timeZone,
  };
  const ctx: Context = {
    grid, m: catalogMatcher(catalog), merges: new MergeIndex(grid), agency: normalizeText(identity.agency), section: null, area: null, table: null,
    idLists: new Map(), indicator: null, doc, rows: [], taken: new Set(),
  };
  const areaRows: ReadPlan["areaRows"] = {};
  const tables: TableColumns[] = [];
  let blankRun = 0;
  for (let r = 0; r < grid.values.length; r++) {
    const texts = ownTexts(ctx, r);
    if (!texts.length) {
      if (++blankRun >= 2) ctx.indicator = null;
      continue;
    }
    blankRun = 0;
    const header = texts.length >= 2 ? tableHeaderAt(grid, r) : null;
    if (header) {
      ctx.table = { ...header, cells: new TableCells(header.roles, ctx.merges) };
      ctx.indicator = null;
      tables.push(header);
      r = header.lastRow;
      continue;
    }
    if (texts.length >= 2 && teamHeaderAt(grid.values[r])) {
      ctx.table = null;
      continue;
    }
    // Inside a table a row with rencana aksi text is data, whatever it says.
    const actionCol = ctx.table?.roles.action;
    const actionTyped = actionCol !== undefined && !ctx.merges.ownerOf(r, actionCol) && cellText(cellAt(grid, r, actionCol)) !== "";
    if (texts.length <= 3 && !actionTyped) {
      const joined = texts.join(" ");
      if (joined.length <= 200) {
        const words = upperWords(joined);
        if (RESULT_HEADING.test(words) || ENABLER_HEADING.test(words)) {
          ctx.section = RESULT_HEADING.test(words) ? "result" : "enabler";
          ctx.area = null;
          ctx.indicator = null;
          continue;
        }
        const area = areaTitle(ctx, joined);
        if (area) {
          ctx.area = area;
          areaRows[area] ??= r;
          ctx.indicator = null;
          continue;
        }
      }
    }
    if (!ctx.table || isColumnNumberRow(grid.values[r], ctx.merges, r)) continue;
    dataRow(ctx, r);
  }
  const matched = ctx.rows.length > 0 || Object.keys(areaRows).length > 0;
  if (!tables.length || !matched) return null;

  // A plan copied from a generated sheet keeps its "Perangkat Daerah" rows below the band header.
  const firstData = ctx.rows[0]?.row ?? h0;
  const more = firstData > h0 ? findIdentity(grid, firstData) : identity;
  const agencyFrom = identity.agency || !more.agency ? identity : more;
  const yearFrom = identity.year !== null || more.year === null ? identity : more;
  doc.agency = agencyFrom.agency;
  doc.year = yearFrom.year;
  doc.predicate ??= more.predicate;
  // One byte a row, not a Set of row numbers: on a plan of 27,000 rows the Set was a megabyte.
  const planRows = new Uint8Array(grid.values.length);
  for (const row of ctx.rows) if (row.actionIds.length) planRows[row.row] = 1;
  const team = readTypedTeam(grid, planRows);
  doc.team = team.team;
  const extraHeaders = [...new Set(tables.flatMap((t) => t.others.map((o) => o.header)))];
  doc.extraColumns = extraHeaders;
  const first = tables[0];
  return {
    sheet: grid.name,
    layout: "typed",
    document: doc,
    rows: ctx.rows,
    columns: first.roles,
    extras: first.others,
    headerRow: h0,
    cells: {
      agency: agencyFrom.agencyCell ?? more.agencyCell,
      year: yearFrom.yearCell ?? more.yearCell,
      team: team.cell,
    },
    teamFound: team.found,
    areaRows,
  };
}
