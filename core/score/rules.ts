// Predicate rules: each rule's minimum compared with the value rounded to two decimals, the way
// the sheet's ROUND(x,2)>=min does it.

import type { EvaluationModel, PredicateRule } from "./model.js";

/**
 * ROUND(x, 2) as spreadsheets do it: the value is first taken to 15 significant digits (what a
 * spreadsheet stores and shows), then rounded half away from zero, so 74.995 rounds to 75.00 as
 * in Excel, LibreOffice and HyperFormula, not to 74.99 as naive binary rounding would.
 */
export function round2(x: number): number {
  if (!Number.isFinite(x)) return x;
  const shifted = Number((Math.abs(x) * 100).toPrecision(15));
  return (Math.sign(x) * Math.round(shifted)) / 100;
}

export interface RuleCheck {
  /** "total", "pengungkit", "area:MP", ... */
  rule: string;
  ruleId: string;
  label: string;
  unit: PredicateRule["unit"];
  /** Minimum the predicate asks for. */
  required: number;
  /** The value, unrounded. */
  actual: number;
  ok: boolean;
}

export interface RuleInputs {
  total: number;
  figures: Record<string, number>;
  areas: { code: string; label: string; percent: number }[];
}

/** Every check of one predicate, in the rules' order (one per area for an each-area rule). */
export function checksFor(model: EvaluationModel, predicate: string, inputs: RuleInputs): RuleCheck[] {
  const out: RuleCheck[] = [];
  for (const rule of model.rules) {
    const required = rule.min[predicate];
    if (required === undefined) continue;
    const check = (id: string, label: string, actual: number) =>
      out.push({ rule: id, ruleId: rule.id, label, unit: rule.unit, required, actual, ok: round2(actual) >= required });
    if ("eachArea" in rule.metric) {
      for (const area of inputs.areas) check(`${rule.id}:${area.code}`, area.label, area.percent);
    } else {
      const name = rule.metric.figure;
      check(rule.id, rule.label, name === "total" ? inputs.total : inputs.figures[name] ?? 0);
    }
  }
  return out;
}

/** The best predicate whose checks all hold, or null. */
export function bestPredicate(model: EvaluationModel, checks: Record<string, RuleCheck[]>): string | null {
  return model.predicates.find((p) => (checks[p] ?? []).every((c) => c.ok)) ?? null;
}

/**
 * The predicate one step above the reached one (predicates are listed best first): what a unit
 * works towards next. The lowest predicate when none is reached; null at the top.
 */
export function nextPredicate(model: EvaluationModel, reached: string | null): string | null {
  const ranked = model.predicates;
  const at = reached === null ? ranked.length : ranked.indexOf(reached);
  return at > 0 ? ranked[at - 1] : null;
}
