// Reviewed files on their way from the sidebar to the Apps Script server: lean portable entries
// as one JSON text, cut into pieces small enough for one google.script.run call and one
// CacheService value each (100 KB a value), and read back on the other side. The text is cut
// anywhere, not between files: one plan with thousands of findings may be larger than a piece.

import { fromPortable, toPortable, type PortableReviewed } from "./portable.js";
import type { ReviewedFile } from "./review.js";

/** UTF-8 bytes per piece: under CacheService's 100 KB a value, with room to spare. */
export const PIECE_BYTES = 90_000;

/** The files the recaps need (zi's own recaps left out), lean, as JSON. */
export function portableText(files: readonly ReviewedFile[]): string {
  return JSON.stringify(files.filter((f) => f.kind !== "own").map((f) => toPortable(f, { lean: true })));
}

/** UTF-8 length of the character at i (a surrogate pair counts once, as 4) and its UTF-16 width. */
function charAt(text: string, i: number): [bytes: number, width: number] {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) return [4, 2];
  return [c < 0x80 ? 1 : c < 0x800 ? 2 : 3, 1];
}

/** The text cut into pieces of at most maxBytes UTF-8 bytes, never inside a character; at least one piece. */
export function splitPieces(text: string, maxBytes = PIECE_BYTES): string[] {
  const pieces: string[] = [];
  let start = 0;
  let bytes = 0;
  for (let i = 0; i < text.length;) {
    const [n, width] = charAt(text, i);
    if (bytes + n > maxBytes && i > start) {
      pieces.push(text.slice(start, i));
      start = i;
      bytes = 0;
    }
    bytes += n;
    i += width;
  }
  pieces.push(text.slice(start));
  return pieces;
}

const KINDS = new Set(["plan", "lke", "unreadable"]);

function isPortable(v: unknown): v is PortableReviewed {
  if (typeof v !== "object" || v === null) return false;
  const p = v as Record<string, unknown>;
  if (!KINDS.has(p.kind as string) || typeof p.file !== "string") return false;
  if (p.kind === "plan") return typeof p.entry === "object" && p.entry !== null && Array.isArray((p.entry as { findings?: unknown }).findings);
  if (p.kind === "lke") return typeof p.assessed === "object" && p.assessed !== null;
  return typeof p.error === "string";
}

/** The pieces joined and read back into reviewed files; null when the text is not what portableText wrote. */
export function parsePortableText(text: string): ReviewedFile[] | null {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  if (!Array.isArray(data) || !data.every(isPortable)) return null;
  return data.map(fromPortable);
}
