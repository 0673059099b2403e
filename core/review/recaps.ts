// "Periksa berkas kiriman…" in the task pane and the sidebar: received files reviewed one at a
// time, a line for each, and the recap sheets `zi` writes for a folder ("Rekap Validasi" with
// "Temuan" for the plans, "Rekap Penilaian" for the LKE workbooks) to insert into the open
// workbook. Everything here works from lean reviewed files (an LKE's reading dropped), so a host
// keeps little per file and the sidebar sends little to its server; the recap sheets are the
// same few whatever the number of files.

import { LAMPIRAN_I, type Catalog } from "../catalog/index.js";
import { reportText } from "../i18n/reports.js";
import { reviewText } from "../i18n/review.js";
import { scoreCliText } from "../i18n/score.js";
import { tpiReportText } from "../i18n/tpi-report.js";
import { buildRecapSheets } from "../report/recap.js";
import { buildTpiReportSheets } from "../report/tpi/index.js";
import type { SheetSpec } from "../sheet/types.js";
import { hasError } from "../validate/result.js";
import { MAX_FILE_BYTES } from "../xlsx/limits.js";
import { filesText } from "../i18n/files.js";
import { assessmentEntries, leanReviewed, reviewXlsx, validationEntries, type FileReviewOptions, type ReviewedFile } from "./review.js";

export type LineTone = "ok" | "warning" | "error" | "info";

/** One picked file as the pane and the sidebar list it. */
export interface ReviewLine {
  file: string;
  kind: ReviewedFile["kind"];
  /** The PD the workbook names; "" when it names none or could not be read. */
  agency: string;
  /** LENGKAP / BELUM LENGKAP for a plan, the TPI's predicate for an LKE, TIDAK TERBACA, DILEWATI. */
  status: string;
  tone: LineTone;
  /** Counts for a plan, both scores for an LKE, why a file could not be read. */
  detail: string;
}

export function reviewLine(f: ReviewedFile): ReviewLine {
  const base = { file: f.file, kind: f.kind };
  if (f.kind === "own") return { ...base, agency: "", status: reviewText.status.skipped, tone: "info", detail: reviewText.own };
  if (f.kind === "unreadable") return { ...base, agency: "", status: reviewText.status.unreadable, tone: "error", detail: f.error };
  if (f.kind === "plan") {
    const e = f.entry;
    const s = e.summary;
    if (!s) return { ...base, agency: e.agency ?? "", status: reportText.verdict.unreadable, tone: "error", detail: e.error ?? "" };
    const r = reportText.recap;
    const notes = [e.error ?? "", e.layout === null ? r.noPlanNote : "", e.layout === "typed" ? r.typedNote : ""].filter(Boolean);
    const failed = hasError(e);
    return {
      ...base,
      agency: e.agency ?? "",
      status: failed ? reportText.verdict.incomplete : reportText.verdict.complete,
      tone: failed ? "error" : s.warnings ? "warning" : "ok",
      detail: [reviewText.planDetail(s.actions, s.errors, s.warnings), ...notes].join("; "),
    };
  }
  const a = f.assessed;
  if (a.error !== null || !a.scores) {
    return { ...base, agency: a.agency, status: reviewText.status.unreadable, tone: "error", detail: a.error ?? "" };
  }
  const { unit, tpi } = a.scores;
  const predicate = (p: string | null) => p ?? tpiReportText.noPredicate;
  return {
    ...base,
    agency: a.agency,
    status: predicate(tpi.predicate),
    tone: tpi.predicate ? "ok" : "warning",
    detail: reviewText.lkeDetail(unit.total, predicate(unit.predicate), tpi.total, predicate(tpi.predicate)),
  };
}

export function reviewLines(files: readonly ReviewedFile[]): ReviewLine[] {
  return files.map(reviewLine);
}

/** "40 berkas diperiksa: 12 rencana (8 lengkap), 25 LKE dinilai, 3 tidak terbaca." */
export function reviewSummary(files: readonly ReviewedFile[]): string {
  const plans = files.flatMap((f) => (f.kind === "plan" && f.entry.summary ? [f.entry] : []));
  const lke = files.filter((f) => f.kind === "lke" && f.assessed.error === null && f.assessed.scores !== null).length;
  const skipped = files.filter((f) => f.kind === "own").length;
  return reviewText.summary({
    files: files.length,
    plans: plans.length,
    complete: plans.filter((e) => !hasError(e)).length,
    lke,
    unreadable: files.length - plans.length - lke - skipped,
    skipped,
  });
}

export interface ReviewRecapOptions {
  /** The as-of day (serial) the files were reviewed on; the recaps are dated with it. */
  asOf: number;
  /** Sheets the open workbook has: the recaps get free names, and links between them follow. */
  existingSheets?: readonly string[];
  catalog?: Catalog;
  kabupaten?: string;
  year?: number | null;
}

/** Whether the files give any recap to insert: anything but zi's own recaps. */
export function hasRecaps(files: readonly ReviewedFile[]): boolean {
  return files.some((f) => f.kind !== "own");
}

/**
 * The recap sheets `zi validasi --rekap` and `zi nilai --rekap` write for a folder holding these
 * files: "Rekap Validasi" and "Temuan" when there are plans (or files that could not be read),
 * "Rekap Penilaian" alone (details: false) when there are LKE workbooks. Never a sheet per file.
 */
export function reviewRecapSheets(files: readonly ReviewedFile[], options: ReviewRecapOptions): SheetSpec[] {
  const taken = [...(options.existingSheets ?? [])];
  const specs: SheetSpec[] = [];
  const plans = validationEntries(files);
  if (plans.length) {
    const sheets = buildRecapSheets(plans, options.asOf, options.catalog ?? LAMPIRAN_I, { existingSheets: taken });
    specs.push(...sheets);
    taken.push(...sheets.map((s) => s.name));
  }
  if (files.some((f) => f.kind === "lke")) {
    specs.push(...buildTpiReportSheets(assessmentEntries(files, scoreCliText.nilai.noSheet), {
      asOf: options.asOf, kabupaten: options.kabupaten, year: options.year ?? null, existingSheets: taken, details: false,
    }));
  }
  return specs;
}

export interface ReviewRecaps {
  lines: ReviewLine[];
  /** Sheets to add under the names they carry (free among existingSheets). */
  insert: SheetSpec[];
  message: string;
}

/** The summary, and that nothing is inserted when no file gives a recap. */
export function reviewMessage(files: readonly ReviewedFile[]): string {
  return hasRecaps(files) ? reviewSummary(files) : `${reviewSummary(files)} ${reviewText.nothingToInsert}`;
}

/** Lines, recap sheets and the message at once, for a host that has every file at hand. */
export function reviewRecaps(files: readonly ReviewedFile[], options: ReviewRecapOptions): ReviewRecaps {
  return { lines: reviewLines(files), insert: reviewRecapSheets(files, options), message: reviewMessage(files) };
}

/** A picked file, read only when its turn comes. */
export interface ReviewSource {
  name: string;
  /** Bytes on disk, known before reading: a file over the limit is refused without being read. */
  size: number;
  bytes(): Promise<Uint8Array>;
}

export interface ReviewProgress {
  /** Before file `i` (1-based) of `n` is read. */
  progress?(i: number, n: number, name: string): void;
  /** Lets the page draw between two files (the host's timer; the core has none). */
  pause?(): Promise<void>;
}

/**
 * Reviews picked files one at a time, keeping each lean: a file's bytes are dropped once it is
 * reviewed, so memory holds one workbook at a time however many were picked. Never throws for a
 * file: one that cannot be read becomes an unreadable entry saying why.
 */
export async function reviewSources(sources: readonly ReviewSource[], options: FileReviewOptions, hooks: ReviewProgress = {}): Promise<ReviewedFile[]> {
  const out: ReviewedFile[] = [];
  for (let i = 0; i < sources.length; i++) {
    const s = sources[i];
    hooks.progress?.(i + 1, sources.length, s.name);
    await hooks.pause?.();
    out.push(leanReviewed(await reviewSource(s, options)));
  }
  return out;
}

async function reviewSource(s: ReviewSource, options: FileReviewOptions): Promise<ReviewedFile> {
  if (s.size > MAX_FILE_BYTES) {
    return { kind: "unreadable", file: s.name, error: filesText.tooLarge(Math.ceil(s.size / 2 ** 20), MAX_FILE_BYTES / 2 ** 20) };
  }
  let bytes: Uint8Array;
  try {
    bytes = await s.bytes();
  } catch (e) {
    return { kind: "unreadable", file: s.name, error: reviewText.readFailed(e instanceof Error ? e.message.slice(0, 120) : String(e)) };
  }
  return reviewXlsx(s.name, bytes, options);
}
