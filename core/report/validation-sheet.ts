// The "Hasil Validasi" sheet: who and what was validated, a summary with the verdict, then every
// finding grouped by severity, in sheet order, each linking to the cell it is about.

import { actionEntries, LAMPIRAN_I, type Catalog } from "../catalog/index.js";
import { formatDateId } from "../dates/format.js";
import { reportText } from "../i18n/reports.js";
import type { ReadPlan } from "../plan/read.js";
import { parseCell } from "../sheet/a1.js";
import { withEstimatedHeights } from "../sheet/heights.js";
import { SpecBuilder } from "../sheet/spec.js";
import { link } from "../sheet/values.js";
import type { SheetSpec, SpecValue } from "../sheet/types.js";
import { SEVERITIES, type Finding } from "../validate/codes.js";
import { findingSubject } from "../validate/subject.js";
import type { PlanSummary } from "../validate/validate.js";
import { location, printSetup, SEVERITY_FILL, STYLE, VERDICT_FILL, writeHeader, writeMeta, writeTitle } from "./common.js";

export interface ValidationSheetInput {
  plan: ReadPlan | null;
  findings: readonly Finding[];
  summary: PlanSummary;
  asOf: number;
  catalog?: Catalog;
  /** Locations become links when the sheet goes into the validated workbook itself (the add-ins). */
  links?: boolean;
}

// RENCANA AKSI beside REF: the Lampiran's words for the id, so a reader need not look it up.
const COLUMNS = [{ width: 5 }, { width: 11 }, { width: 22 }, { width: 9 }, { width: 40 }, { width: 20 }, { width: 62 }];
const LAST = COLUMNS.length - 1;
const LOCATION = 5;

/** Document findings first, then top to bottom, left to right. */
function bySheetOrder(a: Finding, b: Finding): number {
  const pa = a.ref === null ? { row: -1, col: -1 } : parseCell(a.cell) ?? { row: 0, col: 0 };
  const pb = b.ref === null ? { row: -1, col: -1 } : parseCell(b.cell) ?? { row: 0, col: 0 };
  return pa.row - pb.row || pa.col - pb.col;
}

function planLabel(plan: ReadPlan | null, links: boolean): SpecValue {
  if (!plan) return "-";
  const hidden = plan.hidden ? ` ${reportText.meta.hiddenSheet}` : "";
  const text = `${plan.sheet}${hidden}`;
  return links ? link(text, plan.sheet, "A1") : text;
}

export function buildValidationSheet(input: ValidationSheetInput): SheetSpec {
  const t = reportText;
  const { plan, summary } = input;
  const links = input.links ?? false;
  const catalog = input.catalog ?? LAMPIRAN_I;
  const catalogActions = actionEntries(catalog).length;
  const b = new SpecBuilder(t.sheetNames.validation, "validation", COLUMNS);
  let r = writeTitle(b, t.titles[0], t.basis, LAST);
  r = writeMeta(b, r, [
    [t.meta.agency, plan?.document.agency || "-"],
    [t.meta.year, plan?.document.year ?? "-"],
    [t.meta.sheet, planLabel(plan, links)],
    [t.meta.layout, plan ? t.layout[plan.layout] : "-"],
    [t.meta.asOf, formatDateId(input.asOf)],
  ], 3, LAST);
  r++;

  b.set(r, 0, t.summary.heading).style([r, 0], STYLE.section);
  r++;
  const infos = input.findings.filter((f) => f.severity === "info").length;
  const complete = summary.errors === 0;
  const summaryRows: [string, SpecValue][] = [
    [t.summary.actionsOf(catalogActions), summary.actions],
    [t.summary.withTarget, summary.withTarget],
    [t.summary.done, summary.done],
    [t.summary.overdue, summary.overdue],
    [t.summary.errors, summary.errors],
    [t.summary.warnings, summary.warnings],
    [t.summary.infos, infos],
    [t.summary.verdict, complete ? t.verdict.complete : t.verdict.incomplete],
  ];
  summaryRows.forEach(([label, value], i) => {
    b.set(r + i, 0, label).merge(r + i, 0, r + i, 3).style([r + i, 0, r + i, 3], STYLE.body);
    b.set(r + i, 4, value).style([r + i, 4], { ...STYLE.body, hAlign: "center" });
  });
  b.style([r + summaryRows.length - 1, 4], complete ? VERDICT_FILL.complete : VERDICT_FILL.incomplete);
  r += summaryRows.length + 1;

  const cols = t.validation.columns;
  const headerRow = r;
  writeHeader(b, r, [cols.no, cols.severity, cols.code, cols.ref, cols.action, cols.location, cols.message]);
  r++;
  if (!input.findings.length) {
    b.set(r, 0, t.validation.none).merge(r, 0, r, LAST).style([r, 0, r, LAST], STYLE.body);
    r++;
  }
  let no = 0;
  for (const severity of SEVERITIES) {
    const group = input.findings.filter((f) => f.severity === severity).sort(bySheetOrder);
    if (!group.length) continue;
    b.set(r, 0, t.severityHeading[severity](group.length)).merge(r, 0, r, LAST).style([r, 0, r, LAST], STYLE.group);
    r++;
    const first = r;
    for (const f of group) {
      no++;
      const subject = findingSubject(f, catalog)?.text || "-";
      b.setRow(r, 0, [no, t.severity[severity], f.code, f.ref ?? "-", subject, location(f.sheet, f.cell, links), f.message]);
      r++;
    }
    b.style([first, 0, r - 1, LAST], STYLE.body);
    b.style([first, 1, r - 1, 1], { ...SEVERITY_FILL[severity], hAlign: "center" });
    b.style([first, 0, r - 1, 0], STYLE.center);
    if (links) b.style([first, LOCATION, r - 1, LOCATION], STYLE.link);
  }
  printSetup(b, headerRow, r - 1, LAST, "landscape");
  return withEstimatedHeights(b.build());
}
