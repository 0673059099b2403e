// The Penilaian buttons of the task pane and sidebar: "Sisipkan LKE" inserts the evaluation
// sheet (with the plan's progress when the workbook holds a plan) and "Hitung nilai" scores the
// LKE sheet with the core and says how far each rule is from its minimum.

import { LAMPIRAN_I } from "../catalog/index.js";
import { actionsText } from "../i18n/actions.js";
import { scoreActionsText, scoreText } from "../i18n/score.js";
import { cellRef } from "../sheet/a1.js";
import { isBlankAnswer } from "../score/answers.js";
import { scoreEvaluation, type EvaluationScore } from "../score/engine.js";
import { ASSESSMENTS, type AssessmentKey } from "../score/layout.js";
import type { EvaluationModel } from "../score/model.js";
import { CURRENT_MODEL, findModel } from "../score/models/index.js";
import type { ReadEvaluation } from "../score/read.js";
import { readEvaluationWorkbook } from "../score/workbook.js";
import { buildEvaluationSheet } from "../score/sheet.js";
import { failed, findGeneratedPlan, type HostAction, type ListItem, type ScoreView } from "./common.js";

export const sisipkanLke: HostAction = {
  reads: true,
  run(request, catalog = LAMPIRAN_I) {
    const plan = findGeneratedPlan(request, catalog);
    const agency = request.form.agency.trim() || plan?.document.agency || "";
    const year = request.form.year ?? plan?.document.year ?? null;
    if (!agency) return failed(actionsText.needAgency);
    if (!year) return failed(actionsText.needYear);
    const sheet = buildEvaluationSheet(CURRENT_MODEL, { agency, year, plan, catalog });
    const message = plan ? scoreActionsText.lkeInsertedWithPlan(agency, year, plan.sheet) : scoreActionsText.lkeInserted(agency, year);
    return { insert: [sheet], message, ok: true, items: [] };
  },
};

/** The predicate whose minimums the pane compares with: the one aimed at, else the next one up. */
function targetPredicate(model: EvaluationModel, score: EvaluationScore, wanted: string | null): string {
  if (wanted && model.predicates.includes(wanted)) return wanted;
  const reached = score.predicate ? model.predicates.indexOf(score.predicate) : model.predicates.length;
  return model.predicates[Math.max(0, reached - 1)];
}

function scoreView(model: EvaluationModel, score: EvaluationScore, target: string): ScoreView {
  const rows = score.checks[target].map((c) => ({
    label: c.unit === "percent" ? scoreActionsText.areaRow(c.label) : c.label,
    value: c.actual,
    threshold: c.required,
    ok: c.ok,
  }));
  return { predicate: score.predicate as ScoreView["predicate"], total: score.total, rows };
}

function items(read: ReadEvaluation, key: AssessmentKey, score: EvaluationScore, target: string): ListItem[] {
  const a = ASSESSMENTS.find((x) => x.key === key)!;
  // Columns as the reader found them, so links stay right after a user inserted a column.
  const valueCol = read.columns[key === "unit" ? "unitValue" : "tpiValue"] ?? a.value;
  const percentCol = read.columns[key === "unit" ? "unitAnswer" : "tpiAnswer"] ?? a.percent;
  const out: ListItem[] = [];
  for (const c of score.shortfalls[target]) {
    const row = read.keyRows[`R:${c.rule}`];
    out.push({
      group: scoreActionsText.shortfallGroup(target),
      severity: "error",
      code: c.rule,
      text: scoreActionsText.shortfall(c.label, c.actual, c.required, c.unit === "percent"),
      sheet: read.sheet,
      cell: row === undefined ? undefined : cellRef(row, c.unit === "percent" ? percentCol : valueCol),
    });
  }
  if (score.unanswered) {
    out.push({
      group: scoreActionsText.unansweredGroup,
      severity: "warning",
      text: scoreActionsText.unanswered(score.unanswered),
      sheet: read.sheet,
      cell: read.cells[key][score.unansweredQuestions[0]],
    });
  }
  for (const note of score.notes) {
    const question = /^S(\d+)$/.exec(note.ref);
    const row = read.keyRows[`P:${note.ref}`];
    out.push({
      group: scoreActionsText.notesGroup,
      severity: note.severity,
      code: note.code,
      text: note.message,
      sheet: read.sheet,
      cell: question ? read.cells[key][Number(question[1])] : row === undefined ? undefined : cellRef(row, valueCol),
    });
  }
  return out;
}

export const hitungNilai: HostAction = {
  reads: true,
  run(request) {
    const read = readEvaluationWorkbook(request.workbook, { timeZone: request.timeZone });
    if (!read) return failed(scoreActionsText.noLke);
    const model = read.layout === "resmi" || !read.modelId ? CURRENT_MODEL : findModel(read.modelId);
    if (!model) return failed(scoreActionsText.unknownModel(read.modelId ?? ""));
    const unit = scoreEvaluation(model, read.answers.unit);
    const tpi = scoreEvaluation(model, read.answers.tpi);
    // The TPI's assessment is the one that counts once the TPI has answered anything.
    const tpiStarted = Object.values(read.answers.tpi).some((v) => !isBlankAnswer(v));
    const [key, main, other] = tpiStarted ? (["tpi", tpi, unit] as const) : (["unit", unit, tpi] as const);
    const target = targetPredicate(model, main, request.form.predicate);
    const who = scoreText.assessment[key];
    const otherWho = scoreText.assessment[key === "tpi" ? "unit" : "tpi"];
    const message = `${scoreActionsText.scored(who, main.total, main.predicate)} ${scoreActionsText.otherAssessment(otherWho, other.total, other.predicate)}`;
    return { insert: [], message, ok: true, items: items(read, key, main, target), score: scoreView(model, main, target) };
  },
};
