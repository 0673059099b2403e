// Inflating zip parts in small steps against one budget for the whole workbook: the expanded size
// is counted as it is produced, never taken from the sizes a zip declares, so a zip bomb is
// stopped after a few megabytes past the limit, whatever it claims.

import { Inflate, inflateSync } from "fflate";
import { filesText } from "../i18n/files.js";
import { XlsxFault } from "./fault.js";
import type { ZipEntry } from "./zip.js";

/**
 * Compressed bytes fed per step. Deflate expands at most about 1:1032, so one step produces at
 * most ~8 MB before the budget is checked again.
 */
const STEP = 8 * 1024;
/** Parts compressed to at most this, declaring at most ONE_STEP_OUT, are inflated at once. */
const ONE_STEP = 32 * 1024;
const ONE_STEP_OUT = 4 * 2 ** 20;

/**
 * A whole-part raw-deflate inflater a host may lend (Node's zlib is native and costs far less than
 * script on a cold start): the part's bytes, never more than `room` of them; null when the part
 * expands beyond `room`; it throws on data that is not deflate.
 */
export type RawInflate = (compressed: Uint8Array, room: number) => Uint8Array | null;

/** The expanded-size budget of one workbook, and the inflater its small parts go through. */
export class InflateBudget {
  private left: number;

  constructor(
    readonly limit: number,
    readonly inflateRaw: RawInflate = fflateRaw,
  ) {
    this.left = limit;
  }

  spend(bytes: number): void {
    this.left -= bytes;
    if (this.left < 0) throw new XlsxFault("expandsTooMuch", filesText.expandsTooMuch(this.limit / 2 ** 20));
  }
}

/** Hands the part's expanded bytes to `sink` in pieces, counting them against `budget`. */
export function inflateEntry(entry: ZipEntry, budget: InflateBudget, sink: (chunk: Uint8Array) => void): void {
  if (entry.method === 0) {
    for (let at = 0; at < entry.data.length; at += STEP) {
      const chunk = entry.data.subarray(at, at + STEP);
      budget.spend(chunk.length);
      sink(chunk);
    }
    return;
  }
  if (entry.method !== 8) throw new XlsxFault("notWorkbook", filesText.notXlsx);
  if (entry.data.length <= ONE_STEP && entry.size <= ONE_STEP_OUT) {
    const out = oneStep(entry, budget.inflateRaw);
    if (out) {
      budget.spend(out.length);
      if (out.length) sink(out);
      return;
    }
    // It expands beyond what it declares: streamed below, counted as it goes.
  }
  const inflater = new Inflate((chunk) => {
    budget.spend(chunk.length);
    if (chunk.length) sink(chunk);
  });
  const data = entry.data;
  try {
    if (!data.length) inflater.push(data, true);
    for (let at = 0; at < data.length; at += STEP) inflater.push(data.subarray(at, at + STEP), at + STEP >= data.length);
  } catch (e) {
    if (e instanceof XlsxFault || !isFflateError(e)) throw e;
    throw new XlsxFault("corrupt", filesText.corrupt(filesText.zipDetail.partUnreadable(entry.name)));
  }
}

/**
 * fflate's inflater into a buffer of `room` plus one byte, so that its bytes are written once, with
 * no growing buffers (most parts of a workbook are small, and growing buffers cost more than
 * inflating them). A full buffer means the part did not fit.
 */
function fflateRaw(compressed: Uint8Array, room: number): Uint8Array | null {
  let out: Uint8Array;
  try {
    out = inflateSync(compressed, { out: new Uint8Array(room + 1) });
  } catch (e) {
    // A stored block too long for the room: the part is larger than it says.
    if (e instanceof RangeError) return null;
    throw e;
  }
  return out.length > room ? null : out;
}

/**
 * A small part inflated at once into its declared size. Null when it turns out larger than it
 * declares: what it really expands to is then found by streaming it, counted as it goes.
 */
function oneStep(entry: ZipEntry, inflateRaw: RawInflate): Uint8Array | null {
  try {
    return inflateRaw(entry.data, entry.size);
  } catch {
    throw new XlsxFault("corrupt", filesText.corrupt(filesText.zipDetail.partUnreadable(entry.name)));
  }
}

/** fflate's own errors carry a numeric code; anything else (a sink's error) passes through. */
function isFflateError(e: unknown): boolean {
  return e instanceof Error && typeof (e as { code?: unknown }).code === "number";
}
