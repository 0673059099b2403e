import ExcelJS from "exceljs";
import { buildPlanSheet, LAMPIRAN_I, newPlanDocument } from "../core/index.js";
import { applySheetSpec } from "../cli/xlsx/apply.js";
import { fmt, medianMs, type BenchSuite } from "./types.js";

export const planSuite: BenchSuite = {
  name: "plan",
  async run() {
    const doc = newPlanDocument({ agency: "Dinas Bench", year: 2026 }, LAMPIRAN_I);
    const build = await medianMs(50, () => buildPlanSheet(doc));
    const write = await medianMs(10, async () => {
      const wb = new ExcelJS.Workbook();
      applySheetSpec(wb, buildPlanSheet(doc));
      await wb.xlsx.writeBuffer();
    });
    return [
      { area: "core", measure: "buildPlanSheet (68 rencana aksi)", value: `${fmt(build, 2)} ms`, how: "median of 50 calls after a warm-up" },
      { area: "cli", measure: "plan sheet written to .xlsx bytes (exceljs)", value: `${fmt(write)} ms`, how: "median of 10 runs after a warm-up, in memory" },
    ];
  },
};
