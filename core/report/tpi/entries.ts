// The TPI report's view of the assessed workbooks: which ones were scored, in the order the report
// ranks them, each with the name of its own sheet; and the words the report uses for a predicate,
// its shortfalls and its recommendation. Only AssessedWorkbook is read, never a layout.

import { formatDateId } from "../../dates/format.js";
import { DEFAULT_TIME_ZONE, serialFromInstant } from "../../dates/zone.js";
import { compareNames } from "../../i18n/collate.js";
import { tpiReportText } from "../../i18n/tpi-report.js";
import type { AssessedWorkbook, AssessmentScores } from "../../score/assess.js";
import type { EvaluationScore } from "../../score/engine.js";
import type { EvaluationModel } from "../../score/model.js";
import type { ReadEvaluation } from "../../score/read-types.js";
import { nextPredicate, type RuleCheck } from "../../score/rules.js";
import { freeSheetName } from "../../sheet/names.js";
import type { CellValue, SpecValue } from "../../sheet/types.js";
import { cellText } from "../../sheet/values.js";

/** An assessed workbook the report ranks: scored, numbered by its row, with its sheet's name. */
export interface RankedEntry {
  workbook: AssessedWorkbook;
  model: EvaluationModel;
  /** The reading (answers, notes) its Laporan Hasil Evaluasi is made of; null in a lean entry, which gets none. */
  read: ReadEvaluation | null;
  scores: AssessmentScores;
  /** 1-based row number in the recap. */
  no: number;
  /** The PD as the report names it (a placeholder when the workbook names none). */
  agency: string;
  /** Name of its Laporan Hasil Evaluasi sheet; null when the report has none for it. */
  sheet: string | null;
}

/** A ranked entry that gets its own Laporan Hasil Evaluasi. */
export type DetailedEntry = RankedEntry & { read: ReadEvaluation; sheet: string };

export interface TpiReportOptions {
  /** The as-of day (serial day number). */
  asOf: number;
  /** "Kabupaten Bekasi" when absent or blank. */
  kabupaten?: string;
  /** The assessment year; when null, the year most of the workbooks name. */
  year: number | null;
  /** Sheets the target workbook already has: the report's sheets get free names and links follow them. */
  existingSheets?: readonly string[];
  /**
   * false: the recap alone, its PD names not linked, no Laporan Hasil Evaluasi. What a task pane
   * or sidebar inserts for a pile of received files: its cost does not grow with them, and it
   * needs only the scores (lean entries, without the reading).
   */
  details?: boolean;
}

/** Scored: the scores are all the recap needs; the reading is the Laporan Hasil Evaluasi's. */
function isScored(a: AssessedWorkbook): a is AssessedWorkbook & { model: EvaluationModel; scores: AssessmentScores } {
  return a.error === null && a.model !== null && a.scores !== null;
}

/** Highest TPI total first; ties by PD name, then by file, so the order never depends on the input's. */
function compare(a: AssessedWorkbook & { scores: AssessmentScores }, b: AssessedWorkbook & { scores: AssessmentScores }): number {
  return b.scores.tpi.total - a.scores.tpi.total || compareNames(a.agency, b.agency) || compareNames(a.file, b.file);
}

/** A sheet name as a host accepts it: no control characters (a newline in a PD name), free among the taken ones. */
function sheetNameFor(wanted: string, taken: string[]): string {
  const name = freeSheetName(wanted.replace(/[\u0000-\u001f\u007f]+/g, " "), taken);
  taken.push(name);
  return name;
}

export interface ReportEntries {
  recapSheet: string;
  ranked: RankedEntry[];
  unreadable: AssessedWorkbook[];
}

/** `details`: each scored entry that carries its reading gets a Laporan Hasil Evaluasi sheet name. */
export function rankEntries(entries: readonly AssessedWorkbook[], existing: readonly string[] = [], details = true): ReportEntries {
  const taken = [...existing];
  const recapSheet = sheetNameFor(tpiReportText.sheetName, taken);
  const scored = entries.filter(isScored).sort(compare);
  const ranked = scored.map((w, i): RankedEntry => {
    const agency = w.agency.trim() || tpiReportText.noAgency;
    const sheet = details && w.read ? sheetNameFor(tpiReportText.lheSheet(i + 1, w.agency.trim()), taken) : null;
    return { workbook: w, model: w.model, read: w.read, scores: w.scores, no: i + 1, agency, sheet };
  });
  return { recapSheet, ranked, unreadable: entries.filter((e) => !isScored(e)) };
}

export function isDetailed(e: RankedEntry): e is DetailedEntry {
  return e.read !== null && e.sheet !== null;
}

/** The year the report is about: the one given, else the one most of the workbooks name (the latest on a tie). */
export function reportYear(given: number | null, ranked: readonly RankedEntry[]): number | null {
  if (given) return given;
  const counts = new Map<number, number>();
  for (const e of ranked) if (e.workbook.year !== null) counts.set(e.workbook.year, (counts.get(e.workbook.year) ?? 0) + 1);
  let best: number | null = null;
  for (const [year, n] of counts) if (best === null || n > counts.get(best)! || (n === counts.get(best)! && year > best)) best = year;
  return best;
}

export function kabupatenOf(options: TpiReportOptions): string {
  return options.kabupaten?.trim() || tpiReportText.defaultKabupaten;
}

export function predicateText(predicate: string | null): string {
  return predicate ?? tpiReportText.noPredicate;
}

export function recommendationOf(score: EvaluationScore): string {
  const r = tpiReportText.recommendation;
  return score.predicate ? r.propose(score.predicate) : r.coach;
}

/** The predicate the TPI's score works towards next and the checks it still fails (none at the top). */
export function nextShortfalls(model: EvaluationModel, score: EvaluationScore): { predicate: string | null; checks: RuleCheck[] } {
  const predicate = nextPredicate(model, score.predicate);
  return { predicate, checks: predicate ? score.shortfalls[predicate] ?? [] : [] };
}

/** A check's short name: "Area PW", "IPAK"; a figure without a short name keeps its rule's label. */
export function ruleShortLabel(model: EvaluationModel, check: RuleCheck): string {
  const t = tpiReportText;
  if (check.rule.startsWith(`${check.ruleId}:`)) return t.areaShort(check.rule.slice(check.ruleId.length + 1));
  const rule = model.rules.find((r) => r.id === check.ruleId);
  const figure = rule && "figure" in rule.metric ? rule.metric.figure : check.ruleId;
  return t.ruleShort[figure] ?? check.label;
}

/** KEKURANGAN: "WBK: IPAK 14,20 < 15,75; Area PW 55,10% < 60%", or "-" at the top predicate. */
export function shortfallText(model: EvaluationModel, score: EvaluationScore): string {
  const t = tpiReportText;
  const { predicate, checks } = nextShortfalls(model, score);
  if (!predicate || !checks.length) return t.noShortfall;
  const items = checks.map((c) => t.shortfallItem(ruleShortLabel(model, c), c.actual, c.required, c.unit === "percent"));
  return t.shortfallLine(predicate, items);
}

/** A cell from a workbook as the report writes it: text stays text (never a formula), numbers stay numbers. */
export function shownCell(v: CellValue | undefined, blank: string = ""): SpecValue {
  if (v === null || v === undefined) return blank;
  if (typeof v === "number") return Number.isFinite(v) ? v : blank;
  if (v instanceof Date) return formatDateId(serialFromInstant(v, DEFAULT_TIME_ZONE) ?? NaN) || blank;
  if (typeof v === "boolean") return cellText(v);
  return v.trim() === "" ? blank : v;
}
