// A fake Sheet and Range that keep what was written the way Google Sheets would: setValues reads
// strings as typed input (a leading apostrophe keeps text, "=..." becomes a formula), sizes must
// match, ranges must lie inside the sheet, getValues hands date-formatted numbers back as Dates.

import { cellRef, instantFromSerial, parseRange, rangeRef, type RangePos } from "../../../core/index.js";
import type { FakeSpreadsheet } from "./spreadsheet.js";

export interface StoredCell {
  value: string | number | boolean | Date | null;
  formula?: string;
  /** How the value was typed: "literal" (apostrophe), "parsed" (a bare string Sheets read as typed input). */
  typed?: "literal" | "parsed";
  link?: string | null;
}

/** What Sheets makes of a string typed without an apostrophe (the parts that matter here). */
export function typedInput(text: string): StoredCell {
  if (text.startsWith("'")) return { value: text.slice(1), typed: "literal" };
  // Excel and Sheets both start a formula on "=", and Excel on "+", "-" and "@": treated alike, strictly.
  if (/^[=+\-@]/.test(text) && !/^[+-]?\d+(\.\d+)?$/.test(text)) return { value: null, formula: text, typed: "parsed" };
  if (/^[+-]?\d+(\.\d+)?(e[+-]?\d+)?$/i.test(text.trim())) return { value: Number(text), typed: "parsed" };
  return { value: text, typed: "parsed" };
}

const DATE_FORMAT = /^(?!@$).*[dy]/i;

export class FakeRange {
  constructor(readonly _sheet: FakeSheet, readonly _pos: RangePos) {}

  private _check(matrix: unknown[][], what: string): void {
    const rows = this._pos.bottom - this._pos.top + 1;
    const cols = this._pos.right - this._pos.left + 1;
    if (!Array.isArray(matrix) || matrix.length !== rows || matrix.some((r) => !Array.isArray(r) || r.length !== cols)) {
      throw new Error(`${what}: the data does not match the range ${this.getA1Notation()} (${rows}x${cols})`);
    }
  }

  private _each(matrix: unknown[][], what: string, fn: (r: number, c: number, v: unknown) => void): FakeRange {
    this._check(matrix, what);
    matrix.forEach((row, i) => row.forEach((v, j) => fn(this._pos.top + i, this._pos.left + j, v)));
    return this;
  }

  private _prop(name: string, what: string) {
    return (matrix: unknown[][]) => this._each(matrix, what, (r, c, v) => this._sheet._setProp(name, r, c, v));
  }

  getA1Notation(): string {
    return rangeRef(this._pos.top, this._pos.left, this._pos.bottom, this._pos.right);
  }
  getRow(): number { return this._pos.top + 1; }
  getColumn(): number { return this._pos.left + 1; }
  getNumRows(): number { return this._pos.bottom - this._pos.top + 1; }
  getNumColumns(): number { return this._pos.right - this._pos.left + 1; }
  getSheet(): FakeSheet { return this._sheet._self; }

  setValues(matrix: unknown[][]): FakeRange {
    return this._each(matrix, "setValues", (r, c, v) => this._sheet._write(r, c, v));
  }

  getValues(): unknown[][] {
    return this._rows((r, c) => this._sheet._read(r, c));
  }

  getFormulas(): string[][] {
    return this._rows((r, c) => this._sheet._cell(r, c)?.formula ?? "");
  }

  private _rows<T>(fn: (r: number, c: number) => T): T[][] {
    const out: T[][] = [];
    for (let r = this._pos.top; r <= this._pos.bottom; r++) {
      const row: T[] = [];
      for (let c = this._pos.left; c <= this._pos.right; c++) row.push(fn(r, c));
      out.push(row);
    }
    return out;
  }

  setNumberFormats = this._prop("numberFormat", "setNumberFormats");
  setFontWeights = this._prop("fontWeight", "setFontWeights");
  setFontStyles = this._prop("fontStyle", "setFontStyles");
  setFontLines = this._prop("fontLine", "setFontLines");
  setFontSizes = this._prop("fontSize", "setFontSizes");
  setFontColors = this._prop("fontColor", "setFontColors");
  setBackgrounds = this._prop("background", "setBackgrounds");
  setHorizontalAlignments = this._prop("hAlign", "setHorizontalAlignments");
  setVerticalAlignments = this._prop("vAlign", "setVerticalAlignments");
  setWrapStrategies = this._prop("wrap", "setWrapStrategies");
  setDataValidations = this._prop("validation", "setDataValidations");

  /** TextStyles as the builder made them; each attribute a style carries lands where the separate setters put it. */
  setTextStyles(matrix: Record<string, unknown>[][]): FakeRange {
    return this._each(matrix, "setTextStyles", (r, c, v) => {
      const t = v as { bold?: boolean; italic?: boolean; underline?: boolean; fontSize?: number; color?: string };
      if (t.bold !== undefined) this._sheet._setProp("fontWeight", r, c, t.bold ? "bold" : "normal");
      if (t.italic !== undefined) this._sheet._setProp("fontStyle", r, c, t.italic ? "italic" : "normal");
      if (t.underline !== undefined) this._sheet._setProp("fontLine", r, c, t.underline ? "underline" : "none");
      if (t.fontSize !== undefined) this._sheet._setProp("fontSize", r, c, t.fontSize);
      if (t.color !== undefined) this._sheet._setProp("fontColor", r, c, t.color);
    });
  }

  setNumberFormat(format: string): FakeRange {
    return this._each(this._rows(() => format), "setNumberFormat", (r, c, v) => this._sheet._setProp("numberFormat", r, c, v));
  }

  setRichTextValues(matrix: { text: string; link: string | null }[][]): FakeRange {
    return this._each(matrix, "setRichTextValues", (r, c, v) => {
      const rich = v as { text: string; link: string | null };
      this._sheet._store(r, c, { value: rich.text === "" ? null : rich.text, typed: "literal", link: rich.link });
    });
  }

  setBorder(...args: unknown[]): FakeRange {
    this._sheet._borders.push({ range: this.getA1Notation(), args });
    return this;
  }

  merge(): FakeRange {
    this._sheet._merge(this._pos);
    return this;
  }

  /** Merges each row of the range on its own, as Sheets does. */
  mergeAcross(): FakeRange {
    for (let r = this._pos.top; r <= this._pos.bottom; r++) this._sheet._merge({ ...this._pos, top: r, bottom: r });
    return this;
  }

  getMergedRanges(): FakeRange[] {
    return this._sheet._merges
      .filter((m) => m.top <= this._pos.bottom && m.bottom >= this._pos.top && m.left <= this._pos.right && m.right >= this._pos.left)
      .map((m) => this._sheet._range(m));
  }

  activate(): FakeRange {
    this._sheet._ss._activeRange = `${this._sheet._name}!${this.getA1Notation()}`;
    return this;
  }
}

export class FakeSheet {
  _self!: FakeSheet;
  readonly _cells = new Map<string, StoredCell>();
  readonly _props = new Map<string, Map<string, unknown>>();
  readonly _merges: RangePos[] = [];
  readonly _borders: { range: string; args: unknown[] }[] = [];
  _rules: unknown[] = [];
  _maxRows = 1000;
  _maxCols = 26;
  _frozenRows = 0;
  _hidden = false;
  _hiddenColumns = new Set<number>();
  _columnWidths = new Map<number, number>();
  _rowHeights = new Map<number, number>();
  _tabColor: string | null = null;

  constructor(readonly _ss: FakeSpreadsheet, public _name: string, readonly _id: number) {}

  _cell(r: number, c: number): StoredCell | undefined {
    return this._cells.get(`${r},${c}`);
  }

  _store(r: number, c: number, cell: StoredCell): void {
    if (cell.value === null && !cell.formula) this._cells.delete(`${r},${c}`);
    else this._cells.set(`${r},${c}`, cell);
  }

  _write(r: number, c: number, v: unknown): void {
    if (v === null || v === undefined || v === "") this._store(r, c, { value: null });
    else if (typeof v === "string") this._store(r, c, typedInput(v));
    else if (typeof v === "number" || typeof v === "boolean") this._store(r, c, { value: v });
    else if (Object.prototype.toString.call(v) === "[object Date]") this._store(r, c, { value: v as Date });
    else throw new Error(`setValues: unsupported value ${String(v)}`);
  }

  _read(r: number, c: number): unknown {
    const cell = this._cell(r, c);
    if (!cell || cell.formula) return "";
    const format = this._props.get("numberFormat")?.get(`${r},${c}`);
    if (typeof cell.value === "number" && typeof format === "string" && DATE_FORMAT.test(format)) {
      const instant = instantFromSerial(cell.value, this._ss._timeZone);
      return instant ? new this._ss._Date(instant.getTime()) : cell.value;
    }
    return cell.value;
  }

  _setProp(name: string, r: number, c: number, v: unknown): void {
    let map = this._props.get(name);
    if (!map) this._props.set(name, (map = new Map()));
    map.set(`${r},${c}`, v);
  }

  _prop(name: string, ref: string): unknown {
    const p = parseRange(ref);
    return p ? this._props.get(name)?.get(`${p.top},${p.left}`) : undefined;
  }

  _merge(pos: RangePos): void {
    // Sheets keeps only the top-left value of a merge.
    for (let r = pos.top; r <= pos.bottom; r++) {
      for (let c = pos.left; c <= pos.right; c++) if (r !== pos.top || c !== pos.left) this._store(r, c, { value: null });
    }
    this._merges.push(pos);
  }

  _rawRange(pos: RangePos): FakeRange {
    if (pos.bottom >= this._maxRows || pos.right >= this._maxCols || pos.top < 0 || pos.left < 0) {
      throw new Error(`Range ${rangeRef(pos.top, pos.left, pos.bottom, pos.right)} is out of bounds of ${this._name}`);
    }
    return new FakeRange(this, pos);
  }

  _range(pos: RangePos): FakeRange {
    return this._ss._wrap(this._rawRange(pos), "Range");
  }

  /** Content as a grid of values (what the user sees), for assertions. */
  _valueAt(ref: string): unknown {
    const p = parseRange(ref);
    return p ? this._cell(p.top, p.left)?.value ?? null : null;
  }

  getName(): string { return this._name; }
  getSheetId(): number { return this._id; }
  getMaxRows(): number { return this._maxRows; }
  getMaxColumns(): number { return this._maxCols; }
  isSheetHidden(): boolean { return this._hidden; }
  getFrozenRows(): number { return this._frozenRows; }
  insertRowsAfter(_after: number, n: number): FakeSheet { this._maxRows += n; return this; }
  insertColumnsAfter(_after: number, n: number): FakeSheet { this._maxCols += n; return this; }
  setFrozenRows(n: number): void { this._frozenRows = n; }
  setTabColor(color: string): FakeSheet { this._tabColor = color; return this; }
  setRowHeight(row: number, px: number): FakeSheet { this._rowHeights.set(row, px); return this; }
  activate(): FakeSheet { this._ss._active = this; return this; }

  setColumnWidths(first: number, count: number, px: number): FakeSheet {
    for (let i = 0; i < count; i++) this._columnWidths.set(first + i, px);
    return this;
  }

  hideColumns(first: number, count = 1): void {
    for (let i = 0; i < count; i++) this._hiddenColumns.add(first + i);
  }

  getRange(a: string | number, col?: number, rows = 1, cols = 1): FakeRange {
    if (typeof a === "string") {
      const p = parseRange(a);
      if (!p) throw new Error(`Range not found: ${a}`);
      return this._range(p);
    }
    return this._range({ top: a - 1, left: (col as number) - 1, bottom: a - 2 + rows, right: (col as number) - 2 + cols });
  }

  getRangeList(refs: string[]) {
    return this._ss._rangeList(this, refs);
  }

  getDataRange(): FakeRange {
    let rows = 0;
    let cols = 0;
    for (const key of this._cells.keys()) {
      const [r, c] = key.split(",").map(Number);
      rows = Math.max(rows, r + 1);
      cols = Math.max(cols, c + 1);
    }
    return this._range({ top: 0, left: 0, bottom: Math.max(rows, 1) - 1, right: Math.max(cols, 1) - 1 });
  }

  getLastRow(): number { return this.getDataRange().getNumRows(); }

  setConditionalFormatRules(rules: unknown[]): void { this._rules = [...rules]; }
  getConditionalFormatRules(): unknown[] { return [...this._rules]; }

  /** Every cell holding a formula, as "A1" -> formula, for assertions. */
  _formulas(): Map<string, string> {
    const out = new Map<string, string>();
    for (const [key, cell] of this._cells) {
      const [r, c] = key.split(",").map(Number);
      if (cell.formula) out.set(cellRef(r, c), cell.formula);
    }
    return out;
  }
}
