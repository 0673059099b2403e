// The LKE workbook as the CLI writes it: the LKE sheet first and, when a plan is given, the plan
// sheet after it, so the LKE's links to the plan rows stay inside the workbook.

import type ExcelJS from "exceljs";
import {
  buildEvaluationSheet, buildPlanSheet, CURRENT_MODEL, gridFromSpec, LAMPIRAN_I, readPlan, type Answers, type AssessmentKey, type PlanDocument,
  type ReadPlan,
} from "../../core/index.js";
import { applySheetSpec } from "../xlsx/apply.js";

export interface LkeWorkbookInput {
  agency: string;
  year: number;
  plan?: PlanDocument | null;
  /** Name of the plan sheet to write (the source's own name). */
  planSheet?: string;
  answers?: Partial<Record<AssessmentKey, Answers>>;
  /** The TPI's notes and the evidence by question (carried from a received LKE). */
  notes?: Answers;
  evidence?: Answers;
  timeZone: string;
}

export function addLkeSheets(wb: ExcelJS.Workbook, input: LkeWorkbookInput): { lke: ExcelJS.Worksheet; plan: ReadPlan | null } {
  let plan: ReadPlan | null = null;
  let planWs: ExcelJS.Worksheet | null = null;
  if (input.plan) {
    // Regenerated from the read document (every typed value kept), then read back so the links
    // point at the rows this workbook really has.
    const spec = buildPlanSheet(input.plan, LAMPIRAN_I, input.planSheet);
    planWs = applySheetSpec(wb, spec);
    plan = readPlan(gridFromSpec(spec, planWs.name), { timeZone: input.timeZone });
  }
  const lke = applySheetSpec(wb, buildEvaluationSheet(CURRENT_MODEL, {
    agency: input.agency, year: input.year, plan, answers: input.answers, notes: input.notes, evidence: input.evidence,
  }));
  if (planWs) {
    lke.orderNo = Math.min(planWs.orderNo, lke.orderNo) - 1;
  }
  // The LKE's values are formulas written without results: spreadsheets compute them on opening.
  wb.calcProperties.fullCalcOnLoad = true;
  return { lke, plan };
}
