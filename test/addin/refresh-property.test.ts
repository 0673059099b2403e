// "Perbarui Lampiran" in Excel, as a property: whatever a PD typed into the monitoring columns
// (any text, hostile strings, numbers, dates as serials), the regenerated sheet holds the same
// values, as text where they were text, and every other sheet is left exactly as it was.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readPlan, VALUE_ROLES } from "../../core/index.js";
import { runAction } from "../../addin/excel/actions.js";
import { readWorkbook } from "../../addin/excel/read.js";
import { FakeExcel } from "../helpers/addin/excel-fake.js";
import hostile from "../vectors/hostile-strings.json";

const input = { form: { agency: "Dinas Uji", year: 2026, predicate: null, team: [] }, timeZone: "Asia/Jakarta" };
const typed = fc.oneof(
  fc.constantFrom(...hostile.strings),
  fc.string({ minLength: 1, maxLength: 40 }),
  fc.integer({ min: 45_000, max: 47_000 }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
  fc.boolean(),
);

describe("Perbarui Lampiran keeps what was typed (property)", () => {
  it("carries every typed monitoring value into the new sheet and leaves other sheets alone", async () => {
    const fresh = new FakeExcel();
    await fresh.run((c) => runAction(c, "sisipkanLampiran", input));
    const base = fresh.sheet("Lampiran ZI")!;
    const plan = readPlan((await fresh.run((c) => readWorkbook(c, "Asia/Jakarta"))).sheets[0])!;

    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat(plan.rows.length - 1), fc.constantFrom(...VALUE_ROLES), typed), { minLength: 1, maxLength: 25 }),
        fc.array(fc.array(fc.oneof(typed, fc.constant(null)), { maxLength: 4 }), { maxLength: 5 }),
        async (edits, otherSheet) => {
          const fake = new FakeExcel();
          const sheet = fake.addSheet("Lampiran ZI", []);
          sheet.cells = new Map([...base.cells].map(([k, c]) => [k, { ...c }]));
          sheet.merges = [...base.merges];
          const other = fake.addSheet("Catatan", otherSheet);
          const otherBefore = JSON.stringify([...other.cells]);
          const want = new Map<string, unknown>();
          for (const [i, role, value] of edits) {
            const row = plan.rows[i];
            sheet.cells.set(`${row.row},${plan.columns[role]}`, { value, literal: typeof value === "string" });
            want.set(`${row.actionIds[0]}|${role}`, value);
          }
          const out = await fake.run((c) => runAction(c, "perbaruiLampiran", input));
          expect(out).toMatchObject({ ok: true, inserted: ["Lampiran ZI (2)"] });
          expect(fake.problems).toEqual([]);
          const wb = await fake.run((c) => readWorkbook(c, "Asia/Jakarta"));
          const again = readPlan(wb.sheets.find((s) => s.name === "Lampiran ZI (2)")!)!;
          for (const [key, value] of want) {
            const [id, role] = key.split("|") as [string, (typeof VALUE_ROLES)[number]];
            expect(again.document.actions[id][role]).toEqual(value);
          }
          const regenerated = fake.sheet("Lampiran ZI (2)")!;
          // The only formulas are the JATUH TEMPO column's, one per rencana aksi, none typed.
          const dueCol = (plan.columns.id as number) + 1;
          const formulas = [...regenerated.cells].filter(([, c]) => c.formula);
          expect(formulas.map(([key]) => Number(key.split(",")[1]))).toEqual(new Array(plan.rows.length).fill(dueCol));
          for (const c of regenerated.cells.values()) {
            if (typeof c.value === "string" && c.value !== "") expect(c.literal).toBe(true);
          }
          expect(JSON.stringify([...other.cells])).toBe(otherBefore);
        },
      ),
      { numRuns: process.env.CI ? 100 : 40 },
    );
  });
});
