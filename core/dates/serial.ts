// Calendar days as Excel serial numbers (1900 date system, which Google Sheets and LibreOffice
// share). A serial is a plain integer, so a calendar day never moves with a time zone.

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

const MS_PER_DAY = 86_400_000;
const EPOCH_UTC = Date.UTC(1899, 11, 30);
/** 9999-12-31, the last day Excel can show. */
export const MAX_SERIAL = 2_958_465;

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function isValidYmd({ y, m, d }: Ymd): boolean {
  return Number.isInteger(y) && Number.isInteger(m) && Number.isInteger(d) &&
    y >= 1900 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

function utcMs(y: number, m: number, d: number): number {
  const date = new Date(Date.UTC(2000, m - 1, d));
  date.setUTCFullYear(y); // Date.UTC maps years 0-99 to 1900-1999
  return date.getTime();
}

/**
 * Excel counts 1900-02-29, a day that never was (Lotus 1-2-3 compatibility): days from
 * 1900-03-01 on are counted from 1899-12-30, earlier ones from 1899-12-31.
 */
export function serialFromYmd(y: number, m: number, d: number): number {
  const days = Math.round((utcMs(y, m, d) - EPOCH_UTC) / MS_PER_DAY);
  return days < 61 ? days - 1 : days;
}

/** The calendar day of a serial (its fraction, the time of day, is dropped); null for 0, 60 and out of range. */
export function ymdFromSerial(serial: number): Ymd | null {
  if (!Number.isFinite(serial)) return null;
  const s = Math.floor(serial);
  if (s < 1 || s === 60 || s > MAX_SERIAL) return null;
  const days = s < 60 ? s + 1 : s;
  const date = new Date(EPOCH_UTC + days * MS_PER_DAY);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

export function isoFromSerial(serial: number): string {
  const ymd = ymdFromSerial(serial);
  if (!ymd) return "";
  return `${String(ymd.y).padStart(4, "0")}-${String(ymd.m).padStart(2, "0")}-${String(ymd.d).padStart(2, "0")}`;
}

export function serialFromIso(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso.trim());
  if (!m) return null;
  const ymd = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  return isValidYmd(ymd) ? serialFromYmd(ymd.y, ymd.m, ymd.d) : null;
}

export function yearOfSerial(serial: number): number | null {
  return ymdFromSerial(serial)?.y ?? null;
}

export function endOfMonth(y: number, m: number): number {
  return serialFromYmd(y, m, daysInMonth(y, m));
}

export function startOfYear(y: number): number {
  return serialFromYmd(y, 1, 1);
}

export function endOfYear(y: number): number {
  return serialFromYmd(y, 12, 31);
}
