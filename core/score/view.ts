// A score as reports print it: the JSON shape of `zi nilai --json` (numbers unrounded), built
// from the engine's result without knowing the edition: figures and area members come from the
// model's data.

import type { EvaluationScore } from "./engine.js";
import type { EvaluationModel } from "./model.js";

export interface ShortfallJson {
  rule: string;
  required: number;
  actual: number;
}

export interface AreaJson {
  code: string;
  score: number;
  weight: number;
  percent: number;
  [member: string]: string | number;
}

export interface AssessmentJson {
  total: number;
  /** The model's figures: pengungkit, pemenuhan, reform, hasil, bersih, ipak, capaian, pelayanan. */
  [figure: string]: unknown;
  unanswered: number;
  predicate: string | null;
  areas: AreaJson[];
  shortfalls: Record<string, ShortfallJson[]>;
}

export function assessmentJson(model: EvaluationModel, score: EvaluationScore): AssessmentJson {
  const figures: Record<string, number> = {};
  for (const name of Object.keys(model.figures)) figures[name] = score.figures[name];
  const shortfalls: Record<string, ShortfallJson[]> = {};
  // Lowest predicate first: "what is still missing for WBK", then for WBBM.
  for (const p of [...model.predicates].reverse()) {
    shortfalls[p] = (score.shortfalls[p] ?? []).map((c) => ({ rule: c.rule, required: c.required, actual: c.actual }));
  }
  return {
    total: score.total,
    ...figures,
    unanswered: score.unanswered,
    predicate: score.predicate,
    areas: score.areas.map((a) => ({ code: a.code, ...a.members, score: a.score, weight: a.weight, percent: a.percent })),
    shortfalls,
  };
}
