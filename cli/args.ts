// Option parsing on node:util parseArgs, with Indonesian messages and the options every command shares.

import { parseArgs, type ParseArgsConfig } from "node:util";
import { cliText, isValidTimeZone, resolveTimeZone, serialFromIso, todaySerial } from "../core/index.js";

/** Wrong use of the command: exit code 2 with a message that says what to type. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

type Options = NonNullable<ParseArgsConfig["options"]>;

export const COMMON_OPTIONS = {
  help: { type: "boolean", short: "h" },
  "zona-waktu": { type: "string" },
} as const satisfies Options;

export function parse<O extends Options>(args: string[], options: O, allowPositionals = true) {
  try {
    return parseArgs({ args, options: { ...COMMON_OPTIONS, ...options }, allowPositionals, strict: true });
  } catch (e) {
    const detail = e instanceof Error ? e.message.replace(/^.*?: /, "") : String(e);
    throw new UsageError(cliText.unknownOption(detail));
  }
}

export function timeZoneOption(value: string | undefined): string {
  if (value === undefined) return resolveTimeZone(undefined);
  if (!isValidTimeZone(value)) throw new UsageError(cliText.badTimeZone(value));
  return value;
}

export function yearOption(value: string | undefined, flag: string, cmd: string): number {
  if (value === undefined) throw new UsageError(cliText.missingOption(flag, cmd));
  const y = Number(value);
  if (!/^\d{4}$/.test(value.trim()) || y < 2000 || y > 2100) throw new UsageError(cliText.badYear(value));
  return y;
}

/** An as-of date option (YYYY-MM-DD) as a serial day; today in the zone when absent. */
export function asOfOption(value: string | undefined, timeZone: string): number {
  if (value === undefined) return todaySerial(timeZone);
  const s = serialFromIso(value);
  if (s === null) throw new UsageError(cliText.badDate(value));
  return s;
}

export function predicateOption(value: string | undefined): "WBK" | "WBBM" | null {
  if (value === undefined) return null;
  const v = value.trim().toUpperCase();
  if (v !== "WBK" && v !== "WBBM") throw new UsageError(cliText.badPredicate(value));
  return v;
}

/** A file name from free text: no characters Windows refuses. */
export function safeFileName(text: string): string {
  return text.replace(/[<>:"/\\|?*\x00-\x1f]+/g, " ").replace(/\s+/g, " ").trim().slice(0, 120);
}
