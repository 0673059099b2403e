// When a parsed target is due, and how to say it in Indonesian.

import { datesText } from "../i18n/dates.js";
import { formatDateId } from "./format.js";
import { endOfMonth, endOfYear, serialFromYmd, ymdFromSerial } from "./serial.js";
import type { ParsedTarget, RecurrencePeriod } from "./target.js";

/** Days ahead in which a due date counts as soon (DUE_SOON, and the plan sheet's colour for it). */
export const DUE_SOON_DAYS = 14;

function periodEnd(serial: number, period: RecurrencePeriod): number {
  const ymd = ymdFromSerial(serial);
  if (!ymd) return serial;
  switch (period) {
    case "month":
      return endOfMonth(ymd.y, ymd.m);
    case "quarter":
      return endOfMonth(ymd.y, Math.ceil(ymd.m / 3) * 3);
    case "semester":
      return ymd.m <= 6 ? serialFromYmd(ymd.y, 6, 30) : serialFromYmd(ymd.y, 12, 31);
    case "year":
      return endOfYear(ymd.y);
  }
}

/**
 * The day a target is due as seen on `asOf`: its date, the end of its range, or for a recurring
 * target the end of the period that holds `asOf` (before the span: its first period; after: the
 * span's end). Null for empty and invalid targets.
 */
export function dueOn(target: ParsedTarget, asOf: number): number | null {
  switch (target.kind) {
    case "date":
      return target.due;
    case "range":
      return target.due;
    case "recurring": {
      const day = Math.min(Math.max(asOf, target.start), target.end);
      return Math.min(periodEnd(day, target.period), target.end);
    }
    default:
      return null;
  }
}

/** The first and last day a target can be due on (for a plan-year check). */
export function targetSpan(target: ParsedTarget): { start: number; end: number } | null {
  switch (target.kind) {
    case "date":
      return { start: target.due, end: target.due };
    case "range":
      return { start: target.start, end: target.due };
    case "recurring":
      return { start: target.start, end: target.end };
    default:
      return null;
  }
}

/** Indonesian description: "31 Maret 2026", "1 Januari 2026 s.d. 31 Desember 2026", "setiap triwulan 2026". */
export function describeTarget(target: ParsedTarget): string {
  switch (target.kind) {
    case "empty":
      return "";
    case "date":
      return formatDateId(target.due);
    case "range":
      return `${formatDateId(target.start)} s.d. ${formatDateId(target.due)}`;
    case "recurring":
      return `${datesText.period[target.period]} ${ymdFromSerial(target.start)?.y ?? ""}`.trim();
    case "invalid":
      return target.text;
  }
}
