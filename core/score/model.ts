// An evaluation model as typed data: the tree of an LKE edition (components -> parts -> areas ->
// sub-areas -> questions), how each answer type is valued, how counts become percentages, how
// each node is scored, the figures a report names, and the predicate rules. The engine and the
// sheet builder read only this, so another edition is another data file, not new code.

import type { SourceRef } from "../catalog/types.js";

export type { SourceRef };

/** A choice answer (Ya/Tidak, A-E): each option key has a value between 0 and 1. */
export interface ChoiceType {
  kind: "choice";
  id: string;
  /** Short name shown in the sheet, e.g. "A/B/C/D". */
  label: string;
  options: { key: string; value: number }[];
  source: SourceRef;
}

/** A count (jumlah): a number of things, combined with other counts into a percentage. */
export interface CountType {
  kind: "count";
  id: string;
  label: string;
  /** Largest count the sheet accepts. */
  max: number;
  source: SourceRef;
}

/** A survey index between min and max; its value is (index - min) / (max - min). */
export interface IndexType {
  kind: "index";
  id: string;
  label: string;
  min: number;
  max: number;
  source: SourceRef;
}

export type AnswerType = ChoiceType | CountType | IndexType;

export interface Question {
  /** Number of the question in the edition, 1-based; the sheet's ID column holds "S" + no. */
  no: number;
  text: string;
  criteria: string;
  /** Key of `EvaluationModel.answerTypes`. */
  type: string;
  /** Option texts (choice types) as the edition words them. */
  options: { key: string; label: string }[];
  /** Row of the question on the official workbook's answer sheet, when known. */
  officialRow?: number;
}

/** One count in a ratio, added or subtracted. */
export interface RatioTerm {
  question: number;
  sign: 1 | -1;
}

/**
 * Counts turned into a percentage (0..1): sum(numerator) / sum(denominator), capped to 0..1.
 * A blank count makes it `blank`. A zero denominator gives `zeroDenominator[sign of numerator]`.
 */
export interface Ratio {
  /** "A.II.1.i:1" */
  id: string;
  /** What the percentage measures, in Indonesian. */
  label: string;
  numerator: RatioTerm[];
  denominator: RatioTerm[];
  clamp: { min: number; max: number };
  /** Value when a count in it is blank or not a count. */
  blank: number;
  zeroDenominator: { zero: number; positive: number; negative: number };
  /** Why 0/0 gives its value: shown as an info note when it happens. */
  zeroNote: string;
  source: SourceRef;
}

/** What a node's value is made of: one answer or one ratio. */
export type ItemRef = { question: number } | { ratio: string };

export type Scoring =
  /** Children added up. */
  | { kind: "sum" }
  /** Average of the item values (blank = 0) times the node's weight. */
  | { kind: "average"; items: ItemRef[] }
  /** Each item's value times its points, added up (Hasil: index / 4 x 17.5, capaian x 5). */
  | { kind: "points"; items: { item: ItemRef; points: number }[] };

export interface ModelNode {
  /** "A", "A.I", "A.I.1", "A.I.1.i", "A.II.5.iii.a" */
  code: string;
  level: "component" | "part" | "area" | "subArea";
  title: string;
  weight: number;
  children: ModelNode[];
  questions: Question[];
  ratios: Ratio[];
  scoring: Scoring;
  /** Count questions asked for information only (they enter no ratio). */
  informational?: number[];
  source?: SourceRef;
}

/** A figure a report names ("pengungkit", "ipak"): a node's value or one item's points. */
export type FigureRef = { node: string } | { points: { node: string; question: number } };

export type Figure = FigureRef & { label: string };

/** A Pengungkit area as the predicate rules see it: its Pemenuhan and Reform nodes together. */
export interface AreaGroup {
  code: string;
  label: string;
  /** Member role ("pemenuhan", "reform") -> node code. */
  members: Record<string, string>;
}

export type RuleMetric = { figure: string } | { eachArea: "percent" };

export interface PredicateRule {
  id: string;
  /** Indonesian label. */
  label: string;
  metric: RuleMetric;
  /** "points" compares the value; "percent" compares value / weight x 100. */
  unit: "points" | "percent";
  /** Minimum per predicate, compared with the value rounded to two decimals. */
  min: Record<string, number>;
  sources: SourceRef[];
}

/**
 * How the official KemenPANRB workbook of this edition writes its answer sheet, as far as reading
 * it needs: the "Pilihan Jawaban" texts of each answer type, the rows the workbook computes
 * itself, and the count rows that are totals of other rows rather than inputs of the model.
 */
export interface OfficialLayout {
  /** Answer type id -> the "Pilihan Jawaban" texts that name it. */
  typeLabels: Record<string, string[]>;
  /** "Pilihan Jawaban" texts of rows computed from the rows under them (percentages). */
  computedLabels: string[];
  /** Texts of count rows summed by hand from other rows ("Jumlah yang harus melaporkan"). */
  totals: string[];
  source: SourceRef;
}

export interface EvaluationModel {
  /** Stable id written into generated sheets, e.g. "lke-zi-2026". */
  id: string;
  title: string;
  /** Legal basis and source as the transcription states them (kept verbatim). */
  basis: string;
  source: string;
  /** The legal basis in Indonesian, as the sheet shows it. */
  citation: string;
  /** Where the data comes from, in Indonesian, as the sheet shows it. */
  sourceNote: string;
  answerTypes: Record<string, AnswerType>;
  tree: ModelNode[];
  totalQuestions: number;
  /** Named figures in the order reports list them; "total" is always there besides these. */
  figures: Record<string, Figure>;
  areaGroups: AreaGroup[];
  /** Predicates best first: a unit gets the first whose rules all hold. */
  predicates: string[];
  rules: PredicateRule[];
  /** Decisions and disagreements between sources, kept with the data. */
  notes: string[];
  /** How the official workbook of the edition lays out its answers, when it can be read. */
  official?: OfficialLayout;
}

/** Every node of the tree, depth first (parents before children). */
export function modelNodes(model: EvaluationModel): ModelNode[] {
  const out: ModelNode[] = [];
  const walk = (n: ModelNode) => {
    out.push(n);
    n.children.forEach(walk);
  };
  model.tree.forEach(walk);
  return out;
}

export function modelQuestions(model: EvaluationModel): Question[] {
  return modelNodes(model).flatMap((n) => n.questions);
}

export function findNode(model: EvaluationModel, code: string): ModelNode | undefined {
  return modelNodes(model).find((n) => n.code === code);
}

export function itemKey(ref: ItemRef): string {
  return "question" in ref ? `S${ref.question}` : ref.ratio;
}
