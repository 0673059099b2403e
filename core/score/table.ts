// The LKE table: the model's tree as indented rows (node, its questions, its percentages), with
// the answer, value and blank-flag cells of both assessments. Values are native formulas.

import { scoreText } from "../i18n/score.js";
import { cellRef } from "../sheet/a1.js";
import type { SpecBuilder } from "../sheet/spec.js";
import type { CellStyle, SpecValue } from "../sheet/types.js";
import { formula, link } from "../sheet/values.js";
import { choiceKeys } from "./answers.js";
import {
  answerFormula, averageFormula, blankFlagFormula, ratioFormula, sumFormula,
} from "./formulas.js";
import { ASSESSMENTS, COL, EVAL_COLUMNS, EVAL_HEADERS, LAST_VISIBLE, ROW_KEYS, type AssessmentKey } from "./layout.js";
import { itemKey, type EvaluationModel, type ModelNode, type Question, type Ratio } from "./model.js";
import type { NodeProgress } from "./plan-link.js";

export type TableRow =
  | { kind: "node"; node: ModelNode; depth: number }
  | { kind: "question"; question: Question; parent: ModelNode; depth: number }
  | { kind: "ratio"; ratio: Ratio; parent: ModelNode; depth: number };

export interface TablePlan {
  header: number;
  rows: TableRow[];
  /** Sheet row of each row key: node code, "S12", ratio id. */
  rowOf: Map<string, number>;
  first: number;
  last: number;
}

const BORDERS = { top: true, bottom: true, left: true, right: true, insideHorizontal: true, insideVertical: true };
const S = {
  header: { bold: true, fill: "#D9E2F3", hAlign: "center", vAlign: "middle", wrap: true, borders: BORDERS },
  body: { wrap: true, vAlign: "top", borders: BORDERS },
  component: { bold: true, fill: "#1F4E79", fontColor: "#FFFFFF" },
  part: { bold: true, fill: "#BDD7EE" },
  area: { bold: true, fill: "#DDEBF7" },
  subArea: { bold: true, fill: "#F2F2F2" },
  ratio: { italic: true },
  input: { fill: "#FFF2CC" },
  center: { hAlign: "center" },
  id: { fontColor: "#808080", fontSize: 8 },
} satisfies Record<string, CellStyle>;

export function planTable(model: EvaluationModel, header: number): TablePlan {
  const rows: TableRow[] = [];
  const walk = (node: ModelNode, depth: number) => {
    rows.push({ kind: "node", node, depth });
    for (const q of node.questions) rows.push({ kind: "question", question: q, parent: node, depth: depth + 1 });
    for (const r of node.ratios) rows.push({ kind: "ratio", ratio: r, parent: node, depth: depth + 1 });
    for (const c of node.children) walk(c, depth + 1);
  };
  model.tree.forEach((n) => walk(n, 0));
  const rowOf = new Map<string, number>();
  rows.forEach((r, i) => {
    const key = r.kind === "node" ? r.node.code : r.kind === "question" ? `S${r.question.no}` : r.ratio.id;
    rowOf.set(key, header + 1 + i);
  });
  return { header, rows, rowOf, first: header + 1, last: header + rows.length };
}

/** Points an item earns in its parent node (1 unless the node scores by points). */
function pointsOf(parent: ModelNode, no: number): number {
  if (parent.scoring.kind !== "points") return 1;
  return parent.scoring.items.find((i) => "question" in i.item && i.item.question === no)?.points ?? 0;
}

function valueFormula(plan: TablePlan, row: TableRow, model: EvaluationModel, a: (typeof ASSESSMENTS)[number]): string {
  const at = (key: string) => cellRef(plan.rowOf.get(key) as number, a.value);
  if (row.kind === "question") {
    const type = model.answerTypes[row.question.type];
    const answer = cellRef(plan.rowOf.get(`S${row.question.no}`) as number, a.answer);
    return answerFormula(type, answer, pointsOf(row.parent, row.question.no));
  }
  if (row.kind === "ratio") return ratioFormula(row.ratio, (q) => at(`S${q}`));
  const s = row.node.scoring;
  if (s.kind === "sum") return sumFormula(row.node.children.map((c) => at(c.code)));
  if (s.kind === "average") return averageFormula(s.items.map((i) => at(itemKey(i))), row.node.weight);
  return sumFormula(s.items.map((i) => at(itemKey(i.item))));
}

function ratioText(ratio: Ratio): string {
  const side = (terms: Ratio["numerator"]) =>
    terms.map((t, i) => `${t.sign < 0 ? "− " : i > 0 ? "+ " : ""}${scoreText.question(t.question)}`).join(" ");
  return scoreText.ratioFormula(side(ratio.numerator), side(ratio.denominator), ratio.zeroNote);
}

export interface TableOptions {
  answers: Partial<Record<AssessmentKey, Readonly<Record<number, string | number | boolean | null | undefined>>>>;
  notes?: Readonly<Record<number, string | number | boolean | null>>;
  evidence?: Readonly<Record<number, string | number | boolean | null>>;
  progress: Map<string, NodeProgress> | null;
}

export function writeTable(b: SpecBuilder, model: EvaluationModel, plan: TablePlan, options: TableOptions): void {
  const h = plan.header;
  EVAL_COLUMNS.forEach((c) => b.set(h, COL[c], EVAL_HEADERS[c]));
  b.height(h, 30);
  b.style([h, 0, h, LAST_VISIBLE], S.header);
  b.style([plan.first, 0, plan.last, LAST_VISIBLE], S.body);
  b.style([plan.first, COL.id, plan.last, COL.tpiBlank], S.id);

  plan.rows.forEach((row, i) => {
    const r = plan.first + i;
    const indent = "   ".repeat(row.depth);
    const set = (col: number, v: SpecValue) => void b.set(r, col, v);
    const put = (pairs: [number, SpecValue][]) => pairs.forEach(([c, v]) => set(c, v));
    for (const a of ASSESSMENTS) set(a.value, formula(valueFormula(plan, row, model, a)));
    if (row.kind === "node") {
      const n = row.node;
      put([[COL.code, n.code], [COL.text, indent + n.title], [COL.weight, n.weight], [COL.id, ROW_KEYS.node(n.code)]]);
      b.style([r, 0, r, LAST_VISIBLE], S[n.level]);
      b.numberFormat([r, COL.weight], "0.00").numberFormat([r, COL.unitValue], "0.00").numberFormat([r, COL.tpiValue], "0.00");
      const progress = options.progress?.get(n.code);
      if (progress) {
        const text = scoreText.plan.done(progress.done, progress.total);
        set(COL.plan, progress.cell ? link(text, progress.sheet, progress.cell) : text);
      }
      return;
    }
    if (row.kind === "ratio") {
      put([[COL.code, "%"], [COL.text, indent + row.ratio.label], [COL.criteria, ratioText(row.ratio)]]);
      put([[COL.type, scoreText.ratioType], [COL.id, ROW_KEYS.ratio(row.ratio.id)]]);
      b.style([r, COL.code, r, COL.type], S.ratio);
      b.numberFormat([r, COL.unitValue], "0.00%").numberFormat([r, COL.tpiValue], "0.00%");
      return;
    }
    const q = row.question;
    const type = model.answerTypes[q.type];
    // Questions are not indented: wrapped text would indent only its first line.
    put([[COL.code, q.no], [COL.text, q.text], [COL.criteria, q.criteria], [COL.type, type.label]]);
    set(COL.id, ROW_KEYS.question(q.no));
    for (const [col, given] of [[COL.tpiNote, options.notes?.[q.no]], [COL.evidence, options.evidence?.[q.no]]] as const) {
      if (given !== undefined && given !== null && given !== "") set(col, given);
    }
    b.style([r, COL.code], S.center).style([r, COL.type], S.center);
    for (const a of ASSESSMENTS) {
      const given = options.answers[a.key]?.[q.no];
      if (given !== undefined && given !== null) set(a.answer, given);
      set(a.blank, formula(blankFlagFormula(cellRef(r, a.answer))));
      b.style([r, a.answer], { ...S.input, ...S.center });
      b.numberFormat([r, a.value], type.kind === "count" ? "0" : "0.00");
      if (type.kind === "choice") b.validate([r, a.answer], { kind: "list", values: choiceKeys(type) }, true, scoreText.validation.choice(choiceKeys(type)));
      else if (type.kind === "count") b.validate([r, a.answer], { kind: "number", min: 0, max: type.max, integer: true }, false, scoreText.validation.count(type.max));
      else b.validate([r, a.answer], { kind: "number", min: type.min, max: type.max }, false, scoreText.validation.index(type.min, type.max));
    }
  });
}
