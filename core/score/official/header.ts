// The header of the official answer sheet, found by its texts (never by row or column numbers):
// the row holding "Pilihan Jawaban" and "Jawaban Unit" or a "Jawaban TPI ..." block. A block's
// header may be one cell over its columns with sub-headers below it ("Jawaban", "Nilai", "%",
// "Catatan"); both rows are read.

import { normalizeHeader } from "../../plan/headers.js";
import { gridRowCount } from "../../sheet/grid.js";
import type { Grid } from "../../sheet/types.js";
import { cellText } from "../../sheet/values.js";
import { HEADER_SEARCH_ROWS } from "../read-types.js";


export interface AnswerBlock {
  /** The block's header as written ("Jawaban Unit", "Jawaban TPI KESDM"). */
  name: string;
  answer: number;
  notes: number[];
  evidence: number[];
}

export interface OfficialHeader {
  row: number;
  /** First and last column of the question texts ("Penilaian" columns). */
  textFrom: number;
  textTo: number;
  no: number | null;
  weight: number | null;
  criteria: number | null;
  choices: number;
  unit: AnswerBlock | null;
  tpi: AnswerBlock[];
}

const is = {
  choices: (h: string) => h === "PILIHAN JAWABAN" || h === "PILIHAN" || h.startsWith("PILIHAN JAWABAN "),
  unit: (h: string) => /^(JAWABAN|PENILAIAN|NILAI) (MANDIRI |UNIT|SATKER|SATUAN KERJA)/.test(h) || h === "JAWABAN MANDIRI" || h === "PENILAIAN MANDIRI",
  tpi: (h: string) => /^(JAWABAN|PENILAIAN) (TPI|TIM PENILAI)\b/.test(h),
  answer: (h: string) => h === "JAWABAN",
  weight: (h: string) => h === "BOBOT",
  criteria: (h: string) => h.startsWith("KRITERIA"),
  no: (h: string) => h === "NO" || h === "NOMOR" || h === "NO URUT" || h === "ID",
  notes: (h: string) => /\b(CATATAN|KETERANGAN|KOMENTAR|REKOMENDASI|PENJELASAN)\b/.test(h),
  evidence: (h: string) => /\b(BUKTI|LINK|TAUTAN|DATA DUKUNG|DOKUMEN|EVIDEN\w*)\b/.test(h),
};

function headerTexts(grid: Grid, row: number): string[] {
  return (grid.values[row] ?? []).map((v) => normalizeHeader(v));
}

function firstWhere(cells: string[], test: (h: string) => boolean, from = 0, to = cells.length - 1): number | null {
  for (let c = from; c <= to && c < cells.length; c++) if (cells[c] && test(cells[c])) return c;
  return null;
}

/** A block's columns from its own header cell and the sub-headers in its range. */
function block(grid: Grid, row: number, start: number, end: number): AnswerBlock {
  const top = headerTexts(grid, row);
  const below = headerTexts(grid, row + 1);
  const notes: number[] = [];
  const evidence: number[] = [];
  let answer = start;
  for (let c = start; c <= end; c++) {
    const sub = below[c] ?? "";
    const own = c === start ? "" : top[c] ?? "";
    if (c !== start && is.answer(sub)) answer = c;
    for (const h of [own, sub]) {
      if (!h) continue;
      if (is.evidence(h) && !evidence.includes(c)) evidence.push(c);
      else if (is.notes(h) && !notes.includes(c) && !evidence.includes(c)) notes.push(c);
    }
  }
  return { name: cellText(grid.values[row]?.[start] ?? null).replace(/\s+/g, " "), answer, notes, evidence };
}

export function findOfficialHeader(grid: Grid): OfficialHeader | null {
  const n = Math.min(gridRowCount(grid), HEADER_SEARCH_ROWS);
  for (let r = 0; r < n; r++) {
    const cells = headerTexts(grid, r);
    const choices = firstWhere(cells, is.choices);
    if (choices === null) continue;
    const unitCol = firstWhere(cells, is.unit);
    const tpiCols = cells.flatMap((h, c) => (h && is.tpi(h) ? [c] : []));
    if (unitCol === null && !tpiCols.length) continue;
    const width = Math.max(cells.length, headerTexts(grid, r + 1).length);
    const starts = [...(unitCol === null ? [] : [unitCol]), ...tpiCols].sort((a, b) => a - b);
    const endOf = (start: number) => (starts.find((s) => s > start) ?? width) - 1;
    const no = firstWhere(cells, is.no, 0, choices);
    const weight = firstWhere(cells, is.weight);
    const criteria = firstWhere(cells, is.criteria);
    const firstAfterText = Math.min(...[weight, criteria, choices].filter((c): c is number => c !== null));
    return {
      row: r,
      textFrom: no === null ? 0 : no + 1,
      textTo: Math.max(firstAfterText - 1, no === null ? 0 : no + 1),
      no,
      weight,
      criteria,
      choices,
      unit: unitCol === null ? null : block(grid, r, unitCol, endOf(unitCol)),
      tpi: tpiCols.map((c) => block(grid, r, c, endOf(c))),
    };
  }
  return null;
}
