// Validating a whole workbook, and its result in the shape `zi validasi --json` prints (issue 4):
// { file, error, agency, year, sheet, layout, summary, findings }.

import type { Catalog } from "../catalog/index.js";
import { filesText } from "../i18n/files.js";
import type { ReadPlan } from "../plan/read.js";
import type { WorkbookGrids } from "../sheet/types.js";
import type { Finding } from "./codes.js";
import { planNotFound, summarize, validatePlan, type PlanSummary } from "./validate.js";
import { readWorkbookPlan } from "./workbook.js";

export interface WorkbookValidation {
  plan: ReadPlan | null;
  findings: Finding[];
  summary: PlanSummary;
}

export interface WorkbookOptions {
  asOf: number;
  timeZone?: string;
  catalog?: Catalog;
}

/** Reads the workbook's plan (generated or typed) and validates it; without a plan, PLAN_NOT_FOUND on its first sheet. */
export function validateWorkbook(workbook: WorkbookGrids, options: WorkbookOptions): WorkbookValidation {
  const timeZone = options.timeZone ?? workbook.timeZone;
  const plan = readWorkbookPlan(workbook, { timeZone, catalog: options.catalog });
  const findings = plan
    ? validatePlan(plan, { asOf: options.asOf, timeZone, catalog: options.catalog })
    : [planNotFound(workbook.sheets.find((s) => !s.hidden)?.name ?? workbook.sheets[0]?.name ?? "")];
  return { plan, findings, summary: summarize(plan, findings) };
}

/** One workbook's entry of the JSON output; keys in the documented order. */
export interface WorkbookResult {
  file: string;
  /** Why the file could not be read (Indonesian), or null. */
  error: string | null;
  agency: string | null;
  year: number | null;
  sheet: string | null;
  layout: "generated" | "typed" | null;
  summary: PlanSummary | null;
  findings: Finding[];
}

export function workbookResult(file: string, v: WorkbookValidation): WorkbookResult {
  const s = v.summary;
  return {
    file,
    // A plan on a hidden sheet is read and judged, but the submission is not acceptable as sent.
    error: v.plan?.hidden ? filesText.hiddenPlan(v.plan.sheet) : null,
    agency: v.plan ? v.plan.document.agency || null : null,
    year: v.plan?.document.year ?? null,
    sheet: v.plan?.sheet ?? null,
    layout: v.plan?.layout ?? null,
    summary: { actions: s.actions, withTarget: s.withTarget, done: s.done, overdue: s.overdue, errors: s.errors, warnings: s.warnings },
    findings: v.findings.map((f) => ({ code: f.code, severity: f.severity, sheet: f.sheet, cell: f.cell, ref: f.ref, message: f.message })),
  };
}

export function unreadableResult(file: string, error: string): WorkbookResult {
  return { file, error, agency: null, year: null, sheet: null, layout: null, summary: null, findings: [] };
}

/** True when the workbook is not acceptable as submitted: unreadable, or with an error finding. */
export function hasError(r: WorkbookResult): boolean {
  return r.error !== null || r.findings.some((f) => f.severity === "error");
}
