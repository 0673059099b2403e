// The findings format of design.md: every problem validation reports, as data. Codes are stable
// (documented in the README, used by the JSON output and the recap), each with one severity.

export type Severity = "error" | "warning" | "info";

/**
 * Errors: the plan is not acceptable as submitted. Warnings: progress and quality. Info: worth
 * knowing, nothing to fix. Order here is the order reports list codes in.
 */
export const FINDING_SEVERITY = {
  PLAN_NOT_FOUND: "error",
  AGENCY_MISSING: "error",
  YEAR_MISSING: "error",
  AREA_MISSING: "error",
  INDICATOR_MISSING: "error",
  ACTION_MISSING: "error",
  TARGET_MISSING: "error",
  TARGET_INVALID: "error",
  STATUS_INVALID: "error",
  DONE_DATE_IN_FUTURE: "error",
  TEAM_INCOMPLETE: "error",
  OVERDUE: "warning",
  TARGET_OUTSIDE_YEAR: "warning",
  DONE_WITHOUT_EVIDENCE: "warning",
  DUE_SOON: "info",
  ACTION_EXTRA: "info",
} as const satisfies Record<string, Severity>;

export type FindingCode = keyof typeof FINDING_SEVERITY;

export const FINDING_CODES = Object.keys(FINDING_SEVERITY) as FindingCode[];

export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

export interface Finding {
  code: FindingCode;
  severity: Severity;
  /** Sheet the cell is on. */
  sheet: string;
  /** A1 reference of the cell to look at (the top-left cell of a merge). */
  cell: string;
  /**
   * Catalog id the finding is about: an action id when the cell holds one rencana aksi, the
   * indicator id when it holds several, an area code for an area; null for the plan as a whole
   * (PD name, year, team, no plan at all).
   */
  ref: string | null;
  /** Indonesian; says what is wrong and what to do. */
  message: string;
}

export function isFindingCode(code: string): code is FindingCode {
  return Object.prototype.hasOwnProperty.call(FINDING_SEVERITY, code);
}

export function finding(code: FindingCode, sheet: string, cell: string, ref: string | null, message: string): Finding {
  return { code, severity: FINDING_SEVERITY[code], sheet, cell, ref, message };
}

/** Errors first, then warnings, then info; inside a severity the order of FINDING_SEVERITY. */
export function compareSeverity(a: Finding, b: Finding): number {
  return SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) ||
    FINDING_CODES.indexOf(a.code) - FINDING_CODES.indexOf(b.code);
}
