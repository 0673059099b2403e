// Ranges and multi-area ranges of the Excel fake (see excel-fake.ts).

import { quoteSheetName, rangeRef } from "../../../core/sheet/a1.js";
import type { FakeSession, FakeSheetState } from "./excel-fake.js";
import { FakeFormat, parseAddress, SheetBound, typedInput, validationRecorder, type Box } from "./excel-fake-parts.js";

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

