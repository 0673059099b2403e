// The pieces a target text is made of ("Maret", "TW II", "31/03", "2026") and the day span each
// covers once its year is known. parseTarget (target.ts) puts them together into single targets
// and ranges.

import { foldAccents } from "../sheet/values.js";
import { daysInMonth, endOfMonth, endOfYear, isValidYmd, serialFromYmd, startOfYear } from "./serial.js";

export type Unit = "day" | "month" | "quarter" | "semester" | "year";

/** A piece of a target before its year is known ("Maret", "TW II", "31/03"). */
export interface Fragment {
  unit: Unit;
  /** day of month, month, quarter or semester number, by unit */
  n?: number;
  m?: number;
  y?: number;
}

/** Month names and abbreviations by month number, as parseFragment reads them. */
export const MONTHS: Readonly<Record<string, number>> = {
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

const WEEKDAYS = "senin|selasa|rabu|kamis|jumat|sabtu|minggu|ahad|monday|tuesday|wednesday|thursday|friday|saturday|sunday";

/** Lower case, no accents or apostrophes, one kind of dash, single spaces, no trailing punctuation. */
export function normalizeTargetText(text: string): string {
  return foldAccents(text)
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
// Built once: targets are parsed for every row of every plan.
const WEEKDAY_RE = new RegExp(`^(?:${WEEKDAYS})\\b,?\\s*`);
const MONTH_RE = new RegExp(`^([a-z]+)\\.?${YEAR_TAIL}$`);
const QUARTER_RE = new RegExp(`^(?:triwulan|tri wulan|trw|tw|kuartal|quarter|q)[\\s.\\-]*(?:ke[\\s\\-]*)?${ORD}${YEAR_TAIL}$`);
const SEMESTER_RE = new RegExp(`^(?:semester|smt|sem)[\\s.\\-]*(?:ke[\\s\\-]*)?${ORD}${YEAR_TAIL}$`);
const BARE_ORDINAL_RE = new RegExp(`^${ORD}${YEAR_TAIL}$`);

/** Parses one piece; the caller supplies the unit of a bare ordinal ("IV" in "TW I - IV"). */
export function parseFragment(raw: string, bareUnit?: Unit): Fragment | "badDate" | null {
  const f = raw
    .replace(WEEKDAY_RE, "")
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
  if ((m = MONTH_RE.exec(f)) && MONTHS[m[1]]) {
    return { unit: "month", m: MONTHS[m[1]], y: yearOf(m[2]) };
  }
  if ((m = QUARTER_RE.exec(f))) {
    return { unit: "quarter", n: ORDINALS[m[1]], y: yearOf(m[2]) };
  }
  if ((m = SEMESTER_RE.exec(f))) {
    const n = ORDINALS[m[1]];
    return n <= 2 ? { unit: "semester", n, y: yearOf(m[2]) } : null;
  }
  if ((m = /^(\d{4})$/.exec(f))) return { unit: "year", y: Number(m[1]) };
  // "Tahun berjalan", "tahun ini": the plan year.
  if (/^(?:tahun|thn\.?)(?:\s+anggaran)?\s+(?:berjalan|ini)$/.test(f)) return { unit: "year" };
  if (bareUnit && (bareUnit === "quarter" || bareUnit === "semester") && (m = BARE_ORDINAL_RE.exec(f))) {
    const n = ORDINALS[m[1]];
    if (bareUnit === "semester" && n > 2) return null;
    return { unit: bareUnit, n, y: yearOf(m[2]) };
  }
  return null;
}

export function fragmentBounds(fr: Fragment, y: number): { start: number; end: number } | null {
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

export const RANGE_SEPARATORS = [
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
