// The generated plan sheet's vocabulary, shared by the writer and the reader: which column holds
// what, and the keys written in the hidden ID column that name each row.

import { planText } from "../i18n/plan.js";

export const COLUMN_ROLES = ["no", "indicator", "action", "target", "owner", "status", "doneOn", "evidence", "notes"] as const;
export type ColumnRole = (typeof COLUMN_ROLES)[number] | "id";

/** Header text of each role; the reader also accepts the variants of headerAliases. */
export const HEADERS: Record<ColumnRole, string> = planText.columns;

export const ROW_KEY = {
  band: "KOLOM.LAYAR",
  header: "KOLOM",
  agency: "PD",
  year: "TAHUN",
  predicate: "PREDIKAT",
  maksud: "MAKSUD",
  dasar: (i: number) => `DASAR.${i + 1}`,
  tujuan: (i: number) => `TUJUAN.${i + 1}`,
  // No dot: inside the tables only action ids have one, which the highlight rules rely on.
  area: (code: string) => `AREA:${code}`,
  team: (i: number) => (i === 0 ? "TIM.KETUA" : `TIM.ANGGOTA.${i}`),
  teamHeader: "TIM",
  sigPlaceDate: "TTD.TEMPAT",
  sigTitle: "TTD.JABATAN",
  sigName: "TTD.NAMA",
  sigNip: "TTD.NIP",
} as const;

/** An action id such as "MP.2.1" or "SDM.4.3". */
export const ACTION_ID_RE = /^(MP|PT|SDM|AK|PW|PP|H1|H2)\.\d{1,3}\.\d{1,3}$/;

export interface PlanColumns {
  /** Index of each role's column. */
  role: Record<ColumnRole, number>;
  /** Added columns between KETERANGAN and ID, with their headers. */
  extras: { header: string; col: number }[];
  /**
   * The hidden JATUH TEMPO column right of ID: each target's due date by native formulas, for the
   * conditional formats. Right of ID, where the reader takes nothing as the user's (see read.ts).
   */
  due: number;
  /** Number of columns written. */
  width: number;
}

/** The generated layout: A..I for the Lampiran and monitoring columns, then added columns, ID and JATUH TEMPO. */
export function planColumns(extraHeaders: readonly string[]): PlanColumns {
  const role = {} as Record<ColumnRole, number>;
  COLUMN_ROLES.forEach((r, i) => (role[r] = i));
  const extras = extraHeaders.map((header, i) => ({ header, col: COLUMN_ROLES.length + i }));
  role.id = COLUMN_ROLES.length + extras.length;
  return { role, extras, due: role.id + 1, width: role.id + 2 };
}

export const COLUMN_WIDTHS: Record<ColumnRole, number> = {
  no: 5,
  indicator: 26,
  action: 46,
  target: 16,
  owner: 18,
  status: 14,
  doneOn: 13,
  evidence: 22,
  notes: 18,
  id: 10,
};

export const EXTRA_COLUMN_WIDTH = 16;
export const DUE_COLUMN_WIDTH = 12;
export const DATE_FORMAT = "dd/mm/yyyy";
