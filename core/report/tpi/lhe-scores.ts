// Section A of a PD's Laporan Hasil Evaluasi: the unit's scores beside the TPI's, line by line
// (total, each figure, each area under the pengungkit), with the weight, percentages and the gap.

import { tpiReportText } from "../../i18n/tpi-report.js";
import type { EvaluationScore } from "../../score/engine.js";
import { findNode, type EvaluationModel } from "../../score/model.js";
import type { SpecBuilder } from "../../sheet/spec.js";
import type { SpecValue } from "../../sheet/types.js";
import { STYLE, writeHeader } from "../common.js";
import { predicateText, type RankedEntry } from "./entries.js";
import { LHE_LAST as LAST } from "./style.js";

interface ScoreLine {
  label: string;
  weight: number;
  value: (s: EvaluationScore) => number;
}

/** Total, each figure and, under the first (pengungkit), each area: a figure inside another is indented. */
function scoreLines(model: EvaluationModel): ScoreLine[] {
  const t = tpiReportText.lhe;
  const top = new Set(model.tree.map((n) => n.code));
  const lines: ScoreLine[] = [{ label: t.total, weight: model.tree.reduce((n, x) => n + x.weight, 0), value: (s) => s.total }];
  const weightOf = (name: string): number => {
    const ref = model.figures[name];
    if ("node" in ref) return findNode(model, ref.node)?.weight ?? 0;
    const node = findNode(model, ref.points.node);
    const entry = node?.scoring.kind === "points" ? node.scoring.items.find((i) => "question" in i.item && i.item.question === ref.points.question) : undefined;
    return entry?.points ?? 0;
  };
  const areaWeights = (code: string) => Object.values(model.areaGroups.find((g) => g.code === code)!.members).reduce((n, c) => n + (findNode(model, c)?.weight ?? 0), 0);
  tpiReportText.figureColumns.forEach((f, i) => {
    const ref = model.figures[f.figure];
    if (!ref) return;
    const nested = !("node" in ref && top.has(ref.node));
    lines.push({ label: nested ? t.figure(ref.label) : ref.label, weight: weightOf(f.figure), value: (s) => s.figures[f.figure] ?? 0 });
    if (i === 0) {
      for (const g of model.areaGroups) {
        lines.push({ label: t.area(g.label), weight: areaWeights(g.code), value: (s) => s.areas.find((a) => a.code === g.code)?.score ?? 0 });
      }
    }
  });
  return lines;
}

export function writeScores(b: SpecBuilder, top: number, e: RankedEntry): number {
  const t = tpiReportText.lhe;
  const c = t.scoreColumns;
  b.set(top, 0, t.scoresHeading).style([top, 0], STYLE.section);
  const h = top + 1;
  writeHeader(b, h, [c.item, "", "", "", c.weight, c.unitValue, c.unitPercent, c.tpiValue, c.tpiPercent, c.difference]);
  b.merge(h, 0, h, 3);
  let r = h + 1;
  const { unit, tpi } = e.scores;
  const percent = (v: number, w: number): SpecValue => (w > 0 ? (v / w) * 100 : "");
  for (const line of scoreLines(e.model)) {
    const u = line.value(unit);
    const p = line.value(tpi);
    b.setRow(r, 0, [line.label, null, null, null, line.weight, u, percent(u, line.weight), p, percent(p, line.weight), p - u]).merge(r, 0, r, 3);
    r++;
  }
  b.numberFormat([h + 1, 4, r - 1, LAST], "0.00");
  b.setRow(r, 0, [t.unanswered, null, null, null, null, unit.unanswered, null, tpi.unanswered]).merge(r, 0, r, 3);
  b.setRow(r + 1, 0, [t.predicate, null, null, null, null, predicateText(unit.predicate), null, predicateText(tpi.predicate)]);
  b.merge(r + 1, 0, r + 1, 3).merge(r + 1, 5, r + 1, 6).merge(r + 1, 7, r + 1, 8);
  b.style([h + 1, 0, r + 1, LAST], STYLE.body).style([h + 1, 4, r + 1, LAST], STYLE.right);
  b.style([h + 1, 0, h + 1, LAST], { bold: true }).style([r + 1, 0, r + 1, LAST], STYLE.total).style([r + 1, 5, r + 1, 8], STYLE.center);
  return r + 3;
}
