// The summary block at the top of the LKE sheet: for the unit and the TPI, the total, the
// model's figures, each area with its % and thresholds, the unanswered count and the predicate,
// all native formulas over the table below; failing values are highlighted.

import { number2 } from "../i18n/numbers.js";
import { scoreText } from "../i18n/score.js";
import { cellRef, columnLetters, rangeRef } from "../sheet/a1.js";
import type { SpecBuilder } from "../sheet/spec.js";
import type { CellStyle } from "../sheet/types.js";
import { formula } from "../sheet/values.js";
import { meets, num, str, sumFormula } from "./formulas.js";
import { ASSESSMENTS, COL, ROW_KEYS, SUMMARY_MIN_COLS } from "./layout.js";
import { findNode, type EvaluationModel, type PredicateRule } from "./model.js";
import type { TablePlan } from "./table.js";

const BORDERS = { top: true, bottom: true, left: true, right: true, insideHorizontal: true, insideVertical: true };
const S = {
  header: { bold: true, fill: "#D9E2F3", hAlign: "center", vAlign: "middle", wrap: true, borders: BORDERS },
  body: { vAlign: "middle", wrap: true, borders: BORDERS },
  strong: { bold: true },
  predicate: { bold: true, hAlign: "center", fontSize: 12 },
  legend: { italic: true, fontSize: 9 },
} satisfies Record<string, CellStyle>;

const CF = {
  belowWbk: { fill: "#F8CBAD", fontColor: "#9C0006" },
  belowWbbm: { fill: "#FFEB9C", fontColor: "#9C5700" },
  reached: { fill: "#C6EFCE", fontColor: "#006100", bold: true },
};

export interface SummaryRow {
  key: string;
  code: string;
  label: string;
  weight: number | null;
  /** Rule whose minimum applies, and whether the value or the % is compared. */
  rule?: PredicateRule;
  /** Value formula for a value column letter-index. */
  value: (col: number) => string;
}

const MIN_COLS = SUMMARY_MIN_COLS;

function ruleFor(model: EvaluationModel, figure: string): PredicateRule | undefined {
  return model.rules.find((r) => "figure" in r.metric && r.metric.figure === figure);
}

/** Rows of the summary, in order: total, figures, areas (the unanswered and predicate rows follow). */
function summaryRows(model: EvaluationModel, table: TablePlan): { figures: SummaryRow[]; areas: SummaryRow[] } {
  const at = (key: string, col: number) => cellRef(table.rowOf.get(key) as number, col);
  const total: SummaryRow = {
    key: "total",
    code: "",
    label: scoreText.summary.total,
    weight: model.tree.reduce((acc, n) => acc + n.weight, 0),
    rule: ruleFor(model, "total"),
    value: (col) => sumFormula(model.tree.map((n) => at(n.code, col))),
  };
  const figures = Object.entries(model.figures).map(([name, f]): SummaryRow => {
    const node = "node" in f ? findNode(model, f.node) : undefined;
    const parent = "points" in f ? findNode(model, f.points.node) : undefined;
    const points = parent?.scoring.kind === "points" && "points" in f
      ? parent.scoring.items.find((i) => "question" in i.item && i.item.question === f.points.question)?.points ?? null
      : null;
    return {
      key: name,
      code: "node" in f ? f.node : `${f.points.node} / ${f.points.question}`,
      label: f.label,
      weight: node ? node.weight : points,
      rule: ruleFor(model, name),
      // SUM of one cell: a blank answer's "" becomes 0, so ROUND() in the rules never errors.
      value: (col) => `=SUM(${"node" in f ? at(f.node, col) : at(`S${f.points.question}`, col)})`,
    };
  });
  const areaRule = model.rules.find((r) => "eachArea" in r.metric);
  const areas = model.areaGroups.map((g): SummaryRow => {
    const codes = Object.values(g.members);
    return {
      key: `area:${g.code}`,
      code: g.code,
      label: scoreText.summary.area(g.label),
      weight: codes.reduce((acc, c) => acc + (findNode(model, c)?.weight ?? 0), 0),
      rule: areaRule,
      value: (col) => `=${codes.map((c) => at(c, col)).join("+")}`,
    };
  });
  return { figures: [total, ...figures], areas };
}

export function summaryHeight(model: EvaluationModel): number {
  return 1 + 1 + Object.keys(model.figures).length + model.areaGroups.length + 2 + 1;
}

function minsText(rule: PredicateRule, percent: boolean): string {
  return Object.entries(rule.min).map(([p, m]) => `${p} ≥ ${number2(m)}${percent ? "%" : ""}`).join(", ");
}

/** Conditional formats for one column of compared values: below WBK red, below WBBM amber. */
function highlight(b: SpecBuilder, col: number, top: number, bottom: number): void {
  const v = `ROUND(${cellRef(top, col)},2)`;
  const wbk = `$${columnLetters(MIN_COLS.WBK)}${top + 1}`;
  const wbbm = `$${columnLetters(MIN_COLS.WBBM)}${top + 1}`;
  const range = rangeRef(top, col, bottom, col);
  b.conditional(range, `=AND(${wbk}<>"",${v}<${wbk})`, CF.belowWbk);
  b.conditional(range, `=AND(${wbbm}<>"",${v}>=${wbk},${v}<${wbbm})`, CF.belowWbbm);
}

/** Writes the block from row `top`; returns the rows the named ranges point at. */
export function writeSummary(b: SpecBuilder, model: EvaluationModel, table: TablePlan, top: number): { totalRow: number; predicateRow: number } {
  const t = scoreText.summary;
  const header: [number, string][] = [
    [COL.code, scoreText.columns.code], [COL.text, t.title], [COL.criteria, t.note], [COL.weight, t.weight],
    [COL.unitAnswer, t.unitPercent], [COL.unitValue, t.unitValue], [COL.tpiAnswer, t.tpiPercent], [COL.tpiValue, t.tpiValue],
    [MIN_COLS.WBK, t.minWbk], [MIN_COLS.WBBM, t.minWbbm],
  ];
  header.forEach(([c, text]) => b.set(top, c, text));
  b.set(top, COL.id, ROW_KEYS.summary).style([top, 0, top, MIN_COLS.WBBM], S.header);

  const { figures, areas } = summaryRows(model, table);
  const checks: Record<string, Record<string, string[]>> = { unit: {}, tpi: {} };
  const writeRow = (row: SummaryRow, r: number, percent: boolean) => {
    b.set(r, COL.code, row.code).set(r, COL.text, row.label).set(r, COL.id, ROW_KEYS.figure(row.key));
    if (row.weight !== null) b.set(r, COL.weight, row.weight).numberFormat([r, COL.weight], "0.00");
    if (row.rule) b.set(r, COL.criteria, percent ? t.areaNote : t.ruleNote(minsText(row.rule, false)));
    for (const a of ASSESSMENTS) {
      b.set(r, a.value, formula(row.value(a.value))).numberFormat([r, a.value], "0.00");
      if (percent) b.set(r, a.percent, formula(`=${cellRef(r, a.value)}/${num(row.weight ?? 1)}*100`)).numberFormat([r, a.percent], "0.00");
      if (!row.rule) continue;
      const compared = cellRef(r, percent ? a.percent : a.value);
      // The predicate reads the threshold cells beside it, so correcting a threshold is one edit.
      for (const [p, min] of Object.entries(row.rule.min)) {
        const at = MIN_COLS[p as keyof typeof MIN_COLS];
        (checks[a.key][p] ??= []).push(at === undefined ? meets(compared, min) : meets(compared, `$${columnLetters(at)}$${r + 1}`));
      }
    }
    if (row.rule) {
      if (row.rule.min.WBK !== undefined) b.set(r, MIN_COLS.WBK, row.rule.min.WBK);
      if (row.rule.min.WBBM !== undefined) b.set(r, MIN_COLS.WBBM, row.rule.min.WBBM);
      b.numberFormat([r, MIN_COLS.WBK, r, MIN_COLS.WBBM], "0.00");
    }
  };
  let r = top + 1;
  const figTop = r;
  for (const row of figures) writeRow(row, r++, false);
  const areaTop = r;
  for (const row of areas) writeRow(row, r++, true);
  const unansweredRow = r++;
  b.set(unansweredRow, COL.text, t.unanswered).set(unansweredRow, COL.id, ROW_KEYS.figure("belum"));
  for (const a of ASSESSMENTS) b.set(unansweredRow, a.value, formula(`=SUM(${rangeRef(table.first, a.blank, table.last, a.blank)})`));
  const predicateRow = r++;
  b.set(predicateRow, COL.text, t.predicate).set(predicateRow, COL.criteria, t.predicateNote).set(predicateRow, COL.id, ROW_KEYS.figure("predikat"));
  for (const a of ASSESSMENTS) {
    const chain = model.predicates.reduceRight(
      (rest, p) => `IF(AND(${(checks[a.key][p] ?? []).join(",")}),${str(p)},${rest})`,
      str(scoreText.noPredicate),
    );
    b.set(predicateRow, a.value, formula(`=${chain}`));
    const cell = rangeRef(predicateRow, a.value, predicateRow, a.value);
    b.conditional(cell, `=${cellRef(predicateRow, a.value)}=${str(scoreText.noPredicate)}`, CF.belowWbk);
    b.conditional(cell, `=${cellRef(predicateRow, a.value)}<>${str(scoreText.noPredicate)}`, CF.reached);
  }
  b.style([top + 1, 0, predicateRow, MIN_COLS.WBBM], S.body);
  b.style([top + 1, COL.text, predicateRow, COL.text], S.strong).style([predicateRow, 0, predicateRow, MIN_COLS.WBBM], S.predicate);
  for (const a of ASSESSMENTS) {
    highlight(b, a.value, figTop, areaTop - 1);
    highlight(b, a.percent, areaTop, unansweredRow - 1);
  }
  b.set(predicateRow + 1, COL.text, t.legend).style([predicateRow + 1, COL.text], S.legend);
  return { totalRow: figTop, predicateRow };
}
