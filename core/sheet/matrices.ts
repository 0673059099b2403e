// A spec's grouped styles, validations and links turned into what a host that sets formats by
// 2-D arrays (Apps Script's setFontWeights, setBackgrounds, setDataValidations...) needs: one
// matrix per property over the spec's extent, so a whole sheet costs one call per property
// whatever its number of rows.

import { parseRange } from "./a1.js";
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
