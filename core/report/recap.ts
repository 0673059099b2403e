// The Inspektorat's recap of a folder of received workbooks: one row per workbook (PD, tahun,
// rencana aksi, dengan target, selesai, terlambat, galat, peringatan, LENGKAP / BELUM LENGKAP),
// and a second sheet listing every finding, each workbook's row linking to its first finding.

import { LAMPIRAN_I, type Catalog } from "../catalog/index.js";
import { formatDateId } from "../dates/format.js";
import { reportText } from "../i18n/reports.js";
import { withEstimatedHeights } from "../sheet/heights.js";
import { freeSheetName } from "../sheet/names.js";
import { SpecBuilder } from "../sheet/spec.js";
import type { SheetSpec, SpecValue } from "../sheet/types.js";
import { link } from "../sheet/values.js";
import { hasError, type WorkbookResult } from "../validate/result.js";
import { compareSeverity } from "../validate/codes.js";
import { findingSubject } from "../validate/subject.js";
import { printSetup, SEVERITY_FILL, STYLE, VERDICT_FILL, writeHeader, writeMeta, writeTitle } from "./common.js";

export interface RecapEntry extends WorkbookResult {
  /** The plan sat on a hidden sheet. */
  hidden?: boolean;
}

type Verdict = keyof typeof VERDICT_FILL;

function verdictOf(e: RecapEntry): Verdict {
  return e.summary === null ? "unreadable" : hasError(e) ? "incomplete" : "complete";
}

const RECAP_COLUMNS = [
  { width: 5 }, { width: 28 }, { width: 30 }, { width: 8 }, { width: 10 }, { width: 10 }, { width: 9 }, { width: 10 }, { width: 8 },
  { width: 11 }, { width: 16 }, { width: 30 }, { width: 12 },
];
// RENCANA AKSI beside REF: the Lampiran's words for the id, so a reader need not look it up.
const FINDING_COLUMNS = [
  { width: 6 }, { width: 24 }, { width: 24 }, { width: 11 }, { width: 21 }, { width: 14 }, { width: 7 }, { width: 9 }, { width: 40 }, { width: 60 },
];
const FINDINGS_HEADER_ROW = 3;

function note(e: RecapEntry): string {
  const r = reportText.recap;
  if (e.summary === null) return e.error ?? "";
  const notes = [e.error ?? "", e.layout === null ? r.noPlanNote : "", e.layout === "typed" ? r.typedNote : "", e.hidden && !e.error ? r.hiddenNote : ""];
  return notes.filter(Boolean).join("; ");
}

/** The findings sheet, and the row of each workbook's first finding on it. */
function findingsSheet(entries: RecapEntry[], asOf: number, sheetName: string, catalog: Catalog): { spec: SheetSpec; firstRow: Map<number, number> } {
  const t = reportText;
  const c = t.recap.findingsColumns;
  const last = FINDING_COLUMNS.length - 1;
  const b = new SpecBuilder(sheetName, "findings", FINDING_COLUMNS);
  writeTitle(b, t.titles[3], `${t.meta.asOf} ${formatDateId(asOf)}`, last);
  writeHeader(b, FINDINGS_HEADER_ROW, [c.no, c.file, c.agency, c.severity, c.code, c.sheet, c.cell, c.ref, c.action, c.message]);
  let r = FINDINGS_HEADER_ROW + 1;
  const firstRow = new Map<number, number>();
  let no = 0;
  entries.forEach((e, i) => {
    const list = [...e.findings].sort(compareSeverity);
    if (list.length) firstRow.set(i, r);
    for (const f of list) {
      no++;
      const subject = findingSubject(f, catalog)?.text || "-";
      b.setRow(r, 0, [no, e.file, e.agency ?? "", t.severity[f.severity], f.code, f.sheet, f.cell, f.ref ?? "-", subject, f.message]);
      r++;
    }
  });
  if (no === 0) {
    b.set(r, 0, t.recap.noFindings).merge(r, 0, r, last);
    r++;
  }
  const body = [FINDINGS_HEADER_ROW + 1, 0, r - 1, last] as [number, number, number, number];
  b.style(body, STYLE.body).style([FINDINGS_HEADER_ROW + 1, 0, r - 1, 0], STYLE.center);
  // Colour by severity with rules, not per-row styles: the sheet may list a province's findings.
  const sev = [FINDINGS_HEADER_ROW + 1, 3, Math.max(r - 1, FINDINGS_HEADER_ROW + 1), 3] as [number, number, number, number];
  const top = `$D${FINDINGS_HEADER_ROW + 2}`;
  for (const s of ["error", "warning", "info"] as const) b.conditional(sev, `=${top}="${t.severity[s]}"`, SEVERITY_FILL[s]);
  b.freeze(FINDINGS_HEADER_ROW + 1);
  printSetup(b, FINDINGS_HEADER_ROW, r - 1, last, "landscape");
  return { spec: withEstimatedHeights(b.build()), firstRow };
}

export interface RecapSheetOptions {
  /** Sheets the target workbook already has: both sheets get free names and the recap's links follow them. */
  existingSheets?: readonly string[];
}

/**
 * The recap sheet and the findings sheet, for a new workbook or beside the sheets of an open one.
 * `catalog`: the one the plans were validated against.
 */
export function buildRecapSheets(
  entries: RecapEntry[], asOf: number, catalog: Catalog = LAMPIRAN_I, options: RecapSheetOptions = {},
): [SheetSpec, SheetSpec] {
  const t = reportText;
  const c = t.recap.columns;
  const last = RECAP_COLUMNS.length - 1;
  const taken = [...(options.existingSheets ?? [])];
  const recapName = freeSheetName(t.sheetNames.recap, taken);
  const findingsName = freeSheetName(t.sheetNames.findings, [...taken, recapName]);
  const findings = findingsSheet(entries, asOf, findingsName, catalog);
  const b = new SpecBuilder(recapName, "recap", RECAP_COLUMNS);
  let r = writeTitle(b, t.titles[2], t.basis, last);
  const verdicts = entries.map(verdictOf);
  const count = (v: Verdict) => verdicts.filter((x) => x === v).length;
  r = writeMeta(b, r, [
    [t.meta.asOf, formatDateId(asOf)],
    [t.meta.files, entries.length],
    [t.verdict.complete, count("complete")],
    [t.verdict.incomplete, count("incomplete")],
    [t.verdict.unreadable, count("unreadable")],
  ], 2, last);
  r++;
  const headerRow = r;
  writeHeader(b, r, [
    c.no, c.file, c.agency, c.year, c.actions, c.withTarget, c.done, c.overdue, c.errors, c.warnings, c.verdict, c.note, c.findings,
  ]);
  r++;
  const first = r;
  const byVerdict: Record<Verdict, number[]> = { complete: [], incomplete: [], unreadable: [] };
  const linkRows: number[] = [];
  entries.forEach((e, i) => {
    const s = e.summary;
    const target = findings.firstRow.get(i);
    const details: SpecValue = target === undefined ? "-" : link(t.recap.seeFindings(e.findings.length), findingsName, `A${target + 1}`);
    b.setRow(r, 0, [
      i + 1, e.file, e.agency ?? "", e.year ?? "", s?.actions ?? "", s?.withTarget ?? "", s?.done ?? "", s?.overdue ?? "", s?.errors ?? "",
      s?.warnings ?? "", t.verdict[verdicts[i]], note(e), details,
    ]);
    byVerdict[verdicts[i]].push(r);
    if (target !== undefined) linkRows.push(r);
    r++;
  });
  const sum = (k: "actions" | "withTarget" | "done" | "overdue" | "errors" | "warnings") =>
    entries.reduce((n, e) => n + (e.summary?.[k] ?? 0), 0);
  b.setRow(r, 0, [null, t.recap.totals, null, null, sum("actions"), sum("withTarget"), sum("done"), sum("overdue"), sum("errors"), sum("warnings")]);
  if (r > first) b.style([first, 0, r - 1, last], STYLE.body).style([first, 3, r - 1, 10], STYLE.center).style([first, 0, r - 1, 0], STYLE.center);
  b.style([r, 0, r, last], STYLE.total).style([r, 4, r, 9], STYLE.center);
  for (const v of Object.keys(byVerdict) as Verdict[]) for (const row of byVerdict[v]) b.style([row, 10], VERDICT_FILL[v]);
  for (const row of linkRows) b.style([row, last], STYLE.link);
  printSetup(b, headerRow, r, last, "landscape");
  return [withEstimatedHeights(b.build()), findings.spec];
}
