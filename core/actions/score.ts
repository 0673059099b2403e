// The Penilaian buttons of the task pane and sidebar: "Sisipkan LKE" inserts the evaluation
// sheet (with the plan's progress when the workbook holds a plan, and the answers of an official
// LKE workbook when one is open) and "Hitung nilai" scores the LKE sheet, ours or the official
// one, with the core and says how far each rule is from its minimum. Neither edits a sheet.

import { LAMPIRAN_I } from "../catalog/index.js";
import { actionsText } from "../i18n/actions.js";
import { scoreActionsText, scoreText } from "../i18n/score.js";
import { cellRef } from "../sheet/a1.js";
import { isBlankAnswer } from "../score/answers.js";
import { assessWorkbook } from "../score/assess.js";
import { carryEvaluation } from "../score/carry.js";
import type { EvaluationScore } from "../score/engine.js";
import { ASSESSMENTS, type AssessmentKey } from "../score/layout.js";
import type { EvaluationModel } from "../score/model.js";
import { CURRENT_MODEL } from "../score/models/index.js";
import type { ReadEvaluation } from "../score/read.js";
import { readEvaluationWorkbook } from "../score/workbook.js";
import { buildEvaluationSheet } from "../score/sheet.js";
import { failed, findGeneratedPlan, type ActionRequest, type HostAction, type ListItem, type ScoreView } from "./common.js";

/** An official LKE workbook open in the host: its answers are carried into the new LKE sheet unless the user declines. */
function officialSource(request: ActionRequest): ReadEvaluation | null {
  const read = readEvaluationWorkbook(request.workbook, { timeZone: request.timeZone });
  return read?.layout === "resmi" ? read : null;
}

export const sisipkanLke: HostAction = {
  reads: true,
  run(request, catalog = LAMPIRAN_I) {
    const plan = findGeneratedPlan(request, catalog);
    const official = officialSource(request);
    const agency = request.form.agency.trim() || plan?.document.agency || official?.agency || "";
    const year = request.form.year ?? plan?.document.year ?? official?.year ?? null;
    if (!agency) return failed(actionsText.needAgency);
    if (!year) return failed(actionsText.needYear);
    const declined = official !== null && request.form.carryOfficial === false;
    const carried = official && !declined ? carryEvaluation(CURRENT_MODEL, official) : null;
    const sheet = buildEvaluationSheet(CURRENT_MODEL, {
      agency, year, plan, catalog, answers: carried?.answers, notes: carried?.notes, evidence: carried?.evidence,
    });
    const message = [
      plan ? scoreActionsText.lkeInsertedWithPlan(agency, year, plan.sheet) : scoreActionsText.lkeInserted(agency, year),
      official ? (declined ? scoreActionsText.notCarried(official.sheet) : scoreActionsText.carried(official.sheet)) : "",
    ].filter(Boolean).join(" ");
    const items: ListItem[] = carried && official
      ? [
          ...carried.lacking.map((text): ListItem => ({ group: scoreActionsText.carryGroup, severity: "info", text })),
          ...readerItems(official),
        ]
      : [];
    return { insert: [sheet], message, ok: true, items };
  },
};

/** What reading the sheet met (rows not matched, questions not found, thresholds changed), each with its cell. */
function readerItems(read: ReadEvaluation): ListItem[] {
  return read.findings.map((f) => ({
    group: read.layout === "resmi" ? scoreActionsText.officialGroup(read.sheet) : scoreActionsText.sheetGroup,
    severity: f.severity,
    code: f.code,
    text: f.message,
    sheet: f.sheet,
    cell: f.cell || undefined,
  }));
}

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
    const assessed = assessWorkbook("", request.workbook, { timeZone: request.timeZone });
    const { read, model, scores } = assessed;
    if (!read) return failed(scoreActionsText.noLke);
    if (!model || !scores) return failed(scoreActionsText.unknownModel(read.modelId ?? ""));
    // The TPI's assessment is the one that counts once the TPI has answered anything.
    const tpiStarted = Object.values(read.answers.tpi).some((v) => !isBlankAnswer(v));
    const [key, main, other] = tpiStarted ? (["tpi", scores.tpi, scores.unit] as const) : (["unit", scores.unit, scores.tpi] as const);
    const target = targetPredicate(model, main, request.form.predicate);
    const who = scoreText.assessment[key];
    const otherWho = scoreText.assessment[key === "tpi" ? "unit" : "tpi"];
    const message = [
      read.layout === "resmi" ? scoreActionsText.officialRead(read.sheet) : "",
      scoreActionsText.scored(who, main.total, main.predicate),
      scoreActionsText.otherAssessment(otherWho, other.total, other.predicate),
      ...scores.extra.map((e) => scoreActionsText.otherAssessment(e.name, e.score.total, e.score.predicate)),
    ].filter(Boolean).join(" ");
    return {
      insert: [],
      message,
      ok: true,
      items: [...readerItems(read), ...items(read, key, main, target)],
      score: scoreView(model, main, target),
    };
  },
};
