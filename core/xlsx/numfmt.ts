// Which number formats show a date: a cell holding 46112 with such a format is 31 March 2026, one
// with "0" or "[h]:mm" is a number. The serial becomes the same instant exceljs-based reading gave.

import { instantFromWallClock } from "../dates/zone.js";

/** Built-in formats that show dates or times (ECMA-376 18.8.30): 14-22 and 45-47. */
function builtInIsDate(id: number): boolean {
  return (id >= 14 && id <= 22) || (id >= 45 && id <= 47);
}

/**
 * True when a format code shows a calendar date: it has a d, m (month, not minutes) or y token
 * outside quotes, brackets and escapes. Elapsed or clock times alone ("[h]:mm", "h:mm:ss") and
 * number formats are not dates.
 */
export function isDateFormatCode(code: string): boolean {
  const bare = code
    .replace(/"[^"]*"/g, "")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/[\\_*]./g, "")
    .replace(/AM\/PM|A\/P|General/gi, "");
  // Runs of one letter: "dd", "mmmm", "yyyy", "hh", "ss" ("mmss" is minutes then seconds).
  const runs = bare.toLowerCase().match(/([a-z])\1*/g) ?? [];
  const kinds = runs.map((t) => t[0]).filter((k) => "dmyhs".includes(k));
  for (let i = 0; i < kinds.length; i++) {
    const k = kinds[i];
    if (k === "d" || k === "y") return true;
    // "m" right after an hour or right before seconds is minutes.
    if (k === "m" && kinds[i - 1] !== "h" && kinds[i + 1] !== "s") return true;
  }
  return false;
}

export function isDateFormat(id: number, custom: ReadonlyMap<number, string>): boolean {
  const code = custom.get(id);
  return code !== undefined ? isDateFormatCode(code) : builtInIsDate(id);
}

const MS_PER_DAY = 86_400_000;
/** Days from 1899-12-30 (serial 0 of the 1900 system) to 1970-01-01. */
const EPOCH_1900 = 25569;
/** Serial 0 of the 1904 system is 1462 days after that of the 1900 system. */
const OFFSET_1904 = 1462;

/**
 * A date serial as an instant: its wall clock (to the second) in `timeZone`. Rounded to the
 * millisecond first, then cut to the second, which is what reading through exceljs gave.
 */
export function instantFromSerialNumber(serial: number, date1904: boolean, timeZone: string): Date | null {
  const ms = Math.round((serial - EPOCH_1900 + (date1904 ? OFFSET_1904 : 0)) * MS_PER_DAY);
  const d = new Date(ms);
  if (Number.isNaN(d.getTime())) return null;
  return instantFromWallClock(
    d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), timeZone,
  );
}

/** An ISO 8601 date cell (t="d", written by a few tools) as an instant of its wall clock. */
export function instantFromIsoText(text: string, timeZone: string): Date | null {
  const m = /^(-?\d{4,})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?/.exec(text.trim());
  if (!m) return null;
  const [y, mo, d, h, mi, s] = m.slice(1).map((x) => (x === undefined ? 0 : Number(x)));
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  return instantFromWallClock(y, mo, d, h, mi, s, timeZone);
}
