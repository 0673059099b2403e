// scoreEvaluation: one assessment's answers -> every value of the model's tree, the figures and
// areas the rules look at, the predicate and what is still missing for each predicate. Generic:
// it knows nothing of the 2026 edition beyond what the model's data says.

import { scoreText } from "../i18n/score.js";
import type { CellValue } from "../sheet/types.js";
import { valueOfAnswer, type AnswerValue } from "./answers.js";
import { itemKey, modelNodes, type EvaluationModel, type ItemRef, type ModelNode, type Ratio } from "./model.js";
import { bestPredicate, checksFor, type RuleCheck } from "./rules.js";

/** Answers of one assessment (unit or TPI) by question number, as the cells hold them. */
export type Answers = Readonly<Record<number, CellValue | undefined>>;

export interface ScoreNote {
  code: "ZERO_DENOMINATOR" | "INVALID_ANSWER";
  severity: "info" | "warning";
  /** Ratio id or "S" + question number. */
  ref: string;
  message: string;
}

export interface AreaScore {
  code: string;
  label: string;
  /** Member role -> value (e.g. pemenuhan, reform). */
  members: Record<string, number>;
  score: number;
  weight: number;
  /** score / weight x 100 */
  percent: number;
}

export interface EvaluationScore {
  model: string;
  /** Value of every node by code. */
  nodes: Record<string, number>;
  /** Value of every item: "S12" (answer value, 0 when blank) and ratio ids (0..1). */
  items: Record<string, number>;
  total: number;
  /** The model's named figures (pengungkit, ipak, ...). */
  figures: Record<string, number>;
  areas: AreaScore[];
  unanswered: number;
  unansweredQuestions: number[];
  invalidQuestions: number[];
  notes: ScoreNote[];
  predicate: string | null;
  /** Every rule check per predicate. */
  checks: Record<string, RuleCheck[]>;
  /** The failing checks per predicate: what is still missing for it. */
  shortfalls: Record<string, RuleCheck[]>;
}

interface Ctx {
  model: EvaluationModel;
  byCode: Map<string, ModelNode>;
  answers: Map<number, AnswerValue>;
  items: Record<string, number>;
  nodes: Record<string, number>;
  notes: ScoreNote[];
}

function ratioValue(ctx: Ctx, ratio: Ratio): number {
  const counts = [...ratio.numerator, ...ratio.denominator].map((t) => ctx.answers.get(t.question));
  if (counts.some((a) => !a || a.state !== "valid")) return ratio.blank;
  const sum = (terms: Ratio["numerator"]) =>
    terms.reduce((acc, t) => acc + t.sign * (ctx.answers.get(t.question)!.value as number), 0);
  const num = sum(ratio.numerator);
  const den = sum(ratio.denominator);
  if (den === 0) {
    if (num === 0) {
      ctx.notes.push({ code: "ZERO_DENOMINATOR", severity: "info", ref: ratio.id, message: scoreText.notes.zeroDenominator(ratio.label, ratio.zeroNote) });
      return ratio.zeroDenominator.zero;
    }
    return num > 0 ? ratio.zeroDenominator.positive : ratio.zeroDenominator.negative;
  }
  return Math.min(ratio.clamp.max, Math.max(ratio.clamp.min, num / den));
}

function itemValue(ctx: Ctx, ref: ItemRef): number {
  const key = itemKey(ref);
  return ctx.items[key] ?? 0;
}

function scoreNode(ctx: Ctx, node: ModelNode): number {
  for (const r of node.ratios) ctx.items[r.id] = ratioValue(ctx, r);
  let value: number;
  const s = node.scoring;
  if (s.kind === "sum") {
    value = node.children.reduce((acc, c) => acc + scoreNode(ctx, c), 0);
  } else if (s.kind === "average") {
    value = s.items.length ? (s.items.reduce((acc, i) => acc + itemValue(ctx, i), 0) / s.items.length) * node.weight : 0;
  } else {
    value = s.items.reduce((acc, i) => acc + itemValue(ctx, i.item) * i.points, 0);
  }
  ctx.nodes[node.code] = value;
  return value;
}

function figureValue(ctx: Ctx, model: EvaluationModel, name: string): number {
  const ref = model.figures[name];
  if (!ref) return 0;
  if ("node" in ref) return ctx.nodes[ref.node] ?? 0;
  const node = ctx.byCode.get(ref.points.node);
  const entry = node?.scoring.kind === "points" ? node.scoring.items.find((i) => "question" in i.item && i.item.question === ref.points.question) : undefined;
  return entry ? itemValue(ctx, entry.item) * entry.points : 0;
}

export function scoreEvaluation(model: EvaluationModel, answers: Answers): EvaluationScore {
  const nodes = modelNodes(model);
  const ctx: Ctx = { model, byCode: new Map(nodes.map((n) => [n.code, n])), answers: new Map(), items: {}, nodes: {}, notes: [] };
  const unansweredQuestions: number[] = [];
  const invalidQuestions: number[] = [];
  for (const node of nodes) {
    for (const q of node.questions) {
      const type = model.answerTypes[q.type];
      const a = type ? valueOfAnswer(type, answers[q.no]) : { state: "invalid" as const, value: null };
      ctx.answers.set(q.no, a);
      ctx.items[`S${q.no}`] = a.state === "valid" ? (a.value as number) : 0;
      if (a.state === "blank") unansweredQuestions.push(q.no);
      if (a.state === "invalid") {
        invalidQuestions.push(q.no);
        ctx.notes.push({ code: "INVALID_ANSWER", severity: "warning", ref: `S${q.no}`, message: scoreText.notes.invalidAnswer(q.no, answers[q.no], type?.label ?? q.type) });
      }
    }
  }
  const total = model.tree.reduce((acc, n) => acc + scoreNode(ctx, n), 0);
  const figures: Record<string, number> = {};
  for (const name of Object.keys(model.figures)) figures[name] = figureValue(ctx, model, name);
  const areas: AreaScore[] = model.areaGroups.map((g) => {
    const members: Record<string, number> = {};
    let score = 0;
    let weight = 0;
    for (const [role, code] of Object.entries(g.members)) {
      members[role] = ctx.nodes[code] ?? 0;
      score += members[role];
      weight += ctx.byCode.get(code)?.weight ?? 0;
    }
    return { code: g.code, label: g.label, members, score, weight, percent: weight > 0 ? (score / weight) * 100 : 0 };
  });
  const checks: Record<string, RuleCheck[]> = {};
  const shortfalls: Record<string, RuleCheck[]> = {};
  for (const p of model.predicates) {
    checks[p] = checksFor(model, p, { total, figures, areas });
    shortfalls[p] = checks[p].filter((c) => !c.ok);
  }
  return {
    model: model.id,
    nodes: ctx.nodes,
    items: ctx.items,
    total,
    figures,
    areas,
    unanswered: unansweredQuestions.length,
    unansweredQuestions,
    invalidQuestions,
    notes: ctx.notes,
    predicate: bestPredicate(model, checks),
    checks,
    shortfalls,
  };
}
