// What the host actions share: the request a host hands in, the outcome it gets back, and the
// helpers every action uses. The actions import this; nothing here imports an action, so the
// modules of core/actions depend on each other one way only.

import { LAMPIRAN_I, type Catalog } from "../catalog/index.js";
import { asOfDay } from "../dates/zone.js";
import type { Predicate } from "../plan/model.js";
import { readPlan, type ReadPlan } from "../plan/read.js";
import type { SheetSpec, WorkbookGrids } from "../sheet/types.js";
import type { FindingsReview } from "../validate/review.js";

export type ActionName =
  | "sisipkanLampiran"
  | "perbaruiLampiran"
  | "periksa"
  | "laporanBerkala"
  | "validasi"
  | "sisipkanLke"
  | "hitungNilai";

/** The Rencana form of the pane/sidebar. */
export interface PlanForm {
  agency: string;
  year: number | null;
  predicate: Predicate | null;
  /** Ketua then up to four anggota. */
  team: { name: string; nip: string; position: string }[];
  /**
   * The Penilaian section's offer: "Sisipkan LKE" carries the answers of an official LKE open in
   * the workbook. Absent means yes; false inserts an empty LKE sheet and says the answers stayed.
   */
  carryOfficial?: boolean;
}

export interface ActionRequest {
  /** The open workbook as read by the host; empty for actions that read nothing. */
  workbook: WorkbookGrids;
  form: PlanForm;
  /** As-of date (YYYY-MM-DD); today in the workbook's zone when absent. */
  asOf?: string;
  timeZone: string;
}

/** One line of a list shown in the pane, linking to the cell it is about. */
export interface ListItem {
  /** Heading the item is grouped under (an area's name, a sheet). */
  group: string;
  severity: "error" | "warning" | "info";
  code?: string;
  /** The rencana aksi (indicator, area) a finding is about: its id and Lampiran text, shortened. */
  subject?: string;
  text: string;
  sheet?: string;
  cell?: string;
}

export interface ScoreRow {
  label: string;
  value: number;
  /** Minimum the predicate asks for; the gap is value - threshold (negative: still missing). */
  threshold: number;
  ok: boolean;
}

export interface ScoreView {
  predicate: "WBBM" | "WBK" | null;
  total: number;
  rows: ScoreRow[];
}

export interface ActionOutcome {
  /** Sheets to add, each under a free name; nothing is ever replaced. */
  insert: SheetSpec[];
  /** One Indonesian sentence saying what happened or what to do. */
  message: string;
  /** Whether the action succeeded; false outcomes insert nothing. */
  ok: boolean;
  items: ListItem[];
  /**
   * Findings of the validation actions grouped for reading (summary, one group per code): hosts
   * draw this instead of the flat items when it is there; items stay for short reports (an alert).
   */
  review?: FindingsReview;
  score?: ScoreView;
}

export interface HostAction {
  /** True when the host must read the workbook's sheets before calling run. */
  reads: boolean;
  /**
   * Whether run needs the merged ranges of the sheets read (values alone otherwise). A host where
   * each merged range costs a call (Apps Script) asks after reading the values; absent: never.
   */
  readsMerges?: (workbook: WorkbookGrids, catalog?: Catalog) => boolean;
  /**
   * Whether run needs to know which sheets are hidden (a plan on a hidden sheet is a finding). A
   * host where asking costs a call per sheet (Apps Script) skips it otherwise: all count as shown.
   */
  readsHidden?: boolean;
  run(request: ActionRequest, catalog?: Catalog): ActionOutcome;
}

export function asOfSerial(request: ActionRequest): number {
  return asOfDay(request.asOf, request.timeZone);
}

export function failed(message: string): ActionOutcome {
  return { insert: [], message, ok: false, items: [] };
}

/** The first generated plan sheet of the workbook, read. */
export function findGeneratedPlan(request: ActionRequest, catalog: Catalog = LAMPIRAN_I): ReadPlan | null {
  for (const grid of request.workbook.sheets) {
    const read = readPlan(grid, { timeZone: request.timeZone, catalog });
    if (read) return read;
  }
  return null;
}
