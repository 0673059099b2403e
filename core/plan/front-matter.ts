// The parts of the plan sheet around the tables: the screen band, the Lampiran's header block and
// title, the identity rows, A. Dasar, B. Maksud dan Tujuan, the Tim Pembangunan ZI (Pasal 5) and
// the signature of the head of the Perangkat Daerah.

import { withAgency } from "../catalog/index.js";
import { planText } from "../i18n/plan.js";
import { columnLetters } from "../sheet/a1.js";
import type { CellStyle, CellValue, SpecValue } from "../sheet/types.js";
import { carry, S, text, type Ctx } from "./build-context.js";
import { COLUMN_ROLES, HEADERS, ROW_KEY } from "./layout.js";

export function writeBand(ctx: Ctx, row: number): void {
  const { b, cols } = ctx;
  for (const role of COLUMN_ROLES) b.set(row, cols.role[role], HEADERS[role]);
  for (const e of cols.extras) b.set(row, e.col, e.header);
  b.set(row, cols.role.id, ROW_KEY.band);
  b.style([row, 0, row, ctx.lastVisible], S.band);
}

export function writeLampiranBlock(ctx: Ctx, top: number): number {
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

export function writeTitle(ctx: Ctx, top: number): number {
  const { b, doc, catalog } = ctx;
  const predicateText = doc.predicate ? `MENUJU ${doc.predicate}` : "MENUJU WBK/WBBM";
  const title = withAgency(catalog.document.planTitle.text, doc.agency || "SKPD").replace("MENUJU WBK/WBBM", predicateText);
  b.set(top, 0, title).merge(top, 0, top, ctx.lastVisible).height(top, 36);
  b.set(top + 1, 0, planText.titleYear(doc.year ?? "")).merge(top + 1, 0, top + 1, ctx.lastVisible);
  b.style([top, 0, top + 1, ctx.lastVisible], S.title);
  return top + 2;
}

export function writeIdentity(ctx: Ctx, top: number): number {
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
  ctx.yearCell = `$${columnLetters(vc)}$${top + 2}`;
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

export function writeDasarMaksudTujuan(ctx: Ctx, top: number): number {
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

export function writeTeam(ctx: Ctx, top: number): number {
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

export function writeSignature(ctx: Ctx, top: number): number {
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
