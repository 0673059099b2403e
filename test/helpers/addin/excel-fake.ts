// A recording fake of the part of the Excel JavaScript API the add-in uses, for node tests, the
// benchmark and (bundled) the headless-browser tests. It behaves like Excel where it matters to
// the adapter: commands queue and run at context.sync, properties are readable only after
// load + sync, a sheet name in use or a values array of the wrong shape fails the sync, and a
// string written through range.values is read the way typing it would be ("=..." a formula)
// unless it starts with an apostrophe. It counts syncs and measures each request's payload.

import { parseAddress, type Loadable } from "./excel-fake-parts.js";
import { FakeRange, FakeRangeAreas } from "./excel-fake-range.js";
import { FakeWorksheet } from "./excel-fake-sheet.js";

export interface FakeCell {
  value: string | number | boolean;
  /** Set when the written string became a formula. */
  formula?: string;
  /** True when a string was written with the leading apostrophe (kept as text, whatever it looks like). */
  literal?: boolean;
  numberFormat?: string;
}

export interface FakeConditionalFormat {
  address: string;
  formula?: string;
  fill?: string;
  fontColor?: string;
  bold?: boolean;
}

export class FakeSheetState {
  visibility = "Visible";
  cells = new Map<string, FakeCell>();
  merges: string[] = [];
  links = new Map<string, unknown>();
  validations: { address: string; rule?: unknown; errorAlert?: unknown }[] = [];
  conditionalFormats: FakeConditionalFormat[] = [];
  hiddenColumns = new Set<string>();
  frozenRows = 0;
  pageLayout: Record<string, unknown> = {};
  tabColor?: string;
  constructor(public name: string) {}

  cell(row: number, col: number): FakeCell | undefined {
    return this.cells.get(`${row},${col}`);
  }
}

export interface Op {
  sheet: string;
  target: string;
  path: string;
  value: unknown;
}

export interface RequestRecord {
  ops: number;
  /** Estimated JSON size of the commands sent. */
  bytes: number;
  /** JSON size of the values read back. */
  responseBytes: number;
}

export class FakeExcel {
  sheets: FakeSheetState[] = [];
  names: { name: string; sheet: string; address: string }[] = [];
  activeSheet: string | null = null;
  selection: { sheet: string; address: string } | null = null;
  syncs = 0;
  runs = 0;
  requests: RequestRecord[] = [];
  log: Op[] = [];
  /** Things a real Excel would not have accepted silently (commands left unsynced at the end of a run). */
  problems: string[] = [];
  /** When set, the next sync fails with this message (as Excel does when a workbook is locked or gone). */
  failNextSync: string | null = null;

  constructor(readonly options: { syncDelayMs?: number } = {}) {}

  sheet(name: string): FakeSheetState | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  /** Seeds a sheet with values as Excel would hold them (numbers, text, booleans, null for empty). */
  addSheet(name: string, values: (string | number | boolean | null)[][], options: { merges?: string[]; hidden?: boolean } = {}): FakeSheetState {
    const s = new FakeSheetState(name);
    values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null && v !== "") s.cells.set(`${r},${c}`, { value: v, literal: typeof v === "string" });
      }),
    );
    s.merges = options.merges ?? [];
    if (options.hidden) s.visibility = "Hidden";
    this.sheets.push(s);
    return s;
  }

  /** Excel.run: one request context for the batch function. */
  async run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    this.runs++;
    const session = new FakeSession(this);
    const result = await batch(session.context as unknown as Excel.RequestContext);
    if (session.pendingOps) this.problems.push(`${session.pendingOps} commands left unsynced at the end of Excel.run`);
    return result;
  }

  /** Resets the counters (not the workbook). */
  resetCounts(): void {
    this.syncs = 0;
    this.runs = 0;
    this.requests = [];
    this.log = [];
  }
}

/** One Excel.run: the command queue, pending loads and the sync. */
export class FakeSession {
  pendingOps = 0;
  private bytes = 0;
  private error: Error | null = null;
  private loads: (() => number)[] = [];
  readonly context: {
    workbook: { worksheets: FakeWorksheetCollection; names: FakeNameCollection };
    application: { suspendApiCalculationUntilNextSync(): void };
    sync(): Promise<void>;
  };

  constructor(readonly excel: FakeExcel) {
    this.context = {
      workbook: { worksheets: new FakeWorksheetCollection(this), names: new FakeNameCollection(this) },
      application: { suspendApiCalculationUntilNextSync: () => this.queue({ sheet: "", target: "application", path: "suspendApiCalculationUntilNextSync", value: null }, () => {}) },
      sync: () => this.sync(),
    };
  }

  /** Queues a command; it runs now, but its failure surfaces at the next sync like Excel's. */
  queue(op: Op, effect: () => void): void {
    this.pendingOps++;
    this.bytes += 40 + (op.value === undefined ? 0 : JSON.stringify(op.value)?.length ?? 0);
    this.excel.log.push(op);
    if (this.error) return;
    try {
      effect();
    } catch (e) {
      this.error = e instanceof Error ? e : new Error(String(e));
    }
  }

  /** Registers a load; `fill` runs at sync and returns the bytes it read. */
  load(fill: () => number): void {
    this.pendingOps++;
    this.loads.push(fill);
  }

  async sync(): Promise<void> {
    this.excel.syncs++;
    await new Promise((resolve) => setTimeout(resolve, this.excel.options.syncDelayMs ?? 0));
    const error = this.error ?? (this.excel.failNextSync ? new Error(this.excel.failNextSync) : null);
    this.excel.failNextSync = null;
    let responseBytes = 0;
    if (!error) for (const fill of this.loads) responseBytes += fill();
    this.excel.requests.push({ ops: this.pendingOps, bytes: this.bytes, responseBytes });
    this.loads = [];
    this.pendingOps = 0;
    this.bytes = 0;
    this.error = null;
    if (error) throw error;
  }
}

export class FakeWorksheetCollection implements Loadable {
  private loadedItems: FakeWorksheet[] | null = null;
  constructor(private readonly session: FakeSession) {}

  get items(): FakeWorksheet[] {
    if (!this.loadedItems) throw new Error("PropertyNotLoaded: items");
    return this.loadedItems;
  }

  load(props?: string): this {
    const fields = (props ?? "").split(",").map((p) => p.trim().replace(/^items\//, "")).filter(Boolean);
    this.session.load(() => {
      this.loadedItems = this.session.excel.sheets.map((s) => {
        const ws = new FakeWorksheet(this.session, () => s);
        ws.fill(fields);
        return ws;
      });
      return this.loadedItems.length * 20;
    });
    return this;
  }

  add(name: string): FakeWorksheet {
    const excel = this.session.excel;
    let created: FakeSheetState | null = null;
    this.session.queue({ sheet: name, target: "worksheets", path: "add", value: name }, () => {
      if (excel.sheet(name)) throw new Error(`ItemAlreadyExists: a sheet named "${name}" exists`);
      if (!name || name.length > 31 || /[:\\/?*[\]]/.test(name)) throw new Error(`InvalidArgument: sheet name "${name}"`);
      created = new FakeSheetState(name);
      excel.sheets.push(created);
    });
    return new FakeWorksheet(this.session, () => created ?? (() => { throw new Error("InvalidObjectPath: sheet was not added"); })());
  }

  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.session, () => {
      const s = this.session.excel.sheet(name);
      if (!s) throw new Error(`ItemNotFound: sheet "${name}"`);
      return s;
    });
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    const ws = new FakeWorksheet(this.session, () => {
      const s = this.session.excel.sheet(name);
      if (!s) throw new Error(`InvalidObjectPath: null sheet "${name}"`);
      return s;
    });
    this.session.load(() => {
      ws.setNull(!this.session.excel.sheet(name));
      return 10;
    });
    return ws;
  }
}

export class FakeNameCollection implements Loadable {
  private loadedItems: { name: string }[] | null = null;
  constructor(private readonly session: FakeSession) {}

  get items(): { name: string }[] {
    if (!this.loadedItems) throw new Error("PropertyNotLoaded: items");
    return this.loadedItems;
  }

  load(): this {
    this.session.load(() => {
      this.loadedItems = this.session.excel.names.map((n) => ({ name: n.name }));
      return this.loadedItems.length * 20;
    });
    return this;
  }

  add(name: string, reference: FakeRange): void {
    const excel = this.session.excel;
    this.session.queue({ sheet: reference.sheetName(), target: "names", path: "add", value: name }, () => {
      if (excel.names.some((n) => n.name.toLowerCase() === name.toLowerCase())) throw new Error(`ItemAlreadyExists: name ${name}`);
      excel.names.push({ name, sheet: reference.state().name, address: reference.a1() });
    });
  }
}

export { FakeRange, FakeRangeAreas, FakeWorksheet, parseAddress };
