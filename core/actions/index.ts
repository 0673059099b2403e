// What each button of the Excel task pane and the Google Sheets sidebar does, host-free. A host
// reads the workbook (when the action needs it) into Grids, calls the action, inserts the sheets
// of the outcome under free names and shows its message, items and score. Both hosts share this,
// so the two add-ins behave the same and their adapters stay small.

import { LAMPIRAN_I, type Catalog } from "../catalog/index.js";
import { todaySerial } from "../dates/zone.js";
import { serialFromIso } from "../dates/serial.js";
import { actionsText } from "../i18n/actions.js";
import { buildPlanSheet } from "../plan/build.js";
import { newPlanDocument, type Predicate } from "../plan/model.js";
import { readPlan, type ReadPlan } from "../plan/read.js";
import type { SheetSpec, WorkbookGrids } from "../sheet/types.js";
import { hitungNilai, sisipkanLke } from "./score.js";
import { laporanBerkala, periksa, validasi } from "./validate.js";

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
  score?: ScoreView;
}

export interface HostAction {
  /** True when the host must read the workbook's sheets before calling run. */
  reads: boolean;
  run(request: ActionRequest, catalog?: Catalog): ActionOutcome;
}

export function asOfSerial(request: ActionRequest): number {
  return (request.asOf && serialFromIso(request.asOf)) || todaySerial(request.timeZone);
}

function failed(message: string): ActionOutcome {
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

const sisipkanLampiran: HostAction = {
  reads: false,
  run(request, catalog = LAMPIRAN_I) {
    const { form } = request;
    if (!form.agency.trim()) return failed(actionsText.needAgency);
    if (!form.year) return failed(actionsText.needYear);
    const doc = newPlanDocument(
      {
        agency: form.agency,
        year: form.year,
        predicate: form.predicate,
        team: form.team.map((m) => ({ name: m.name || undefined, nip: m.nip || undefined, position: m.position || undefined })),
        timeZone: request.timeZone,
      },
      catalog,
    );
    return { insert: [buildPlanSheet(doc, catalog)], message: actionsText.planInserted(form.agency), ok: true, items: [] };
  },
};

const perbaruiLampiran: HostAction = {
  reads: true,
  run(request, catalog = LAMPIRAN_I) {
    const read = findGeneratedPlan(request, catalog);
    if (!read) return failed(actionsText.noPlan);
    return {
      insert: [buildPlanSheet(read.document, catalog, read.sheet)],
      message: actionsText.planRefreshed(read.sheet),
      ok: true,
      items: [],
    };
  },
};

/** The actions by name, in the order of the pane's sections: Rencana, Validasi, Penilaian. */
export const HOST_ACTIONS: Record<ActionName, HostAction> = {
  sisipkanLampiran,
  perbaruiLampiran,
  periksa,
  laporanBerkala,
  validasi,
  sisipkanLke,
  hitungNilai,
};
