// One worksheet part streamed into a Grid: cells land at their r address (or after the previous
// cell when a writer leaves r out), values are typed by the cell's t and style, formulas keep
// their text, and merged cells other than the top-left one hold nothing.

import { formatRange, parseRange } from "../sheet/a1.js";
import type { CellValue, Grid } from "../sheet/types.js";
import type { XlsxFault } from "./fault.js";
import type { InflateBudget } from "./inflate.js";
import { instantFromIsoText, instantFromSerialNumber } from "./numfmt.js";
import { decodeEscapes } from "./parts.js";
import { shiftFormula } from "./formula.js";
import { streamXml } from "./xml.js";
import type { ZipEntry } from "./zip.js";

export interface SheetContext {
  strings: readonly string[];
  dateStyles: readonly boolean[];
  date1904: boolean;
  timeZone: string;
}

/** Excel's last row: a merge reaching further is clipped. */
const MAX_ROWS = 1_048_576;

const NONE = 0;
const V = 1;
const F = 2;
const T = 3;

/** "B12" -> column 1 and row 11; -1 for a part that is missing. */
function decodeRef(ref: string): { row: number; col: number } {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i) | 0x20;
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
  }
  let row = 0;
  let digits = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 48 || c > 57) break;
    row = row * 10 + (c - 48);
    digits++;
  }
  return { row: digits ? row - 1 : -1, col: col - 1 };
}

interface SharedFormula {
  text: string;
  row: number;
  col: number;
}

export function readSheet(entry: ZipEntry, name: string, hidden: boolean, ctx: SheetContext, budget: InflateBudget): { grid: Grid; fault: XlsxFault | null } {
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const merges: string[] = [];
  const shared = new Map<string, SharedFormula>();

  let row = -1;
  let col = -1;
  // The cell being read.
  let inCell = false;
  let type = "n";
  let style = 0;
  let capture = NONE;
  let vText: string | undefined;
  let fText = "";
  let fType: string | undefined;
  let fShared: string | undefined;
  let fRef: string | undefined;
  let inline: string | undefined;
  let phonetic = 0;

  // A row is gathered in a scratch array and stored as an exact copy when the next one starts:
  // row arrays grown cell by cell carry spare capacity, and on a large sheet that spare room
  // passes through the young generation and makes V8 grow it (a higher peak of memory).
  let scratchRow = -1;
  const scratch: CellValue[] = [];
  const flush = () => {
    if (scratchRow < 0) return;
    if (scratch.length) {
      const cells = values[scratchRow];
      if (!cells) values[scratchRow] = scratch.slice();
      else for (let x = 0; x < scratch.length; x++) if (x in scratch) cells[x] = scratch[x];
    }
    scratch.length = 0;
    scratchRow = -1;
  };
  const put = (r: number, c: number, v: CellValue, f: string | null) => {
    if (r !== scratchRow) {
      flush();
      scratchRow = r;
    }
    scratch[c] = v;
    if (f !== null) (formulas[r] ?? (formulas[r] = []))[c] = f;
  };
  // Workbooks repeat their dates; Intl is slow, so each serial is turned into an instant once.
  const instants = new Map<number, number>();
  const dateOf = (serial: number): CellValue => {
    let ms = instants.get(serial);
    if (ms === undefined) {
      ms = instantFromSerialNumber(serial, ctx.date1904, ctx.timeZone)?.getTime() ?? NaN;
      if (instants.size < 10_000) instants.set(serial, ms);
    }
    return Number.isNaN(ms) ? null : new Date(ms);
  };

  const typed = (text: string, t: string): CellValue => {
    switch (t) {
      case "s": {
        const s = ctx.strings[parseInt(text, 10)];
        return s === undefined ? null : s;
      }
      case "str":
      case "inlineStr":
        return text;
      case "b":
        return parseInt(text, 10) !== 0;
      case "e":
        return text;
      case "d":
        return instantFromIsoText(text, ctx.timeZone);
      default: {
        const n = parseFloat(text);
        if (!Number.isFinite(n)) return null;
        return ctx.dateStyles[style] ? dateOf(n) : n;
      }
    }
  };

  const endCell = () => {
    inCell = false;
    if (row < 0 || col < 0) return;
    const hasFormulaText = fText.length > 0;
    const isFormula = hasFormulaText || fType !== undefined;
    if (isFormula) {
      let text: string | null = null;
      if (fType === "shared" && fShared !== undefined) {
        if (hasFormulaText) {
          if (fRef !== undefined || !shared.has(fShared)) shared.set(fShared, { text: fText, row, col });
          text = fText;
        } else {
          const master = shared.get(fShared);
          if (master) text = shiftFormula(master.text, row - master.row, col - master.col);
        }
      } else if (hasFormulaText) text = fText;
      // An empty cached result is no result (as exceljs read it): the cell shows nothing yet.
      const result = vText ? typed(vText, type === "inlineStr" ? "str" : type) : null;
      put(row, col, result, text === null ? null : `=${text}`);
      return;
    }
    if (type === "inlineStr") {
      if (inline !== undefined) put(row, col, decodeEscapes(inline), null);
      return;
    }
    if (vText !== undefined) put(row, col, typed(vText, type), null);
  };

  const fault = streamXml(entry, budget, {
    open(tag, a) {
      switch (tag) {
        case "row": {
          const r = a.r === undefined ? NaN : parseInt(a.r, 10);
          row = Number.isFinite(r) && r > 0 ? r - 1 : row + 1;
          col = -1;
          return;
        }
        case "c": {
          inCell = true;
          const ref = a.r;
          if (ref !== undefined) {
            const p = decodeRef(ref);
            if (p.row >= 0) row = p.row;
            col = p.col >= 0 ? p.col : col + 1;
          } else col++;
          if (row < 0) row = 0;
          type = a.t ?? "n";
          style = a.s === undefined ? 0 : parseInt(a.s, 10) || 0;
          vText = undefined;
          fText = "";
          fType = undefined;
          fShared = undefined;
          fRef = undefined;
          inline = undefined;
          phonetic = 0;
          capture = NONE;
          return;
        }
        case "mergeCell": {
          const range = a.ref === undefined ? null : parseRange(a.ref);
          if (range) merges.push(formatMerge(range));
          return;
        }
      }
      if (!inCell) return;
      switch (tag) {
        case "v":
          capture = V;
          if (vText === undefined) vText = "";
          return;
        case "f":
          capture = F;
          fType = a.t;
          fShared = a.si;
          fRef = a.ref;
          return;
        case "rPh":
          phonetic++;
          return;
        case "t":
          capture = phonetic ? NONE : T;
          return;
      }
    },
    text(t) {
      if (capture === V) vText += t;
      else if (capture === F) fText += t;
      else if (capture === T) inline = inline === undefined ? t : inline + t;
    },
    close(tag) {
      switch (tag) {
        case "c":
          if (vText === "") vText = undefined;
          endCell();
          return;
        case "v":
        case "f":
        case "t":
          capture = NONE;
          return;
        case "rPh":
          phonetic--;
          return;
      }
    },
  });
  flush();
  return { grid: finishGrid(name, hidden, values, formulas, merges), fault };
}

/** exceljs-style merge text: "A1:C3", top-left first, even for one cell. */
function formatMerge(r: { top: number; left: number; bottom: number; right: number }): string {
  const whole = formatRange(r);
  return whole.includes(":") ? whole : `${whole}:${whole}`;
}

function finishGrid(name: string, hidden: boolean, values: CellValue[][], formulas: (string | null)[][], merges: string[]): Grid {
  let rows = values.length;
  for (const m of merges) {
    const r = parseRange(m)!;
    // Cells merged into another show its value but hold none.
    for (let y = r.top; y <= Math.min(r.bottom, values.length - 1); y++) {
      const cells = values[y];
      if (!cells) continue;
      const fs = formulas[y];
      for (let x = r.left; x <= Math.min(r.right, cells.length - 1); x++) {
        if (y === r.top && x === r.left) continue;
        delete cells[x];
        if (fs) delete fs[x];
      }
    }
    // A merge reaches rows of its own even where they hold nothing (as the sheet shows them).
    rows = Math.max(rows, Math.min(r.bottom, MAX_ROWS - 1) + 1);
  }
  let anyFormula = false;
  for (let y = 0; y < rows; y++) {
    const cells = values[y];
    if (!cells) {
      values[y] = [];
      continue;
    }
    const fs = formulas[y];
    // A row ends at its last cell holding a value or a formula.
    let end = cells.length;
    while (end > 0 && cells[end - 1] === undefined && fs?.[end - 1] === undefined) end--;
    cells.length = end;
    for (let x = 0; x < end; x++) if (cells[x] === undefined) cells[x] = null;
    if (fs) {
      fs.length = Math.min(fs.length, end);
      for (let x = 0; x < fs.length; x++) if (fs[x] === undefined) fs[x] = null;
      if (fs.length) anyFormula = true;
    }
  }
  values.length = rows;
  const grid: Grid = { name, values, merges, hidden };
  if (anyFormula) {
    formulas.length = rows;
    for (let y = 0; y < rows; y++) if (!formulas[y]) formulas[y] = [];
    grid.formulas = formulas;
  }
  return grid;
}
