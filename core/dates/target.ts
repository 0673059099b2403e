// parseTarget: the target times people actually write in a TARGET WAKTU PELAKSANAAN cell.
// Every accepted form is listed in ../shared/design.md ("Target times people actually write");
// anything else comes back as invalid with the text quoted in an Indonesian message.

import { TextCache } from "../sheet/cache.js";
import type { CellValue } from "../sheet/types.js";
import { datesText } from "../i18n/dates.js";
import { fragmentBounds, normalizeTargetText, parseFragment, RANGE_SEPARATORS, type Fragment } from "./fragments.js";
import { namesNoTime, parseList } from "./lists.js";
import { endOfYear, MAX_SERIAL, startOfYear, ymdFromSerial } from "./serial.js";
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

const ERROR_VALUE = /^#(?:N\/A|REF!|VALUE!|DIV\/0!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|ERROR!)/i;

function invalid(text: string, problem: TargetProblem): ParsedTarget {
  return { kind: "invalid", text, problem, message: datesText.targetProblem[problem](text) };
}

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

/**
 * Words before a target that say it is a deadline or a whole span; what follows is the target:
 * "Paling lambat 31 Maret 2026", "Batas waktu: Juni 2026", "Selama tahun 2026".
 */
const LEAD_WORDS = /^(?:paling\s+lambat|selambat-?\s*lambatnya|selambatnya|batas\s+waktu|tenggat(?:\s+waktu)?|selama|sepanjang)\b\s*:?\s*/;

function isSpan(t: ParsedTarget): t is Extract<ParsedTarget, { kind: "date" | "range" }> {
  return t.kind === "date" || t.kind === "range";
}

function yearNamed(text: string): number | null {
  const m = /\b(\d{4})\b/.exec(text);
  return m ? Number(m[1]) : null;
}

/**
 * "Triwulan I (Maret)", "Semester I (Juni 2026)": a period with the same period repeated in
 * brackets. Both must end on the same day; a year either side names counts for both. Null when
 * either side is no date or period.
 */
function parseRepeated(main: string, repeat: string, planYear: number | null, timeZone: string, original: string): ParsedTarget | null {
  const year = yearNamed(main) ?? yearNamed(repeat) ?? planYear;
  const a = parseText(main, year, timeZone);
  const b = parseText(repeat, year, timeZone);
  if (!isSpan(a) || !isSpan(b)) return null;
  return a.due === b.due ? a : invalid(original, "conflict");
}

function parseText(original: string, planYear: number | null, timeZone: string): ParsedTarget {
  let text = normalizeTargetText(original);
  if (!text) return { kind: "empty" };
  if (ERROR_VALUE.test(text)) return invalid(original.trim(), "errorValue");

  // An ISO instant with a zone (JSON, exports) is a moment, read in the sheet's time zone.
  if (/^\d{4}-\d{2}-\d{2}t\d{2}:\d{2}(:\d{2}(\.\d+)?)?(z|[+-]\d{2}:?\d{2})$/.test(text)) {
    const serial = serialFromInstant(new Date(original.trim()), timeZone);
    return serial === null ? invalid(original, "badDate") : { kind: "date", due: serial };
  }
  // A time of day after a date carries no meaning for a due day.
  text = text.replace(/(?:\s+|t)\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s*(?:wib|wita|wit))?$/, "");

  const lead = text.replace(LEAD_WORDS, "");
  // "Sepanjang tahun" is the plan year; a bare "tahun" is not.
  if (lead !== text) text = /^(?:tahun|thn)$/.test(lead) ? "tahun berjalan" : lead;
  if (!text) return invalid(original, "unknown");
  const enclosed = /^\(([^()]*)\)$/.exec(text);
  if (enclosed) text = enclosed[1].trim();

  if (/^\d{5}(?:\.\d+)?$/.test(text)) return fromNumber(Number(text), original);

  const recurring = parseRecurring(text, planYear, original);
  if (recurring) return recurring;

  const bracket = /^(.+?)\s*\(([^()]+)\)$/.exec(text);
  if (bracket) {
    const repeated = parseRepeated(bracket[1], bracket[2], planYear, timeZone, original);
    if (repeated) return repeated;
  }

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
      const b = fragmentBounds(right, y);
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

  const list = parseList(text, planYear);
  if (list && typeof list === "object") return { kind: "range", start: list.start, due: list.due };
  if (list) return invalid(original, list);
  return invalid(original, sawBadDate ? "badDate" : namesNoTime(text) ? "noPeriod" : "unknown");
}

function resolveSingle(fr: Fragment, planYear: number | null, original: string): ParsedTarget {
  const y = fr.y ?? planYear;
  if (y === null || y === undefined) return invalid(original, "noYear");
  const b = fragmentBounds(fr, y);
  if (!b) return invalid(original, "badDate");
  // A month, quarter, semester or year is a span: due at its end.
  return fr.unit === "day" ? { kind: "date", due: b.end } : { kind: "range", start: b.start, due: b.end };
}

function resolveRange(left: Fragment, right: Fragment, planYear: number | null, original: string): ParsedTarget {
  const rightYear = right.y ?? left.y ?? planYear;
  if (rightYear === null || rightYear === undefined) return invalid(original, "noYear");
  const rb = fragmentBounds(right, rightYear);
  if (!rb) return invalid(original, "badDate");
  let leftYear = left.y ?? rightYear;
  let lb = fragmentBounds(left, leftYear);
  // "Oktober - Maret 2027" runs over the turn of the year.
  if (lb && left.y === undefined && lb.start > rb.end) {
    leftYear -= 1;
    lb = fragmentBounds(left, leftYear);
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
  const text = String(value);
  if (text.length > 200) return parseText(text, planYear, timeZone);
  // Plans repeat their target texts ("Triwulan II", "Setiap bulan") row after row: each is read
  // once per plan year and zone. A copy is handed out, so a caller cannot change the kept one.
  const key = `${planYear}\u0000${timeZone}\u0000${text}`;
  return { ...parsedTexts.get(key, () => parseText(text, planYear, timeZone)) };
}

const parsedTexts = new TextCache<ParsedTarget>(5_000);
