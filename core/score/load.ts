// Builds a typed EvaluationModel from an edition's transcribed tree (JSON, kept as published)
// and the edition's rule data (answer types, ratios, points, figures, predicate rules).

import type {
  AnswerType, AreaGroup, EvaluationModel, Figure, ItemRef, ModelNode, OfficialLayout, PredicateRule, Question, Ratio, RatioTerm,
  SourceRef,
} from "./model.js";

/** The transcribed edition as stored in core/score/models/*.json. */
export interface RawEdition {
  title: string;
  basis: string;
  source: string;
  answerValues: Record<string, Record<string, number> | string>;
  totalQuestions: number;
  tree: RawNode[];
}

export interface RawNode {
  code: string;
  level: string;
  title: string;
  weight: number;
  children?: RawNode[];
  questions?: { no: number; row?: number; text: string; criteria: string; type: string; options?: { key: string; label: string }[] }[];
}

/** A ratio as rule data writes it: question numbers, a minus sign for subtracted counts. */
export interface RatioData {
  label: string;
  /** Question numbers added up; a negative number is subtracted. */
  numerator: number[];
  denominator: number[];
  source: SourceRef;
}

export interface EditionRules {
  id: string;
  citation: string;
  sourceNote: string;
  /** Label, source and (for counts and indices) bounds of each answer type of the edition. */
  answerTypes: Record<string, { label: string; source: SourceRef } & ({ kind: "choice" } | { kind: "count"; max: number } | { kind: "index"; min: number; max: number })>;
  /** How counts of a sub-area become percentages, by node code. */
  ratios: Record<string, RatioData[]>;
  /** The rule for every ratio when a count is blank or the denominator is zero. */
  ratioDefaults: Pick<Ratio, "clamp" | "blank" | "zeroDenominator" | "zeroNote" | "source">;
  /** Nodes scored as points per item instead of an average times the weight. */
  points: Record<string, { question: number; points: number }[]>;
  /** Count questions that enter no ratio, by node code. */
  informational: Record<string, number[]>;
  figures: Record<string, Figure>;
  areaGroups: AreaGroup[];
  predicates: string[];
  rules: PredicateRule[];
  notes: string[];
  official?: OfficialLayout;
}

function answerTypes(raw: RawEdition, rules: EditionRules): Record<string, AnswerType> {
  const out: Record<string, AnswerType> = {};
  for (const [id, meta] of Object.entries(rules.answerTypes)) {
    if (meta.kind === "choice") {
      const values = raw.answerValues[id];
      if (!values || typeof values === "string") throw new Error(`answer type ${id}: the edition gives no option values`);
      out[id] = { kind: "choice", id, label: meta.label, source: meta.source, options: Object.entries(values).map(([key, value]) => ({ key, value })) };
    } else if (meta.kind === "count") {
      out[id] = { kind: "count", id, label: meta.label, source: meta.source, max: meta.max };
    } else {
      out[id] = { kind: "index", id, label: meta.label, source: meta.source, min: meta.min, max: meta.max };
    }
  }
  return out;
}

function terms(nos: number[]): RatioTerm[] {
  return nos.map((n) => ({ question: Math.abs(n), sign: n < 0 ? -1 : 1 }));
}

function buildNode(raw: RawNode, rules: EditionRules, types: Record<string, AnswerType>): ModelNode {
  const questions: Question[] = (raw.questions ?? []).map((q) => ({
    no: q.no,
    text: q.text,
    criteria: q.criteria,
    type: q.type,
    options: q.options ?? [],
    officialRow: q.row,
  }));
  const ratios: Ratio[] = (rules.ratios[raw.code] ?? []).map((r, i) => ({
    ...rules.ratioDefaults,
    id: `${raw.code}:${i + 1}`,
    label: r.label,
    numerator: terms(r.numerator),
    denominator: terms(r.denominator),
    source: r.source,
  }));
  const children = (raw.children ?? []).map((c) => buildNode(c, rules, types));
  const node: ModelNode = {
    code: raw.code,
    level: raw.level as ModelNode["level"],
    title: raw.title,
    weight: raw.weight,
    children,
    questions,
    ratios,
    scoring: { kind: "sum" },
  };
  if (rules.informational[raw.code]) node.informational = rules.informational[raw.code];
  if (questions.length) {
    const points = rules.points[raw.code];
    if (points) {
      node.scoring = { kind: "points", items: points.map((p) => ({ item: { question: p.question }, points: p.points })) };
    } else {
      const items: ItemRef[] = questions.filter((q) => types[q.type]?.kind !== "count").map((q) => ({ question: q.no }));
      node.scoring = { kind: "average", items: [...items, ...ratios.map((r) => ({ ratio: r.id }))] };
    }
  }
  return node;
}

export function buildEvaluationModel(raw: RawEdition, rules: EditionRules): EvaluationModel {
  const types = answerTypes(raw, rules);
  return {
    id: rules.id,
    title: raw.title,
    basis: raw.basis,
    source: raw.source,
    citation: rules.citation,
    sourceNote: rules.sourceNote,
    answerTypes: types,
    tree: raw.tree.map((n) => buildNode(n, rules, types)),
    totalQuestions: raw.totalQuestions,
    figures: rules.figures,
    areaGroups: rules.areaGroups,
    predicates: rules.predicates,
    rules: rules.rules,
    notes: rules.notes,
    ...(rules.official ? { official: rules.official } : {}),
  };
}
