// The plan sheet's JATUH TEMPO column recalculated by LibreOffice headless, against parseTarget:
// every form the formula reads gives parseTarget's due date, the rest a blank cell, never an error.
import path from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { dueOn, isoFromSerial, parseTarget, planColumns, serialFromInstant, type CellValue } from "../../core/index.js";
import { applySheetSpec } from "../../cli/xlsx/apply.js";
import { newWorkbook, saveWorkbook } from "../../cli/xlsx/files.js";
import { BOTH_REFUSE, FORMULA_DATES_ANYWAY, FORMULA_LEAVES_BLANK, FORMULA_READS, plansWithTargets, type PlannedTarget } from "../helpers/due-forms.js";
import { tempDir } from "../helpers/files.js";
import { requireSofficeInCi, sofficeConvert } from "../helpers/soffice.js";

const present = requireSofficeInCi();
const DUE = planColumns([]).due;
const AS_OF = 46_036;

interface Sheet {
  year: number;
  group: "reads" | "blank" | "refused" | "lenient";
  rows: PlannedTarget[];
  name: string;
}

describe.skipIf(!present)("JATUH TEMPO recalculated by LibreOffice", () => {
  it("gives parseTarget's due date for every form the formula reads, and a blank cell for the rest", async () => {
    const dir = tempDir();
    const wb = newWorkbook();
    const sheets: Sheet[] = [];
    const groups: [Sheet["group"], CellValue[], number][] = [
      ["reads", FORMULA_READS, 2026],
      // A second plan year: texts without a year must take the year from the sheet's own cell.
      ["reads", FORMULA_READS, 2027],
      ["blank", FORMULA_LEAVES_BLANK, 2026],
      // (Not TRUE: in a date-formatted cell LibreOffice keeps a boolean as the number 1, a date in 1899.)
      ["refused", BOTH_REFUSE, 2026],
      ["lenient", FORMULA_DATES_ANYWAY, 2026],
    ];
    for (const [group, targets, year] of groups) {
      for (const { spec, rows } of plansWithTargets(targets, year)) {
        const ws = applySheetSpec(wb, spec);
        sheets.push({ year, group, rows, name: ws.name });
      }
    }
    const file = path.join(dir, "jatuh-tempo.xlsx");
    await saveWorkbook(wb, file, { overwrite: true });
    const converted = sofficeConvert(file, "xlsx", path.join(dir, "lo"));
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(converted);

    let compared = 0;
    for (const sheet of sheets) {
      const ws = back.getWorksheet(sheet.name)!;
      for (const { target, row } of sheet.rows) {
        const cell = ws.getCell(row + 1, DUE + 1) as unknown as { formula?: string; model: { result?: unknown } };
        const label = `${sheet.name} ${JSON.stringify(target)}`;
        expect(cell.formula, label).toBeTruthy();
        // exceljs keeps a formula's cached result in the model: a Date for a date-formatted number,
        // nothing for "", an { error } object for an error value.
        const raw = cell.model.result;
        const value = raw instanceof Date ? serialFromInstant(raw, "UTC") : raw;
        const parsed = parseTarget(target, sheet.year, "Asia/Jakarta");
        if (sheet.group === "reads") {
          expect(parsed.kind, label).not.toBe("invalid");
          const due = dueOn(parsed, AS_OF) as number;
          expect(typeof value === "number" ? isoFromSerial(value) : value, label).toBe(isoFromSerial(due));
        } else if (sheet.group === "lenient") {
          expect(parsed.kind, label).toBe("invalid");
          expect(typeof value, label).toBe("number");
        } else {
          expect(parsed.kind === "invalid", label).toBe(sheet.group === "refused");
          expect(value === undefined || value === "", `${label}: ${JSON.stringify(value)}`).toBe(true);
        }
        compared++;
      }
    }
    expect(compared).toBe(2 * FORMULA_READS.length + FORMULA_LEAVES_BLANK.length + BOTH_REFUSE.length + FORMULA_DATES_ANYWAY.length);
  }, 180_000);
});
