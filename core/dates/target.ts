// parseTarget: the target times people actually write in a TARGET WAKTU PELAKSANAAN cell.
// Every accepted form is listed in ../shared/design.md ("Target times people actually write");
// anything else comes back as invalid with the text quoted in an Indonesian message.

import type { CellValue } from "../sheet/types.js";
import { datesText } from "../i18n/dates.js";
import { formatDateId } from "./format.js";
import {
  daysInMonth, endOfMonth, endOfYear, isValidYmd, MAX_SERIAL, serialFromYmd, startOfYear, ymdFromSerial,
} from "./serial.js";
import { DEFAULT_TIME_ZONE, serialFromInstant } from "./zone.js";

export type RecurrencePeriod = "month" | "quarter" | "semester" | "year";
export type TargetProblem = keyof typeof datesText.targetProblem;

export type ParsedTarget =
  | { kind: "empty" }
  | { kind: "date"; due: number }
  /** A span of time; its end is the due date. */
  | { kind: "range"; start: number; due: number }
  /** Due at the end of every period between start and end (the plan year). */
  | { kind: "recurring"; period: RecurrencePeriod; start: number; end: number }
  | { kind: "invalid"; text: string; problem: TargetProblem; message: string };

type Unit = "day" | "month" | "quarter" | "semester" | "year";

/** A piece of a target before its year is known ("Maret", "TW II", "31/03"). */
interface Fragment {
  unit: Unit;
  /** day of month, month, quarter or semester number, by unit */
  n?: number;
  m?: number;
  y?: number;
}

const MONTHS: Record<string, number> = {
  januari: 1, jan: 1, january: 1,
  februari: 2, pebruari: 2, feb: 2, peb: 2, febr: 2, february: 2,
  maret: 3, mar: 3, march: 3, mrt: 3,
  april: 4, apr: 4,
  mei: 5, may: 5,
  juni: 6, jun: 6, june: 6,
  juli: 7, jul: 7, july: 7,
  agustus: 8, agu: 8, agt: 8, ags: 8, agus: 8, aug: 8, august: 8,
  september: 9, sep: 9, sept: 9, spt: 9,
  oktober: 10, okt: 10, oct: 10, october: 10,
  november: 11, nopember: 11, nov: 11, nop: 11,
  desember: 12, des: 12, dec: 12, december: 12,
};

const ORDINALS: Record<string, number> = {
  i: 1, ii: 2, iii: 3, iv: 4,
  "1": 1, "2": 2, "3": 3, "4": 4,
  satu: 1, pertama: 1, kesatu: 1, dua: 2, kedua: 2, tiga: 3, ketiga: 3, empat: 4, keempat: 4,
};

const ERROR_VALUE = /^#(?:N\/A|REF!|VALUE!|DIV\/0!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|ERROR!)/i;

const WEEKDAYS = "senin|selasa|rabu|kamis|jumat|sabtu|minggu|ahad|monday|tuesday|wednesday|thursday|friday|saturday|sunday";

function invalid(text: string, problem: TargetProblem): ParsedTarget {
  return { kind: "invalid", text, problem, message: datesText.targetProblem[problem](text) };
}

function normalize(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[\u2012-\u2015\u2212]/g, "-") // dashes of every width
    .replace(/['’`]/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[.,;:]+$/, "")
    .trim();
}

function yearOf(token: string | undefined): number | undefined {
  if (!token) return undefined;
  const n = Number(token);
  return token.length === 2 ? 2000 + n : n;
}

const ORD = "(iv|iii|ii|i|[1-4]|kesatu|satu|pertama|kedua|dua|ketiga|tiga|keempat|empat)";
const YEAR_TAIL = "(?:[\\s\\-/.,]*(\\d{4}))?";

/** Parses one piece; the caller supplies the unit of a bare ordinal ("IV" in "TW I - IV"). */
function parseFragment(raw: string, bareUnit?: Unit): Fragment | "badDate" | null {
  const f = raw
    .replace(new RegExp(`^(?:${WEEKDAYS})\\b,?\\s*`), "")
    .replace(/^(?:tanggal|tgl\.?|pada|akhir|bulan|bln\.?)\s+/, "")
    .replace(/^(?:tanggal|tgl\.?|pada|akhir|bulan|bln\.?)\s+/, "")
    .replace(/\b(?:tahun anggaran|tahun|thn\.?|th\.?|ta\.?)\s*(?=\d{4}\b)/g, "")
    .trim();
  let m: RegExpExecArray | null;

  if ((m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})$/.exec(f))) {
    let d = Number(m[1]);
    let mo = Number(m[2]);
    if (mo > 12 && d <= 12) [d, mo] = [mo, d]; // 03/31/2026 written the American way
    const y = yearOf(m[3]) as number;
    return isValidYmd({ y, m: mo, d }) ? { unit: "day", n: d, m: mo, y } : "badDate";
  }
  if ((m = /^(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})$/.exec(f))) {
    const ymd = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
    return isValidYmd(ymd) ? { unit: "day", n: ymd.d, m: ymd.m, y: ymd.y } : "badDate";
  }
  if ((m = /^(\d{1,2})[/.-](\d{1,2})$/.exec(f))) {
    const d = Number(m[1]);
    const mo = Number(m[2]);
    return mo >= 1 && mo <= 12 && d >= 1 && d <= 31 ? { unit: "day", n: d, m: mo } : "badDate";
  }
  if ((m = /^(\d{1,2})[\s\-/.]*([a-z]+)\.?(?:[\s\-/.,]*(\d{4}|\d{2}))?$/.exec(f)) && MONTHS[m[2]]) {
    const d = Number(m[1]);
    const mo = MONTHS[m[2]];
    const y = yearOf(m[3]);
    if (d < 1 || d > (y ? daysInMonth(y, mo) : 31)) return "badDate";
    return { unit: "day", n: d, m: mo, y };
  }
  if ((m = new RegExp(`^([a-z]+)\\.?${YEAR_TAIL}$`).exec(f)) && MONTHS[m[1]]) {
    return { unit: "month", m: MONTHS[m[1]], y: yearOf(m[2]) };
  }
  if ((m = new RegExp(`^(?:triwulan|tri wulan|trw|tw|kuartal|quarter|q)[\\s.\\-]*(?:ke[\\s\\-]*)?${ORD}${YEAR_TAIL}$`).exec(f))) {
    return { unit: "quarter", n: ORDINALS[m[1]], y: yearOf(m[2]) };
  }
  if ((m = new RegExp(`^(?:semester|smt|sem)[\\s.\\-]*(?:ke[\\s\\-]*)?${ORD}${YEAR_TAIL}$`).exec(f))) {
    const n = ORDINALS[m[1]];
    return n <= 2 ? { unit: "semester", n, y: yearOf(m[2]) } : null;
  }
  if ((m = /^(\d{4})$/.exec(f))) return { unit: "year", y: Number(m[1]) };
  if (bareUnit && (bareUnit === "quarter" || bareUnit === "semester") && (m = new RegExp(`^${ORD}${YEAR_TAIL}$`).exec(f))) {
    const n = ORDINALS[m[1]];
    if (bareUnit === "semester" && n > 2) return null;
    return { unit: bareUnit, n, y: yearOf(m[2]) };
  }
  return null;
}

function bounds(fr: Fragment, y: number): { start: number; end: number } | null {
  switch (fr.unit) {
    case "day": {
      const ymd = { y, m: fr.m as number, d: fr.n as number };
      if (!isValidYmd(ymd)) return null;
      const s = serialFromYmd(ymd.y, ymd.m, ymd.d);
      return { start: s, end: s };
    }
    case "month":
      return { start: serialFromYmd(y, fr.m as number, 1), end: endOfMonth(y, fr.m as number) };
    case "quarter": {
      const q = fr.n as number;
      return { start: serialFromYmd(y, q * 3 - 2, 1), end: endOfMonth(y, q * 3) };
    }
    case "semester":
      return fr.n === 1
        ? { start: serialFromYmd(y, 1, 1), end: serialFromYmd(y, 6, 30) }
        : { start: serialFromYmd(y, 7, 1), end: serialFromYmd(y, 12, 31) };
    case "year":
      return { start: startOfYear(y), end: endOfYear(y) };
  }
}

const RANGE_SEPARATORS = [
  /\s*\bs\s*\.?\s*[/.]?\s*d\b\.?\s*/, // s.d. / s/d / sd / s.d
  /\s+sampai dengan\s+/,
  /\s+sampai\s+/,
  /\s+hingga\s+/,
  /\s+to\s+/,
  /\s+-\s+/,
  /(?<=[a-z])-(?=[a-z])/, // Jan-Des
  /(?<=\d{4})-(?=[a-z])/, // Januari 2026-Maret 2026
  /(?<=[a-z])-(?=\d{1,2}\s)/, // Januari-31 Maret
];

const RECURRING: [RegExp, RecurrencePeriod][] = [
  [/^(?:dilaksanakan\s+)?(?:setiap|tiap(?:-tiap)?|per|sekali\s+(?:se|dalam\s+)?)\s*(?:bulan|bln)\b/, "month"],
  [/^(?:dilaksanakan\s+)?(?:setiap|tiap(?:-tiap)?|per)\s*(?:triwulan|tw|trw|kuartal|3 bulan|tiga bulan)\b/, "quarter"],
  [/^(?:dilaksanakan\s+)?(?:setiap|tiap(?:-tiap)?|per)\s*(?:semester|6 bulan|enam bulan)\b/, "semester"],
  [/^(?:dilaksanakan\s+)?(?:setiap|tiap(?:-tiap)?|per)\s*(?:tahun|thn)\b/, "year"],
  [/^bulanan\b/, "month"],
  [/^triwulanan\b/, "quarter"],
  [/^(?:semesteran|per semester)\b/, "semester"],
  [/^tahunan\b/, "year"],
  // "Berkala" names no period: it follows the quarterly rhythm of the periodic report (Pasal 4).
  [/^(?:dilaksanakan\s+)?(?:secara\s+)?(?:berkala|periodik|rutin)\b/, "quarter"],
];

function parseRecurring(text: string, planYear: number | null, original: string): ParsedTarget | null {
  for (const [re, period] of RECURRING) {
    const m = re.exec(text);
    if (!m) continue;
    const rest = text.slice(m[0].length);
    const y = Number(/\b(\d{4})\b/.exec(rest)?.[1] ?? planYear ?? NaN);
    if (!Number.isFinite(y) || y < 1900 || y > 9999) return invalid(original, "noYear");
    return { kind: "recurring", period, start: startOfYear(y), end: endOfYear(y) };
  }
  return null;
}

function parseText(original: string, planYear: number | null, timeZone: string): ParsedTarget {
  let text = normalize(original);
  if (!text) return { kind: "empty" };
  if (ERROR_VALUE.test(text)) return invalid(original.trim(), "errorValue");

  // An ISO instant with a zone (JSON, exports) is a moment, read in the sheet's time zone.
  if (/^\d{4}-\d{2}-\d{2}t\d{2}:\d{2}(:\d{2}(\.\d+)?)?(z|[+-]\d{2}:?\d{2})$/.test(text)) {
    const serial = serialFromInstant(new Date(original.trim()), timeZone);
    return serial === null ? invalid(original, "badDate") : { kind: "date", due: serial };
  }
  // A time of day after a date carries no meaning for a due day.
  text = text.replace(/(?:\s+|t)\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s*(?:wib|wita|wit))?$/, "");

  if (/^\d{5}(?:\.\d+)?$/.test(text)) return fromNumber(Number(text), original);

  const recurring = parseRecurring(text, planYear, original);
  if (recurring) return recurring;

  const single = parseFragment(text);
  if (single === "badDate") return invalid(original, "badDate");
  if (single) return resolveSingle(single, planYear, original);

  // "s.d. Desember": from the start of the year up to the end of December.
  const openStart = /^(?:s\s*\.?\s*[/.]?\s*d\b\.?|sampai dengan|sampai|hingga)\s*(.+)$/.exec(text);
  if (openStart) {
    const right = parseFragment(openStart[1]);
    if (right === "badDate") return invalid(original, "badDate");
    if (right) {
      const y = right.y ?? planYear;
      if (y === null || y === undefined) return invalid(original, "noYear");
      const b = bounds(right, y);
      if (!b) return invalid(original, "badDate");
      return { kind: "range", start: startOfYear(y), due: b.end };
    }
  }

  let sawBadDate = false;
  for (const sep of RANGE_SEPARATORS) {
    const m = sep.exec(text);
    if (!m || m.index === 0) continue;
    const left = parseFragment(text.slice(0, m.index).trim());
    const right = left && left !== "badDate" ? parseFragment(text.slice(m.index + m[0].length).trim(), left.unit) : null;
    if (left === "badDate" || right === "badDate") sawBadDate = true;
    if (!left || left === "badDate" || !right || right === "badDate") continue;
    return resolveRange(left, right, planYear, original);
  }
  return invalid(original, sawBadDate ? "badDate" : "unknown");
}

function resolveSingle(fr: Fragment, planYear: number | null, original: string): ParsedTarget {
  const y = fr.y ?? planYear;
  if (y === null || y === undefined) return invalid(original, "noYear");
  const b = bounds(fr, y);
  if (!b) return invalid(original, "badDate");
  // A month, quarter, semester or year is a span: due at its end.
  return fr.unit === "day" ? { kind: "date", due: b.end } : { kind: "range", start: b.start, due: b.end };
}

function resolveRange(left: Fragment, right: Fragment, planYear: number | null, original: string): ParsedTarget {
  const rightYear = right.y ?? left.y ?? planYear;
  if (rightYear === null || rightYear === undefined) return invalid(original, "noYear");
  const rb = bounds(right, rightYear);
  if (!rb) return invalid(original, "badDate");
  let leftYear = left.y ?? rightYear;
  let lb = bounds(left, leftYear);
  // "Oktober - Maret 2027" runs over the turn of the year.
  if (lb && left.y === undefined && lb.start > rb.end) {
    leftYear -= 1;
    lb = bounds(left, leftYear);
  }
  if (!lb) return invalid(original, "badDate");
  if (lb.start > rb.end) return invalid(original, "reversed");
  return { kind: "range", start: lb.start, due: rb.end };
}

function fromNumber(n: number, original: string): ParsedTarget {
  if (Number.isInteger(n) && n >= 1900 && n <= 2100) {
    return { kind: "range", start: startOfYear(n), due: endOfYear(n) };
  }
  if (n >= 1 && n <= MAX_SERIAL && ymdFromSerial(n)) return { kind: "date", due: Math.floor(n) };
  return invalid(original, "notADate");
}

/**
 * Reads a target cell. `planYear` fills in a missing year; `timeZone` is the spreadsheet's, used
 * for Date cells (instants) and zoned ISO texts.
 */
export function parseTarget(value: CellValue | undefined, planYear: number | null, timeZone: string = DEFAULT_TIME_ZONE): ParsedTarget {
  if (value === null || value === undefined) return { kind: "empty" };
  if (value instanceof Date) {
    const serial = serialFromInstant(value, timeZone);
    return serial === null ? invalid(String(value), "notADate") : { kind: "date", due: serial };
  }
  if (typeof value === "number") return fromNumber(value, String(value));
  if (typeof value === "boolean") return invalid(value ? "TRUE" : "FALSE", "notADate");
  return parseText(String(value), planYear, timeZone);
}

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
