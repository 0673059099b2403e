// Recording fakes of SpreadsheetApp (Spreadsheet, RangeList, builders), the Ui, HtmlService and
// Session, handed to the built Code.js in a vm sandbox. Every method call is logged (recorder.ts).

import { parseRange, rangeRef } from "../../../core/index.js";
import { CallLog, recorded } from "./recorder.js";
import { type FakeRange, FakeSheet } from "./sheet.js";

export class FakeRangeList {
  constructor(readonly _ranges: FakeRange[]) {}
  getRanges(): FakeRange[] { return this._ranges.map((r) => r._sheet._ss._wrap(r, "Range")); }
  setNumberFormat(format: string): FakeRangeList {
    for (const r of this._ranges) r.setNumberFormat(format);
    return this;
  }
  setBorder(...args: unknown[]): FakeRangeList {
    for (const r of this._ranges) r._sheet._borders.push({ range: r.getA1Notation(), args });
    return this;
  }
}

export class FakeSpreadsheet {
  readonly _sheets: FakeSheet[] = [];
  readonly _named = new Map<string, string>();
  _active: FakeSheet | null = null;
  _activeRange: string | null = null;
  private _nextId = 1000;

  constructor(
    readonly _log: CallLog,
    readonly _timeZone: string,
    readonly _Date: DateConstructor,
  ) {}

  _wrap<T extends object>(obj: T, cls: string): T {
    return recorded(obj, cls, this._log);
  }

  _rangeList(sheet: FakeSheet, refs: string[]): FakeRangeList {
    // The ranges of a list are resolved by the list itself: no call each.
    const ranges = refs.map((ref) => {
      const p = parseRange(ref);
      if (!p) throw new Error(`Range not found: ${ref}`);
      return sheet._rawRange(p);
    });
    return this._wrap(new FakeRangeList(ranges), "RangeList");
  }

  /** Adds a sheet without logging (test set-up). */
  _addSheet(name: string): FakeSheet {
    const sheet = new FakeSheet(this, name, this._nextId++);
    sheet._self = this._wrap(sheet, "Sheet");
    this._sheets.push(sheet);
    return sheet;
  }

  _sheet(name: string): FakeSheet {
    const s = this._sheets.find((x) => x._name === name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }

  getSheets(): FakeSheet[] { return this._sheets.map((s) => s._self); }
  getNumSheets(): number { return this._sheets.length; }
  getSpreadsheetTimeZone(): string { return this._timeZone; }
  getActiveSheet(): FakeSheet | null { return this._active?._self ?? null; }

  getSheetByName(name: string): FakeSheet | null {
    return this._sheets.find((s) => s._name === name)?._self ?? null;
  }

  insertSheet(name: string, index?: number): FakeSheet {
    if (this._sheets.some((s) => s._name.toLowerCase() === name.toLowerCase())) {
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    const sheet = this._addSheet(name);
    if (index !== undefined) {
      this._sheets.pop();
      this._sheets.splice(index, 0, sheet);
    }
    this._active = sheet;
    return sheet._self;
  }

  setActiveSheet(sheet: FakeSheet): FakeSheet {
    this._active = this._sheets.find((s) => s._self === sheet || s === sheet) ?? null;
    return sheet;
  }

  /** Named ranges as objects; only their count is used, so they carry just their name. */
  getNamedRanges(): { getName(): string }[] {
    return [...this._named.keys()].map((name) => this._wrap({ getName: () => name }, "NamedRange"));
  }

  getRangeByName(name: string): FakeRange | null {
    const ref = this._named.get(name);
    if (!ref) return null;
    const [sheet, cells] = [ref.slice(0, ref.lastIndexOf("!")), ref.slice(ref.lastIndexOf("!") + 1)];
    return this._sheet(sheet).getRange(cells);
  }

  setNamedRange(name: string, range: FakeRange): void {
    if (this._named.has(name)) throw new Error(`Named range ${name} already exists`);
    this._named.set(name, `${range._sheet._name}!${rangeRef(range._pos.top, range._pos.left, range._pos.bottom, range._pos.right)}`);
  }
}

class ConditionalFormatRuleBuilder {
  readonly _rule: Record<string, unknown> = {};
  whenFormulaSatisfied(formula: string) { this._rule.formula = formula; return this; }
  // The builder keeps the ranges it was given; reading their address is the fake's own bookkeeping, not a script call.
  setRanges(ranges: FakeRange[]) { this._rule.ranges = ranges.map((r) => rangeRef(r._pos.top, r._pos.left, r._pos.bottom, r._pos.right)); return this; }
  setBackground(color: string) { this._rule.background = color; return this; }
  setFontColor(color: string) { this._rule.fontColor = color; return this; }
  setBold(bold: boolean) { this._rule.bold = bold; return this; }
  build() { return { ...this._rule }; }
}

class DataValidationBuilder {
  readonly _rule: Record<string, unknown> = {};
  setAllowInvalid(allow: boolean) { this._rule.allowInvalid = allow; return this; }
  setHelpText(text: string) { this._rule.helpText = text; return this; }
  requireValueInList(values: string[], dropdown?: boolean) { Object.assign(this._rule, { kind: "list", values: [...values], dropdown }); return this; }
  requireDateBetween(min: Date, max: Date) { Object.assign(this._rule, { kind: "date", min, max }); return this; }
  requireNumberBetween(min: number, max: number) { Object.assign(this._rule, { kind: "number", min, max }); return this; }
  build() { return { ...this._rule }; }
}

class TextStyleBuilder {
  readonly _style: Record<string, unknown> = {};
  setBold(v: boolean) { this._style.bold = v; return this; }
  setItalic(v: boolean) { this._style.italic = v; return this; }
  setUnderline(v: boolean) { this._style.underline = v; return this; }
  setFontSize(v: number) { this._style.fontSize = v; return this; }
  setForegroundColor(v: string) { this._style.color = v; return this; }
  build() { return { ...this._style }; }
}

class RichTextValueBuilder {
  _text = "";
  _link: string | null = null;
  setText(text: string) { this._text = text; return this; }
  setLinkUrl(url: string) { this._link = url; return this; }
  build() { return { text: this._text, link: this._link }; }
}

export class FakeMenu {
  readonly _items: ({ caption: string; fn: string } | "separator")[] = [];
  _added = false;
  constructor(readonly _caption: string) {}
  addItem(caption: string, fn: string) { this._items.push({ caption, fn }); return this; }
  addSeparator() { this._items.push("separator"); return this; }
  addToUi() { this._added = true; }
}

export class FakeUi {
  readonly ButtonSet = { OK: "OK", OK_CANCEL: "OK_CANCEL" };
  readonly _menus: FakeMenu[] = [];
  readonly _sidebars: FakeHtmlOutput[] = [];
  readonly _alerts: unknown[][] = [];
  constructor(private readonly _log: CallLog) {}
  createMenu(caption: string) {
    const menu = new FakeMenu(caption);
    this._menus.push(menu);
    return recorded(menu, "Menu", this._log);
  }
  showSidebar(html: FakeHtmlOutput) { this._sidebars.push(html); }
  alert(...args: unknown[]) { this._alerts.push(args); return "OK"; }
}

export class FakeHtmlOutput {
  _title = "";
  _width = 0;
  constructor(readonly _file: string, readonly _content: string) {}
  setTitle(title: string) { this._title = title; return this; }
  setWidth(width: number) { this._width = width; return this; }
  getContent() { return this._content; }
}

/**
 * One cache of CacheService (the user's), holding its limits: keys of at most 250 characters,
 * values of at most 100 KB, an expiration of 1 to 21,600 seconds (10 minutes when not given).
 * Time does not pass by itself: `_expire()` plays a value dropped before it was read.
 */
export class FakeCache {
  readonly _items = new Map<string, { value: string; seconds: number }>();
  /** The most items ever held at once. */
  _peak = 0;

  put(key: string, value: string, seconds = 600): void {
    if (typeof key !== "string" || key.length > 250) throw new Error("Argument too large: key");
    if (typeof value !== "string") throw new Error("Invalid argument: value");
    if (Buffer.byteLength(value) > 100 * 1024) throw new Error("Argument too large: value");
    if (!Number.isInteger(seconds) || seconds < 1 || seconds > 21_600) throw new Error("Invalid argument: expirationInSeconds");
    this._items.set(key, { value, seconds });
    this._peak = Math.max(this._peak, this._items.size);
  }

  get(key: string): string | null {
    return this._items.get(key)?.value ?? null;
  }

  getAll(keys: string[]): Record<string, string> {
    const out: Record<string, string> = {};
    for (const k of keys) {
      const item = this._items.get(k);
      if (item) out[k] = item.value;
    }
    return out;
  }

  remove(key: string): void {
    this._items.delete(key);
  }

  removeAll(keys: string[]): void {
    for (const k of keys) this._items.delete(k);
  }

  /** Drops the items whose key matches, as an expiry or a full cache does. */
  _expire(match: (key: string) => boolean): void {
    for (const k of [...this._items.keys()]) if (match(k)) this._items.delete(k);
  }
}

export interface FakeServices {
  log: CallLog;
  spreadsheet: FakeSpreadsheet;
  ui: FakeUi;
  /** CacheService.getUserCache()'s cache. */
  cache: FakeCache;
  /** The globals the script sees. */
  globals: Record<string, unknown>;
}

export interface ServiceOptions {
  /** The sandbox's Date, so that the script's `instanceof Date` holds for what getValues returns. */
  DateCtor: DateConstructor;
  timeZone?: string;
  scriptTimeZone?: string;
  /** HTML files of the project by name without extension ("Sidebar"). */
  htmlFiles?: Record<string, string>;
}

export function fakeServices(options: ServiceOptions): FakeServices {
  const log = new CallLog();
  const spreadsheet = new FakeSpreadsheet(log, options.timeZone ?? "Asia/Jakarta", options.DateCtor);
  const ss = recorded(spreadsheet, "Spreadsheet", log);
  const ui = new FakeUi(log);
  const uiProxy = recorded(ui, "Ui", log);
  const SpreadsheetApp = recorded({
    WrapStrategy: { WRAP: "WRAP", OVERFLOW: "OVERFLOW", CLIP: "CLIP" },
    getActiveSpreadsheet: () => ss,
    getActive: () => ss,
    getUi: () => uiProxy,
    newConditionalFormatRule: () => recorded(new ConditionalFormatRuleBuilder(), "ConditionalFormatRuleBuilder", log),
    newDataValidation: () => recorded(new DataValidationBuilder(), "DataValidationBuilder", log),
    newRichTextValue: () => recorded(new RichTextValueBuilder(), "RichTextValueBuilder", log),
    newTextStyle: () => recorded(new TextStyleBuilder(), "TextStyleBuilder", log),
  }, "SpreadsheetApp", log);
  const HtmlService = recorded({
    createHtmlOutputFromFile: (name: string) => {
      const content = options.htmlFiles?.[name];
      if (content === undefined) throw new Error(`No HTML file named ${name} was found.`);
      return recorded(new FakeHtmlOutput(name, content), "HtmlOutput", log);
    },
  }, "HtmlService", log);
  const Session = recorded({ getScriptTimeZone: () => options.scriptTimeZone ?? "Asia/Jakarta" }, "Session", log);
  const cache = new FakeCache();
  const userCache = recorded(cache, "Cache", log);
  const CacheService = recorded({ getUserCache: () => userCache }, "CacheService", log);
  return { log, spreadsheet, ui, cache, globals: { SpreadsheetApp, HtmlService, Session, CacheService } };
}
