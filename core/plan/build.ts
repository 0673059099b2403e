// buildPlanSheet: a PlanDocument -> the SheetSpec of the Lampiran plan sheet, laid out like the
// printed Lampiran (header block, title, A. Dasar, B. Maksud dan Tujuan, C. the eight tables),
// with the monitoring columns, the team and a signature block added. The tables and their rules
// are here; the parts around them are in front-matter.ts.

import { LAMPIRAN_I, withAgency, type Catalog, type CatalogArea } from "../catalog/index.js";
import { DUE_SOON_DAYS } from "../dates/due.js";
import { endOfYear, startOfYear } from "../dates/serial.js";
import { planText, STATUS_VALUES } from "../i18n/plan.js";
import { cellRef, columnLetters } from "../sheet/a1.js";
import { formula } from "../sheet/values.js";
import { withEstimatedHeights } from "../sheet/heights.js";
import { SpecBuilder } from "../sheet/spec.js";
import type { SheetSpec } from "../sheet/types.js";
import { carry, CF, S, type Ctx } from "./build-context.js";
import { dueDateFormula } from "./due-formula.js";
import {
  writeBand, writeDasarMaksudTujuan, writeIdentity, writeLampiranBlock, writeSignature, writeTeam, writeTitle,
} from "./front-matter.js";
import {
  COLUMN_ROLES, COLUMN_WIDTHS, DATE_FORMAT, DUE_COLUMN_WIDTH, EXTRA_COLUMN_WIDTH, HEADERS, planColumns, ROW_KEY, type PlanColumns,
} from "./layout.js";
import { blankActionValues, type PlanDocument } from "./model.js";

function writeHeader(ctx: Ctx, row: number): void {
  const { b, cols } = ctx;
  for (const role of COLUMN_ROLES) b.set(row, cols.role[role], HEADERS[role]);
  for (const e of cols.extras) b.set(row, e.col, e.header);
  b.set(row, cols.role.id, HEADERS.id).set(row, cols.due, planText.dueColumn);
  b.style([row, 0, row, ctx.lastVisible], S.header);
  if (ctx.firstHeaderRow < 0) ctx.firstHeaderRow = row;
}

function writeArea(ctx: Ctx, area: CatalogArea, top: number): number {
  const { b, cols, doc } = ctx;
  let r = top;
  b.set(r, 0, `${area.no}. ${area.text}`).set(r, cols.role.id, ROW_KEY.area(area.code)).style([r, 0], S.areaTitle);
  r++;
  writeHeader(ctx, r);
  r++;
  for (const indicator of area.indicators) {
    const first = r;
    for (const action of indicator.actions) {
      const values = doc.actions[action.id] ?? blankActionValues();
      const label = indicator.actions.length > 1 ? `${action.no}. ${action.text}` : action.text;
      b.set(r, cols.role.action, label);
      b.set(r, cols.role.target, carry(values.target, doc.timeZone));
      b.set(r, cols.role.owner, carry(values.owner, doc.timeZone));
      b.set(r, cols.role.status, carry(values.status, doc.timeZone));
      b.set(r, cols.role.doneOn, carry(values.doneOn, doc.timeZone));
      b.set(r, cols.role.evidence, carry(values.evidence, doc.timeZone));
      b.set(r, cols.role.notes, carry(values.notes, doc.timeZone));
      for (const e of cols.extras) b.set(r, e.col, carry(values.extra[e.header], doc.timeZone));
      b.set(r, cols.role.id, action.id);
      const target = `$${columnLetters(cols.role.target)}${r + 1}`;
      b.set(r, cols.due, formula(dueDateFormula(target, ctx.yearCell)));
      ctx.actionRows.push(r);
      r++;
    }
    // NO and INDIKATOR read as one cell over the indicator's rows (borders, not merges: a merge
    // per indicator would cost the hosts one call each, and hides rows from sorting and filters).
    b.set(first, cols.role.no, `${indicator.no}.`).set(first, cols.role.indicator, indicator.text);
    b.style([first, cols.role.no, r - 1, cols.role.no], S.groupNo);
    b.style([first, cols.role.indicator, r - 1, cols.role.indicator], S.group);
    b.style([first, cols.role.action, r - 1, ctx.lastVisible], S.body);
  }
  return r + 1;
}

/** Consecutive row numbers as [first, last] runs. */
function runs(rows: number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const r of rows) {
    const last = out[out.length - 1];
    if (last && last[1] === r - 1) last[1] = r;
    else out.push([r, r]);
  }
  return out;
}

function addRules(ctx: Ctx): void {
  const { b, cols, doc } = ctx;
  const rows = ctx.actionRows;
  if (!rows.length) return;
  const first = rows[0];
  const last = rows[rows.length - 1];
  const col = (role: keyof PlanColumns["role"]) => `$${columnLetters(cols.role[role])}${first + 1}`;
  const id = col("id");
  const target = col("target");
  // The due date of any target the formula reads (a date, "Triwulan II", "s.d. Juni"...), or blank.
  const due = `$${columnLetters(cols.due)}${first + 1}`;
  const status = col("status");
  const doneOn = col("doneOn");
  const done = STATUS_VALUES[2];

  // Validations and formats cover the action rows only (one run per table), not the rows between.
  for (const [top, bottom] of runs(rows)) {
    const at = (role: keyof PlanColumns["role"]): [number, number, number, number] => [top, cols.role[role], bottom, cols.role[role]];
    b.validate(at("status"), { kind: "list", values: [...STATUS_VALUES] }, false, planText.help.status);
    if (doc.year) {
      const span = { kind: "date" as const, min: startOfYear(doc.year), max: endOfYear(doc.year) };
      b.validate(at("target"), span, true, planText.help.target(doc.year));
      b.validate(at("doneOn"), span, true, planText.help.doneOn(doc.year));
    }
    b.numberFormat(at("target"), DATE_FORMAT).numberFormat(at("doneOn"), DATE_FORMAT);
    b.numberFormat([top, cols.due, bottom, cols.due], DATE_FORMAT);
    b.style(at("target"), S.center).style(at("doneOn"), S.center).style(at("status"), S.center);
  }
  // Between the first and last action rows only action ids contain a dot (see ROW_KEY.area).
  const isAction = `ISNUMBER(FIND(".",${id}))`;
  const rowRange: [number, number, number, number] = [first, cols.role.action, last, ctx.lastVisible];
  const open = `${status}<>"${done}",${doneOn}=""`;
  b.conditional(rowRange, `=AND(${isAction},ISNUMBER(${due}),${due}<TODAY(),${open})`, CF.overdue);
  b.conditional(rowRange, `=AND(${isAction},ISNUMBER(${due}),${due}>=TODAY(),${due}-TODAY()<=${DUE_SOON_DAYS},${open})`, CF.dueSoon);
  b.conditional(rowRange, `=AND(${isAction},OR(${status}="${done}",ISNUMBER(${doneOn})))`, CF.done);
  b.conditional([first, cols.role.target, last, cols.role.target], `=AND(${isAction},LEN(TRIM(${target}))=0)`, CF.missing);
}

/**
 * The plan sheet for a document. Regenerating is reading the old sheet (readPlan) and building
 * again: every value a user typed is in the document, keyed by action id.
 */
export function buildPlanSheet(doc: PlanDocument, catalog: Catalog = LAMPIRAN_I, sheetName: string = planText.sheetName): SheetSpec {
  const cols = planColumns(doc.extraColumns);
  const widths = [
    ...COLUMN_ROLES.map((r) => ({ width: COLUMN_WIDTHS[r] })),
    ...cols.extras.map(() => ({ width: EXTRA_COLUMN_WIDTH })),
    { width: COLUMN_WIDTHS.id, hidden: true },
    { width: DUE_COLUMN_WIDTH, hidden: true },
  ];
  const b = new SpecBuilder(sheetName, "plan", widths);
  const ctx: Ctx = { b, cols, doc, catalog, lastVisible: cols.role.id - 1, actionRows: [], firstHeaderRow: -1, yearCell: "" };

  writeBand(ctx, 0);
  let r = writeLampiranBlock(ctx, 2);
  r = writeTitle(ctx, r + 1);
  r = writeIdentity(ctx, r + 1);
  r = writeTeam(ctx, r + 1);
  r = writeDasarMaksudTujuan(ctx, r);
  r++;
  b.set(r, 0, catalog.document.enablerTitle).style([r, 0], S.section);
  r++;
  b.set(r, 0, withAgency(catalog.document.enablerIntro.text, doc.agency || "SKPD")).merge(r, 0, r, ctx.lastVisible);
  b.style([r, 0, r, ctx.lastVisible], S.text);
  r += 2;
  for (const area of catalog.areas.filter((a) => a.kind === "enabler")) r = writeArea(ctx, area, r);
  b.set(r, 0, catalog.document.resultTitle).style([r, 0], S.section);
  r += 2;
  for (const area of catalog.areas.filter((a) => a.kind === "result")) r = writeArea(ctx, area, r);
  const last = writeSignature(ctx, r);

  addRules(ctx);
  b.style([0, cols.role.id, last, cols.due], S.id);
  b.freeze(1);
  b.print({
    orientation: "landscape",
    paper: "A4",
    fitToWidth: true,
    repeatRows: ctx.firstHeaderRow >= 0 ? { first: ctx.firstHeaderRow, last: ctx.firstHeaderRow } : undefined,
    area: `A2:${cellRef(last, ctx.lastVisible)}`,
  });
  return withEstimatedHeights(b.build());
}
