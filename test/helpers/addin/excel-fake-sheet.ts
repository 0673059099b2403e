// Worksheets of the Excel fake (see excel-fake.ts).

import { rangeRef } from "../../../core/sheet/a1.js";
import { parseAddress, SheetBound, type Box } from "./excel-fake-parts.js";
import { FakeRange, FakeRangeAreas } from "./excel-fake-range.js";

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
