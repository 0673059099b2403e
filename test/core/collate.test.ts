// compareNames: the one order of names the CLI, the offline page and the TPI recap list in.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareNames } from "../../core/index.js";

describe("compareNames", () => {
  it("orders by letters regardless of case and accents, then by exact text", () => {
    const names = ["dinas-kesehatan.xlsx", "Badan Pendapatan.xlsx", "Énergi.xlsx", "badan pendapatan.xlsx", "Dinas Kesehatan.xlsx", "2026 rekap.xlsx", "bappeda.xlsx"];
    expect([...names].sort(compareNames)).toEqual([
      "2026 rekap.xlsx", "Badan Pendapatan.xlsx", "badan pendapatan.xlsx", "bappeda.xlsx", "Dinas Kesehatan.xlsx", "dinas-kesehatan.xlsx", "Énergi.xlsx",
    ]);
  });

  it("is a total order: 0 only for the same text, antisymmetric and transitive", () => {
    const name = fc.string({ unit: fc.constantFrom(..."aAbBéÉ -_.1".split("")), maxLength: 6 });
    fc.assert(
      fc.property(name, name, name, (a, b, c) => {
        const ab = Math.sign(compareNames(a, b));
        expect(ab === 0).toBe(a === b);
        expect(Math.sign(compareNames(b, a)) === -ab).toBe(true);
        if (ab <= 0 && compareNames(b, c) <= 0) expect(compareNames(a, c)).toBeLessThanOrEqual(0);
      }),
      { numRuns: 2000 },
    );
  });
});
