// The Periksa, Laporan Berkala and Validasi buttons, host-free. Each reads the open workbook's
// plan (generated or hand-typed) and lists what it found with links to the cells.

import { areaCodeOf, LAMPIRAN_I, type Catalog } from "../catalog/index.js";
import { formatDateId } from "../dates/format.js";
import { reportText } from "../i18n/reports.js";
import { validateActionsText } from "../i18n/validate-cli.js";
import type { ReadPlan } from "../plan/read.js";
import type { WorkbookGrids } from "../sheet/types.js";
import { buildPeriodicReport } from "../report/periodic.js";
import { buildValidationSheet } from "../report/validation-sheet.js";
import { compareSeverity, type Finding, type FindingCode } from "../validate/codes.js";
import { planProgress } from "../validate/progress.js";
import { planNotFound, summarize, validatePlan } from "../validate/validate.js";
import { mergesMatter, readWorkbookPlan } from "../validate/workbook.js";
import { LIST_SUBJECT_CHARS, reviewFindings } from "../validate/review.js";
import { findingSubject, subjectLabel } from "../validate/subject.js";
import { asOfSerial, type ActionOutcome, type ActionRequest, type HostAction, type ListItem } from "./common.js";

const MISSING_CODES = new Set<FindingCode>(["AREA_MISSING", "INDICATOR_MISSING", "ACTION_MISSING", "TARGET_MISSING", "TARGET_INVALID"]);

interface Judged {
  plan: ReadPlan;
  asOf: number;
  options: { asOf: number; timeZone: string; catalog: Catalog };
  findings: Finding[];
}

/** The open workbook's plan (generated or typed) judged as of the request's day; null without one. */
function judge(request: ActionRequest, catalog: Catalog): Judged | null {
  const plan = readWorkbookPlan(request.workbook, { timeZone: request.timeZone, catalog });
  if (!plan) return null;
  const asOf = asOfSerial(request);
  const options = { asOf, timeZone: request.timeZone, catalog };
  return { plan, asOf, options, findings: validatePlan(plan, options) };
}

function noPlan(request: ActionRequest, catalog: Catalog): ActionOutcome {
  const f = planNotFound(request.workbook.sheets[0]?.name ?? "");
  return {
    insert: [], message: validateActionsText.noPlan, ok: false,
    items: [item(f, validateActionsText.documentGroup, catalog)], review: reviewFindings([f], { catalog }),
  };
}

function item(f: Finding, group: string, catalog: Catalog): ListItem {
  // As short as in the grouped list, for the flat one (an alert).
  const subject = subjectLabel(findingSubject(f, catalog), LIST_SUBJECT_CHARS) || undefined;
  return { group, severity: f.severity, code: f.code, subject, text: f.message, sheet: f.sheet, cell: f.cell };
}

/**
 * What the actions that judge the workbook's plan read: its sheets, which are hidden, and their
 * merges when the plan is typed by hand.
 */
const READS_PLAN = {
  reads: true,
  readsMerges: (workbook: WorkbookGrids, catalog: Catalog = LAMPIRAN_I) => mergesMatter(workbook, { catalog }),
  readsHidden: true,
} as const satisfies Partial<HostAction>;

/** Items grouped by the area their finding is about, in catalog order; plan-wide ones first. */
function byArea(findings: Finding[], catalog: Catalog): ListItem[] {
  const index = new Map(catalog.areas.map((a, i) => [a.code as string, i]));
  const label = new Map(catalog.areas.map((a) => [a.code as string, reportText.area(a.no, a.label, a.kind)]));
  const areaOf = (f: Finding) => (f.ref === null ? null : areaCodeOf(f.ref) as string);
  const rank = (f: Finding) => (areaOf(f) === null ? -1 : index.get(areaOf(f) as string) ?? catalog.areas.length);
  return [...findings]
    .sort((a, b) => rank(a) - rank(b))
    .map((f) => item(f, areaOf(f) === null ? validateActionsText.documentGroup : label.get(areaOf(f) as string) ?? validateActionsText.documentGroup, catalog));
}

function hiddenNote(plan: ReadPlan): string {
  return plan.hidden ? validateActionsText.hiddenPlan(plan.sheet) : "";
}

/** Periksa: the rencana aksi missing (or without a usable target) and the overdue ones, by area. */
export const periksa: HostAction = {
  ...READS_PLAN,
  run(request, catalog = LAMPIRAN_I) {
    const j = judge(request, catalog);
    if (!j) return noPlan(request, catalog);
    const wanted = j.findings.filter((f) => MISSING_CODES.has(f.code) || f.code === "OVERDUE");
    const progress = planProgress(j.plan, j.options);
    return {
      insert: [],
      message: validateActionsText.periksa(formatDateId(j.asOf), progress.missing.length, progress.overdue.length) + hiddenNote(j.plan),
      ok: true,
      items: byArea(wanted, catalog),
      review: reviewFindings(wanted, { catalog }),
    };
  },
};

/** Laporan Berkala: inserts the periodic report of Pasal 4 as of the chosen day. */
export const laporanBerkala: HostAction = {
  ...READS_PLAN,
  run(request, catalog = LAMPIRAN_I) {
    const j = judge(request, catalog);
    if (!j) return noPlan(request, catalog);
    const progress = planProgress(j.plan, j.options);
    const overdue = j.findings.filter((f) => f.code === "OVERDUE");
    const spec = buildPeriodicReport({ progress, signer: j.plan.document.team[0]?.name ?? null, links: true, hidden: j.plan.hidden });
    return {
      insert: [spec],
      message: validateActionsText.laporan(formatDateId(j.asOf), progress.total.done, progress.total.actions) + hiddenNote(j.plan),
      ok: true,
      items: byArea(overdue, catalog),
      review: reviewFindings(overdue, { catalog }),
    };
  },
};

/** Validasi: validates the open workbook, inserts "Hasil Validasi" and lists every finding by severity. */
export const validasi: HostAction = {
  ...READS_PLAN,
  run(request, catalog = LAMPIRAN_I) {
    const j = judge(request, catalog);
    if (!j) return noPlan(request, catalog);
    const summary = summarize(j.plan, j.findings);
    const spec = buildValidationSheet({ plan: j.plan, findings: j.findings, summary, asOf: j.asOf, catalog, links: true });
    const verdict = summary.errors === 0 ? reportText.verdict.complete : reportText.verdict.incomplete;
    return {
      insert: [spec],
      message: validateActionsText.validasi(summary.errors, summary.warnings, verdict) + hiddenNote(j.plan),
      ok: true,
      items: [...j.findings].sort(compareSeverity).map((f) => item(f, reportText.severity[f.severity], catalog)),
      review: reviewFindings(j.findings, { catalog }),
    };
  },
};
