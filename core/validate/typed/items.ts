// Rencana aksi typed inside one cell: numbered ("1.", "1)", "a."), bulleted ("-", "•"), one per
// line or separated by semicolons, sometimes all on one line ("1. Penyusunan ...; 2. Sosialisasi").

import { TextCache } from "../../sheet/cache.js";

const LINE_MARKER = /^\s*(?:\(?\d{1,2}[.)]|\(\d{1,2}\)|[a-zA-Z][.)](?=\s)|[-•·*–—▪►○●✓])\s*/;

export interface CellItems {
  /** The rencana aksi, without their markers and trailing punctuation. */
  items: string[];
  /**
   * True when the cell numbered or bulleted its items. Unnumbered lines may be one action wrapped
   * by hand over several lines; the reader then tries joining neighbours that match nothing alone.
   */
  marked: boolean;
}

function clean(text: string): string {
  return text.replace(/\s+/g, " ").replace(/^[\s;,.:]+|[\s;,.:]+$/g, "").trim();
}

/** "1. Penyusunan ... 2. Sosialisasi ..." on one line: split at numbers that count up from the first. */
function splitInlineNumbers(segment: string): string[] {
  const re = /(?:^|\s)(\d{1,2}|[a-z])[.)]\s+/g;
  const marks: { at: number; n: number }[] = [];
  for (let m = re.exec(segment); m; m = re.exec(segment)) {
    const token = m[1];
    const n = /\d/.test(token) ? Number(token) : token.charCodeAt(0) - 96;
    const expected = marks.length ? marks[marks.length - 1].n + 1 : n;
    if (n === expected && (marks.length > 0 || m.index === 0)) marks.push({ at: m.index, n });
  }
  if (marks.length < 2) return [segment];
  return marks.map((mk, i) => segment.slice(mk.at, i + 1 < marks.length ? marks[i + 1].at : undefined).trim());
}

// The same cells come back row after row and file after file (the Lampiran's own texts).
const itemsCache = new TextCache<CellItems>(5_000);

/** Callers must not change the result: it is shared between calls with the same text. */
export function splitActionItems(text: string): CellItems {
  return text.length <= 2_000 ? itemsCache.get(text, frozenSplit) : frozenSplit(text);
}

function frozenSplit(text: string): CellItems {
  const found = uncachedSplit(text);
  return Object.freeze({ items: Object.freeze(found.items) as string[], marked: found.marked });
}

function uncachedSplit(text: string): CellItems {
  const lines = text.replace(/\r\n?/g, "\n").split("\n").map((l) => l.trim()).filter(Boolean);
  // Pieces in order; `hard` is true where a semicolon or a marker says a new item starts.
  const pieces: { text: string; marker: boolean; hard: boolean }[] = [];
  for (const line of lines) {
    line.split(";").forEach((segment, si) => {
      splitInlineNumbers(segment.trim()).forEach((part) => {
        if (!part.trim()) return;
        const marker = LINE_MARKER.test(part);
        pieces.push({ text: part, marker, hard: si > 0 });
      });
    });
  }
  const marked = pieces.some((p) => p.marker);
  const items: string[] = [];
  for (const p of pieces) {
    const body = clean(p.text.replace(LINE_MARKER, ""));
    if (!body) continue;
    // In a numbered cell a line without a number continues the item above it.
    if (marked && !p.marker && !p.hard && items.length) items[items.length - 1] = `${items[items.length - 1]} ${body}`;
    else items.push(body);
  }
  return { items, marked };
}
