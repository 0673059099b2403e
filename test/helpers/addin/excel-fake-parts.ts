// Building blocks of the Excel fake (see excel-fake.ts): addresses, typed input, load state,
// and the recorders of formats and data validation.

import { columnIndex } from "../../../core/sheet/a1.js";
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
export abstract class SheetBound {
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

export function validationRecorder(owner: { state: () => FakeSheetState }, record: (path: string, value: unknown) => void) {
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

