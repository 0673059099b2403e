// ZI.NILAI, ZI.NILAI_AREA and ZI.PREDIKAT (ZI_* in Google Sheets), host-free. Each argument may
// be one value or a range; hosts hand ranges over as 2-D arrays (rows of cells).

import { functionErrors } from "../i18n/functions.js";
import { scoreText } from "../i18n/score.js";
import { valueOfAnswer } from "../score/answers.js";
import type { AnswerType, EvaluationModel } from "../score/model.js";
import { CURRENT_MODEL } from "../score/models/index.js";
import { bestPredicate, checksFor, type RuleCheck } from "../score/rules.js";
import type { CellValue } from "../sheet/types.js";
import { ok, type FunctionArg, type FunctionResult } from "./types.js";

type Matrix<T> = T[][];

const fail = (message: string): FunctionResult<never> => ({ ok: false, error: "invalidValue", message });

function isMatrix(v: FunctionArg): v is CellValue[][] {
  return Array.isArray(v);
}

function asMatrix(v: FunctionArg): Matrix<CellValue> {
  if (isMatrix(v)) return v.map((row) => (Array.isArray(row) ? row : [row as CellValue]));
  return [[v ?? null]];
}

const squash = (s: string) => s.normalize("NFKD").toLowerCase().replace(/[^a-z0-9]/g, "");

/** An answer type named by its id ("abcd") or its label ("A/B/C/D"), case and punctuation ignored. */
export function answerTypeNamed(name: CellValue, model: EvaluationModel = CURRENT_MODEL): AnswerType | undefined {
  if (typeof name !== "string") return undefined;
  const wanted = squash(name);
  return Object.values(model.answerTypes).find((t) => squash(t.id) === wanted || squash(t.label) === wanted);
}

function typeNames(model: EvaluationModel): string {
  return Object.values(model.answerTypes).map((t) => `"${t.id}"`).join(", ");
}

/** Answer values of a range; "" for blanks. Fails on the first answer its type does not allow. */
function answerValues(answers: FunctionArg, types: FunctionArg, model: EvaluationModel): FunctionResult<Matrix<number | "">> {
  const a = asMatrix(answers);
  const t = asMatrix(types);
  const single = t.length === 1 && t[0].length === 1;
  if (!single && (t.length !== a.length || t.some((row, i) => row.length !== a[i].length))) return fail(functionErrors.typeShape);
  const out: Matrix<number | ""> = [];
  for (let r = 0; r < a.length; r++) {
    const row: (number | "")[] = [];
    for (let c = 0; c < a[r].length; c++) {
      const typeName = single ? t[0][0] : t[r][c];
      const type = answerTypeNamed(typeName, model);
      if (!type) return fail(functionErrors.unknownType(String(typeName ?? ""), typeNames(model)));
      const v = valueOfAnswer(type, a[r][c]);
      if (v.state === "invalid") return fail(functionErrors.badAnswer(String(a[r][c]), type.label));
      row.push(v.state === "valid" ? (v.value as number) : "");
    }
    out.push(row);
  }
  return ok(out);
}

/** ZI.NILAI(jawaban; jenis): the answer's value (a range gives a range); "" for a blank answer. */
export function fnNilai(answers: FunctionArg, types: FunctionArg, model: EvaluationModel = CURRENT_MODEL): FunctionResult<number | "" | Matrix<number | "">> {
  const values = answerValues(answers, types, model);
  if (!values.ok) return values;
  return ok(isMatrix(answers) ? values.value : values.value[0][0]);
}

/**
 * ZI.NILAI_AREA(jawaban; jenis; bobot): the LKE value of a (sub-)area from its answers: the
 * average of the answer values, blanks counting 0, times the weight. Counts become percentages
 * first (see the LKE sheet), so they are refused here.
 */
export function fnNilaiArea(answers: FunctionArg, types: FunctionArg, weight: FunctionArg, model: EvaluationModel = CURRENT_MODEL): FunctionResult<number> {
  if (typeof weight !== "number" || !Number.isFinite(weight) || weight < 0) return fail(functionErrors.badWeight);
  const t = asMatrix(types).flat();
  if (t.some((name) => answerTypeNamed(name, model)?.kind === "count")) return fail(functionErrors.countInArea);
  const values = answerValues(answers, types, model);
  if (!values.ok) return values;
  const flat = values.value.flat();
  const sum = flat.reduce<number>((acc, v) => acc + (v === "" ? 0 : v), 0);
  return ok((sum / flat.length) * weight);
}

function numberArg(v: FunctionArg): number | null {
  const m = asMatrix(v);
  if (m.length !== 1 || m[0].length !== 1) return null;
  const x = m[0][0];
  return typeof x === "number" && Number.isFinite(x) ? x : null;
}

/**
 * ZI.PREDIKAT(total; pengungkit; persen_area; bersih; ipak; capaian; pelayanan): the predicate
 * the figures of a summary block earn. One argument per rule of the model, in its order; the
 * each-area rule takes the areas' percentages (0-100) as a range.
 */
export function fnPredikat(args: FunctionArg[], model: EvaluationModel = CURRENT_MODEL): FunctionResult<string> {
  const figures: Record<string, number> = {};
  let total = 0;
  let areas: { code: string; label: string; percent: number }[] = [];
  for (const [i, rule] of model.rules.entries()) {
    const arg = args[i];
    if ("eachArea" in rule.metric) {
      const cells = asMatrix(arg).flat();
      if (!cells.length || cells.some((x) => typeof x !== "number" || !Number.isFinite(x))) return fail(functionErrors.badPercents(i + 1));
      areas = (cells as number[]).map((percent, k) => ({ code: String(k + 1), label: String(k + 1), percent }));
      continue;
    }
    const x = numberArg(arg);
    if (x === null) return fail(functionErrors.badFigure(i + 1, rule.label));
    if (rule.metric.figure === "total") total = x;
    else figures[rule.metric.figure] = x;
  }
  const checks: Record<string, RuleCheck[]> = {};
  for (const p of model.predicates) checks[p] = checksFor(model, p, { total, figures, areas });
  return ok(bestPredicate(model, checks) ?? scoreText.noPredicate);
}
