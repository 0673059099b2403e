// The sidebar's server side: every button is a core host action. Read the spreadsheet when the
// action reads, run it, insert its sheets under free names, and hand back plain objects (no Date
// crosses google.script.run).

import {
  formatRange, functionErrors, HOST_ACTIONS, isLink, isoFromSerial, parseRange, resolveTimeZone, sheetsText, todaySerial,
  type ActionOutcome, type Catalog, type FindingsReview, type ListItem, type ReviewGroup, type ScoreView, type SeverityCounts, type SheetSpec,
  type WorkbookGrids,
} from "../../core/index.js";
import { applySheetSpec } from "./apply.js";
import { userError } from "./errors.js";
import { asOfFrom, isActionName, planFormFrom } from "./form.js";
import { readWorkbook, type SkippedSheet } from "./read.js";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Internal options, for tests and the bench: the catalog to build and read plans with. */
export interface ServerOptions {
  catalog?: Catalog;
}

export interface PlainScore {
  predicate: "WBBM" | "WBK" | null;
  total: number | null;
  rows: { label: string; value: number | null; threshold: number | null; ok: boolean }[];
}

/** What ziRunAction returns to the sidebar. */
export interface SidebarOutcome {
  ok: boolean;
  message: string;
  items: ListItem[];
  /** The validation actions' findings grouped for reading (summary, one group per code), or null. */
  review: FindingsReview | null;
  score: PlainScore | null;
  /** Names of the sheets inserted, in order. */
  inserted: string[];
}

export interface SidebarInit {
  timeZone: string;
  /** Today in the spreadsheet's time zone, YYYY-MM-DD. */
  today: string;
  year: number;
}

export function spreadsheetTimeZone(ss: Spreadsheet): string {
  return resolveTimeZone(ss.getSpreadsheetTimeZone());
}

function failure(message: string): SidebarOutcome {
  return { ok: false, message, items: [], review: null, score: null, inserted: [] };
}

const num = (v: unknown): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);
const str = (v: unknown): string => (typeof v === "string" ? v : v === null || v === undefined ? "" : String(v));
const optStr = (v: unknown): string | undefined => (v === null || v === undefined || v === "" ? undefined : str(v));

const severityOf = (v: unknown): "error" | "warning" | "info" => (v === "error" || v === "warning" ? v : "info");

function plainItem(item: ListItem): ListItem {
  return {
    group: str(item.group), severity: severityOf(item.severity), code: optStr(item.code), subject: optStr(item.subject), text: str(item.text),
    sheet: optStr(item.sheet), cell: optStr(item.cell),
  };
}

function plainCounts(c: SeverityCounts): SeverityCounts {
  return { error: num(c.error) ?? 0, warning: num(c.warning) ?? 0, info: num(c.info) ?? 0 };
}

/** The review as google.script.run carries it: strings, finite numbers, nulls. */
function plainReview(review: FindingsReview | undefined): FindingsReview | null {
  if (!review) return null;
  const group = (g: ReviewGroup): ReviewGroup => ({
    code: g.code, severity: severityOf(g.severity), line: str(g.line), count: num(g.count) ?? 0, message: g.message === null ? null : str(g.message),
    entries: g.entries.map((e) => ({
      subject: str(e.subject), subjectFull: str(e.subjectFull), ref: e.ref === null ? null : str(e.ref),
      message: e.message === null ? null : str(e.message), sheet: str(e.sheet), cell: str(e.cell),
    })),
  });
  return {
    summary: {
      total: num(review.summary.total) ?? 0,
      counts: plainCounts(review.summary.counts),
      areas: review.summary.areas.map((a) => ({ code: a.code, label: str(a.label), counts: plainCounts(a.counts) })),
    },
    groups: review.groups.map(group),
  };
}

function plainScore(score: ScoreView | undefined): PlainScore | null {
  if (!score) return null;
  return {
    predicate: score.predicate === "WBBM" || score.predicate === "WBK" ? score.predicate : null,
    total: num(score.total),
    rows: (score.rows ?? []).map((r) => ({ label: str(r.label), value: num(r.value), threshold: num(r.threshold), ok: r.ok === true })),
  };
}

function skippedItems(skipped: SkippedSheet[]): ListItem[] {
  return skipped.map((s) => ({ group: sheetsText.workbookGroup, severity: "warning", text: s.message, sheet: s.sheet }));
}

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** What the caller knows of the spreadsheet already: every sheet's name and handle (it read them). */
export interface KnownSheets {
  taken: string[];
  handles: Map<string, Sheet>;
}

/**
 * The order to write the specs in: a sheet another one links to first, since a link takes the
 * id of a sheet that exists ("Temuan" before the "Rekap Validasi" that links to it). Otherwise
 * the given order; a cycle is broken where it closes.
 */
function writeOrder(specs: readonly SheetSpec[]): number[] {
  const byName = new Map(specs.map((s, i) => [s.name, i]));
  const order: number[] = [];
  const seen = new Set<number>();
  const visit = (i: number): void => {
    if (seen.has(i)) return;
    seen.add(i);
    for (const row of specs[i].cells) {
      for (const v of row ?? []) {
        const target = isLink(v) ? byName.get(v.link.sheet) : undefined;
        if (target !== undefined && target !== i) visit(target);
      }
    }
    order.push(i);
  };
  specs.forEach((_, i) => visit(i));
  return order;
}

/**
 * Inserts every spec under a free name, the tabs in the specs' order after the existing ones;
 * links between them follow renames, whichever way they point. Sheets learns of a new sheet by
 * making it the active one, so with several the first is made active again at the end.
 */
export function insertAll(ss: Spreadsheet, specs: SheetSpec[], timeZone: string, known?: KnownSheets): string[] {
  if (!specs.length) return [];
  const taken = known?.taken ?? ss.getSheets().map((s) => s.getName());
  const handles = known?.handles ?? new Map<string, Sheet>();
  const renamed = new Map<string, string>();
  const start = taken.length;
  const written: number[] = [];
  const inserted: { sheet: Sheet; name: string }[] = [];
  for (const i of writeOrder(specs)) {
    // Its tab goes after the new sheets that come before it in the specs' order.
    const index = start + written.filter((j) => j < i).length;
    const applied = applySheetSpec(ss, specs[i], { timeZone, renamed, taken, handles, index });
    renamed.set(specs[i].name, applied.name);
    taken.push(applied.name);
    handles.set(applied.name, applied.sheet);
    inserted[i] = applied;
    written.push(i);
  }
  if (inserted.length > 1) ss.setActiveSheet(inserted[0].sheet);
  return inserted.map((a) => a.name);
}

export function runAction(name: unknown, form: unknown, asOf: unknown, options: ServerOptions = {}): SidebarOutcome {
  if (!isActionName(name)) return failure(sheetsText.unknownAction(str(name).slice(0, 60)));
  const action = HOST_ACTIONS[name];
  const day = asOfFrom(asOf);
  if (day === null) return failure(functionErrors.badAsOf);
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const timeZone = spreadsheetTimeZone(ss);
  const merges = action.readsMerges && ((workbook: WorkbookGrids) => action.readsMerges!(workbook, options.catalog));
  const read = action.reads ? readWorkbook(ss, timeZone, merges || undefined, { hidden: action.readsHidden === true }) : null;
  const workbook = read?.workbook ?? { sheets: [], timeZone };
  const outcome: ActionOutcome = action.run({ workbook, form: planFormFrom(form), asOf: day, timeZone }, options.catalog);
  // Names and handles of what was just read: the new sheets find free names and link ids without asking again.
  const known = read ? { taken: [...read.handles.keys()], handles: read.handles } : undefined;
  const inserted = outcome.ok ? insertAll(ss, outcome.insert, timeZone, known) : [];
  return {
    ok: outcome.ok === true,
    message: str(outcome.message),
    items: [...skippedItems(read?.skipped ?? []), ...(outcome.items ?? []).map(plainItem)],
    review: plainReview(outcome.review),
    score: plainScore(outcome.score),
    inserted,
  };
}

export function sidebarInit(): SidebarInit {
  const timeZone = spreadsheetTimeZone(SpreadsheetApp.getActiveSpreadsheet());
  const today = isoFromSerial(todaySerial(timeZone));
  return { timeZone, today, year: Number(today.slice(0, 4)) };
}

/** Shows the cell a finding points to: its sheet becomes the active one and the cell is selected. */
export function selectCell(sheetName: unknown, cell: unknown): boolean {
  const target = typeof cell === "string" ? parseRange(cell) : null;
  if (!target) throw userError(sheetsText.badCell(str(cell).slice(0, 40)));
  const sheet = typeof sheetName === "string" ? SpreadsheetApp.getActiveSpreadsheet().getSheetByName(sheetName) : null;
  if (!sheet) throw userError(sheetsText.sheetNotFound(str(sheetName).slice(0, 100)));
  sheet.activate();
  sheet.getRange(formatRange(target)).activate();
  return true;
}
