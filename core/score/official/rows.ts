// The rows of the official answer sheet below its header: which hold a question (their "Pilihan
// Jawaban" names an answer type), which the workbook computes (percentages) or sums by hand
// (totals), and the question text each one shows across the "Penilaian" columns.

import { prepareText, textSimilarity, type Prepared } from "../../catalog/match.js";
import { gridRowCount } from "../../sheet/grid.js";
import type { Grid } from "../../sheet/types.js";
import { cellText } from "../../sheet/values.js";
import type { OfficialLayout } from "../model.js";
import type { OfficialHeader } from "./header.js";

export interface QuestionRow {
  row: number;
  /** Answer type id of the model. */
  type: string;
  text: string;
  prepared: Prepared;
  /** Column of the text shown in findings. */
  textCol: number;
}

/** "A/B/C", "a / b / c", "Nilai (0 – 4)" all compare as "a/b/c", "nilai(0-4)". */
function labelKey(text: string): string {
  return text.toLowerCase().replace(/[\u2010-\u2015\u2212]/g, "-").replace(/\s+/g, "");
}

/** A cell that is only a numbering mark: "A.", "I.", "1.", "iv.", "a)", "(1)", "-", "•", or a bare number. */
const MARK_ONLY = /^(?:\(?(?:[A-Za-z]|[IVXivx]{1,4}|\d{1,3})[.)]?\)?|\d+|[-•·*–—▪])$/;

/** The question text of a row: the "Penilaian" cells after their numbering mark, joined. */
function rowText(grid: Grid, row: number, header: OfficialHeader): { text: string; col: number } {
  const parts: string[] = [];
  let col = -1;
  for (let c = header.textFrom; c <= header.textTo; c++) {
    const t = cellText(grid.values[row]?.[c] ?? null);
    if (!t || (!parts.length && MARK_ONLY.test(t))) continue;
    if (col < 0) col = c;
    parts.push(t);
  }
  return { text: parts.join(" "), col: col < 0 ? header.textFrom : col };
}

/** Totals are recognised only when spelled nearly as listed: a question such as "Jumlah Kepala satuan kerja yang harus melaporkan" must stay a question. */
const TOTAL_SIMILARITY = 0.9;

export function questionRows(grid: Grid, header: OfficialHeader, layout: OfficialLayout): QuestionRow[] {
  const types = new Map<string, string>();
  for (const [id, labels] of Object.entries(layout.typeLabels)) for (const l of labels) types.set(labelKey(l), id);
  const computed = new Set(layout.computedLabels.map(labelKey));
  const totals = layout.totals.map((t) => prepareText(t));
  const out: QuestionRow[] = [];
  const n = gridRowCount(grid);
  for (let r = header.row + 1; r < n; r++) {
    const label = labelKey(cellText(grid.values[r]?.[header.choices] ?? null));
    if (!label || computed.has(label)) continue;
    const type = types.get(label);
    if (!type) continue;
    const { text, col } = rowText(grid, r, header);
    const prepared = prepareText(text);
    if (type === "jumlah" && totals.some((t) => textSimilarity(prepared, t, TOTAL_SIMILARITY) >= TOTAL_SIMILARITY)) continue;
    out.push({ row: r, type, text, prepared, textCol: col });
  }
  return out;
}
