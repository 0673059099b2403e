// buildPlanSheet: a PlanDocument -> the SheetSpec of the Lampiran plan sheet, laid out like the
// printed Lampiran (header block, title, A. Dasar, B. Maksud dan Tujuan, C. the eight tables),
// with the monitoring columns, the team and a signature block added.

import { LAMPIRAN_I, withAgency, type Catalog, type CatalogArea } from "../catalog/index.js";
import { endOfYear, startOfYear } from "../dates/serial.js";
import { serialFromInstant } from "../dates/zone.js";
import { planText, STATUS_VALUES } from "../i18n/plan.js";
import { cellRef, columnLetters } from "../sheet/a1.js";
import { withEstimatedHeights } from "../sheet/heights.js";
import { SpecBuilder } from "../sheet/spec.js";
import type { CellStyle, CellValue, SheetSpec, SpecValue } from "../sheet/types.js";
import {
  COLUMN_ROLES, COLUMN_WIDTHS, DATE_FORMAT, EXTRA_COLUMN_WIDTH, HEADERS, planColumns, ROW_KEY, type PlanColumns,
} from "./layout.js";
import { blankActionValues, type PlanDocument } from "./model.js";

const BORDER_ALL = { top: true, bottom: true, left: true, right: true, insideHorizontal: true, insideVertical: true };
const BORDER_BOX = { top: true, bottom: true, left: true, right: true };

const S = {
  band: { bold: true, fontColor: "#FFFFFF", fill: "#1F4E79", hAlign: "center", vAlign: "middle", wrap: true, fontSize: 9 },
  lampiran: { fontSize: 10, vAlign: "top", wrap: true },
  title: { bold: true, fontSize: 12, hAlign: "center", vAlign: "middle", wrap: true },
  label: { bold: true },
  identityValue: { bold: true, borders: { bottom: true } },
  section: { bold: true },
  text: { wrap: true, vAlign: "top" },
  listNo: { hAlign: "right", vAlign: "top" },
  areaTitle: { bold: true },
  header: { bold: true, fill: "#D9E2F3", hAlign: "center", vAlign: "middle", wrap: true, borders: BORDER_ALL },
  body: { wrap: true, vAlign: "top", borders: BORDER_ALL },
  group: { wrap: true, vAlign: "top", borders: BORDER_BOX },
  groupNo: { hAlign: "center", vAlign: "top", borders: BORDER_BOX },
  center: { hAlign: "center" },
  id: { fontColor: "#808080", fontSize: 8 },
  teamBody: { wrap: true, vAlign: "top", borders: BORDER_ALL },
  sigTitle: { bold: true, hAlign: "center", wrap: true },
  sigName: { bold: true, underline: true, hAlign: "center" },
  sigText: { hAlign: "center" },
} satisfies Record<string, CellStyle>;

const CF = {
  overdue: { fill: "#F8CBAD", fontColor: "#9C0006" },
  done: { fill: "#C6EFCE", fontColor: "#006100" },
  missing: { fill: "#FFEB9C", fontColor: "#9C5700" },
};

/** A value read from a sheet, ready to be written again: Dates become serial days in the plan's zone. */
function carry(v: CellValue | undefined, timeZone: string): SpecValue {
  if (v === undefined || v === null) return null;
  if (v instanceof Date) return serialFromInstant(v, timeZone);
  return v;
}

function text(v: CellValue | undefined, fallback: string): SpecValue {
  return v === null || v === undefined || v === "" ? fallback : (v as SpecValue);
}

interface Ctx {
  b: SpecBuilder;
  cols: PlanColumns;
  doc: PlanDocument;
  catalog: Catalog;
  /** Last column shown (KETERANGAN or the last added column). */
  lastVisible: number;
  actionRows: number[];
  firstHeaderRow: number;
}

function writeBand(ctx: Ctx, row: number): void {
  const { b, cols } = ctx;
  for (const role of COLUMN_ROLES) b.set(row, cols.role[role], HEADERS[role]);
  for (const e of cols.extras) b.set(row, e.col, e.header);
  b.set(row, cols.role.id, ROW_KEY.band);
  b.style([row, 0, row, ctx.lastVisible], S.band);
}

function writeLampiranBlock(ctx: Ctx, top: number): number {
  const { b, catalog } = ctx;
  const reg = catalog.regulation;
  const labelCol = ctx.cols.role.status;
  const valueCol = labelCol + 1;
  const rows: [string, string][] = [
    [planText.lampiran.lampiran, reg.title],
    [planText.lampiran.nomor, reg.number],
    [planText.lampiran.tanggal, reg.date],
    [planText.lampiran.tentang, reg.about],
  ];
  rows.forEach(([label, value], i) => {
    b.set(top + i, labelCol, label).set(top + i, valueCol, `: ${value}`);
    b.merge(top + i, valueCol, top + i, ctx.lastVisible);
    b.style([top + i, labelCol, top + i, ctx.lastVisible], S.lampiran);
  });
  b.height(top + 3, 54);
  return top + rows.length;
}

function writeTitle(ctx: Ctx, top: number): number {
  const { b, doc, catalog } = ctx;
  const predicateText = doc.predicate ? `MENUJU ${doc.predicate}` : "MENUJU WBK/WBBM";
  const title = withAgency(catalog.document.planTitle.text, doc.agency || "SKPD").replace("MENUJU WBK/WBBM", predicateText);
  b.set(top, 0, title).merge(top, 0, top, ctx.lastVisible).height(top, 36);
  b.set(top + 1, 0, planText.titleYear(doc.year ?? "")).merge(top + 1, 0, top + 1, ctx.lastVisible);
  b.style([top, 0, top + 1, ctx.lastVisible], S.title);
  return top + 2;
}

function writeIdentity(ctx: Ctx, top: number): number {
  const { b, cols, doc } = ctx;
  const lc = cols.role.indicator;
  const vc = cols.role.action;
  const rows: [string, SpecValue, string][] = [
    [planText.identity.agency, doc.agency, ROW_KEY.agency],
    [planText.identity.year, doc.year, ROW_KEY.year],
    [planText.identity.predicate, doc.predicate ?? "", ROW_KEY.predicate],
  ];
  rows.forEach(([label, value, key], i) => {
    b.set(top + i, lc, label).set(top + i, vc, value).set(top + i, cols.role.id, key);
    b.style([top + i, lc], S.label).style([top + i, vc], S.identityValue);
  });
  b.validate([top + 1, vc], { kind: "number", min: 2000, max: 2100, integer: true }, false, planText.help.year);
  b.validate([top + 2, vc], { kind: "list", values: ["WBK", "WBBM"] }, false, planText.help.predicate);
  return top + rows.length;
}

/** Numbered paragraphs: number in NO, text across the rest of the page. */
function writeNumbered(ctx: Ctx, top: number, items: CellValue[], mark: (i: number) => string, key: (i: number) => string): number {
  const { b, cols, doc } = ctx;
  items.forEach((item, i) => {
    const r = top + i;
    b.set(r, cols.role.no, mark(i)).set(r, cols.role.indicator, carry(item, doc.timeZone)).set(r, cols.role.id, key(i));
    b.merge(r, cols.role.indicator, r, ctx.lastVisible);
    b.style([r, cols.role.no], S.listNo).style([r, cols.role.indicator, r, ctx.lastVisible], S.text);
  });
  return top + items.length;
}

function writeDasarMaksudTujuan(ctx: Ctx, top: number): number {
  const { b, cols, doc, catalog } = ctx;
  let r = top;
  b.set(r, 0, catalog.document.dasarTitle).style([r, 0], S.section);
  r++;
  b.set(r, cols.role.indicator, withAgency(catalog.document.dasarIntro.text, doc.agency || "SKPD"));
  b.merge(r, cols.role.indicator, r, ctx.lastVisible).style([r, cols.role.indicator, r, ctx.lastVisible], S.text);
  r++;
  r = writeNumbered(ctx, r, doc.dasar, (i) => `${i + 1}.`, ROW_KEY.dasar);
  r++;
  b.set(r, 0, catalog.document.maksudTujuanTitle).style([r, 0], S.section);
  r++;
  b.set(r, cols.role.no, "1.").set(r, cols.role.indicator, planText.maksudLabel).style([r, cols.role.indicator], S.label);
  b.style([r, cols.role.no], S.listNo);
  r++;
  b.set(r, cols.role.indicator, text(doc.maksud, "")).set(r, cols.role.id, ROW_KEY.maksud);
  b.merge(r, cols.role.indicator, r, ctx.lastVisible).style([r, cols.role.indicator, r, ctx.lastVisible], S.text);
  r++;
  b.set(r, cols.role.no, "2.").set(r, cols.role.indicator, planText.tujuanLabel).style([r, cols.role.indicator], S.label);
  b.style([r, cols.role.no], S.listNo);
  r++;
  r = writeNumbered(ctx, r, doc.tujuan, (i) => `${String.fromCharCode(97 + i)}.`, ROW_KEY.tujuan);
  return r;
}

function writeHeader(ctx: Ctx, row: number): void {
  const { b, cols } = ctx;
  for (const role of COLUMN_ROLES) b.set(row, cols.role[role], HEADERS[role]);
  for (const e of cols.extras) b.set(row, e.col, e.header);
  b.set(row, cols.role.id, HEADERS.id);
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

function writeTeam(ctx: Ctx, top: number): number {
  const { b, cols, doc } = ctx;
  let r = top;
  b.set(r, 0, planText.team.title).style([r, 0], S.section);
  r++;
  b.set(r, cols.role.indicator, planText.team.basis).merge(r, cols.role.indicator, r, ctx.lastVisible);
  b.style([r, cols.role.indicator, r, ctx.lastVisible], { ...S.text, italic: true });
  r++;
  const tc = planText.team.columns;
  b.setRow(r, 0, [tc.no, tc.role, tc.name, tc.nip, tc.position]).set(r, cols.role.id, ROW_KEY.teamHeader);
  b.merge(r, cols.role.owner, r, ctx.lastVisible);
  b.style([r, 0, r, ctx.lastVisible], S.header);
  r++;
  const first = r;
  doc.team.forEach((m, i) => {
    b.set(r, cols.role.no, i + 1);
    b.set(r, cols.role.indicator, m.role === "ketua" ? planText.team.ketua : planText.team.anggota);
    b.set(r, cols.role.action, carry(m.name, doc.timeZone));
    b.set(r, cols.role.target, carry(m.nip, doc.timeZone));
    b.set(r, cols.role.owner, carry(m.position, doc.timeZone));
    b.set(r, cols.role.id, ROW_KEY.team(i));
    b.merge(r, cols.role.owner, r, ctx.lastVisible);
    r++;
  });
  b.style([first, 0, r - 1, ctx.lastVisible], S.teamBody);
  b.style([first, cols.role.no, r - 1, cols.role.no], S.center);
  // An 18-digit NIP typed into a number cell loses its last digits.
  b.numberFormat([first, cols.role.target, r - 1, cols.role.target], "@");
  return r + 1;
}

function writeSignature(ctx: Ctx, top: number): number {
  const { b, cols, doc } = ctx;
  const left = cols.role.doneOn;
  const right = ctx.lastVisible;
  const line = (r: number, value: SpecValue, key: string | null, style: CellStyle) => {
    b.set(r, left, value).merge(r, left, r, right).style([r, left, r, right], style);
    if (key) b.set(r, cols.role.id, key);
  };
  line(top, text(doc.signature.placeDate, planText.signature.placeDate(doc.year ?? "")), ROW_KEY.sigPlaceDate, S.sigText);
  line(top + 1, text(doc.signature.title, planText.signature.title(doc.agency || "SKPD")), ROW_KEY.sigTitle, S.sigTitle);
  b.height(top + 1, 30);
  line(top + 5, text(doc.signature.name, planText.signature.namePlaceholder), ROW_KEY.sigName, S.sigName);
  line(top + 6, text(doc.signature.nip, `${planText.signature.nipPrefix} `), ROW_KEY.sigNip, S.sigText);
  return top + 7;
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
    b.style(at("target"), S.center).style(at("doneOn"), S.center).style(at("status"), S.center);
  }
  // Between the first and last action rows only action ids contain a dot (see ROW_KEY.area).
  const isAction = `ISNUMBER(FIND(".",${id}))`;
  const rowRange: [number, number, number, number] = [first, cols.role.action, last, ctx.lastVisible];
  b.conditional(rowRange, `=AND(${isAction},ISNUMBER(${target}),${target}<TODAY(),${status}<>"${done}",${doneOn}="")`, CF.overdue);
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
  ];
  const b = new SpecBuilder(sheetName, "plan", widths);
  const ctx: Ctx = { b, cols, doc, catalog, lastVisible: cols.role.id - 1, actionRows: [], firstHeaderRow: -1 };

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
  b.style([0, cols.role.id, last, cols.role.id], S.id);
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
