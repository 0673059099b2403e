// The Apps Script call budget (issue 13): every sidebar action makes at most 60 Spreadsheet service
// calls, the same ones for the real catalog and a ten times larger one, on a spreadsheet holding
// a plan (and an LKE for Hitung nilai). Merged ranges, which cost a call each, are read only
// when a hand-typed plan may need them, and then the result is the core's own.
import { describe, expect, it } from "vitest";
import { HOST_ACTIONS, LAMPIRAN_I, parseRange, uiText, type ActionName, type Catalog } from "../../core/index.js";
import { scaleCatalog } from "../helpers/catalog.js";
import { loadScript, type LoadedScript } from "../helpers/gas/sandbox.js";
import { typedPlanGrid } from "../helpers/typed-plan.js";

const CALL_BUDGET = 60;
const ACTIONS = Object.keys(uiText.buttons) as ActionName[];
const FORM = { agency: "Dinas Anggaran", year: 2026, predicate: "WBK", team: [{ name: "Ketua", nip: "1", position: "Sekretaris" }] };

type Outcome = { ok: boolean; message: string; items: unknown[]; inserted: string[] };

function run(script: LoadedScript, action: ActionName, catalog: Catalog, asOf: string | null = "2026-06-30"): Outcome {
  return script.global.ZI.internal.runAction(action, script.inRealm(FORM), asOf, { catalog }) as Outcome;
}

/** The service calls of one action on a spreadsheet set up for it, and what it answered. */
async function callsOf(action: ActionName, catalog: Catalog) {
  const script = await loadScript();
  if (action !== "sisipkanLampiran") run(script, "sisipkanLampiran", catalog);
  if (action === "hitungNilai") run(script, "sisipkanLke", catalog);
  script.log.reset();
  const out = run(script, action, catalog);
  return { out, calls: script.log.names(script.log.serviceCalls) };
}

describe("Apps Script service calls per action", () => {
  const large = scaleCatalog(LAMPIRAN_I, 10);
  for (const action of ACTIONS) {
    it(`${uiText.buttons[action]}: at most ${CALL_BUDGET}, the same for a ten times larger catalog`, async () => {
      const real = await callsOf(action, LAMPIRAN_I);
      const big = await callsOf(action, large);
      expect(real.out.ok, real.out.message).toBe(true);
      expect(big.out.ok, big.out.message).toBe(true);
      expect(real.calls.length).toBeLessThanOrEqual(CALL_BUDGET);
      expect(big.calls).toEqual(real.calls);
      // A generated plan is read without its merges: one getA1Notation (the data range's size) per sheet.
      expect(real.calls.filter((c) => c === "Range.getMergedRanges")).toEqual([]);
    });
  }
});

describe("merged ranges of a hand-typed plan", () => {
  it("are read for Validasi, so the sidebar judges the plan exactly as the core does with them", async () => {
    // NO and INDIKATOR merged down each indicator's rows, and the target typed once and merged
    // down too: read without its merges, every continued row would look like a missing target.
    const grid = typedPlanGrid("Rencana", { layout: "row", mergeTarget: true, values: () => ({ "TARGET WAKTU PELAKSANAAN": "Triwulan II 2026" }) });
    expect(grid.merges!.length).toBeGreaterThan(20);
    const script = await loadScript();
    const sheet = script.spreadsheet._addSheet("Rencana");
    grid.values.forEach((row, r) => row.forEach((v, c) => {
      if (v !== null) sheet._write(r, c, typeof v === "string" ? `'${v}` : v);
    }));
    for (const m of grid.merges!) sheet._merge(parseRange(m)!);
    const out = run(script, "validasi", LAMPIRAN_I);
    const expected = HOST_ACTIONS.validasi.run({
      workbook: { sheets: [{ ...grid, hidden: false }], timeZone: "Asia/Jakarta" },
      form: { agency: "", year: null, predicate: null, team: [] }, asOf: "2026-06-30", timeZone: "Asia/Jakarta",
    });
    expect(out.message).toBe(expected.message);
    expect(JSON.parse(JSON.stringify(out.items))).toEqual(JSON.parse(JSON.stringify(expected.items)));
    expect(script.log.of("Range", "getMergedRanges")).toHaveLength(1);
    expect(expected.items.some((i) => i.code === "TARGET_MISSING")).toBe(false);
  });
});
