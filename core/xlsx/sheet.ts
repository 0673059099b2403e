// One worksheet part streamed into a Grid: cells land at their r address (or after the previous
// cell when a writer leaves r out), values are typed by the cell's t and style, formulas keep
// their text, and merged cells other than the top-left one hold nothing.

import { parseRange, type RangePos } from "../sheet/a1.js";
import type { CellValue, Grid } from "../sheet/types.js";
import { cellTyper, decodeRef, type SheetContext } from "./cells.js";
import type { XlsxFault } from "./fault.js";
import { shiftFormula } from "./formula.js";
import type { InflateBudget } from "./inflate.js";
import { decodeEscapes } from "./parts.js";
import { RowStore } from "./rows.js";
import { streamXml } from "./xml.js";
import type { ZipEntry } from "./zip.js";

export type { SheetContext } from "./cells.js";

const NONE = 0;
const V = 1;
const F = 2;
const T = 3;

interface SharedFormula {
  text: string;
  row: number;
  col: number;
}

export function readSheet(entry: ZipEntry, name: string, hidden: boolean, ctx: SheetContext, budget: InflateBudget): { grid: Grid; fault: XlsxFault | null } {
  const merges: RangePos[] = [];
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

  const store = new RowStore();
  const put = (r: number, c: number, v: CellValue, f: string | null) => store.put(r, c, v, f);
  const typeOf = cellTyper(ctx);
  const typed = (text: string, t: string) => typeOf(text, t, style);

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
          if (range) merges.push(range);
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
  return { grid: store.grid(name, hidden, merges), fault };
}
