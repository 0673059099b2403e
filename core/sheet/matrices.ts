// A spec's grouped styles, validations and links turned into what a host that sets formats by
// 2-D arrays (Apps Script's setFontWeights, setBackgrounds, setDataValidations...) needs: one
// matrix per property over the spec's extent, so a whole sheet costs one call per property
// whatever its number of rows.

import { parseRange, rangeRef } from "./a1.js";
import type { Borders, HAlign, SheetSpec, VAlign } from "./types.js";
import { isLink } from "./values.js";

export interface FormatMatrices {
  fontWeights: ("bold" | "normal")[][];
  fontStyles: ("italic" | "normal")[][];
  fontLines: ("underline" | "none")[][];
  fontSizes: number[][];
  fontColors: string[][];
  /** null: no fill. */
  backgrounds: (string | null)[][];
  /** null: the host's default alignment. */
  hAligns: (HAlign | null)[][];
  vAligns: (VAlign | null)[][];
  wraps: boolean[][];
}

export type FormatProperty = keyof FormatMatrices;

export const DEFAULT_FONT_SIZE = 10;
export const DEFAULT_FONT_COLOR = "#000000";

function filled<T>(rows: number, cols: number, value: T): T[][] {
  return Array.from({ length: rows }, () => new Array<T>(cols).fill(value));
}

/** Calls fn for every cell of a range, clipped to rows x cols. */
function eachCell(ref: string, rows: number, cols: number, fn: (r: number, c: number) => void): void {
  const p = parseRange(ref);
  if (!p) return;
  for (let r = p.top; r <= Math.min(p.bottom, rows - 1); r++) {
    for (let c = p.left; c <= Math.min(p.right, cols - 1); c++) fn(r, c);
  }
}

/**
 * The style groups as per-cell matrices (later groups win, as in the spec's order), with the set
 * of properties some cell actually uses: a host skips the others.
 */
export function formatMatrices(spec: SheetSpec, rows: number, cols: number): { matrices: FormatMatrices; used: Set<FormatProperty> } {
  const m: FormatMatrices = {
    fontWeights: filled(rows, cols, "normal" as const),
    fontStyles: filled(rows, cols, "normal" as const),
    fontLines: filled(rows, cols, "none" as const),
    fontSizes: filled(rows, cols, DEFAULT_FONT_SIZE),
    fontColors: filled(rows, cols, DEFAULT_FONT_COLOR),
    backgrounds: filled<string | null>(rows, cols, null),
    hAligns: filled<HAlign | null>(rows, cols, null),
    vAligns: filled<VAlign | null>(rows, cols, null),
    wraps: filled(rows, cols, false),
  };
  const used = new Set<FormatProperty>();
  for (const group of spec.styles) {
    const s = group.style;
    const sets: [FormatProperty, unknown][] = [];
    if (s.bold !== undefined) sets.push(["fontWeights", s.bold ? "bold" : "normal"]);
    if (s.italic !== undefined) sets.push(["fontStyles", s.italic ? "italic" : "normal"]);
    if (s.underline !== undefined) sets.push(["fontLines", s.underline ? "underline" : "none"]);
    if (s.fontSize !== undefined) sets.push(["fontSizes", s.fontSize]);
    if (s.fontColor !== undefined) sets.push(["fontColors", s.fontColor]);
    if (s.fill !== undefined) sets.push(["backgrounds", s.fill]);
    if (s.hAlign !== undefined) sets.push(["hAligns", s.hAlign]);
    if (s.vAlign !== undefined) sets.push(["vAligns", s.vAlign]);
    if (s.wrap !== undefined) sets.push(["wraps", s.wrap]);
    if (!sets.length) continue;
    for (const [prop] of sets) used.add(prop);
    for (const ref of group.ranges) {
      eachCell(ref, rows, cols, (r, c) => {
        for (const [prop, value] of sets) (m[prop] as unknown[][])[r][c] = value;
      });
    }
  }
  return { matrices: m, used };
}

/** The text attributes of a cell that Apps Script's TextStyle carries; undefined where no group sets one. */
export interface TextStyleCell {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  fontSize?: number;
  color?: string;
}

const TEXT_STYLE_PROPS = ["fontWeights", "fontStyles", "fontLines", "fontSizes", "fontColors"] as const satisfies readonly FormatProperty[];

/**
 * The font properties of formatMatrices as one TextStyle description per cell, each property
 * present when some cell of the spec uses it (as the separate setters would have written it),
 * so a host sets them all in one setTextStyles call instead of five.
 */
export function textStyleMatrix(m: FormatMatrices, used: ReadonlySet<FormatProperty>): TextStyleCell[][] | null {
  if (!TEXT_STYLE_PROPS.some((p) => used.has(p))) return null;
  return m.fontWeights.map((row, r) => row.map((weight, c) => {
    const cell: TextStyleCell = {};
    if (used.has("fontWeights")) cell.bold = weight === "bold";
    if (used.has("fontStyles")) cell.italic = m.fontStyles[r][c] === "italic";
    if (used.has("fontLines")) cell.underline = m.fontLines[r][c] === "underline";
    if (used.has("fontSizes")) cell.fontSize = m.fontSizes[r][c];
    if (used.has("fontColors")) cell.color = m.fontColors[r][c];
    return cell;
  }));
}

/** The format properties textStyleMatrix carries. */
export function isTextStyleProperty(p: FormatProperty): boolean {
  return (TEXT_STYLE_PROPS as readonly FormatProperty[]).includes(p);
}

/** One stroke of paintRuns: `count` columns from `first` (0-based) set to `value`. */
export interface PaintRun<T> {
  first: number;
  count: number;
  value: T;
}

/**
 * The fewest strokes that leave each position holding its value when painted in order, each
 * stroke setting a stretch of consecutive positions to one value (a later stroke over an earlier
 * one): column widths 18,14,13,22,18 are three strokes of 18 over all five, then 14, 13 and 22,
 * where runs of equal neighbours would take five. Apps Script sets widths only this way
 * (setColumnWidths: one width for consecutive columns), so this is its fewest calls.
 * Interval dynamic programming (the "strange printer"), O(n³) for the few columns of a sheet.
 */
export function paintRuns<T>(values: readonly T[]): PaintRun<T>[] {
  interface Plan { end: number; rest: PaintRun<T>[] }
  const memo = new Map<number, Plan>();
  const n = values.length;
  const strokes = (i: number, j: number): PaintRun<T>[] => {
    if (i > j) return [];
    const p = best(i, j);
    return [{ first: i, count: p.end - i + 1, value: values[i] }, ...p.rest];
  };
  // The plan for i..j on a blank stretch: its first stroke starts at i with values[i] and ends at `end`.
  function best(i: number, j: number): Plan {
    const key = i * (n + 1) + j;
    const known = memo.get(key);
    if (known) return known;
    // Position i alone, then the rest.
    let plan: Plan = { end: i, rest: strokes(i + 1, j) };
    for (let k = i + 1; k <= j; k++) {
      if (values[k] !== values[i]) continue;
      // One stroke from i over k (k's own first stroke, stretched left), what lies between on top.
      const tail = best(k, j);
      const rest = [...strokes(i + 1, k - 1), ...tail.rest];
      if (rest.length < plan.rest.length) plan = { end: tail.end, rest };
    }
    memo.set(key, plan);
    return plan;
  }
  return strokes(0, n - 1);
}

/**
 * A merge as one host call: a range merged whole, or (across) a block of rows each merged over
 * the same columns, which Apps Script's mergeAcross does in one call. Merges one row tall over
 * the same columns on consecutive rows (the label/value rows of a report) become one block.
 */
export interface MergeRun {
  range: string;
  across: boolean;
}

export function mergeRuns(merges: readonly string[]): MergeRun[] {
  const rows: { top: number; left: number; right: number }[] = [];
  const runs: MergeRun[] = [];
  for (const ref of merges) {
    const p = parseRange(ref);
    if (!p) continue;
    if (p.top === p.bottom && p.right > p.left) rows.push({ top: p.top, left: p.left, right: p.right });
    else runs.push({ range: ref, across: false });
  }
  rows.sort((a, b) => a.left - b.left || a.right - b.right || a.top - b.top);
  for (let i = 0; i < rows.length;) {
    let j = i;
    while (j + 1 < rows.length && rows[j + 1].left === rows[i].left && rows[j + 1].right === rows[i].right && rows[j + 1].top === rows[j].top + 1) j++;
    const first = rows[i];
    runs.push({ range: rangeRef(first.top, first.left, rows[j].top, first.right), across: j > i });
    i = j + 1;
  }
  return runs;
}

/** The ranges of every style group that draws borders, merged by border style: one host call each. */
export function borderGroups(spec: SheetSpec): { borders: Borders; ranges: string[] }[] {
  const byKey = new Map<string, { borders: Borders; ranges: string[] }>();
  for (const group of spec.styles) {
    const b = group.style.borders;
    if (!b || !Object.values(b).some(Boolean)) continue;
    const key = JSON.stringify([!!b.top, !!b.left, !!b.bottom, !!b.right, !!b.insideVertical, !!b.insideHorizontal]);
    const entry = byKey.get(key);
    if (entry) entry.ranges.push(...group.ranges);
    else byKey.set(key, { borders: b, ranges: [...group.ranges] });
  }
  return [...byKey.values()];
}

/** Index of the last group whose ranges cover each cell; null where none does. */
export function groupIndexMatrix(groups: readonly { ranges: readonly string[] }[], rows: number, cols: number): (number | null)[][] {
  const out = filled<number | null>(rows, cols, null);
  groups.forEach((g, i) => {
    for (const ref of g.ranges) eachCell(ref, rows, cols, (r, c) => (out[r][c] = i));
  });
  return out;
}

/** A stretch of one column holding links, written as one block of rich text. */
export interface LinkRun {
  col: number;
  top: number;
  bottom: number;
}

/**
 * The link cells of a spec as vertical runs. A run spans the text and empty cells between links
 * of a column (rich text cannot hold a number or a formula, so those split a run), so a column of
 * findings with a link on every row is one run whatever its length.
 */
export function linkRuns(spec: SheetSpec): LinkRun[] {
  const rowsByCol = new Map<number, number[]>();
  spec.cells.forEach((row, r) => row.forEach((v, c) => {
    if (!isLink(v)) return;
    const list = rowsByCol.get(c);
    if (list) list.push(r);
    else rowsByCol.set(c, [r]);
  }));
  const runs: LinkRun[] = [];
  for (const [col, linkRows] of [...rowsByCol].sort((a, b) => a[0] - b[0])) {
    let run: LinkRun | null = null;
    let lastLink = -1;
    for (let r = linkRows[0]; r <= linkRows[linkRows.length - 1]; r++) {
      const v = spec.cells[r]?.[col] ?? null;
      // Rich text holds text only: a number, boolean or formula ends the run.
      if (!(v === null || typeof v === "string" || isLink(v))) {
        if (run) runs.push({ ...run, bottom: lastLink });
        run = null;
        continue;
      }
      if (!isLink(v)) continue;
      if (!run) run = { col, top: r, bottom: r };
      lastLink = r;
    }
    if (run) runs.push({ ...run, bottom: lastLink });
  }
  return runs;
}
