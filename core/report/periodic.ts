// The periodic report of Pasal 4 ("Laporan Berkala"): as of a day, the PD's progress per area
// (actions, done, in progress, overdue, missing, percent done), then the overdue rencana aksi and
// those missing from the plan or without a usable target, each pointing at its cell.

import { formatDateId } from "../dates/format.js";
import { ymdFromSerial } from "../dates/serial.js";
import { serialFromInstant } from "../dates/zone.js";
import { reportText } from "../i18n/reports.js";
import { withEstimatedHeights } from "../sheet/heights.js";
import { SpecBuilder } from "../sheet/spec.js";
import type { CellValue, SheetSpec, SpecValue } from "../sheet/types.js";
import { columnLetters } from "../sheet/a1.js";
import { cellText, formula } from "../sheet/values.js";
import type { ActionLine, PlanProgress } from "../validate/progress.js";
import { location, printSetup, STYLE, writeHeader, writeMeta, writeTitle } from "./common.js";

export interface PeriodicReportInput {
  progress: PlanProgress;
  /** Ketua of the Tim Pembangunan ZI, who signs the report. */
  signer?: CellValue;
  /** Locations become links when the report goes into the plan's own workbook (the add-ins). */
  links?: boolean;
  hidden?: boolean;
}

const COLUMNS = [
  { width: 5 }, { width: 9 }, { width: 24 }, { width: 40 }, { width: 15 }, { width: 13 }, { width: 13 }, { width: 17 }, { width: 17 },
  { width: 18 },
];
const LAST = COLUMNS.length - 1;
/** The progress table: AREA over two columns, then the bar, the counts, and % SELESAI in LAST. */
const BAR_COL = 3;
/** Blocks in a full bar: one per 5%. */
const BAR_STEPS = 20;
const BAR_STYLE = { fontColor: "#548235", hAlign: "left" } as const;

/**
 * A bar of the share in the same row's % SELESAI cell, as text every spreadsheet shows without
 * the add-in: a full block per 5% done, a light one per 5% to go.
 */
function progressBar(row: number): SpecValue {
  const steps = `ROUND(${columnLetters(LAST)}${row + 1}*${BAR_STEPS},0)`;
  return formula(`=IFERROR(REPT("\u2588",${steps})&REPT("\u2591",${BAR_STEPS}-${steps}),"")`);
}

/** A cell as typed; a target date (a Date, or a serial number) as an Indonesian date. */
function shown(v: CellValue, timeZone: string, isTarget = false): SpecValue {
  if (v === null) return "";
  if (v instanceof Date) return formatDateId(serialFromInstant(v, timeZone) ?? NaN);
  if (isTarget && typeof v === "number" && ymdFromSerial(v) && v > 3_000) return formatDateId(v);
  return typeof v === "string" ? v : cellText(v);
}

function writeProgress(b: SpecBuilder, top: number, p: PlanProgress): { header: number; next: number } {
  const t = reportText.report;
  const c = t.columns;
  b.set(top, 0, t.progressHeading).style([top, 0], STYLE.section);
  const header = top + 1;
  writeHeader(b, header, [c.no, c.area, "", c.bar, c.actions, c.done, c.inProgress, c.overdue, c.missing, c.percent]);
  b.merge(header, 1, header, BAR_COL - 1);
  let r = header + 1;
  const first = r;
  p.areas.forEach((a, i) => {
    const area = reportText.area(a.area.no, a.area.label, a.area.kind);
    b.setRow(r, 0, [i + 1, area, null, progressBar(r), a.actions, a.done, a.inProgress, a.overdue, a.missing, a.share]);
    b.merge(r, 1, r, BAR_COL - 1);
    r++;
  });
  b.setRow(r, 0, [null, t.total, null, progressBar(r), p.total.actions, p.total.done, p.total.inProgress, p.total.overdue, p.total.missing, p.total.share]);
  b.merge(r, 1, r, BAR_COL - 1);
  b.style([first, 0, r - 1, LAST], STYLE.body).style([r, 0, r, LAST], STYLE.total);
  b.style([first, 4, r, LAST], STYLE.center).style([first, 0, r - 1, 0], STYLE.center);
  b.style([first, BAR_COL, r, BAR_COL], BAR_STYLE);
  b.numberFormat([first, LAST, r, LAST], "0%");
  return { header, next: r + 2 };
}

function writeList(b: SpecBuilder, top: number, heading: string, none: string, lines: ActionLine[], p: PlanProgress, links: boolean): number {
  const t = reportText.report;
  const c = t.listColumns;
  b.set(top, 0, heading).style([top, 0], STYLE.section);
  let r = top + 1;
  writeHeader(b, r, [c.no, c.id, c.indicator, c.action, c.target, c.due, c.status, c.owner, c.reason, c.location]);
  r++;
  if (!lines.length) {
    b.set(r, 0, none).merge(r, 0, r, LAST).style([r, 0, r, LAST], STYLE.body);
    return r + 2;
  }
  let area = "";
  let no = 0;
  const body: [number, number][] = [];
  for (const l of lines) {
    if (l.area.code !== area) {
      area = l.area.code;
      b.set(r, 0, reportText.area(l.area.no, l.area.label, l.area.kind)).merge(r, 0, r, LAST).style([r, 0, r, LAST], STYLE.group);
      r++;
    }
    no++;
    const late = l.reason === "overdue" && l.due !== null ? `${t.reason.overdue} ${p.asOf - l.due} hari` : t.reason[l.reason];
    b.setRow(r, 0, [
      no, l.id, l.indicatorText, l.actionText, shown(l.target, p.timeZone, true), l.due === null ? "" : formatDateId(l.due),
      shown(l.status, p.timeZone), shown(l.owner, p.timeZone), late,
      location(p.sheet, l.cell, links),
    ]);
    body.push([r, r]);
    r++;
  }
  for (const [a, z] of mergeRuns(body)) {
    b.style([a, 0, z, LAST], STYLE.body).style([a, 0, z, 1], STYLE.center);
    if (links) b.style([a, LAST, z, LAST], STYLE.link);
  }
  return r + 1;
}

function mergeRuns(runs: [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  for (const [a, z] of runs) {
    const last = out[out.length - 1];
    if (last && last[1] === a - 1) last[1] = z;
    else out.push([a, z]);
  }
  return out;
}

export function buildPeriodicReport(input: PeriodicReportInput): SheetSpec {
  const t = reportText;
  const p = input.progress;
  const links = input.links ?? false;
  const b = new SpecBuilder(t.sheetNames.report, "report", COLUMNS);
  let r = writeTitle(b, t.titles[1], `${t.basis}, Pasal 4`, LAST);
  const sheetLabel = `${p.sheet}${input.hidden ? ` ${t.meta.hiddenSheet}` : ""}`;
  r = writeMeta(b, r, [
    [t.meta.agency, p.agency || "-"],
    [t.meta.year, p.year ?? "-"],
    [t.meta.asOf, formatDateId(p.asOf)],
    [t.meta.sheet, sheetLabel],
  ], 2, LAST);
  r++;
  const progress = writeProgress(b, r, p);
  r = writeList(b, progress.next, t.report.overdueHeading(p.overdue.length), t.report.noneOverdue, p.overdue, p, links);
  r = writeList(b, r, t.report.missingHeading(p.missing.length), t.report.noneMissing, p.missing, p, links);
  const sig = t.report.signature;
  const sigCol = LAST - 2;
  b.set(r, sigCol, sig.place(formatDateId(p.asOf))).merge(r, sigCol, r, LAST);
  b.set(r + 1, sigCol, sig.title).merge(r + 1, sigCol, r + 1, LAST);
  const signer = cellText(input.signer ?? null);
  b.set(r + 5, sigCol, signer || sig.name).merge(r + 5, sigCol, r + 5, LAST);
  b.style([r, sigCol, r + 5, LAST], { hAlign: "center" }).style([r + 5, sigCol, r + 5, LAST], { hAlign: "center", bold: true, underline: true });
  printSetup(b, null, r + 5, LAST, "landscape");
  return withEstimatedHeights(b.build());
}
