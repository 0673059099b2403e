// Target cells for the JATUH TEMPO formula tests (HyperFormula in test/core, LibreOffice in
// test/cli): plans whose rencana aksi carry them, and what the formula should make of each.
// parseTarget is the oracle; these lists only say which side of the formula's design each is on.
import { actionEntries, buildPlanSheet, LAMPIRAN_I, newPlanDocument, planColumns, type CellValue, type SheetSpec } from "../../core/index.js";

/** Targets the formula reads to the same due date as parseTarget. */
export const FORMULA_READS: CellValue[] = [
  // date cells and serial numbers, a bare year
  46112, 46112.5, 2026, "2026",
  // months and their abbreviations
  "Maret 2026", "Mar 2026", "mei 2026", "Februari 2028", "Pebruari 2026", "Agt 2026", "Sept 2026", "Nopember 2026", "Des 2026",
  "Bulan Juni", "Desember", "Akhir Maret 2026", "Maret Tahun 2026", "Mar-2026", "Desember 2025",
  // a day, month and year
  "31 Maret 2026", "31 Mar 2026", "31-Mar-2026", "Selasa, 31 Maret 2026", "Tgl. 31 Maret 2026", "17 Agustus", "17 Agt 2026",
  "30 Nopember 2026", "07 Juli 2026", "1 Pebruari 2026", "29 Februari 2028", "15 Des",
  // quarters and semesters
  "Triwulan II 2026", "Triwulan II", "TW II", "TW. III", "TW-IV 2026", "Triwulan 2", "Triwulan ke-3", "Triwulan Pertama",
  "Triwulan kedua", "Q4 2026", "TW1", "Triwulan I Tahun 2026", "TRIWULAN IV", "Semester I", "Semester II 2026", "Semester 1",
  "Semester I/2026", "Semester Kedua",
  // up to a month, and ranges
  "s.d. Desember", "s.d. Juni 2026", "s/d Maret", "Januari - Desember 2026", "Januari s.d. Desember", "Januari s/d Desember 2026",
  "Januari sd Maret", "Jan-Des 2026", "Januari – Juni 2026", "Januari sampai dengan April 2026", "1 Januari - 31 Maret 2026",
  "Oktober - Maret 2027", "Januari 2026-Maret 2026",
  // spans of quarters
  "Triwulan I - IV", "TW I s.d. TW II 2026", "Triwulan I-IV", "TW 1 - 4", "Triwulan I s.d. IV",
  // issue 13: deadline words, whole years, lists, a period repeated in brackets
  "Paling lambat 31 Maret 2026", "Selambat-lambatnya Triwulan II", "Batas waktu: Juni 2026", "paling lambat tanggal 15 Juni",
  "Tahun 2026", "Selama tahun 2026", "Sepanjang tahun 2027", "Sepanjang tahun berjalan", "Sepanjang Tahun",
  "TW I dan TW II", "Januari, April dan Juli", "Triwulan I, II dan III", "Semester I dan II", "Maret & Juni 2026",
  "Triwulan I (Maret)", "Semester I (Juni 2026)", "Triwulan II (April - Juni)",
];

/** Targets parseTarget accepts that the formula leaves blank: numeric dates typed as text, recurring periods. */
export const FORMULA_LEAVES_BLANK: CellValue[] = [
  "31/03/2026", "31-03-2026", "2026-03-31", "31/03", "Setiap bulan", "Setiap triwulan", "Bulanan", "Berkala",
  "Setiap bulan (Januari - Desember 2026)", "Setiap semester",
];

/** Targets both refuse: the formula's cell stays blank and validation says TARGET_INVALID. */
export const BOTH_REFUSE: CellValue[] = [
  "Insidentil", "Menyesuaikan", "Sesuai kebutuhan", "segera", "kapan-kapan", "Triwulan V", "Semester III", "31/02/2026",
  "2026-13-01", "#N/A", "Maret 2", "Juni 2026 (tahap 2)",
];

/** Targets parseTarget refuses that the formula still dates, as it checks less: validation flags them. */
export const FORMULA_DATES_ANYWAY: CellValue[] = [
  "Desember 2026 - Januari 2026", "Juli, April dan Januari", "Triwulan I (Juni)", "31 Juni 2026", "Awal tahun depan",
];

export interface PlannedTarget {
  target: CellValue;
  /** 0-based row of its rencana aksi on the sheet. */
  row: number;
}

/**
 * Plan sheets (68 rencana aksi each) holding the targets in order, with the plan year given: one
 * spec per 68 targets, the rows of each target, and the JATUH TEMPO column.
 */
export function plansWithTargets(targets: CellValue[], year: number): { spec: SheetSpec; rows: PlannedTarget[] }[] {
  const ids = actionEntries(LAMPIRAN_I).map((e) => e.action.id);
  const out: { spec: SheetSpec; rows: PlannedTarget[] }[] = [];
  const idCol = planColumns([]).role.id;
  for (let i = 0; i < targets.length; i += ids.length) {
    const chunk = targets.slice(i, i + ids.length);
    const doc = newPlanDocument({ agency: "Dinas Uji", year }, LAMPIRAN_I);
    chunk.forEach((target, k) => {
      doc.actions[ids[k]] = { target, owner: null, status: "Belum Mulai", doneOn: null, evidence: null, notes: null, extra: {} };
    });
    const spec = buildPlanSheet(doc);
    const rowOf = new Map(spec.cells.map((r, n) => [r[idCol], n] as const));
    out.push({ spec, rows: chunk.map((target, k) => ({ target, row: rowOf.get(ids[k]) as number })) });
  }
  return out;
}
