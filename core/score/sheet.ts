// buildEvaluationSheet: an evaluation model -> the SheetSpec of the LKE sheet: identity, the
// summary block (unit and TPI), the tree with one row per question, and the model's sources and
// notes at the bottom. Every value is a native formula, so the sheet scores without the add-in.

import { LAMPIRAN_I, type Catalog } from "../catalog/index.js";
import { scoreText } from "../i18n/score.js";
import type { ReadPlan } from "../plan/read.js";
import { rangeRef } from "../sheet/a1.js";
import { withEstimatedHeights } from "../sheet/heights.js";
import { SpecBuilder } from "../sheet/spec.js";
import type { CellStyle, SheetSpec } from "../sheet/types.js";
import type { Answers } from "./engine.js";
import { COL, evalColumns, LAST_VISIBLE, ROW_KEYS, type AssessmentKey } from "./layout.js";
import type { EvaluationModel } from "./model.js";
import { planProgressByNode } from "./plan-link.js";
import { summaryHeight, writeSummary } from "./summary.js";
import { planTable, writeTable } from "./table.js";

export interface EvaluationSheetOptions {
  agency: string;
  year: number | null;
  /** A plan read from the same workbook: its done counts are shown beside each mapped node. */
  plan?: ReadPlan | null;
  catalog?: Catalog;
  /** Answers to pre-fill (the demo workbook, tests); text is written as text. */
  answers?: Partial<Record<AssessmentKey, Answers>>;
  /** The TPI's notes and the evidence by question, carried from another workbook (written as text). */
  notes?: Answers;
  evidence?: Answers;
  name?: string;
}

const S = {
  title: { bold: true, fontSize: 13, hAlign: "center", vAlign: "middle", wrap: true },
  model: { italic: true, fontSize: 9, hAlign: "center", wrap: true },
  label: { bold: true },
  value: { bold: true, hAlign: "left", borders: { bottom: true } },
  help: { italic: true, wrap: true, vAlign: "top", fontSize: 9 },
  sourceTitle: { bold: true },
  source: { wrap: true, vAlign: "top", fontSize: 9 },
} satisfies Record<string, CellStyle>;

/** Only cell values a sheet can hold; Dates and odd values are left out of a pre-fill. */
function cleanAnswers(answers: Answers | undefined): Record<number, string | number | boolean | null> {
  const out: Record<number, string | number | boolean | null> = {};
  for (const [k, v] of Object.entries(answers ?? {})) {
    if (typeof v === "string" || typeof v === "boolean" || (typeof v === "number" && Number.isFinite(v))) out[Number(k)] = v;
  }
  return out;
}

export function buildEvaluationSheet(model: EvaluationModel, options: EvaluationSheetOptions): SheetSpec {
  const b = new SpecBuilder(options.name ?? scoreText.sheetName, "evaluation", evalColumns());
  const full = (row: number) => b.merge(row, 0, row, LAST_VISIBLE);

  b.set(0, 0, scoreText.title).height(0, 30).style([0, 0], S.title);
  full(0);
  b.set(1, 0, scoreText.modelLine(model.title, model.citation)).style([1, 0], S.model).height(1, 26);
  full(1);
  const identity: [string, string | number, string][] = [
    [scoreText.identity.agency, options.agency.trim(), ROW_KEYS.agency],
    [scoreText.identity.year, options.year ?? "", ROW_KEYS.year],
    [scoreText.identity.model, model.title, `${ROW_KEYS.modelPrefix}${model.id}`],
  ];
  identity.forEach(([label, value, key], i) => {
    const r = 2 + i;
    b.set(r, COL.text, label).set(r, COL.criteria, value).set(r, COL.id, key);
    b.style([r, COL.text], S.label).style([r, COL.criteria, r, LAST_VISIBLE], S.value).merge(r, COL.criteria, r, LAST_VISIBLE);
  });
  b.set(5, 0, scoreText.help).style([5, 0], S.help).height(5, 28);
  full(5);
  if (options.plan) {
    b.set(6, 0, scoreText.plan.source(options.plan.sheet)).style([6, 0], S.help);
    full(6);
  }

  const summaryTop = 7;
  const tableHeader = summaryTop + summaryHeight(model) + 1;
  const table = planTable(model, tableHeader);
  const { totalRow, predicateRow } = writeSummary(b, model, table, summaryTop);
  writeTable(b, model, table, {
    answers: { unit: cleanAnswers(options.answers?.unit), tpi: cleanAnswers(options.answers?.tpi) },
    notes: cleanAnswers(options.notes),
    evidence: cleanAnswers(options.evidence),
    progress: options.plan ? planProgressByNode(options.plan, options.catalog ?? LAMPIRAN_I) : null,
  });

  let r = table.last + 2;
  b.set(r, COL.text, model.sourceNote).style([r, COL.text], S.source).merge(r, COL.text, r, LAST_VISIBLE);
  for (const note of model.notes) {
    r++;
    b.set(r, COL.text, note).style([r, COL.text], S.source).merge(r, COL.text, r, LAST_VISIBLE);
  }

  b.name("NILAI_TOTAL_UNIT", [totalRow, COL.unitValue]).name("NILAI_TOTAL_TPI", [totalRow, COL.tpiValue]);
  b.name("PREDIKAT_UNIT", [predicateRow, COL.unitValue]).name("PREDIKAT_TPI", [predicateRow, COL.tpiValue]);
  b.print({
    orientation: "landscape",
    paper: "A4",
    fitToWidth: true,
    repeatRows: { first: tableHeader, last: tableHeader },
    area: rangeRef(0, 0, r, LAST_VISIBLE),
  });
  const spec = b.build();
  return withEstimatedHeights({ ...spec, tabColor: "#375623" });
}
