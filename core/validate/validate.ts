// validatePlan: a read plan (generated or hand-typed) -> findings. Never throws: every cell is
// taken as it is and judged. summarize: the counts the CLI, the recap and the reports print.

import { LAMPIRAN_I, type Catalog } from "../catalog/index.js";
import { catalogMatcher } from "../catalog/matcher.js";
import { formatDateId } from "../dates/format.js";
import { endOfYear, startOfYear, ymdFromSerial } from "../dates/serial.js";
import { describeTarget, targetSpan } from "../dates/due.js";
import { resolveTimeZone } from "../dates/zone.js";
import { findingText } from "../i18n/findings.js";
import type { PlanRow, ReadPlan } from "../plan/read.js";
import { cellRef } from "../sheet/a1.js";
import { cellText, isBlank } from "../sheet/values.js";
import { assessAction, readDoneOn, statusKind, type AssessContext } from "./assess.js";
import { finding, type Finding, type FindingCode } from "./codes.js";
import { FindingCollector } from "./collect.js";
import { coverageOf, missingParts, roleCell } from "./coverage.js";

export interface ValidateOptions {
  /** As-of date, a serial day. */
  asOf: number;
  /** The spreadsheet's time zone, for Date cells; the plan's own by default. */
  timeZone?: string;
  catalog?: Catalog;
}

function messageFor(code: FindingCode, ids: string[], details: unknown[]): string {
  const d = details[0] as never;
  const n = ids.length;
  switch (code) {
    case "PLAN_NOT_FOUND":
    case "AGENCY_MISSING":
    case "YEAR_MISSING":
      return findingText[code]();
    case "TEAM_INCOMPLETE": {
      const t = d as { hasKetua: boolean; anggota: number };
      return findingText.TEAM_INCOMPLETE(t.hasKetua, t.anggota);
    }
    case "AREA_MISSING": {
      const t = d as { title: string; actions: number };
      return findingText.AREA_MISSING(t.title, t.actions);
    }
    case "INDICATOR_MISSING": {
      const t = d as { text: string; area: string; actions: number };
      return findingText.INDICATOR_MISSING(t.text, t.area, t.actions);
    }
    case "ACTION_MISSING":
      return findingText.ACTION_MISSING((details as string[][]).flat());
    case "ACTION_EXTRA":
      return findingText.ACTION_EXTRA((details as string[][]).flat());
    case "TARGET_MISSING":
      return findingText.TARGET_MISSING(n);
    case "TARGET_INVALID":
      return findingText.TARGET_INVALID(d as string, n);
    case "TARGET_OUTSIDE_YEAR": {
      const t = d as { target: string; year: number };
      return findingText.TARGET_OUTSIDE_YEAR(t.target, t.year, n);
    }
    case "STATUS_INVALID":
      return d as string;
    case "DONE_DATE_IN_FUTURE": {
      const t = d as { done: number; asOf: number };
      return findingText.DONE_DATE_IN_FUTURE(formatDateId(t.done), formatDateId(t.asOf));
    }
    case "OVERDUE": {
      const t = d as { due: number; asOf: number };
      return findingText.OVERDUE(formatDateId(t.due), formatDateId(t.asOf), n);
    }
    case "DUE_SOON": {
      const t = d as { due: number; asOf: number };
      return findingText.DUE_SOON(formatDateId(t.due), t.due - t.asOf, n);
    }
    case "DONE_WITHOUT_EVIDENCE":
      return findingText.DONE_WITHOUT_EVIDENCE(n);
  }
}

/** The finding for a workbook without a plan, on its first sheet when it has one. */
export function planNotFound(sheet = ""): Finding {
  return finding("PLAN_NOT_FOUND", sheet, "A1", null, findingText.PLAN_NOT_FOUND());
}

function checkDocument(plan: ReadPlan, out: FindingCollector): void {
  const doc = plan.document;
  if (!doc.agency.trim()) out.addDocument("AGENCY_MISSING", plan.cells.agency ?? "A1", null);
  if (doc.year === null) out.addDocument("YEAR_MISSING", plan.cells.year ?? plan.cells.agency ?? "A1", null);
  if (plan.teamFound) {
    const hasKetua = !isBlank(doc.team[0]?.name ?? null);
    const anggota = doc.team.slice(1).filter((m) => !isBlank(m.name)).length;
    if (!hasKetua || anggota < 4) out.addDocument("TEAM_INCOMPLETE", plan.cells.team ?? cellRef(plan.headerRow, 0), { hasKetua, anggota });
  }
}

function checkRows(plan: ReadPlan, rows: PlanRow[], out: FindingCollector, ctx: AssessContext): void {
  const year = plan.document.year;
  const seen = new Set<string>();
  for (const row of rows) {
    const cell = (role: Parameters<typeof roleCell>[2]) => roleCell(plan, row, role);
    const actionCell = cell("action") ?? cellRef(row.row, 0);
    for (const id of row.actionIds) {
      // An action typed twice is judged where it first appears.
      if (seen.has(id)) continue;
      seen.add(id);
      const values = plan.document.actions[id];
      const a = assessAction(values, ctx);
      const targetCell = cell("target") ?? actionCell;
      if (a.target.kind === "empty") out.add("TARGET_MISSING", targetCell, id, null);
      else if (a.target.kind === "invalid") out.add("TARGET_INVALID", targetCell, id, a.target.message);
      else {
        const span = targetSpan(a.target);
        if (year !== null && span && (span.start < startOfYear(year) || span.end > endOfYear(year))) {
          out.add("TARGET_OUTSIDE_YEAR", targetCell, id, { target: cellText(values?.target ?? null) || describeTarget(a.target), year });
        }
        if (a.overdue) out.add("OVERDUE", targetCell, id, { due: a.due, asOf: ctx.asOf });
        else if (a.dueSoon) out.add("DUE_SOON", targetCell, id, { due: a.due, asOf: ctx.asOf });
      }
      const statusCell = cell("status");
      if (a.status === "invalid" && statusCell) {
        out.add("STATUS_INVALID", statusCell, id, findingText.STATUS_INVALID(cellText(values?.status ?? null) || String(values?.status)));
      }
      const doneCell = cell("doneOn");
      if (doneCell && a.doneOn.kind === "invalid") out.add("STATUS_INVALID", doneCell, id, findingText.DONE_ON_INVALID(a.doneOn.text));
      if (doneCell && a.doneOn.kind === "date" && a.doneOn.start > ctx.asOf) {
        out.add("DONE_DATE_IN_FUTURE", doneCell, id, { done: a.doneOn.start, asOf: ctx.asOf });
      }
      const evidenceCell = cell("evidence");
      if (a.done && evidenceCell && !a.hasEvidence) out.add("DONE_WITHOUT_EVIDENCE", evidenceCell, id, null);
    }
    if (row.extraActions?.length) out.add("ACTION_EXTRA", actionCell, row.indicatorId ?? row.areaCode ?? [], row.extraActions);
  }
}

/** Findings of a plan as of a day. A null plan (none found) gives PLAN_NOT_FOUND. */
export function validatePlan(plan: ReadPlan | null, options: ValidateOptions): Finding[] {
  if (!plan) return [planNotFound()];
  const catalog = options.catalog ?? LAMPIRAN_I;
  const m = catalogMatcher(catalog);
  const timeZone = resolveTimeZone(options.timeZone ?? plan.document.timeZone);
  const planYear = plan.document.year ?? ymdFromSerial(options.asOf)?.y ?? new Date().getFullYear();
  const ctx: AssessContext = { planYear, asOf: options.asOf, timeZone };
  const out = new FindingCollector(plan.sheet);
  checkDocument(plan, out);
  const coverage = coverageOf(plan);
  for (const part of missingParts(plan, coverage, catalog)) {
    if (part.kind === "area") {
      out.add("AREA_MISSING", part.cell, part.area.code, { title: `${part.area.no}. ${part.area.text}`, actions: part.actionIds.length });
    } else if (part.kind === "indicator" && part.indicator) {
      out.add("INDICATOR_MISSING", part.cell, part.indicator.id, {
        text: `${part.indicator.no}. ${part.indicator.text}`, area: part.area.label, actions: part.actionIds.length,
      });
    } else {
      const texts = part.actionIds.map((id) => `${id} ${m.actionOf.get(id)?.action.text ?? ""}`.trim());
      out.add("ACTION_MISSING", part.cell, part.actionIds, texts);
    }
  }
  checkRows(plan, coverage.rows, out, ctx);
  return out.findings(messageFor);
}

export interface PlanSummary {
  /** Catalog rencana aksi found in the plan. */
  actions: number;
  /** Of those, with a usable target time. */
  withTarget: number;
  done: number;
  overdue: number;
  errors: number;
  warnings: number;
}

/**
 * Counts for a plan and its findings. Targets and overdue actions are counted through the
 * findings on their target cells, so the counts always agree with what validation reported.
 */
export function summarize(plan: ReadPlan | null, findings: readonly Finding[]): PlanSummary {
  const errors = findings.filter((f) => f.severity === "error").length;
  const warnings = findings.filter((f) => f.severity === "warning").length;
  if (!plan) return { actions: 0, withTarget: 0, done: 0, overdue: 0, errors, warnings };
  const at = (codes: FindingCode[]) => new Set(findings.filter((f) => f.sheet === plan.sheet && codes.includes(f.code)).map((f) => f.cell));
  const noTarget = at(["TARGET_MISSING", "TARGET_INVALID"]);
  const overdueCells = at(["OVERDUE"]);
  const seen = new Set<string>();
  let withTarget = 0;
  let done = 0;
  let overdue = 0;
  for (const row of coverageOf(plan).rows) {
    const targetCell = roleCell(plan, row, "target") ?? roleCell(plan, row, "action") ?? cellRef(row.row, 0);
    for (const id of row.actionIds) {
      if (seen.has(id)) continue;
      seen.add(id);
      const v = plan.document.actions[id];
      const isDone = statusKind(v?.status) === "done" || readDoneOn(v?.doneOn, plan.document.year, plan.document.timeZone).kind === "date";
      if (!noTarget.has(targetCell)) withTarget++;
      if (isDone) done++;
      else if (overdueCells.has(targetCell)) overdue++;
    }
  }
  return { actions: seen.size, withTarget, done, overdue, errors, warnings };
}
