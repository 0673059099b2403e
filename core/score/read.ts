// readEvaluation: a generated LKE sheet (Grid) -> the answers of the unit and of the TPI, by
// question number, and where each one sits. Rows are named by the hidden ID column and columns
// found by their header text, so inserted rows or columns move nothing. Never throws: every
// cell is taken as it is and judged by the engine.

import { DEFAULT_TIME_ZONE, serialFromInstant } from "../dates/zone.js";
import { normalizeHeader } from "../plan/headers.js";
import { cellRef } from "../sheet/a1.js";
import { cellAt, gridRowCount } from "../sheet/grid.js";
import type { CellValue, Grid } from "../sheet/types.js";
import { cellText, yearInCell } from "../sheet/values.js";
import { ASSESSMENTS, EVAL_COLUMNS, EVAL_HEADERS, QUESTION_KEY_RE, ROW_KEYS, type AssessmentKey, type EvalColumn } from "./layout.js";

export interface ReadEvaluation {
  sheet: string;
  /** Model id from the sheet ("lke-zi-2026"); null when the sheet names none. */
  modelId: string | null;
  agency: string;
  year: number | null;
  answers: Record<AssessmentKey, Record<number, CellValue>>;
  /** A1 cell of each answer, per assessment. */
  cells: Record<AssessmentKey, Record<number, string>>;
  /** TPI notes and evidence as typed, by question. */
  notes: Record<number, CellValue>;
  evidence: Record<number, CellValue>;
  /** Row of every other key of the ID column: summary rows ("R:total", "R:area:MP"), nodes ("N:A.I.1"), percentages ("P:..."). */
  keyRows: Record<string, number>;
  columns: Partial<Record<EvalColumn, number>>;
  /** Row of the table header; answers are read only below it. */
  headerRow: number;
}

const BY_HEADER = new Map(EVAL_COLUMNS.map((c) => [normalizeHeader(EVAL_HEADERS[c]), c] as const));

function findHeader(grid: Grid): { row: number; columns: Partial<Record<EvalColumn, number>> } | null {
  const n = gridRowCount(grid);
  for (let r = 0; r < n; r++) {
    const row = grid.values[r] ?? [];
    const columns: Partial<Record<EvalColumn, number>> = {};
    row.forEach((v, c) => {
      const role = BY_HEADER.get(normalizeHeader(v));
      if (role && columns[role] === undefined) columns[role] = c;
    });
    if (columns.id !== undefined && (columns.unitAnswer !== undefined || columns.tpiAnswer !== undefined)) return { row: r, columns };
  }
  return null;
}

/** A cell as the sheet's formulas see it: a Date is its serial day number. */
function asAnswer(v: CellValue, timeZone: string): CellValue {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : serialFromInstant(v, timeZone);
  return v;
}

export function isEvaluationSheet(grid: Grid): boolean {
  return findHeader(grid) !== null;
}

export function readEvaluation(grid: Grid, options: { timeZone?: string } = {}): ReadEvaluation | null {
  const timeZone = options.timeZone ?? DEFAULT_TIME_ZONE;
  const header = findHeader(grid);
  if (!header) return null;
  const col = header.columns;
  const idCol = col.id as number;
  const valueCol = col.criteria ?? 2;
  const out: ReadEvaluation = {
    sheet: grid.name,
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
    }
  }
  return out;
}
