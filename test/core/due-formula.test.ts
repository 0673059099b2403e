// The JATUH TEMPO formula calculated by HyperFormula, against parseTarget as the oracle: the same
// due date for every form it reads, blank for the rest. test/cli/due-libreoffice.test.ts runs the
// same targets through LibreOffice.
import { HyperFormula, type RawCellContent } from "hyperformula";
import { describe, expect, it } from "vitest";
import {
  actionEntries, buildPlanSheet, dueDateFormula, dueOn, DUE_TOKENS, isFormula, isoFromSerial, LAMPIRAN_I, MONTHS, newPlanDocument, parseTarget,
  planColumns, specMatrix, type CellValue, type SheetSpec,
} from "../../core/index.js";
import { BOTH_REFUSE, FORMULA_DATES_ANYWAY, FORMULA_LEAVES_BLANK, FORMULA_READS, plansWithTargets } from "../helpers/due-forms.js";

/**
 * A plan spec calculated by HyperFormula with array arithmetic on (text as text), so that array
 * expressions evaluate as Excel, Sheets and LibreOffice evaluate them inside SUMPRODUCT.
 */
function calculateWithArrays(spec: SheetSpec): { value(row: number, col: number): unknown; destroy(): void } {
  const raw = specMatrix(spec).map((row) => row.map((v): RawCellContent => {
    if (isFormula(v)) return v.formula;
    if (typeof v === "string") return v === "" ? null : `'${v}`;
    return v as RawCellContent;
  }));
  const hf = HyperFormula.buildFromArray(raw, { licenseKey: "gpl-v3", useArrayArithmetic: true });
  return { value: (row, col) => hf.getCellValue({ sheet: 0, row, col }), destroy: () => hf.destroy() };
}

const DUE = planColumns([]).due;
const AS_OF = 46_036; // 15 January 2026; only recurring targets depend on it, and the formula leaves those blank

/** Each target with the value HyperFormula calculated for its JATUH TEMPO cell. */
function calculated(targets: CellValue[], year: number): { target: CellValue; value: unknown }[] {
  return plansWithTargets(targets, year).flatMap(({ spec, rows }) => {
    const calc = calculateWithArrays(spec);
    try {
      return rows.map(({ target, row }) => ({ target, value: calc.value(row, DUE) }));
    } finally {
      calc.destroy();
    }
  });
}

const shown = (v: unknown) => (typeof v === "number" ? isoFromSerial(v) : JSON.stringify(v));

describe("JATUH TEMPO in HyperFormula", () => {
  for (const year of [2026, 2027]) {
    it(`reads every form it covers to parseTarget's due date (plan year ${year})`, () => {
      const results = calculated(FORMULA_READS, year);
      expect(results).toHaveLength(FORMULA_READS.length);
      let leapDays = 0;
      for (const { target, value } of results) {
        const parsed = parseTarget(target, year, "Asia/Jakarta");
        expect(parsed.kind, JSON.stringify(target)).not.toBe("invalid");
        const due = dueOn(parsed, AS_OF) as number;
        // HyperFormula's EDATE stops at 28 February in leap years (Excel, Sheets and LibreOffice
        // give the 29th): those are compared in test/cli/due-libreoffice.test.ts.
        if (isoFromSerial(due).endsWith("-02-29") && value === due - 1) {
          leapDays++;
          continue;
        }
        expect(shown(value), JSON.stringify(target)).toBe(shown(due));
      }
      expect(leapDays).toBeLessThanOrEqual(2);
    });
  }

  it("leaves blank the forms it does not read (numeric dates as text, recurring periods), which parseTarget reads", () => {
    for (const { target, value } of calculated(FORMULA_LEAVES_BLANK, 2026)) {
      expect(parseTarget(target, 2026).kind, JSON.stringify(target)).not.toBe("invalid");
      expect(value, JSON.stringify(target)).toBe("");
    }
  });

  it("leaves blank, never an error, what neither reads", () => {
    for (const { target, value } of calculated([...BOTH_REFUSE, true], 2026)) {
      expect(parseTarget(target, 2026).kind, JSON.stringify(target)).toBe("invalid");
      expect(value, JSON.stringify(target)).toBe("");
    }
  });

  it("dates a few texts parseTarget refuses (it checks less); validation still flags them", () => {
    for (const { target, value } of calculated(FORMULA_DATES_ANYWAY, 2026)) {
      expect(parseTarget(target, 2026).kind, JSON.stringify(target)).toBe("invalid");
      expect(typeof value, JSON.stringify(target)).toBe("number");
    }
  });

  it("is blank for an empty target, and without a plan year for a target that names none", () => {
    const doc = newPlanDocument({ agency: "Dinas Uji", year: 2026 }, LAMPIRAN_I);
    doc.year = null;
    const [empty, noYear, withYear] = actionEntries(LAMPIRAN_I).map((e) => e.action.id);
    doc.actions[noYear] = { target: "Triwulan II", owner: null, status: null, doneOn: null, evidence: null, notes: null, extra: {} };
    doc.actions[withYear] = { target: "Maret 2027", owner: null, status: null, doneOn: null, evidence: null, notes: null, extra: {} };
    const spec = buildPlanSheet(doc);
    const row = (id: string) => {
      const r = spec.cells.findIndex((cells) => cells[planColumns([]).role.id] === id);
      expect(r).toBeGreaterThan(0);
      return r;
    };
    const calc = calculateWithArrays(spec);
    try {
      expect(calc.value(row(empty), DUE)).toBe("");
      expect(calc.value(row(noYear), DUE)).toBe("");
      expect(shown(calc.value(row(withYear), DUE))).toBe("2027-03-31");
    } finally {
      calc.destroy();
    }
  });
});

describe("the JATUH TEMPO formula", () => {
  it("stays well under Excel's 8,192 characters, also for far rows", () => {
    expect(dueDateFormula("$D1048576", "$C$1048576").length).toBeLessThan(6000);
    const spec = plansWithTargets(["Maret 2026"], 2026)[0].spec;
    const longest = Math.max(...spec.cells.map((r) => r[DUE]).filter(isFormula).map((f) => f.formula.length));
    expect(longest).toBeLessThan(6000);
  });

  it("uses only functions Excel 2010, Google Sheets and LibreOffice share", () => {
    const f = dueDateFormula("$D12", "$C$9");
    const used = new Set([...f.matchAll(/([A-Z][A-Z0-9.]*)\(/g)].map((m) => m[1]));
    const allowed = ["IFERROR", "IF", "ISLOGICAL", "ISNUMBER", "AND", "DATE", "INT", "SUMPRODUCT", "SEARCH", "EDATE", "MOD", "ROUND",
      "MAX", "N", "TRIM", "RIGHT", "SUBSTITUTE", "LEFT", "REPT", "CHOOSE", "LEN"];
    expect([...used].filter((fn) => !allowed.includes(fn))).toEqual([]);
  });

  it("knows every month name parseTarget knows, under its own month, and not words that start like one", () => {
    const months = DUE_TOKENS.filter((t) => t.named && !/\d/.test(t.text));
    for (const [name, month] of Object.entries(MONTHS)) {
      const hits = months.filter((t) => ` ${name} `.includes(t.text));
      expect(hits.length, name).toBeGreaterThan(0);
      expect(hits.every((t) => t.month === month), name).toBe(true);
    }
    for (const word of ["sepanjang", "agung", "september"]) {
      const hits = months.filter((t) => ` ${word} `.includes(t.text));
      expect(hits.every((t) => t.month === 9), word).toBe(word === "september" || hits.length === 0);
    }
  });
});
