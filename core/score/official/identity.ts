// Who and which year an official LKE workbook is about. The summary sheets ("Unit", "TPI Unit")
// name the unit beside a label ("Unit Kerja", "Nama Unit", "Instansi" ...), and titles name the
// year ("LKE ZI TAHUN 2026"). A cell holding an error (#REF! from a broken summary sheet) names
// nothing; the answer sheet is looked at last; the file name is the caller's last resort.

import { normalizeHeader } from "../../plan/headers.js";
import type { Grid, WorkbookGrids } from "../../sheet/types.js";
import { cellText, yearInCell } from "../../sheet/values.js";

export interface Identity {
  agency: string;
  year: number | null;
}

const ROWS = 40;
const COLS = 30;

const AGENCY_LABEL = /^(NAMA )?(UNIT( KERJA)?|SATUAN KERJA|SATKER|INSTANSI|PERANGKAT DAERAH|OPD|SKPD|UNIT KERJA YANG DINILAI|UNIT YANG DINILAI)$/;
const YEAR_LABEL = /^(TAHUN|TAHUN PENILAIAN|TAHUN EVALUASI|PERIODE)$/;
/** A title that carries the year: "LKE ZI TAHUN 2026", "Evaluasi Zona Integritas 2026". */
const YEAR_TITLE = /\b(TAHUN|LKE|EVALUASI|ZONA INTEGRITAS)\b/;

/** The value beside a label: the next cell to the right that is not empty or a lone ":". */
function valueRightOf(grid: Grid, row: number, col: number): string {
  const cells = grid.values[row] ?? [];
  for (let c = col + 1; c < Math.min(cells.length, col + 6); c++) {
    const t = cellText(cells[c] ?? null).replace(/^:\s*/, "").trim();
    if (t) return t;
  }
  return "";
}

/** "Unit Kerja : Dinas X" in one cell. */
function inlineValue(text: string, label: RegExp): string {
  const m = /^([^:]{2,40}):\s*(.+)$/.exec(text);
  return m && label.test(normalizeHeader(m[1])) ? m[2].trim() : "";
}

function identityOfSheet(grid: Grid): Identity {
  let agency = "";
  let year: number | null = null;
  let titleYear: number | null = null;
  const rows = Math.min(grid.values.length, ROWS);
  for (let r = 0; r < rows; r++) {
    const cells = grid.values[r] ?? [];
    for (let c = 0; c < Math.min(cells.length, COLS); c++) {
      const text = cellText(cells[c] ?? null);
      if (!text) continue;
      const label = normalizeHeader(text);
      if (!agency) agency = AGENCY_LABEL.test(label) ? valueRightOf(grid, r, c) : inlineValue(text, AGENCY_LABEL);
      if (year === null) {
        if (YEAR_LABEL.test(label)) year = yearInCell(valueRightOf(grid, r, c));
        else if (inlineValue(text, YEAR_LABEL)) year = yearInCell(inlineValue(text, YEAR_LABEL));
      }
      if (titleYear === null && YEAR_TITLE.test(label)) titleYear = yearInCell(text);
    }
  }
  // A label's own words are no name: "Unit Kerja" beside "Unit Kerja" is an empty form.
  if (AGENCY_LABEL.test(normalizeHeader(agency))) agency = "";
  return { agency, year: year ?? titleYear };
}

/** The PD and year the workbook names: summary sheets first, then the answer sheet itself. */
export function officialIdentity(workbook: WorkbookGrids, answerSheet: string): Identity {
  const sheets = [...workbook.sheets.filter((g) => g.name !== answerSheet), ...workbook.sheets.filter((g) => g.name === answerSheet)];
  const out: Identity = { agency: "", year: null };
  for (const grid of sheets) {
    const found = identityOfSheet(grid);
    out.agency ||= found.agency;
    out.year ??= found.year;
    if (out.agency && out.year !== null) break;
  }
  return out;
}

/** Words of a file name that name the form, not the unit: "LKE_ZI_Dinas_Kesehatan_2026_final.xlsx" -> "Dinas Kesehatan". */
const FORM_WORDS = /^(lke|zi|wbk|wbbm|resmi|final|revisi|rev|tahun|th|thn|isian|jawaban|copy|salinan|v\d*|\d)$/i;

export function identityFromFileName(fileName: string): Identity {
  const base = fileName.split(/[\\/]/).pop()!.replace(/\.[^.]+$/, "");
  const year = yearInCell(base.replace(/[_\-.]+/g, " "));
  const words = base
    .split(/[\s_\-.()[\]]+/)
    .filter((w) => w && !FORM_WORDS.test(w) && !/^(19|20)\d\d$/.test(w));
  return { agency: words.join(" "), year };
}
