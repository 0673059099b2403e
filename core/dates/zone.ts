// Instants <-> calendar days in a named time zone. Hosts hand the core instants (Date); the day
// a person sees in the spreadsheet is the instant's date in the spreadsheet's own time zone.

import { serialFromIso, serialFromYmd, ymdFromSerial, type Ymd } from "./serial.js";

export const DEFAULT_TIME_ZONE = "Asia/Jakarta";

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/**
 * Indonesia's three zones have kept one offset since 1964 (tz database: Asia/Jakarta WIB +07:00
 * from 1964-01-01 local, Asia/Makassar WITA +08:00 from 1945-09-23, Asia/Jayapura WIT +09:00 from
 * 1964-01-01). After those instants their offset is known without asking Intl, whose first use
 * loads the time zone data (tens of milliseconds at the start of every zi run); earlier instants
 * still go through Intl.
 */
const STEADY: Record<string, { since: number; offset: number }> = {
  "Asia/Jakarta": { since: Date.UTC(1963, 11, 31, 16, 30), offset: 7 * 3_600_000 },
  "Asia/Makassar": { since: Date.UTC(1945, 8, 22, 15, 0), offset: 8 * 3_600_000 },
  "Asia/Jayapura": { since: Date.UTC(1963, 11, 31, 14, 30), offset: 9 * 3_600_000 },
};

export function isValidTimeZone(timeZone: string): boolean {
  if (timeZone in STEADY) return true;
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** A usable zone: the one given when valid, else Asia/Jakarta. */
export function resolveTimeZone(timeZone: string | undefined | null): string {
  return timeZone && isValidTimeZone(timeZone) ? timeZone : DEFAULT_TIME_ZONE;
}

export interface WallClock extends Ymd {
  h: number;
  mi: number;
  s: number;
}

function wallClockByIntl(instant: Date, timeZone: string): WallClock {
  const out: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(instant)) {
    if (p.type !== "literal") out[p.type] = Number(p.value);
  }
  return { y: out.year, m: out.month, d: out.day, h: out.hour, mi: out.minute, s: out.second };
}

/** The zone's offset from UTC at an instant, in ms (wall clock = instant + offset). */
function offsetByIntl(t: number, timeZone: string): number {
  const wc = wallClockByIntl(new Date(t), timeZone);
  const shown = new Date(Date.UTC(2000, wc.m - 1, wc.d, wc.h, wc.mi, wc.s));
  shown.setUTCFullYear(wc.y);
  return shown.getTime() - (t - (((t % 1000) + 1000) % 1000));
}

// Intl is slow and a workbook's dates repeat: offsets are cached per quarter hour, and only for a
// quarter hour whose start and end share one offset, so a change of offset is never smoothed over.
const BUCKET_MS = 15 * 60 * 1000;
const MAX_CACHED = 50_000;
const offsets = new Map<string, Map<number, number>>();

function offsetAt(t: number, timeZone: string): number {
  const steady = STEADY[timeZone];
  if (steady && t >= steady.since) return steady.offset;
  let zone = offsets.get(timeZone);
  if (!zone) offsets.set(timeZone, (zone = new Map()));
  const bucket = Math.floor(t / BUCKET_MS);
  const cached = zone.get(bucket);
  if (cached !== undefined) return cached;
  const start = offsetByIntl(bucket * BUCKET_MS, timeZone);
  if (start !== offsetByIntl(bucket * BUCKET_MS + BUCKET_MS - 1, timeZone)) return offsetByIntl(t, timeZone);
  if (zone.size >= MAX_CACHED) zone.clear();
  zone.set(bucket, start);
  return start;
}

function wallClock(instant: Date, timeZone: string): WallClock {
  const t = instant.getTime();
  const local = new Date(t + offsetAt(t, timeZone));
  return {
    y: local.getUTCFullYear(), m: local.getUTCMonth() + 1, d: local.getUTCDate(),
    h: local.getUTCHours(), mi: local.getUTCMinutes(), s: local.getUTCSeconds(),
  };
}

/** What a clock in the zone shows at an instant. */
export function wallClockInZone(instant: Date, timeZone: string): WallClock {
  return wallClock(instant, resolveTimeZone(timeZone));
}

export function ymdInZone(instant: Date, timeZone: string): Ymd {
  const { y, m, d } = wallClock(instant, resolveTimeZone(timeZone));
  return { y, m, d };
}

/** The calendar day of an instant in a time zone, as a serial; null for an invalid Date. */
export function serialFromInstant(instant: Date, timeZone: string): number | null {
  if (Number.isNaN(instant.getTime())) return null;
  const { y, m, d } = ymdInZone(instant, timeZone);
  return serialFromYmd(y, m, d);
}

/** The instant at which the wall clock in `timeZone` shows the given local time. */
export function instantFromWallClock(
  y: number, m: number, d: number, h: number, mi: number, s: number, timeZone: string,
): Date {
  const zone = resolveTimeZone(timeZone);
  const asUtc = Date.UTC(2000, m - 1, d, h, mi, s);
  const base = new Date(asUtc);
  base.setUTCFullYear(y);
  const target = base.getTime();
  // Two passes settle the offset even across a daylight-saving change.
  let guess = target;
  for (let i = 0; i < 2; i++) {
    const wc = wallClock(new Date(guess), zone);
    const shown = new Date(Date.UTC(2000, wc.m - 1, wc.d, wc.h, wc.mi, wc.s));
    shown.setUTCFullYear(wc.y);
    guess += target - shown.getTime();
  }
  return new Date(guess);
}

/** Local midnight of a serial day in a time zone; null for a serial that is no day. */
export function instantFromSerial(serial: number, timeZone: string): Date | null {
  const ymd = ymdFromSerial(serial);
  return ymd ? instantFromWallClock(ymd.y, ymd.m, ymd.d, 0, 0, 0, timeZone) : null;
}

export function todaySerial(timeZone: string, now: Date = new Date()): number {
  return serialFromInstant(now, resolveTimeZone(timeZone)) as number;
}

/** The as-of day a user chose (YYYY-MM-DD), else today in the zone: what every button and review is dated with. */
export function asOfDay(iso: string | null | undefined, timeZone: string): number {
  return (iso && serialFromIso(iso)) || todaySerial(timeZone);
}
