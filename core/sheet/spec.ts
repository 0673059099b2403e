// A small builder so that sheet builders say what goes where, and the spec comes out grouped
// (one entry per distinct style, format or rule) whatever the number of rows.

import { parseRange, rangeRef } from "./a1.js";
import type {
  CellStyle, ColumnSpec, ConditionalFormat, NamedRange, PrintSetup, SheetSpec, SpecValue, ValidationRule,
} from "./types.js";

type RangeArg = string | [top: number, left: number, bottom?: number, right?: number];

function toRef(r: RangeArg): string {
  if (typeof r === "string") return r;
  const [top, left, bottom = top, right = left] = r;
  return rangeRef(top, left, bottom, right);
}

export class SpecBuilder {
  private readonly cells: SpecValue[][] = [];
  private readonly merges: string[] = [];
  private readonly styles = new Map<string, { ranges: string[]; style: CellStyle }>();
  private readonly formats = new Map<string, string[]>();
  private readonly validations = new Map<string, { ranges: string[]; rule: ValidationRule; allowInvalid: boolean; message: string }>();
  private readonly conditionals: ConditionalFormat[] = [];
  private readonly names: NamedRange[] = [];
  private readonly heights: { row: number; height: number }[] = [];
  private frozen = 0;
  private printSetup: PrintSetup | undefined;

  constructor(
    private readonly sheetName: string,
    private readonly kind: SheetSpec["kind"],
    private readonly columns: ColumnSpec[],
  ) {}

  set(row: number, col: number, value: SpecValue): this {
    while (this.cells.length <= row) this.cells.push([]);
    const r = this.cells[row];
    while (r.length < col) r.push(null);
    r[col] = value;
    return this;
  }

  setRow(row: number, col: number, values: readonly SpecValue[]): this {
    values.forEach((v, i) => this.set(row, col + i, v));
    return this;
  }

  get rowCount(): number {
    return this.cells.length;
  }

  style(range: RangeArg, style: CellStyle): this {
    const key = JSON.stringify(style);
    const group = this.styles.get(key);
    if (group) group.ranges.push(toRef(range));
    else this.styles.set(key, { ranges: [toRef(range)], style });
    return this;
  }

  merge(top: number, left: number, bottom: number, right: number): this {
    if (bottom > top || right > left) this.merges.push(rangeRef(top, left, bottom, right));
    return this;
  }

  numberFormat(range: RangeArg, format: string): this {
    const list = this.formats.get(format);
    if (list) list.push(toRef(range));
    else this.formats.set(format, [toRef(range)]);
    return this;
  }

  validate(range: RangeArg, rule: ValidationRule, allowInvalid: boolean, message: string): this {
    const key = JSON.stringify([rule, allowInvalid, message]);
    const group = this.validations.get(key);
    if (group) group.ranges.push(toRef(range));
    else this.validations.set(key, { ranges: [toRef(range)], rule, allowInvalid, message });
    return this;
  }

  conditional(range: RangeArg, formulaText: string, style: ConditionalFormat["style"]): this {
    this.conditionals.push({ range: toRef(range), formula: formulaText, style });
    return this;
  }

  name(name: string, range: RangeArg): this {
    this.names.push({ name, range: toRef(range) });
    return this;
  }

  height(row: number, height: number): this {
    this.heights.push({ row, height });
    return this;
  }

  freeze(rows: number): this {
    this.frozen = rows;
    return this;
  }

  print(setup: PrintSetup): this {
    this.printSetup = setup;
    return this;
  }

  build(): SheetSpec {
    return {
      name: this.sheetName,
      kind: this.kind,
      cells: this.cells,
      columns: this.columns,
      rowHeights: this.heights.length ? this.heights : undefined,
      merges: this.merges,
      styles: [...this.styles.values()],
      numberFormats: [...this.formats.entries()].map(([format, ranges]) => ({ format, ranges })),
      validations: [...this.validations.values()],
      conditionalFormats: this.conditionals,
      frozenRows: this.frozen,
      print: this.printSetup,
      namedRanges: this.names,
    };
  }
}

/** Rows and columns a spec touches: its cells, columns and every range it names. */
export function specExtent(spec: SheetSpec): { rows: number; cols: number } {
  let rows = spec.cells.length;
  let cols = spec.columns.length;
  for (const r of spec.cells) cols = Math.max(cols, r.length);
  const refs = [
    ...spec.merges,
    ...spec.styles.flatMap((g) => g.ranges),
    ...spec.numberFormats.flatMap((g) => g.ranges),
    ...spec.validations.flatMap((g) => g.ranges),
    ...spec.conditionalFormats.map((c) => c.range),
  ];
  for (const ref of refs) {
    const p = parseRange(ref);
    if (!p) continue;
    rows = Math.max(rows, p.bottom + 1);
    cols = Math.max(cols, p.right + 1);
  }
  return { rows, cols };
}

/** The spec's values as a rectangle (rows x cols), nulls where nothing is written. */
export function specMatrix(spec: SheetSpec, rows = specExtent(spec).rows, cols = specExtent(spec).cols): SpecValue[][] {
  const out: SpecValue[][] = [];
  for (let r = 0; r < rows; r++) {
    const src = spec.cells[r] ?? [];
    const row: SpecValue[] = new Array(cols).fill(null);
    for (let c = 0; c < Math.min(cols, src.length); c++) row[c] = src[c] ?? null;
    out.push(row);
  }
  return out;
}
