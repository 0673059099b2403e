// What the monitoring cells of one rencana aksi say, as facts validation and the reports share:
// its target and due day, whether it is done (status Selesai or a realisation date), overdue or
// due soon. Hand-typed plans write status many ways; the ones that clearly mean a state count.

import { DUE_SOON_DAYS, dueOn } from "../dates/due.js";
import { parseTarget, type ParsedTarget } from "../dates/target.js";
import type { ActionValues } from "../plan/model.js";
import type { CellValue } from "../sheet/types.js";
import { TextCache } from "../sheet/cache.js";
import { cellText } from "../sheet/values.js";

export { DUE_SOON_DAYS };

export type StatusKind = "blank" | "notStarted" | "inProgress" | "done" | "invalid";

/** Typed status words by the state they mean (normalised: lower case, single spaces). */
const STATUS_WORDS: Record<Exclude<StatusKind, "blank" | "invalid">, string[]> = {
  done: ["selesai", "sudah selesai", "telah selesai", "sudah", "sudah dilaksanakan", "telah dilaksanakan", "terlaksana",
    "tercapai", "sudah terlaksana", "telah terlaksana", "done", "complete", "completed", "tuntas", "100"],
  inProgress: ["dalam proses", "proses", "sedang proses", "on progress", "on going", "ongoing", "berjalan", "sedang berjalan",
    "sedang dilaksanakan", "dalam pelaksanaan", "progres", "progress", "dikerjakan", "sedang dikerjakan", "in progress"],
  notStarted: ["belum mulai", "belum dimulai", "belum", "belum dilaksanakan", "belum terlaksana", "belum selesai",
    "not started", "rencana", "0"],
};

const STATUS_BY_WORD = new Map<string, StatusKind>();
for (const [kind, words] of Object.entries(STATUS_WORDS) as [StatusKind, string[]][]) {
  for (const w of words) STATUS_BY_WORD.set(w, kind);
}

/** An empty cell, or text that stands for "nothing here": a dash, dots, "n/a", "tidak ada". */
export function isPlaceholder(v: CellValue | undefined): boolean {
  if (v === null || v === undefined) return true;
  if (typeof v !== "string") return false;
  const t = v.trim().toLowerCase();
  return t === "" || /^(?:[-–—._\s]+|n\/?a|tidak ada|belum ada|nihil|kosong)$/.test(t);
}

function percentKind(p: number): StatusKind {
  if (!Number.isFinite(p) || p < 0 || p > 100) return "invalid";
  return p >= 100 ? "done" : p > 0 ? "inProgress" : "notStarted";
}

// A batch's status cells say the same few words over and over: each text is judged once.
const statusCache = new TextCache<StatusKind>(2_000);

/** The state a STATUS (or PROGRES) cell means. Numbers are progress: 0..1 as a fraction, else percent. */
export function statusKind(v: CellValue | undefined): StatusKind {
  return typeof v === "string" && v.length <= 100 ? statusCache.get(v, uncachedStatusKind) : uncachedStatusKind(v);
}

function uncachedStatusKind(v: CellValue | undefined): StatusKind {
  if (isPlaceholder(v)) return "blank";
  if (typeof v === "boolean") return v ? "done" : "notStarted";
  if (v instanceof Date) return "invalid";
  if (typeof v === "number") return percentKind(v <= 1 ? v * 100 : v);
  const t = cellText(v).toLowerCase().replace(/[.;:!]+$/, "").replace(/\s+/g, " ").trim();
  const pct = /^(\d{1,3}(?:[.,]\d+)?)\s*%$/.exec(t);
  if (pct) return percentKind(Number(pct[1].replace(",", ".")));
  return STATUS_BY_WORD.get(t) ?? "invalid";
}

export type DoneOn = { kind: "none" } | { kind: "date"; day: number; start: number } | { kind: "invalid"; text: string };

/** A realisation date cell: a day (a month or range counts from its first day), nothing, or not a date. */
export function readDoneOn(v: CellValue | undefined, planYear: number | null, timeZone: string): DoneOn {
  if (isPlaceholder(v)) return { kind: "none" };
  const t: ParsedTarget = parseTarget(v, planYear, timeZone);
  switch (t.kind) {
    case "date":
      return { kind: "date", day: t.due, start: t.due };
    case "range":
      return { kind: "date", day: t.due, start: t.start };
    case "empty":
      return { kind: "none" };
    default:
      return { kind: "invalid", text: cellText(v) || String(v) };
  }
}

/** Done, as design.md says: the status means done, or a realisation date is filled in. */
function doneBy(status: StatusKind, doneOn: DoneOn): boolean {
  return status === "done" || doneOn.kind === "date";
}

/** Whether a rencana aksi is done, for callers that need nothing else about it. */
export function isActionDone(values: ActionValues | undefined, planYear: number | null, timeZone: string): boolean {
  return doneBy(statusKind(values?.status), readDoneOn(values?.doneOn, planYear, timeZone));
}

export interface Assessment {
  target: ParsedTarget;
  /** Due day as seen on the as-of date; null without a usable target. */
  due: number | null;
  status: StatusKind;
  doneOn: DoneOn;
  done: boolean;
  inProgress: boolean;
  hasEvidence: boolean;
  overdue: boolean;
  dueSoon: boolean;
}

export interface AssessContext {
  /** Fills in a target's missing year; the as-of year when the plan names none. */
  planYear: number;
  asOf: number;
  timeZone: string;
}

export function assessAction(values: ActionValues | undefined, ctx: AssessContext): Assessment {
  const raw = values?.target ?? null;
  const target: ParsedTarget = isPlaceholder(raw) ? { kind: "empty" } : parseTarget(raw, ctx.planYear, ctx.timeZone);
  const due = dueOn(target, ctx.asOf);
  const status = statusKind(values?.status);
  const doneOn = readDoneOn(values?.doneOn, ctx.planYear, ctx.timeZone);
  const done = doneBy(status, doneOn);
  const overdue = !done && due !== null && due < ctx.asOf;
  const dueSoon = !done && due !== null && due >= ctx.asOf && due - ctx.asOf <= DUE_SOON_DAYS;
  return {
    target,
    due,
    status,
    doneOn,
    done,
    inProgress: !done && status === "inProgress",
    hasEvidence: !isPlaceholder(values?.evidence ?? null) && cellText(values?.evidence ?? null) !== "",
    overdue,
    dueSoon,
  };
}
