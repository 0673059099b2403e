// Who and when a hand-typed plan is for: the PD's name from the title line (the Lampiran's
// "SKPD" replaced by the name) or a "Perangkat Daerah" label, the year from "TAHUN 2026" or a
// "Tahun" label, the predicate from "MENUJU WBK".

import type { Predicate } from "../../plan/model.js";
import { normalizeHeader } from "../../plan/headers.js";
import { cellRef } from "../../sheet/a1.js";
import type { Grid } from "../../sheet/types.js";
import { cellText } from "../../sheet/values.js";

export interface Identity {
  agency: string;
  /** Where the name is or belongs (the title, or the label's value cell); null when neither exists. */
  agencyCell: string | null;
  year: number | null;
  yearCell: string | null;
  predicate: Predicate | null;
}

const AGENCY_LABELS = new Set([
  "PERANGKAT DAERAH", "NAMA PERANGKAT DAERAH", "SKPD", "NAMA SKPD", "OPD", "NAMA OPD", "UNIT KERJA", "NAMA UNIT KERJA", "INSTANSI",
  "NAMA INSTANSI", "PD",
]);
const YEAR_LABELS = new Set(["TAHUN", "TAHUN ANGGARAN", "TAHUN RENCANA", "TA", "TAHUN PELAKSANAAN"]);

const TITLE_START = /RENCANA\s+(?:AKSI\s+)?PEMBANGUNAN\s+(?:ZONA\s+INTEGRITAS|ZI)\b/i;
const TITLE_HEAD =
  String.raw`RENCANA\s+(?:AKSI\s+)?PEMBANGUNAN\s+(?:ZONA\s+INTEGRITAS|ZI)\s*(?:\(\s*ZI\s*\)\s*)?` +
  String.raw`(?:MENUJU\s+)?(?:(WBK|WBBM)(?:\s*(?:\/|DAN|ATAU|-)\s*(WBK|WBBM))?\b)?\s*(.*?)\s*`;
const TITLE_END = String.raw`(?:\bDI\s+LINGKUNGAN\b|\bPADA\s+PEMERINTAH|\bPEMERINTAH(?:AN)?\s+KAB|\bKABUPATEN\s+BEKASI\b|\bTAHUN\s+(?:ANGGARAN\s+)?\d{4}\b)`;
/** The title with its closing words ("DI LINGKUNGAN PEMERINTAHAN KABUPATEN BEKASI", "TAHUN 2026"). */
const TITLE_CLOSED = new RegExp(TITLE_HEAD + TITLE_END, "i");
/** A title cell that ends with the name. */
const TITLE_OPEN = new RegExp(`${TITLE_HEAD}$`, "i");
/** "TAHUN 2026", not "NOMOR 30 TAHUN 2021" (a number before TAHUN cites a regulation). */
const YEAR_IN_TEXT = /(?<!\d\s*)\bTAHUN\s+(?:ANGGARAN\s+)?(\d{4})\b/i;

function validYear(y: number): number | null {
  return Number.isInteger(y) && y >= 2000 && y <= 2100 ? y : null;
}

/** The label of a "Label : value" cell, or the whole cell as a label. */
function splitLabel(text: string): { label: string; value: string } {
  const i = text.indexOf(":");
  return i < 0 ? { label: normalizeHeader(text), value: "" } : { label: normalizeHeader(text.slice(0, i)), value: text.slice(i + 1).trim() };
}

/** The first value right of a label cell, skipping ":" cells. */
function valueRightOf(grid: Grid, r: number, c: number): { text: string; raw: unknown; col: number } | null {
  const row = grid.values[r] ?? [];
  for (let k = c + 1; k < Math.min(row.length, c + 6); k++) {
    const raw = row[k];
    const text = cellText(raw).replace(/^:\s*/, "").trim();
    if (text && text !== ":") return { text, raw, col: k };
  }
  return null;
}

/** The name without the separators around it (":", "- "); the name's own characters are kept. */
function cleanName(name: string): string {
  return name.replace(/^[\s:]+|[\s:,]+$/g, "").replace(/^[-–]\s+/, "").replace(/^(?:PADA|DI|UNTUK)\s+/i, "").replace(/[ \t]+/g, " ").trim();
}

/**
 * Looks at the rows before the plan table (`rowsBefore`); cells longer than a title are skipped
 * so a huge pasted text costs nothing.
 */
export function findIdentity(grid: Grid, rowsBefore: number): Identity {
  const out: Identity = { agency: "", agencyCell: null, year: null, yearCell: null, predicate: null };
  const limit = Math.min(rowsBefore, grid.values.length);
  let titleCell: string | null = null;
  let titleAgency = "";
  let titleYear: { year: number; cell: string } | null = null;
  let looseYear: { year: number; cell: string } | null = null;
  for (let r = 0; r < limit; r++) {
    const row = grid.values[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const text = cellText(row[c]);
      if (!text || text.length > 400) continue;
      const { label, value } = splitLabel(text);
      if (AGENCY_LABELS.has(label) && !out.agency) {
        const right = value ? { text: value, col: c } : valueRightOf(grid, r, c);
        out.agencyCell = cellRef(r, right?.col ?? c);
        if (right) out.agency = cleanName(right.text);
        continue;
      }
      if (YEAR_LABELS.has(label) && out.year === null) {
        const right = value ? { text: value, raw: value, col: c } : valueRightOf(grid, r, c);
        out.yearCell = cellRef(r, right?.col ?? c);
        const y = right ? (typeof right.raw === "number" ? right.raw : Number(/\b(\d{4})\b/.exec(right.text)?.[1])) : NaN;
        out.year = validYear(y);
        continue;
      }
      if (TITLE_START.test(text) && !titleCell) {
        titleCell = cellRef(r, c);
        // The title may run over the next lines: add them until its closing words appear.
        const lines = [text];
        for (let k = r + 1; k < Math.min(limit, r + 4); k++) lines.push((grid.values[k] ?? []).map((v) => cellText(v)).filter(Boolean).join(" "));
        let m: RegExpExecArray | null = null;
        for (let k = 1; k <= lines.length && !m; k++) m = TITLE_CLOSED.exec(lines.slice(0, k).join(" "));
        m ??= TITLE_OPEN.exec(text);
        if (m) {
          const name = cleanName(m[3] ?? "");
          if (name && !/^SKPD$/i.test(name)) titleAgency = name;
          const p = [m[1], m[2]].filter(Boolean).map((x) => x.toUpperCase());
          if (p.length === 1) out.predicate = p[0] as Predicate;
        }
        const y = YEAR_IN_TEXT.exec(lines.join(" "));
        if (y && validYear(Number(y[1]))) titleYear = { year: Number(y[1]), cell: titleCell };
        continue;
      }
      const y = YEAR_IN_TEXT.exec(text);
      if (y && !looseYear && /^\s*TAHUN\s+(?:ANGGARAN\s+)?\d{4}\s*$/i.test(text) && validYear(Number(y[1]))) {
        looseYear = { year: Number(y[1]), cell: cellRef(r, c) };
      }
    }
  }
  // A label says it plainly; the title is the fallback.
  if (!out.agency && titleAgency) {
    out.agency = titleAgency;
    out.agencyCell = titleCell;
  }
  if (!out.agencyCell) out.agencyCell = titleCell;
  if (out.year === null) {
    const y = looseYear ?? titleYear;
    if (y) {
      out.year = y.year;
      out.yearCell = y.cell;
    } else if (!out.yearCell) out.yearCell = titleCell;
  }
  return out;
}
