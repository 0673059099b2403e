// Header rows of hand-typed plan tables. Labels are those of core/plan/headers.ts, taken more
// loosely: "TARGET WAKTU PELAKSANAAN (BULAN)" starts with a known label, "TARGET WAKTU PELAKSANAN"
// is one typo away from one.

import { boundedDistance } from "../../catalog/match.js";
import { planText } from "../../i18n/plan.js";
import { HEADER_ALIASES, headerRole, normalizeHeader } from "../../plan/headers.js";
import type { ColumnRole } from "../../plan/layout.js";
import { TextCache } from "../../sheet/cache.js";
import type { MergeIndex } from "../../sheet/grid.js";
import type { CellValue, Grid } from "../../sheet/types.js";
import { cellText } from "../../sheet/values.js";

const MAX_HEADER_LENGTH = 60;

/** Aliases long enough to be recognised as the start of a longer header, longest first. */
const PREFIXES: { text: string; role: ColumnRole }[] = (Object.entries(HEADER_ALIASES) as [ColumnRole, readonly string[]][])
  .flatMap(([role, names]) => names.filter((n) => n.length >= 5 && role !== "id").map((text) => ({ text, role })))
  .sort((a, b) => b.text.length - a.text.length);

const strictCache = new TextCache<ColumnRole | null>(5_000);

/** The role a typed header cell names exactly or by its first words, or null. */
function strictRole(v: CellValue | undefined): ColumnRole | null {
  if (typeof v !== "string" || v.length > MAX_HEADER_LENGTH) return null;
  // Every row is looked at as a possible header; its cells repeat (statuses, owners, targets).
  return strictCache.get(v, uncachedStrictRole);
}

function uncachedStrictRole(v: string): ColumnRole | null {
  const exact = headerRole(v);
  if (exact) return exact === "id" ? null : exact;
  const h = normalizeHeader(v);
  if (!h) return null;
  for (const p of PREFIXES) if (h.startsWith(`${p.text} `)) return p.role;
  return null;
}

// A sheet repeats its texts (owners, statuses, "Triwulan II"): each is judged once.
const fuzzyCache = new TextCache<ColumnRole | null>(20_000);

/** A header one or two typos away from a label of eight letters or more. */
function fuzzyRole(v: CellValue | undefined): ColumnRole | null {
  if (typeof v !== "string" || v.length > MAX_HEADER_LENGTH) return null;
  const h = normalizeHeader(v);
  return h.length < 6 ? null : fuzzyCache.get(h, uncachedFuzzyRole);
}

function uncachedFuzzyRole(h: string): ColumnRole | null {
  for (const p of PREFIXES) if (p.text.length >= 8 && boundedDistance(h, p.text, 2) <= 2) return p.role;
  return null;
}

/** The role a typed header cell names, or null. */
export function typedHeaderRole(v: CellValue | undefined): ColumnRole | null {
  return strictRole(v) ?? fuzzyRole(v);
}

export interface TableColumns {
  /** Column of each role; a role absent from the table is absent here. */
  roles: Partial<Record<ColumnRole, number>>;
  /** Labelled columns that are none of ours (ANGGARAN, OUTPUT...). */
  others: { header: string; col: number }[];
  /** Rows the header takes (a second row of sub-headers counts). */
  lastRow: number;
}

function mapRow(row: readonly CellValue[], into: TableColumns, claimed: Set<number>, role: (v: CellValue) => ColumnRole | null): void {
  row.forEach((v, col) => {
    if (claimed.has(col)) return;
    const r = role(v);
    if (r && into.roles[r] === undefined) {
      into.roles[r] = col;
      claimed.add(col);
    }
  });
}

/**
 * The table header starting at `r`: a row naming RENCANA AKSI and INDIKATOR or NO. A following
 * row of sub-headers ("MONITORING" split into STATUS and BUKTI DUKUNG) adds its roles.
 */
export function tableHeaderAt(grid: Grid, r: number): TableColumns | null {
  const row = grid.values[r];
  if (!row || row.length === 0) return null;
  // Most rows are data: one look at their (cached) cell roles turns them away before any allocation.
  let named = false;
  for (let c = 0; c < row.length && !named; c++) named = strictRole(row[c]) !== null;
  if (!named) return null;
  const out: TableColumns = { roles: {}, others: [], lastRow: r };
  const claimed = new Set<number>();
  mapRow(row, out, claimed, strictRole);
  // Typos are looked for only in a row that already names a column exactly: data rows stay cheap.
  if (claimed.size === 0) return null;
  mapRow(row, out, claimed, fuzzyRole);
  if (out.roles.action === undefined || (out.roles.indicator === undefined && out.roles.no === undefined)) return null;
  const next = grid.values[r + 1];
  const blank = (v: CellValue | undefined) => v === null || v === undefined || (typeof v === "string" && !v.trim());
  if (next && next.some((v) => typedHeaderRole(v) !== null) && next.every((v) => blank(v) || typedHeaderRole(v) !== null || isColumnNumber(v))) {
    mapRow(next, out, claimed, typedHeaderRole);
    out.lastRow = r + 1;
  }
  for (const [i, v] of row.entries()) {
    const text = cellText(v);
    if (!text || claimed.has(i) || text.length > MAX_HEADER_LENGTH) continue;
    // JATUH TEMPO is the generated sheet's formula column (also when its ID column was deleted):
    // computed from the target, it is neither read nor carried into a regenerated sheet.
    if (normalizeHeader(v) === planText.dueColumn) continue;
    out.others.push({ header: text, col: i });
  }
  return out;
}

function isColumnNumber(v: CellValue | undefined): boolean {
  if (typeof v === "number") return Number.isInteger(v) && v >= 1 && v <= 30;
  return typeof v === "string" && /^\s*\(?\s*\d{1,2}\s*\)?\.?\s*$/.test(v);
}

/** The "(1) (2) (3) (4)" row printed under many table headers. */
export function isColumnNumberRow(row: readonly CellValue[] | undefined, merges: MergeIndex, r: number): boolean {
  if (!row) return false;
  let n = 0;
  for (let c = 0; c < row.length; c++) {
    const v = row[c];
    if (v === null || v === undefined || (typeof v === "string" && !v.trim())) continue;
    if (merges.ownerOf(r, c)) continue;
    if (!isColumnNumber(v)) return false;
    n++;
  }
  return n >= 3;
}

const TEAM_ROLE_HEADERS = new Set([
  "KEDUDUKAN DALAM TIM", "KEDUDUKAN", "JABATAN DALAM TIM", "POSISI DALAM TIM", "POSISI", "PERAN", "PERAN DALAM TIM", "SUSUNAN TIM",
]);
const TEAM_NAME_HEADERS = new Set(["NAMA", "NAMA LENGKAP", "NAMA ANGGOTA", "NAMA PEGAWAI"]);

/** The team table's header: a role column and a name column. Returns both, or null. */
export function teamHeaderAt(row: readonly CellValue[] | undefined): { role: number; name: number; nip: number | null; position: number | null } | null {
  if (!row) return null;
  let role = -1;
  let name = -1;
  let nip: number | null = null;
  let position: number | null = null;
  row.forEach((v, c) => {
    if (typeof v !== "string" || v.length > MAX_HEADER_LENGTH) return;
    const h = normalizeHeader(v);
    if (role < 0 && TEAM_ROLE_HEADERS.has(h)) role = c;
    else if (name < 0 && TEAM_NAME_HEADERS.has(h)) name = c;
    else if (nip === null && h === "NIP") nip = c;
    else if (position === null && (h === "JABATAN" || h === "JABATAN DINAS" || h === "PANGKAT JABATAN")) position = c;
  });
  return role >= 0 && name >= 0 ? { role, name, nip, position } : null;
}
