import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { functionDocs, SHEET_FUNCTIONS, type CellValue } from "../../core/index.js";

interface Vector {
  fn: string;
  args: CellValue[];
  expect: { value?: unknown; error?: string };
}
const file = JSON.parse(readFileSync(new URL("../vectors/functions.json", import.meta.url), "utf8")) as {
  timeZone: string;
  vectors: Vector[];
};

describe("sheet functions in the core answer the shared vectors", () => {
  for (const v of file.vectors) {
    it(`${v.fn}(${v.args.map((a) => JSON.stringify(a)).join("; ")})`, () => {
      const fn = SHEET_FUNCTIONS[v.fn];
      expect(fn, `no function ${v.fn}`).toBeDefined();
      const r = fn(v.args, file.timeZone);
      if (v.expect.error) {
        expect(r).toMatchObject({ ok: false, error: v.expect.error });
        if (!r.ok) expect(r.message.length).toBeGreaterThan(10);
      } else {
        expect(r).toEqual({ ok: true, value: v.expect.value });
      }
    });
  }

  it("documents every function in Indonesian and English", () => {
    for (const name of Object.keys(SHEET_FUNCTIONS)) {
      const doc = functionDocs[name];
      expect(doc, name).toBeDefined();
      expect(doc.description.id).not.toBe(doc.description.en);
      for (const p of doc.params) expect(p.description.id && p.description.en).toBeTruthy();
    }
  });
});
