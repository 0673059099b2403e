// One finding per cell: problems of the same code landing on the same cell (a target shared by
// several rencana aksi, a merged target cell, several actions missing from one indicator row)
// become one finding whose ref is what they have in common.

import { areaCodeOf, parentId } from "../catalog/index.js";
import { parseCell } from "../sheet/a1.js";
import { finding, FINDING_CODES, type Finding, type FindingCode } from "./codes.js";

interface Entry<D> {
  code: FindingCode;
  cell: string;
  /** Catalog ids the finding covers. */
  ids: string[];
  details: D[];
  ref?: string | null;
}

/** The catalog id several ids share: the id itself, their indicator, their area, or null. */
export function commonRef(ids: readonly string[]): string | null {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return null;
  if (unique.length === 1) return unique[0];
  const parents = new Set(unique.map((id) => (id.split(".").length === 3 ? parentId(id) : id)));
  if (parents.size === 1) return [...parents][0];
  const areas = new Set(unique.map((id) => areaCodeOf(id)));
  return areas.size === 1 ? [...areas][0] : null;
}

export class FindingCollector {
  private readonly entries = new Map<string, Entry<unknown>>();
  private readonly order: string[] = [];

  constructor(private readonly sheet: string) {}

  /**
   * Records a problem; `detail` is what the message needs (the same for every id of one cell).
   * A missing area or indicator is its own finding even where two would point at the same cell.
   */
  add<D>(code: FindingCode, cell: string, ids: string | readonly string[], detail: D): void {
    const own = code === "AREA_MISSING" || code === "INDICATOR_MISSING" ? `|${String(ids)}` : "";
    const key = `${code}|${cell}${own}`;
    let e = this.entries.get(key);
    if (!e) {
      e = { code, cell, ids: [], details: [] };
      this.entries.set(key, e);
      this.order.push(key);
    }
    for (const id of typeof ids === "string" ? [ids] : ids) if (!e.ids.includes(id)) e.ids.push(id);
    e.details.push(detail);
  }

  /** A finding about the plan as a whole (ref null). */
  addDocument<D>(code: FindingCode, cell: string, detail: D): void {
    this.add(code, cell, [], detail);
    (this.entries.get(`${code}|${cell}`) as Entry<unknown>).ref = null;
  }

  /**
   * The findings, document findings first, then by position (row, then column) and code.
   * `message` builds each text from the entry's code, ids and details.
   */
  findings(message: (code: FindingCode, ids: string[], details: unknown[]) => string): Finding[] {
    const pos = (cell: string) => parseCell(cell) ?? { row: 0, col: 0 };
    const entries = this.order.map((k) => this.entries.get(k) as Entry<unknown>);
    const doc = entries.filter((e) => e.ref === null);
    const rest = entries.filter((e) => e.ref !== null).sort((a, b) => {
      const pa = pos(a.cell);
      const pb = pos(b.cell);
      return pa.row - pb.row || pa.col - pb.col || FINDING_CODES.indexOf(a.code) - FINDING_CODES.indexOf(b.code);
    });
    return [...doc, ...rest].map((e) =>
      finding(e.code, this.sheet, e.cell, e.ref === null ? null : commonRef(e.ids), message(e.code, e.ids, e.details)),
    );
  }
}
