// "Perbarui Lampiran" in Google Sheets, as a property (issue 8): whatever a PD typed into the
// monitoring columns (any text, hostile strings, numbers, booleans), the regenerated sheet holds
// the same values, strings as literal text, and every other sheet is left exactly as it was.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { columnLetters, readPlan, serialFromInstant, VALUE_ROLES, type ReadPlan } from "../../core/index.js";
import { gridOf, snapshot } from "../helpers/gas/inspect.js";
import { loadScript, type LoadedScript } from "../helpers/gas/sandbox.js";
import hostile from "../vectors/hostile-strings.json";

const form = { agency: "Dinas Uji", year: 2026, predicate: "WBK", team: [] };
const typed = fc.oneof(
  fc.constantFrom(...hostile.strings),
  fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() !== ""),
  fc.integer({ min: 45_000, max: 47_000 }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
);

function run(script: LoadedScript, name: string, f: unknown = form): { ok: boolean; inserted: string[] } {
  return script.fn("ziRunAction")(name, script.inRealm(f), null) as { ok: boolean; inserted: string[] };
}

describe("Perbarui Lampiran in Google Sheets keeps what was typed (property)", () => {
  let plan: ReadPlan;
  beforeAll(async () => {
    const script = await loadScript();
    run(script, "sisipkanLampiran");
    plan = readPlan(gridOf(script.spreadsheet._sheet("Lampiran ZI")))!;
  });

  it("carries every typed monitoring value into the new sheet and leaves other sheets alone", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat(plan.rows.length - 1), fc.constantFrom(...VALUE_ROLES), typed), { minLength: 1, maxLength: 25 }),
        fc.array(fc.tuple(fc.nat(6), fc.nat(4), typed), { maxLength: 8 }),
        async (edits, notes) => {
          const script = await loadScript();
          run(script, "sisipkanLampiran");
          const sheet = script.spreadsheet._sheet("Lampiran ZI");
          const other = script.spreadsheet._addSheet("Catatan");
          for (const [r, c, v] of notes) other._store(r, c, { value: v, typed: typeof v === "string" ? "literal" : undefined });
          const otherBefore = snapshot(other);
          const want = new Map<string, unknown>();
          for (const [i, role, value] of edits) {
            const row = plan.rows[i];
            sheet._store(row.row, plan.columns[role] as number, { value, typed: typeof value === "string" ? "literal" : undefined });
            want.set(`${row.actionIds[0]}|${role}`, value);
          }
          expect(run(script, "perbaruiLampiran", {})).toMatchObject({ ok: true, inserted: ["Lampiran ZI (2)"] });
          const fresh = script.spreadsheet._sheet("Lampiran ZI (2)");
          const again = readPlan(gridOf(fresh))!;
          for (const [key, value] of want) {
            const [id, role] = key.split("|") as [string, (typeof VALUE_ROLES)[number]];
            const got = again.document.actions[id][role];
            // A number in a date-formatted cell is a date in Sheets: the same day, read back as a Date.
            if (got instanceof Date && typeof value === "number") expect(serialFromInstant(got, "Asia/Jakarta")).toBe(Math.floor(value));
            else expect(got).toEqual(value);
          }
          // The only formulas are the JATUH TEMPO column's, one per rencana aksi, none typed.
          const dueLetter = columnLetters((plan.columns.id as number) + 1);
          expect([...fresh._formulas().keys()].filter((ref) => ref.replace(/\d+$/, "") === dueLetter)).toHaveLength(plan.rows.length);
          expect(fresh._formulas().size).toBe(plan.rows.length);
          for (const cell of fresh._cells.values()) if (typeof cell.value === "string") expect(cell.typed).toBe("literal");
          expect(snapshot(other)).toBe(otherBefore);
        },
      ),
      { numRuns: process.env.CI ? 60 : 25 },
    );
  }, 120_000);
});
