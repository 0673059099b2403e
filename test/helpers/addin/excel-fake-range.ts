// Worksheets, ranges and formats of the Excel fake (see excel-fake.ts).

import { columnIndex, quoteSheetName, rangeRef } from "../../../core/sheet/a1.js";
import type { FakeCell, FakeSession, FakeSheetState } from "./excel-fake.js";

export interface Loadable {
  load(props?: string): unknown;
}

export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const MAX_ROW = 1_048_575;
const MAX_COL = 16_383;

/** "A1", "A1:C9", "A:C" (whole columns), "5:9" (whole rows), "" (the whole sheet). */
export function parseAddress(address: string): Box {
  const bare = (address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address).replace(/\$/g, "").trim();
  if (!bare) return { top: 0, left: 0, bottom: MAX_ROW, right: MAX_COL };
  const [a, b = a] = bare.split(":");
  const corner = (s: string, end: boolean) => {
    const m = /^([A-Za-z]*)(\d*)$/.exec(s);
    if (!m || (!m[1] && !m[2])) throw new Error(`InvalidArgument: address "${address}"`);
    return {
      row: m[2] ? Number(m[2]) - 1 : end ? MAX_ROW : 0,
      col: m[1] ? columnIndex(m[1]) : end ? MAX_COL : 0,
    };
  };
  const p = corner(a, false);
  const q = corner(b, true);
  return { top: Math.min(p.row, q.row), left: Math.min(p.col, q.col), bottom: Math.max(p.row, q.row), right: Math.max(p.col, q.col) };
}

function isNumeric(s: string): boolean {
  return /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(s.trim());
}

/** A value written through range.values, read as Excel reads typed input. Null clears the cell. */
export function typedInput(v: unknown): FakeCell | null {
  if (v === "" || v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "boolean") return { value: v };
  const s = String(v);
  if (s.startsWith("'")) return { value: s.slice(1), literal: true };
  if (isNumeric(s)) return { value: Number(s) };
  if (/^[=+\-@]/.test(s)) return { value: "", formula: s };
  if (/^(true|false)$/i.test(s)) return { value: s.toLowerCase() === "true" };
  return { value: s, literal: false };
}

/** Common ground of everything that lives on a sheet: the session, the sheet, load state. */
abstract class SheetBound {
  protected loaded = new Map<string, unknown>();
  constructor(protected readonly session: FakeSession, readonly state: () => FakeSheetState) {}

  protected read<T>(prop: string): T {
    if (!this.loaded.has(prop)) throw new Error(`PropertyNotLoaded: ${prop}`);
    return this.loaded.get(prop) as T;
  }

  get isNullObject(): boolean {
    return this.read("isNullObject");
  }

  setNull(isNull: boolean): void {
    this.loaded.set("isNullObject", isNull);
  }

  sheetName(): string {
    try {
      return this.state().name;
    } catch {
      return "";
    }
  }

  protected set(target: string, path: string, value: unknown, effect: () => void = () => {}): void {
    this.session.queue({ sheet: this.sheetName(), target, path, value }, effect);
  }
}

export class FakeFormat {
  readonly font: Record<string, unknown>;
  readonly fill: Record<string, unknown>;
  readonly borders = { getItem: (edge: string) => this.recorder(`borders.${edge}`) };

  constructor(private readonly record: (path: string, value: unknown) => void) {
    this.font = this.recorder("font");
    this.fill = this.recorder("fill");
  }

  private recorder(prefix: string): Record<string, unknown> {
    return new Proxy({} as Record<string, unknown>, {
      set: (_t, prop, value) => {
        this.record(`${prefix}.${String(prop)}`, value);
        return true;
      },
    });
  }

  set horizontalAlignment(v: string) { this.record("horizontalAlignment", v); }
  set verticalAlignment(v: string) { this.record("verticalAlignment", v); }
  set wrapText(v: boolean) { this.record("wrapText", v); }
  set columnWidth(v: number) { this.record("columnWidth", v); }
  set rowHeight(v: number) { this.record("rowHeight", v); }
  autofitRows(): void { this.record("autofitRows()", null); }
}

export class FakeRange extends SheetBound {
  constructor(session: FakeSession, state: () => FakeSheetState, private readonly where: string | (() => string)) {
    super(session, state);
    this.dataValidation.addressOf = () => this.a1();
  }

  a1(): string {
    return typeof this.where === "string" ? this.where : this.where();
  }

  private box(): Box {
    return parseAddress(this.a1());
  }

  private op(path: string, value: unknown, effect?: () => void): void {
    this.set(this.a1(), path, value, effect);
  }

  readonly format = new FakeFormat((path, value) => this.op(`format.${path}`, value));

  readonly dataValidation = validationRecorder(this, (path, value) => this.op(`dataValidation.${path}`, value));

  readonly conditionalFormats = {
    add: (type: string) => {
      const entry: { address: string; formula?: string; fill?: string; fontColor?: string; bold?: boolean } = { address: "" };
      this.op("conditionalFormats.add", type, () => {
        entry.address = this.a1();
        this.state().conditionalFormats.unshift(entry);
      });
      const record = (path: string, value: unknown, apply: () => void) => this.op(`conditionalFormat.${path}`, value, apply);
      return {
        custom: {
          rule: { set formula(f: string) { record("rule.formula", f, () => (entry.formula = f)); } },
          format: {
            fill: { set color(c: string) { record("fill.color", c, () => (entry.fill = c)); } },
            font: {
              set color(c: string) { record("font.color", c, () => (entry.fontColor = c)); },
              set bold(b: boolean) { record("font.bold", b, () => (entry.bold = b)); },
            },
          },
        },
      };
    },
  };

  set values(rows: unknown[][]) {
    this.op("values", rows, () => {
      const b = this.box();
      if (!Array.isArray(rows) || rows.length !== b.bottom - b.top + 1 || rows.some((r) => !Array.isArray(r) || r.length !== b.right - b.left + 1)) {
        throw new Error(`InvalidArgument: values do not fit ${this.a1()}`);
      }
      const s = this.state();
      rows.forEach((row, i) => row.forEach((v, j) => {
        const key = `${b.top + i},${b.left + j}`;
        const typed = typedInput(v);
        const numberFormat = s.cells.get(key)?.numberFormat;
        if (typed) s.cells.set(key, { ...typed, numberFormat });
        else if (numberFormat) s.cells.set(key, { value: "", numberFormat });
        else s.cells.delete(key);
      }));
    });
  }

  get values(): unknown[][] {
    return this.read("values");
  }

  set numberFormat(rows: string[][]) {
    this.op("numberFormat", rows, () => {
      const b = this.box();
      if (rows.length !== b.bottom - b.top + 1 || rows.some((r) => r.length !== b.right - b.left + 1)) {
        throw new Error(`InvalidArgument: number formats do not fit ${this.a1()}`);
      }
      const s = this.state();
      rows.forEach((row, i) => row.forEach((f, j) => {
        const key = `${b.top + i},${b.left + j}`;
        s.cells.set(key, { ...(s.cells.get(key) ?? { value: "" }), numberFormat: f });
      }));
    });
  }

  set columnHidden(hidden: boolean) {
    this.op("columnHidden", hidden, () => (hidden ? this.state().hiddenColumns.add(this.a1()) : this.state().hiddenColumns.delete(this.a1())));
  }

  set hyperlink(link: unknown) {
    this.op("hyperlink", link, () => this.state().links.set(this.a1(), link));
  }

  merge(across = false): void {
    this.op("merge()", across, () => this.state().merges.push(this.a1()));
  }

  select(): void {
    this.op("select()", null, () => (this.session.excel.selection = { sheet: this.state().name, address: this.a1() }));
  }

  get rowIndex(): number { return this.read("rowIndex"); }
  get columnIndex(): number { return this.read("columnIndex"); }
  get rowCount(): number { return this.read("rowCount"); }
  get columnCount(): number { return this.read("columnCount"); }
  get address(): string { return this.read("address"); }

  load(props = ""): this {
    const fields = props.split(",").map((p) => p.trim()).filter(Boolean);
    this.session.load(() => {
      let isNull = false;
      try {
        this.a1();
      } catch {
        isNull = true;
      }
      this.loaded.set("isNullObject", isNull);
      if (isNull) return 10;
      const b = this.box();
      const s = this.state();
      let bytes = 0;
      for (const f of fields) {
        let v: unknown;
        if (f === "values") {
          v = Array.from({ length: b.bottom - b.top + 1 }, (_, i) =>
            Array.from({ length: b.right - b.left + 1 }, (_, j) => {
              const c = s.cell(b.top + i, b.left + j);
              return c ? (c.formula ? "" : c.value) : "";
            }));
        } else if (f === "rowIndex") v = b.top;
        else if (f === "columnIndex") v = b.left;
        else if (f === "rowCount") v = b.bottom - b.top + 1;
        else if (f === "columnCount") v = b.right - b.left + 1;
        else if (f === "address") v = `${quoteSheetName(s.name)}!${rangeRef(b.top, b.left, b.bottom, b.right)}`;
        else throw new Error(`fake: cannot load ${f}`);
        this.loaded.set(f, v);
        bytes += JSON.stringify(v).length;
      }
      return bytes;
    });
    return this;
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(this.session, this.state, () => {
      const b = this.box();
      const hits = this.state().merges.filter((m) => {
        const r = parseAddress(m);
        return r.top <= b.bottom && r.bottom >= b.top && r.left <= b.right && r.right >= b.left;
      });
      if (!hits.length) throw new Error("null");
      return hits.map((m) => `${quoteSheetName(this.state().name)}!${m}`).join(", ");
    });
  }
}

function validationRecorder(owner: { state: () => FakeSheetState }, record: (path: string, value: unknown) => void) {
  let entry: { address: string; rule?: unknown; errorAlert?: unknown } | null = null;
  const current = (address: string) => {
    if (!entry) {
      entry = { address };
      owner.state().validations.push(entry);
    }
    return entry;
  };
  return {
    addressOf: (() => "") as () => string,
    set rule(rule: unknown) { record("rule", rule); current(this.addressOf()).rule = rule; },
    set errorAlert(alert: unknown) { record("errorAlert", alert); current(this.addressOf()).errorAlert = alert; },
    set ignoreBlanks(v: boolean) { record("ignoreBlanks", v); },
  };
}

export class FakeRangeAreas extends SheetBound {
  constructor(session: FakeSession, state: () => FakeSheetState, private readonly areas: () => string) {
    super(session, state);
    this.dataValidation.addressOf = () => this.areas();
  }

  readonly format = new FakeFormat((path, value) => this.set(this.areas(), `format.${path}`, value));
  readonly dataValidation = validationRecorder(this, (path, value) => this.set(this.areas(), `dataValidation.${path}`, value));

  get address(): string {
    return this.read("address");
  }

  load(): this {
    this.session.load(() => {
      try {
        const a = this.areas();
        this.loaded.set("address", a);
        this.loaded.set("isNullObject", false);
        return a.length;
      } catch {
        this.loaded.set("isNullObject", true);
        return 10;
      }
    });
    return this;
  }
}

export class FakeWorksheet extends SheetBound {
  fill(fields: string[]): void {
    const s = this.state();
    for (const f of fields) this.loaded.set(f, f === "name" ? s.name : f === "visibility" ? s.visibility : undefined);
  }

  get name(): string { return this.read("name"); }
  get visibility(): string { return this.read("visibility"); }

  set tabColor(color: string) {
    this.set("sheet", "tabColor", color, () => (this.state().tabColor = color));
  }

  readonly freezePanes = {
    freezeRows: (n: number) => this.set("sheet", "freezePanes.freezeRows()", n, () => (this.state().frozenRows = n)),
  };

  readonly pageLayout = new Proxy(
    {
      setPrintArea: (area: string) => this.set("sheet", "pageLayout.setPrintArea()", area, () => (this.state().pageLayout.printArea = area)),
      setPrintTitleRows: (rows: string) => this.set("sheet", "pageLayout.setPrintTitleRows()", rows, () => (this.state().pageLayout.titleRows = rows)),
    } as Record<string, unknown>,
    {
      set: (target, prop, value) => {
        this.set("sheet", `pageLayout.${String(prop)}`, value, () => (this.state().pageLayout[String(prop)] = value));
        return true;
      },
    },
  );

  activate(): void {
    this.set("sheet", "activate()", null, () => (this.session.excel.activeSheet = this.state().name));
  }

  getRange(address = ""): FakeRange {
    return new FakeRange(this.session, this.state, address);
  }

  getRanges(address: string): FakeRangeAreas {
    return new FakeRangeAreas(this.session, this.state, () => {
      address.split(",").forEach((a) => parseAddress(a));
      return address;
    });
  }

  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRange {
    return new FakeRange(this.session, this.state, rangeRef(row, col, row + rows - 1, col + cols - 1));
  }

  getUsedRangeOrNullObject(_valuesOnly = false): FakeRange {
    return new FakeRange(this.session, this.state, () => {
      let box: Box | null = null;
      for (const [key, c] of this.state().cells) {
        if (c.value === "" && !c.formula) continue;
        const [r, col] = key.split(",").map(Number);
        box = box
          ? { top: Math.min(box.top, r), left: Math.min(box.left, col), bottom: Math.max(box.bottom, r), right: Math.max(box.right, col) }
          : { top: r, left: col, bottom: r, right: col };
      }
      if (!box) throw new Error("null");
      return rangeRef(box.top, box.left, box.bottom, box.right);
    });
  }

  load(props = ""): this {
    const fields = props.split(",").map((p) => p.trim()).filter(Boolean);
    this.session.load(() => {
      this.fill(fields);
      return 20;
    });
    return this;
  }
}
