// Target texts made of several periods ("TW I dan TW II", "Januari, April dan Juli") and texts
// that name no time at all ("Insidentil", "Sesuai kebutuhan"). parseTarget (target.ts) tries
// these after single targets and ranges.

import { fragmentBounds, MONTHS, parseFragment, type Fragment, type Unit } from "./fragments.js";

const LIST_SEPARATOR = /\s*(?:[,;&]|\bdan\b|\bserta\b)\s*/;

export type ListResult =
  | { start: number; due: number }
  | "badDate" | "noYear" | "reversed";

/**
 * A list of periods, read as one range from the first to the last; null when the text is not a
 * list of periods. A bare ordinal continues the unit before it ("Triwulan I, II dan III"); a
 * missing year is the next year the list names ("Januari, April dan Juli 2026"), else the one
 * before, else the plan year.
 */
export function parseList(text: string, planYear: number | null): ListResult | null {
  const parts = text.split(LIST_SEPARATOR).filter((p) => p !== "");
  if (parts.length < 2) return null;
  const items: Fragment[] = [];
  let unit: Unit | undefined;
  for (const part of parts) {
    const fr = parseFragment(part, unit);
    if (fr === "badDate") return "badDate";
    if (!fr) return null;
    items.push(fr);
    unit = fr.unit;
  }
  const bounds: { start: number; end: number }[] = [];
  for (const [i, fr] of items.entries()) {
    const y = fr.y ?? items.slice(i + 1).find((x) => x.y !== undefined)?.y ?? items.slice(0, i).reverse().find((x) => x.y !== undefined)?.y ?? planYear;
    if (y === null || y === undefined) return "noYear";
    const b = fragmentBounds(fr, y);
    if (!b) return "badDate";
    const prev = bounds[bounds.length - 1];
    if (prev && (b.start < prev.start || b.end < prev.end)) return "reversed";
    bounds.push(b);
  }
  return { start: bounds[0].start, due: bounds[bounds.length - 1].end };
}

/** Words of a target that defer the time to later: the plan still needs a period. */
const VAGUE = /\b(?:insidentil|insidental|menyesuaikan|disesuaikan|sesuai|situasional|kondisional|diperlukan|dibutuhkan|sewaktu-waktu|tentatif|ditentukan|tidak tentu|fleksibel)\b/;
const PERIOD_WORDS = new Set(["triwulan", "tw", "trw", "kuartal", "semester", "smt", "tahun", "thn", "bulan"]);

/** True for a text that puts the time off ("Insidentil", "Menyesuaikan") and names no day, month, period or year. */
export function namesNoTime(text: string): boolean {
  if (!VAGUE.test(text) || /\d/.test(text)) return false;
  return !text.split(/[^a-z]+/).some((w) => PERIOD_WORDS.has(w) || MONTHS[w] !== undefined);
}
