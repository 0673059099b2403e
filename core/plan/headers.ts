// Recognising the plan table's header cells, in generated and hand-typed sheets alike.

import { TextCache } from "../sheet/cache.js";
import { cellText, foldAccents } from "../sheet/values.js";
import type { CellValue } from "../sheet/types.js";
import type { ColumnRole } from "./layout.js";

// Readers ask for every short cell of every row whether it is a header; the texts repeat
// (statuses, owners, targets), so each is normalised once.
const headerCache = new TextCache<string>(10_000);

/** Upper case, single spaces, no punctuation but "/" kept out: "Target  Waktu\nPelaksanaan" -> "TARGET WAKTU PELAKSANAAN". */
export function normalizeHeader(v: CellValue | undefined): string {
  return typeof v === "string" && v.length <= 200 ? headerCache.get(v, uncachedNormalizeHeader) : uncachedNormalizeHeader(v);
}

function uncachedNormalizeHeader(v: CellValue | undefined): string {
  return foldAccents(cellText(v))
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, " ")
    .trim();
}

const ALIASES: Record<ColumnRole, string[]> = {
  no: ["NO", "NOMOR", "NO URUT", "NOMOR URUT"],
  indicator: ["INDIKATOR", "INDIKATOR KOMPONEN", "KOMPONEN INDIKATOR", "INDIKATOR KINERJA"],
  action: [
    "RENCANA AKSI", "RENCANA KEGIATAN", "KEGIATAN", "AKSI", "RENCANA AKSI KEGIATAN", "URAIAN RENCANA AKSI", "URAIAN KEGIATAN",
    "KEGIATAN RENCANA AKSI", "RENCANA TINDAK",
  ],
  target: [
    "TARGET WAKTU PELAKSANAAN", "TARGET WAKTU", "WAKTU PELAKSANAAN", "TARGET", "JADWAL", "JADWAL PELAKSANAAN", "TARGET PELAKSANAAN", "WAKTU",
    "TARGET WAKTU PENYELESAIAN", "TARGET PENYELESAIAN", "WAKTU PENYELESAIAN", "BATAS WAKTU", "TENGGAT WAKTU", "JADWAL WAKTU", "TIMELINE",
  ],
  owner: [
    "PENANGGUNG JAWAB", "PENANGGUNGJAWAB", "PJ", "PIC", "PELAKSANA", "UNIT PENANGGUNG JAWAB", "PENANGGUNG JAWAB KEGIATAN",
    "PELAKSANA KEGIATAN", "UNIT PELAKSANA", "UNIT KERJA PELAKSANA",
  ],
  status: ["STATUS", "STATUS PELAKSANAAN", "PROGRES", "PROGRESS", "PROGRES PELAKSANAAN", "CAPAIAN", "KEMAJUAN", "STATUS KEGIATAN"],
  doneOn: [
    "TANGGAL REALISASI", "TGL REALISASI", "REALISASI", "TANGGAL SELESAI", "WAKTU REALISASI", "REALISASI WAKTU", "TGL SELESAI",
    "TANGGAL PENYELESAIAN", "WAKTU SELESAI", "REALISASI WAKTU PELAKSANAAN",
  ],
  evidence: [
    "BUKTI DUKUNG", "BUKTI", "DATA DUKUNG", "BUKTI PENDUKUNG", "EVIDENCE", "LINK BUKTI DUKUNG", "TAUTAN BUKTI DUKUNG",
    "DOKUMEN PENDUKUNG", "DOKUMEN BUKTI", "BUKTI DUKUNG DATA DUKUNG",
  ],
  notes: ["KETERANGAN", "KET", "CATATAN", "KENDALA"],
  id: ["ID"],
};

/** Every accepted header text by role (hand-typed plans match these loosely, see core/validate/typed). */
export const HEADER_ALIASES: Readonly<Record<ColumnRole, readonly string[]>> = ALIASES;

const BY_TEXT = new Map<string, ColumnRole>();
for (const [role, names] of Object.entries(ALIASES) as [ColumnRole, string[]][]) {
  for (const n of names) BY_TEXT.set(n, role);
}

/** Longer than any header label: such a cell is content, and normalising it would cost for nothing. */
const MAX_HEADER_LENGTH = 60;

export function headerRole(v: CellValue | undefined): ColumnRole | null {
  // Labels are text: a number, a date or an empty cell names no column.
  if (typeof v !== "string" || v.length > MAX_HEADER_LENGTH) return null;
  return BY_TEXT.get(normalizeHeader(v)) ?? null;
}

/** A row that names at least INDIKATOR and RENCANA AKSI (or NO and one of them) is a plan table header. */
export function isPlanHeaderRow(row: readonly CellValue[] | undefined): boolean {
  if (!row) return false;
  // Every row of every sheet is asked: a loop with no arrays or sets made per row.
  let action = false;
  let other = false;
  for (let c = 0; c < row.length; c++) {
    const role = headerRole(row[c]);
    if (role === "action") action = true;
    else if (role === "indicator" || role === "no") other = true;
  }
  return action && other;
}

/** Each role's column in a header row (first occurrence wins), and the other labelled columns. */
export function mapHeaderRow(row: readonly CellValue[]): { roles: Partial<Record<ColumnRole, number>>; others: { header: string; col: number }[] } {
  const roles: Partial<Record<ColumnRole, number>> = {};
  const others: { header: string; col: number }[] = [];
  row.forEach((v, col) => {
    const role = headerRole(v);
    if (role && roles[role] === undefined) roles[role] = col;
    else if (cellText(v)) others.push({ header: cellText(v), col });
  });
  return { roles, others };
}
