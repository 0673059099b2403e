// The built dist/addin/functions.js, run in a bare node:vm context (no window, no document) with a
// recording CustomFunctions runtime, answers the shared vectors; functions.json lists exactly the
// functions it registers, and every function of the core registry.
import { readFileSync } from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { beforeAll, describe, expect, it } from "vitest";
import { functionDocs, SHEET_FUNCTIONS } from "../../core/index.js";
import { builtAddin } from "../helpers/addin/build.js";

interface Vector {
  fn: string;
  args: unknown[];
  expect: { value?: unknown; error?: string };
}
const vectors = JSON.parse(readFileSync(new URL("../vectors/functions.json", import.meta.url), "utf8")) as { vectors: Vector[] };

const ERROR_CODES = { invalidValue: "#VALUE!", notAvailable: "#N/A", divisionByZero: "#DIV/0!", invalidNumber: "#NUM!", nullReference: "#NULL!", invalidName: "#NAME?", invalidReference: "#REF!" };

class FakeCfError {
  constructor(readonly code: string, readonly message?: string) {}
}

type Fn = (...args: unknown[]) => unknown[][];
const associated = new Map<string, Fn>();
let metadata: { functions: { id: string; name: string; description: string; parameters: { name: string; dimensionality: string; optional?: boolean }[] }[] };
let english: typeof metadata;

beforeAll(async () => {
  const { outDir } = await builtAddin();
  const code = readFileSync(path.join(outDir, "functions.js"), "utf8");
  const sandbox = {
    CustomFunctions: {
      associate: (id: string, fn: Fn) => {
        if (associated.has(id)) throw new Error(`${id} associated twice`);
        associated.set(id, fn);
      },
      Error: FakeCfError,
      ErrorCode: ERROR_CODES,
    },
  };
  vm.runInNewContext(code, sandbox, { filename: "functions.js" });
  metadata = JSON.parse(readFileSync(path.join(outDir, "functions.json"), "utf8"));
  english = JSON.parse(readFileSync(path.join(outDir, "functions.en-US.json"), "utf8"));
});

/** Vector arguments as Excel passes them to matrix parameters: a range as it is, a value as a 1x1 array. */
const asExcel = (args: unknown[]) => args.map((a) => (Array.isArray(a) ? a : [[a]]));
/** A result as Excel takes it: a 2-D array (a single value is 1x1). */
const asResult = (v: unknown) => (Array.isArray(v) ? v : [[v]]);

function call(id: string, args: unknown[]): { value?: unknown; error?: FakeCfError } {
  try {
    return { value: associated.get(id)!(...args) };
  } catch (e) {
    if (e instanceof FakeCfError) return { error: e };
    throw e;
  }
}

describe("functions.js answers the shared vectors", () => {
  for (const v of vectors.vectors) {
    it(`ZI.${v.fn}(${v.args.map((a) => JSON.stringify(a)).join("; ")})`, () => {
      expect(associated.has(v.fn), `ZI.${v.fn} is not registered`).toBe(true);
      const out = call(v.fn, asExcel(v.args));
      if (v.expect.error) {
        expect(out.error?.code).toBe(ERROR_CODES[v.expect.error as keyof typeof ERROR_CODES]);
        expect(out.error?.message?.length ?? 0).toBeGreaterThan(10);
      } else {
        expect(out.error, out.error?.message).toBeUndefined();
        expect(out.value).toEqual(asResult(v.expect.value));
      }
    });
  }
});

describe("functions.js with ranges", () => {
  it("maps a column of targets to a column of due dates, errors in their cells", () => {
    const out = call("TARGET", [[["31/03/2026"], ["segera"], ["Triwulan II"]], [[2026]]]);
    expect(out.error).toBeUndefined();
    const cells = out.value as unknown[][];
    expect(cells[0]).toEqual([46112]);
    expect(cells[1][0]).toBeInstanceOf(FakeCfError);
    expect((cells[1][0] as FakeCfError).code).toBe("#VALUE!");
    expect((cells[1][0] as FakeCfError).message).toMatch(/segera/);
    expect(cells[2]).toEqual([46203]);
  });

  it("treats an omitted optional argument as omitted", () => {
    expect(call("TARGET", [[["Triwulan II 2026"]]]).value).toEqual([[46203]]);
    expect(call("TARGET", [[["Triwulan II 2026"]], null]).value).toEqual([[46203]]);
  });
});

describe("functions.json and the associate calls", () => {
  it("list exactly the same functions, which are every function of the core registry", () => {
    const ids = metadata.functions.map((f) => f.id);
    expect([...associated.keys()].sort()).toEqual([...ids].sort());
    expect([...ids].sort()).toEqual(Object.keys(SHEET_FUNCTIONS).sort());
    expect(english.functions.map((f) => f.id)).toEqual(ids);
  });

  it("describe each function in Indonesian by default and in English for en-US, with every parameter as a matrix", () => {
    for (const f of metadata.functions) {
      const doc = functionDocs[f.id];
      const en = english.functions.find((e) => e.id === f.id)!;
      expect(f.description).toBe(doc.description.id);
      expect(en.description).toBe(doc.description.en);
      expect(f.parameters.map((p) => p.name)).toEqual(doc.params.map((p) => p.name));
      expect(f.parameters.map((p) => !!p.optional)).toEqual(doc.params.map((p) => !!p.optional));
      expect(f.parameters.every((p) => p.dimensionality === "matrix")).toBe(true);
      expect(en.parameters.map((p) => p.name)).toEqual(f.parameters.map((p) => p.name));
      // Excel passes the parameters, then an invocation object: arity must match the metadata.
      expect(associated.get(f.id)!.length).toBe(f.parameters.length);
      // Answers that depend on today are recalculated like TODAY().
      expect((f as { options?: { volatile?: boolean } }).options?.volatile === true, f.id).toBe(doc.volatile === true);
    }
  });
});
