// Findings as a reviewer reads them: a summary first (how many per severity and per area), then
// one group per finding code, errors before warnings before info, each naming its rencana aksi
// with a link to the cell. "Target waktu belum diisi — 68 rencana aksi" opens to the 68 actions
// instead of repeating the same sentence 68 times. Shared by the task pane, the sidebar and the
// offline review page: each host only draws it.

import { findArea, LAMPIRAN_I, type AreaCode, type Catalog } from "../catalog/index.js";
import { findingReviewText } from "../i18n/findings.js";
import { reportText } from "../i18n/reports.js";
import { FINDING_CODES, SEVERITIES, type Finding, type FindingCode, type Severity } from "./codes.js";
import { findingSubject, subjectLabel, type FindingSubject } from "./subject.js";

export interface ReviewEntry {
  /** The rencana aksi (indicator, area) it is about, shortened for a narrow list; "" for the plan as a whole. */
  subject: string;
  /** The same, whole: for a tooltip or a wide page. */
  subjectFull: string;
  ref: string | null;
  /** This finding's own message when the group's differ; null when the group's message says it all. */
  message: string | null;
  sheet: string;
  cell: string;
}

export interface ReviewGroup {
  code: FindingCode;
  severity: Severity;
  /** "Target waktu belum diisi — 68 rencana aksi" */
  line: string;
  count: number;
  /** The message every finding of the group shares, or null when they differ (each entry then has its own). */
  message: string | null;
  entries: ReviewEntry[];
}

export type SeverityCounts = Record<Severity, number>;

export interface ReviewArea {
  /** The area's code; null for findings about the plan as a whole. */
  code: AreaCode | null;
  label: string;
  counts: SeverityCounts;
}

export interface FindingsSummary {
  total: number;
  counts: SeverityCounts;
  /** Areas with findings, the plan as a whole first, then in the Lampiran's order. */
  areas: ReviewArea[];
}

export interface FindingsReview {
  summary: FindingsSummary;
  groups: ReviewGroup[];
}

export interface ReviewOptions {
  catalog?: Catalog;
  /** Longest subject in a list entry (the id stays whole); 72 fits two lines of a 300 px pane. */
  subjectChars?: number;
}

/** A subject in a pane's or sidebar's list: two lines of a 300 px pane. */
export const LIST_SUBJECT_CHARS = 72;

function zero(): SeverityCounts {
  return { error: 0, warning: 0, info: 0 };
}

function countKind(subjects: readonly (FindingSubject | null)[]): "action" | "indicator" | "area" | "mixed" {
  const kinds = new Set(subjects.map((s) => s?.kind ?? "mixed"));
  return kinds.size === 1 ? [...kinds][0] : "mixed";
}

/** Counts per severity and per area (catalog order, the plan as a whole first). */
export function summarizeFindings(findings: readonly Finding[], catalog: Catalog = LAMPIRAN_I): FindingsSummary {
  const counts = zero();
  const byArea = new Map<string | null, SeverityCounts>();
  for (const f of findings) {
    counts[f.severity]++;
    const area = f.ref === null ? null : f.ref.split(".")[0];
    const c = byArea.get(area) ?? zero();
    c[f.severity]++;
    byArea.set(area, c);
  }
  const order = (code: string | null) => (code === null ? -1 : (() => {
    const i = catalog.areas.findIndex((a) => a.code === code);
    return i < 0 ? catalog.areas.length : i;
  })());
  const areas = [...byArea].sort((a, b) => order(a[0]) - order(b[0])).map(([code, c]): ReviewArea => {
    const area = code === null ? undefined : findArea(catalog, code);
    const label = code === null ? findingReviewText.wholePlan : area ? reportText.area(area.no, area.label, area.kind) : code;
    return { code: code as AreaCode | null, label, counts: c };
  });
  return { total: findings.length, counts, areas };
}

/** One group per code, errors before warnings before info; entries keep the findings' order. */
export function groupFindings(findings: readonly Finding[], options: ReviewOptions = {}): ReviewGroup[] {
  const catalog = options.catalog ?? LAMPIRAN_I;
  const chars = options.subjectChars ?? LIST_SUBJECT_CHARS;
  const byCode = new Map<FindingCode, Finding[]>();
  for (const f of findings) {
    const list = byCode.get(f.code);
    if (list) list.push(f);
    else byCode.set(f.code, [f]);
  }
  const rank = (code: FindingCode, severity: Severity) => SEVERITIES.indexOf(severity) * FINDING_CODES.length + FINDING_CODES.indexOf(code);
  return [...byCode]
    .sort((a, b) => rank(a[0], a[1][0].severity) - rank(b[0], b[1][0].severity))
    .map(([code, list]) => {
      const subjects = list.map((f) => findingSubject(f, catalog));
      const shared = list.every((f) => f.message === list[0].message) ? list[0].message : null;
      const count = findingReviewText.count(list.length, countKind(subjects));
      return {
        code,
        severity: list[0].severity,
        line: findingReviewText.line(findingReviewText.title[code], count),
        count: list.length,
        message: shared,
        entries: list.map((f, i) => ({
          subject: subjectLabel(subjects[i], chars),
          subjectFull: subjectLabel(subjects[i]),
          ref: f.ref,
          message: shared === null ? f.message : null,
          sheet: f.sheet,
          cell: f.cell,
        })),
      };
    });
}

/** The summary and the groups: what a host draws for a list of findings. */
export function reviewFindings(findings: readonly Finding[], options: ReviewOptions = {}): FindingsReview {
  return { summary: summarizeFindings(findings, options.catalog), groups: groupFindings(findings, options) };
}
