// "Periksa berkas kiriman…", server side. The sidebar reads and reviews the picked files itself
// (nothing is uploaded) and sends their lean results here as JSON cut into pieces (core/review/
// pieces.ts: at most 90 KB each). All pieces but the last wait in the user's cache, one put each
// for 10 minutes: CacheService.getUserCache() is this user's and this script's only, and the Cache
// service asks for no OAuth scope (custom functions, which run without authorization, may use it),
// so the add-on keeps its two scopes. The last piece comes with the final call, which takes the
// others with one getAll, removes them with one removeAll, rebuilds the reviewed files, and writes
// the recap sheets the core builds with insertAll, the adapter every other sheet goes through.
// Spreadsheet calls do not depend on the number of files; cache calls grow with the pieces: one
// getUserCache and one put per piece but the last, then getUserCache, getAll and removeAll.

import { asOfDay, parsePortableText, PIECE_BYTES, reviewMessage, reviewRecapSheets, reviewText, functionErrors } from "../../core/index.js";
import { insertAll, spreadsheetTimeZone } from "./actions.js";
import { userError } from "./errors.js";
import { asOfFrom } from "./form.js";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Seconds a piece waits: long enough for a slow connection, short enough to leave nothing behind. */
export const PIECE_SECONDS = 600;
/** Pieces one review may send: 45 MB of results, and well under the cache's 1,000 items. */
export const MAX_PIECES = 500;
const TOKEN = /^[0-9a-f]{32}$/;

/** What ziInsertReviewRecaps returns to the sidebar. */
export interface ReviewInsertOutcome {
  ok: boolean;
  message: string;
  /** Names of the recap sheets inserted, in order. */
  inserted: string[];
}

export function pieceKey(token: string, index: number): string {
  return `zi-kiriman:${token}:${index}`;
}

function checkToken(token: unknown): string {
  if (typeof token !== "string" || !TOKEN.test(token)) throw userError(reviewText.damaged);
  return token;
}

function checkPiece(piece: unknown): string {
  // A piece is at most PIECE_BYTES of UTF-8, so at most as many characters.
  if (typeof piece !== "string" || piece.length > PIECE_BYTES) throw userError(reviewText.damaged);
  return piece;
}

/** Keeps piece `index` of a review (every piece but the last) in the user's cache; one put. */
export function keepReviewPiece(token: unknown, index: unknown, piece: unknown): boolean {
  const t = checkToken(token);
  if (typeof index !== "number" || !Number.isInteger(index) || index < 0 || index >= MAX_PIECES - 1) throw userError(reviewText.damaged);
  const text = checkPiece(piece);
  CacheService.getUserCache().put(pieceKey(t, index), text, PIECE_SECONDS);
  return true;
}

/** The text of the `count - 1` cached pieces and the last one; null when a cached piece is gone. */
function joinPieces(token: string, count: number, last: string): string | null {
  const keys = Array.from({ length: count - 1 }, (_, i) => pieceKey(token, i));
  if (!keys.length) return last;
  const cache = CacheService.getUserCache();
  const found = cache.getAll(keys) as Record<string, unknown>;
  // Removed whatever happens next: a piece never outlives the review it was sent for.
  cache.removeAll(keys);
  const texts = keys.map((k) => found[k]);
  return texts.every((t): t is string => typeof t === "string") ? texts.join("") + last : null;
}

/**
 * The final call: the pieces joined and read back, the recap sheets zi writes for these files
 * inserted under free names. `asOf` is the day the sidebar reviewed the files on (YYYY-MM-DD).
 */
export function insertReviewRecaps(token: unknown, count: unknown, last: unknown, asOf: unknown): ReviewInsertOutcome {
  const t = checkToken(token);
  if (typeof count !== "number" || !Number.isInteger(count) || count < 1 || count > MAX_PIECES) throw userError(reviewText.damaged);
  const lastPiece = checkPiece(last);
  const day = asOfFrom(asOf);
  if (day === null) return { ok: false, message: functionErrors.badAsOf, inserted: [] };
  const text = joinPieces(t, count, lastPiece);
  if (text === null) return { ok: false, message: reviewText.expired, inserted: [] };
  const files = parsePortableText(text);
  if (!files) return { ok: false, message: reviewText.damaged, inserted: [] };
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const timeZone = spreadsheetTimeZone(ss);
  const serial = asOfDay(day, timeZone);
  // The names in use, once: the recaps are built with free names (their links follow them) and insertAll asks no more.
  const handles = new Map<string, Sheet>(ss.getSheets().map((s) => [s.getName(), s]));
  const taken = [...handles.keys()];
  const specs = reviewRecapSheets(files, { asOf: serial, existingSheets: taken });
  const inserted = insertAll(ss, specs, timeZone, { taken: [...taken], handles });
  return { ok: true, message: reviewMessage(files), inserted };
}
