// Where the TPI's answers differ from the unit's, and what each difference is worth: the change of
// the total when only that answer goes from the unit's to the TPI's. This is what the TPI and the
// PD's Tim Pembangunan ZI go through together in the pembinaan (Perbup 30/2021 Pasal 7).

import type { CellValue } from "../sheet/types.js";
import { answerKey, isBlankAnswer } from "./answers.js";
import { scoreEvaluation, type Answers, type EvaluationScore } from "./engine.js";
import { modelNodes, type EvaluationModel, type Question } from "./model.js";

export interface AnswerDifference {
  question: number;
  /** Code of the node that holds the question ("A.I.1.i"), as the LKE's KODE column shows it. */
  node: string;
  text: string;
  unit: CellValue;
  tpi: CellValue;
  /**
   * Change of the total score when only this question's answer goes from the unit's to the TPI's
   * (every other answer the unit's): negative when the TPI's answer costs points.
   */
  moved: number;
}

/** A cell as the answer it is: undefined and blank-looking cells are blank. */
function asCell(v: CellValue | undefined): CellValue {
  return v === undefined || isBlankAnswer(v) ? null : v;
}

/**
 * Whether two answers are the same answer as the sheet judges it: case and spaces do not count
 * ("a" is "A"), a number is only the same number (a count typed as text is another answer: the
 * sheet does not count it), blanks are all alike.
 */
export function sameAnswer(a: CellValue | undefined, b: CellValue | undefined): boolean {
  const x = asCell(a);
  const y = asCell(b);
  if (x === null || y === null) return x === y;
  if (typeof x === "number" || typeof y === "number") return x === y;
  if (x instanceof Date || y instanceof Date) return x instanceof Date && y instanceof Date && x.getTime() === y.getTime();
  return typeof x === typeof y && answerKey(x) === answerKey(y);
}

/** Every question whose TPI answer differs from the unit's, in question order, with the points it moved. */
export function answerDifferences(
  model: EvaluationModel,
  unit: Answers,
  tpi: Answers,
  unitScore: EvaluationScore = scoreEvaluation(model, unit),
): AnswerDifference[] {
  const out: AnswerDifference[] = [];
  const questions: { q: Question; node: string }[] = modelNodes(model).flatMap((n) => n.questions.map((q) => ({ q, node: n.code })));
  questions.sort((a, b) => a.q.no - b.q.no);
  for (const { q, node } of questions) {
    if (sameAnswer(unit[q.no], tpi[q.no])) continue;
    const swapped = scoreEvaluation(model, { ...unit, [q.no]: asCell(tpi[q.no]) });
    out.push({ question: q.no, node, text: q.text, unit: asCell(unit[q.no]), tpi: asCell(tpi[q.no]), moved: swapped.total - unitScore.total });
  }
  return out;
}
