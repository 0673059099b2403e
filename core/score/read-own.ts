// Our own LKE sheet (built by sheet.ts) read back: rows are named by the hidden ID column and
// columns found by their header text, so inserted rows or columns move nothing.

import { DEFAULT_TIME_ZONE } from "../dates/zone.js";
import { normalizeHeader } from "../plan/headers.js";
import { cellRef } from "../sheet/a1.js";
import { cellAt, gridRowCount } from "../sheet/grid.js";
import type { Grid } from "../sheet/types.js";
import { cellText, yearInCell } from "../sheet/values.js";
import { ASSESSMENTS, EVAL_COLUMNS, EVAL_HEADERS, QUESTION_KEY_RE, ROW_KEYS, SUMMARY_MIN_COLS, type EvalColumn } from "./layout.js";

const FIGURE_PREFIX = ROW_KEYS.figure("");
import { asAnswer, HEADER_SEARCH_ROWS, type ReadEvaluation, type ReadEvaluationOptions } from "./read-types.js";

const BY_HEADER = new Map(EVAL_COLUMNS.map((c) => [normalizeHeader(EVAL_HEADERS[c]), c] as const));
const ID_HEADER = EVAL_HEADERS.id.toUpperCase();

export function findOwnHeader(grid: Grid): { row: number; columns: Partial<Record<EvalColumn, number>> } | null {
  const n = Math.min(gridRowCount(grid), HEADER_SEARCH_ROWS);
  for (let r = 0; r < n; r++) {
    const row = grid.values[r] ?? [];
    // The header row holds the ID column's own header: rows without it are not looked at closer.
    if (!row.some((v) => typeof v === "string" && v.trim().toUpperCase() === ID_HEADER)) continue;
    const columns: Partial<Record<EvalColumn, number>> = {};
    row.forEach((v, c) => {
      const role = BY_HEADER.get(normalizeHeader(v));
      if (role && columns[role] === undefined) columns[role] = c;
    });
    if (columns.id !== undefined && (columns.unitAnswer !== undefined || columns.tpiAnswer !== undefined)) return { row: r, columns };
  }
  return null;
}

export function readOwnLayout(grid: Grid, options: ReadEvaluationOptions): ReadEvaluation | null {
  const timeZone = options.timeZone ?? DEFAULT_TIME_ZONE;
  const header = findOwnHeader(grid);
  if (!header) return null;
  const col = header.columns;
  const idCol = col.id as number;
  const valueCol = col.criteria ?? 2;
  const out: ReadEvaluation = {
    sheet: grid.name,
    layout: "zi",
    modelId: null,
    agency: "",
    year: null,
    answers: { unit: {}, tpi: {} },
    cells: { unit: {}, tpi: {} },
    notes: {},
    evidence: {},
    keyRows: {},
    columns: col,
    headerRow: header.row,
    extra: [],
    findings: [],
    thresholds: {},
  };
  const n = gridRowCount(grid);
  for (let r = 0; r < n; r++) {
    const key = cellText(cellAt(grid, r, idCol));
    if (!key) continue;
    const q = QUESTION_KEY_RE.exec(key.toUpperCase());
    if (q && r > header.row) {
      const no = Number(q[1]);
      if (out.cells.unit[no] !== undefined || out.cells.tpi[no] !== undefined) continue;
      for (const a of ASSESSMENTS) {
        const c = col[a.key === "unit" ? "unitAnswer" : "tpiAnswer"];
        if (c === undefined) continue;
        out.answers[a.key][no] = asAnswer(cellAt(grid, r, c), timeZone);
        out.cells[a.key][no] = cellRef(r, c);
      }
      if (col.tpiNote !== undefined) out.notes[no] = cellAt(grid, r, col.tpiNote);
      if (col.evidence !== undefined) out.evidence[no] = cellAt(grid, r, col.evidence);
    } else if (key === ROW_KEYS.agency) {
      out.agency = cellText(cellAt(grid, r, valueCol));
    } else if (key === ROW_KEYS.year) {
      out.year = yearInCell(cellAt(grid, r, valueCol));
    } else if (key.startsWith(ROW_KEYS.modelPrefix)) {
      out.modelId = key.slice(ROW_KEYS.modelPrefix.length).trim() || null;
    } else if (r !== header.row && !(key in out.keyRows)) {
      out.keyRows[key] = r;
      if (key.startsWith(FIGURE_PREFIX)) {
        out.thresholds[key.slice(FIGURE_PREFIX.length)] = Object.fromEntries(
          Object.entries(SUMMARY_MIN_COLS).map(([p, c]) => [p, { value: cellAt(grid, r, c), cell: cellRef(r, c) }]),
        );
      }
    }
  }
  return out;
}
