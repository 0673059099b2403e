// Our LKE sheet's threshold cells can be edited (the predicate formulas read them), while `zi nilai`
// and "Hitung nilai" judge by the model. Where a cell no longer holds the model's minimum, the two
// would disagree: say so, with the cell, instead of leaving a silent difference.

import { scoreText } from "../i18n/score.js";
import type { EvaluationModel } from "./model.js";
import type { EvaluationFinding, ReadEvaluation } from "./read-types.js";

export function thresholdFindings(model: EvaluationModel, read: ReadEvaluation): EvaluationFinding[] {
  const out: EvaluationFinding[] = [];
  for (const rule of model.rules) {
    const rows = "eachArea" in rule.metric
      ? model.areaGroups.map((g) => ({ key: `area:${g.code}`, label: g.label }))
      : [{ key: rule.metric.figure, label: rule.label }];
    for (const { key, label } of rows) {
      for (const [predicate, min] of Object.entries(rule.min)) {
        const cell = read.thresholds[key]?.[predicate];
        if (!cell || (typeof cell.value === "number" && Math.abs(cell.value - min) < 1e-9)) continue;
        out.push({
          code: "THRESHOLD_CHANGED",
          severity: "warning",
          sheet: read.sheet,
          cell: cell.cell,
          ref: null,
          message: scoreText.thresholdChanged(predicate, label, cell.value, min),
        });
      }
    }
  }
  return out;
}
