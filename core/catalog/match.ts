// Matching hand-typed text to the catalog: tolerant of case, spacing, punctuation, numbering and
// small typos ("Gratifkasi" is still Pengendalian Gratifikasi). Texts are normalised once, then
// compared by edit distance on their letters and by shared (fuzzily equal) words, whichever is
// kinder: a typo costs a letter, a dropped or reordered word costs a word.

import { TextCache } from "../sheet/cache.js";
import { foldAccents } from "../sheet/values.js";

/** A leading list marker: "1.", "1)", "(1)", "a.", "b)", "iv.", "-", "•", "*". */
const MARKER_RE = /^\s*(?:\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]|\(\d{1,2}\)|[-•·*–—▪►○●✓])\s*/i;

/** The text without its leading list marker(s): "1. a) Penyusunan" -> "Penyusunan". */
export function stripMarker(text: string): string {
  let t = text;
  for (let i = 0; i < 3; i++) {
    const m = MARKER_RE.exec(t);
    if (!m || m[0].length === 0) break;
    // "i." alone is a marker; "I. MANAJEMEN" too; but "IKU" is a word, hence the required punctuation.
    t = t.slice(m[0].length);
  }
  return t.trim();
}

/** Lower case, no accents, "&" as "dan", punctuation as spaces, single spaces, no list marker. */
export function normalizeText(text: string): string {
  return foldAccents(stripMarker(text))
    .toLowerCase()
    .replace(/&/g, " dan ")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

export interface Prepared {
  /** Normalised text. */
  norm: string;
  /** Without spaces: "beban kerja" and "bebankerja" compare equal. */
  compact: string;
  tokens: string[];
  /** Letter triples of `compact`: a cheap first look that rules most candidates out. */
  grams: Set<string>;
}

function trigrams(s: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 3 <= s.length; i++) out.add(s.slice(i, i + 3));
  return out;
}

// Plans repeat the same texts (the Lampiran's, statuses, owners) row after row and file after
// file; a bounded cache spares normalising them again.
const cache = new TextCache<Prepared>(5_000);

export function prepareText(text: string): Prepared {
  return text.length <= 500 ? cache.get(text, uncachedPrepare) : uncachedPrepare(text);
}

function uncachedPrepare(text: string): Prepared {
  const norm = normalizeText(text);
  const compact = norm.replace(/ /g, "");
  return { norm, compact, tokens: norm ? norm.split(" ") : [], grams: trigrams(compact) };
}

function gramScore(a: Set<string>, b: Set<string>): number {
  const small = a.size <= b.size ? a : b;
  const large = small === a ? b : a;
  let shared = 0;
  // forEach, not for-of: this runs for every candidate of every cell, mostly before V8 optimises
  // it, where each step of an iterator is an object.
  small.forEach((g) => {
    if (large.has(g)) shared++;
  });
  return (2 * shared) / (a.size + b.size);
}

/**
 * Edit distance with transpositions (optimal string alignment), or `max + 1` as soon as the
 * distance is known to exceed `max`: comparing a long cell with every catalog text stays cheap.
 */
// Three rows of the distance table, reused between calls: readers compare many short strings, and
// fresh arrays per call cost more in garbage collection than the comparison itself.
let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

export function boundedDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  const n = b.length;
  if (rows[0].length <= n) rows = [new Int32Array(n + 1), new Int32Array(n + 1), new Int32Array(n + 1)];
  let [prevPrev, prev, cur] = rows;
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = cur[0];
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const cb = b.charCodeAt(j - 1);
      let d = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca === cb ? 0 : 1));
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) d = Math.min(d, prevPrev[j - 2] + 1);
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    [prevPrev, prev, cur] = [prev, cur, prevPrev];
  }
  return prev[n];
}

/** Words that differ by a typo count as the same word; short words must match exactly. */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const len = Math.min(a.length, b.length);
  if (len < 4) return false;
  return boundedDistance(a, b, len >= 8 ? 2 : 1) <= (len >= 8 ? 2 : 1);
}

/** Dice coefficient over words, each word used once, typos forgiven. */
function wordScore(a: string[], b: string[]): number {
  if (!a.length || !b.length) return 0;
  const used = new Array<boolean>(b.length).fill(false);
  let shared = 0;
  for (const w of a) {
    let k = b.findIndex((x, i) => !used[i] && x === w);
    if (k < 0) k = b.findIndex((x, i) => !used[i] && sameWord(w, x));
    if (k >= 0) {
      used[k] = true;
      shared++;
    }
  }
  return (2 * shared) / (a.length + b.length);
}

/**
 * How alike two prepared texts are, from 0 (nothing shared) to 1 (the same once normalised).
 * Scores below `floor` may come back as any lower value: the costly letter comparison is skipped
 * when it cannot lift the score to `floor`.
 */
export function textSimilarity(a: Prepared, b: Prepared, floor = 0): number {
  if (!a.compact || !b.compact) return 0;
  if (a.compact === b.compact) return 1;
  // Texts that share few letter triples are far apart by either measure below.
  if (a.grams.size >= 4 && b.grams.size >= 4 && gramScore(a.grams, b.grams) < 0.3) return 0;
  const longer = Math.max(a.compact.length, b.compact.length);
  const shorter = Math.min(a.compact.length, b.compact.length);
  const words = wordScore(a.tokens, b.tokens);
  // Far apart in length: no typo explains it; only words can still match (a dropped word).
  if (shorter / longer < 0.5) return words * (shorter / longer < 0.25 ? 0.5 : 1);
  // Letters can at best score 1 - (length difference) / longer; the distance that still beats
  // both the words and the floor bounds the comparison.
  const need = Math.max(words, floor);
  const max = Math.min(Math.floor(longer * 0.35), Math.floor(longer * (1 - need)));
  if (max < longer - shorter) return words;
  const d = boundedDistance(a.compact, b.compact, max);
  return d > max ? words : Math.max(words, 1 - d / longer);
}

/** A catalog item with every spelling that means it, prepared for comparison. */
export interface Candidate<T> {
  item: T;
  spellings: Prepared[];
}

/** The longest spelling of any candidate: a text much longer than that cannot be one of them. */
function longestSpelling<T>(candidates: readonly Candidate<T>[]): number {
  let n = 0;
  for (const c of candidates) for (const s of c.spellings) n = Math.max(n, s.compact.length);
  return n;
}

// Typed plans repeat the Lampiran's texts row after row and file after file, and each is scored
// against the same candidates again: the exact score of a (text, candidate) pair is kept as long
// as the prepared text lives (the prepareText cache holds it).
const scored = new WeakMap<Prepared, Map<Candidate<unknown>, number>>();

/**
 * The candidate's best score for the text. Exact: a floor would only let a score below it come
 * back lower, and every caller compares scores with a floor, so exact scores decide alike.
 */
export function bestScore<T>(text: Prepared, candidate: Candidate<T>): number {
  let known = scored.get(text);
  const hit = known?.get(candidate);
  if (hit !== undefined) return hit;
  let best = 0;
  for (const s of candidate.spellings) {
    const v = textSimilarity(text, s, best);
    if (v > best) best = v;
    if (best === 1) break;
  }
  if (!known) scored.set(text, (known = new Map()));
  known.set(candidate, best);
  return best;
}

export interface Match<T> {
  item: T;
  score: number;
}

/** The candidate the text most resembles, when it resembles it at least `threshold`. */
export function bestMatch<T>(text: Prepared, candidates: readonly Candidate<T>[], threshold: number): Match<T> | null {
  if (!text.compact || text.compact.length > 3 * longestSpelling(candidates) + 10) return null;
  let best: Match<T> | null = null;
  for (const c of candidates) {
    const score: number = bestScore(text, c);
    if (score >= threshold && (!best || score > best.score)) best = { item: c.item, score };
  }
  return best;
}

/**
 * Pairs texts with candidates one to one, the most alike pairs first, so that two rencana aksi
 * typed in one cell never claim the same catalog action. `taken` candidates (claimed by earlier
 * rows) lose to a free one that scores nearly as well: a typo'd "PW.3.4" is not a second "PW.3.2".
 */
export function assignMatches<T>(
  texts: readonly Prepared[],
  candidates: readonly Candidate<T>[],
  threshold: number,
  taken: (item: T) => boolean = () => false,
): (Match<T> | null)[] {
  const limit = 3 * longestSpelling(candidates) + 10;
  const pairs: { t: number; c: number; score: number; rank: number }[] = [];
  texts.forEach((text, t) => {
    if (!text.compact || text.compact.length > limit) return;
    // A text spelled exactly like a candidate needs no scoring against the others.
    const exact = candidates.findIndex((cand) => cand.spellings.some((s) => s.compact === text.compact));
    if (exact >= 0 && !taken(candidates[exact].item)) {
      pairs.push({ t, c: exact, score: 1, rank: 2 });
      return;
    }
    candidates.forEach((cand, c) => {
      const score = bestScore(text, cand);
      if (score >= threshold) pairs.push({ t, c, score, rank: taken(cand.item) ? score - 0.1 : score });
    });
  });
  pairs.sort((x, y) => y.rank - x.rank || x.c - y.c);
  const out: (Match<T> | null)[] = texts.map(() => null);
  const usedCandidate = new Set<number>();
  for (const p of pairs) {
    if (out[p.t] || usedCandidate.has(p.c)) continue;
    out[p.t] = { item: candidates[p.c].item, score: p.score };
    usedCandidate.add(p.c);
  }
  return out;
}
