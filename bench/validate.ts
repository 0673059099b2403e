// Validation figures: the core on 10,000 action rows, and `zi validasi` on 50 generated-and-filled
// workbooks against only reading them with exceljs (goal: ratio <= 1.2).

import { mkdtempSync, promises as fs, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import {
  buildPlanSheet, LAMPIRAN_I, newPlanDocument, readPlan, readTypedPlan, serialFromIso, validatePlan, type Grid,
} from "../core/index.js";
import { runCli } from "../cli/main.js";
import { demoPlan } from "../cli/demo.js";
import { applySheetSpec } from "../cli/xlsx/apply.js";
import { scaleCatalog } from "../test/helpers/catalog.js";
import { gridFromSpec } from "../test/helpers/spec-grid.js";
import { typedPlanGrid } from "../test/helpers/typed-plan.js";
import { repeatTables } from "./typed-files.js";
import { alternating, fmt, medianMs, type BenchSuite } from "./types.js";

const AS_OF = serialFromIso("2026-06-30")!;
const MONITORING = ["TARGET WAKTU PELAKSANAAN", "PENANGGUNG JAWAB", "STATUS", "TANGGAL REALISASI", "BUKTI DUKUNG"];

/** One sheet of hand-typed tables, one action per row, the Lampiran repeated until `rows` action rows. */
function typedRows(rows: number): { grid: Grid; actions: number } {
  const statuses = ["Selesai", "Dalam Proses", "Belum Mulai"];
  const one = typedPlanGrid("Rencana", {
    layout: "row", headers: MONITORING, team: null,
    values: (id) => ({ "TARGET WAKTU PELAKSANAAN": `${["Maret", "Juni", "Desember"][id.length % 3]} 2026`, "PENANGGUNG JAWAB": "Sekretaris",
      STATUS: statuses[id.charCodeAt(id.length - 1) % 3], "BUKTI DUKUNG": "SK" }),
  });
  const { values, actions } = repeatTables(one.values, rows);
  return { grid: { name: "Rencana", values, merges: [] }, actions };
}

async function writeWorkbooks(dir: string, n: number): Promise<void> {
  for (let i = 0; i < n; i++) {
    const demo = demoPlan(`Perangkat Daerah ${i + 1}`, 2026, AS_OF, "Asia/Jakarta");
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Sampul").getCell("A1").value = `Rencana ZI Perangkat Daerah ${i + 1}`;
    applySheetSpec(wb, buildPlanSheet(demo.document));
    await wb.xlsx.writeFile(path.join(dir, `pd-${String(i + 1).padStart(2, "0")}.xlsx`));
  }
}

export const validateSuite: BenchSuite = {
  name: "validate",
  async run() {
    const typed = typedRows(10_000);
    const typedMs = await medianMs(5, () => validatePlan(readTypedPlan(typed.grid), { asOf: AS_OF }));

    const big = scaleCatalog(LAMPIRAN_I, 148);
    const bigGrid = gridFromSpec(buildPlanSheet(newPlanDocument({ agency: "Dinas Bench", year: 2026 }, big), big));
    // readPlan is read once: it is the plan reader's cost, not validation's.
    const bigPlan = readPlan(bigGrid, { catalog: big })!;
    const generatedMs = await medianMs(5, () => validatePlan(bigPlan, { asOf: AS_OF, catalog: big }));

    const dir = mkdtempSync(path.join(tmpdir(), "zi-bench-"));
    try {
      await writeWorkbooks(dir, 50);
      const files = (await fs.readdir(dir)).map((f) => path.join(dir, f));
      const readOnlyPass = async () => {
        for (const f of files) await new ExcelJS.Workbook().xlsx.load((await fs.readFile(f)) as unknown as ArrayBuffer);
      };
      const sink = { out: () => {}, err: () => {} };
      const cliPass = () => runCli(["validasi", dir, "--json", "--per-tanggal", "2026-06-30"], sink);
      const { a: readOnly, b: cli } = await alternating(5, readOnlyPass, cliPass);
      return [
        {
          area: "core", measure: `validate ${typed.actions.toLocaleString("en-US")} hand-typed action rows`, value: `${fmt(typedMs)} ms`,
          how: "readTypedPlan + validatePlan on one sheet of the Lampiran's tables repeated (one action per row, 5 monitoring columns; a repeated action is judged once); median of 5 after a warm-up",
        },
        {
          area: "core", measure: `validate a generated plan of ${bigPlan.rows.length.toLocaleString("en-US")} distinct actions`, value: `${fmt(generatedMs)} ms`,
          how: "validatePlan on a generated plan read once, with the catalog 148 times larger (test/helpers/catalog.ts scaleCatalog); median of 5 after a warm-up",
        },
        { area: "cli", measure: "read 50 plan workbooks with exceljs only", value: `${fmt(readOnly)} ms`, how: "fs.readFile + Workbook.xlsx.load per file, one at a time; median of 5, alternating with the row below, after a warm-up" },
        { area: "cli", measure: "zi validasi on the same 50 workbooks", value: `${fmt(cli)} ms`, how: "runCli in-process, --json to a sink; median of 5, alternating with the row above, after a warm-up" },
        { area: "cli", measure: "zi validasi / exceljs read only (goal <= 1.2)", value: fmt(cli / readOnly, 2), how: "ratio of the two medians above" },
      ];
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
