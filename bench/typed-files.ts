// Hand-typed plan workbooks for the whole-process figures: the way PDs type them (title lines,
// one table per area, monitoring columns, dates, a cover sheet), written with exceljs.
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { CellValue } from "../core/index.js";
import { day, typedPlanGrid, writeXlsx } from "../test/helpers/typed-plan.js";

const MONITORING = ["TARGET WAKTU PELAKSANAAN", "PENANGGUNG JAWAB", "STATUS", "TANGGAL REALISASI", "BUKTI DUKUNG", "KETERANGAN"];
const STATUSES = ["Selesai", "Dalam Proses", "Belum Mulai"];
const TARGETS: CellValue[] = ["Triwulan II", "Maret 2026", day("2026-09-30"), "Setiap bulan", "31/12/2026", "Januari s.d. Desember"];

function monitoring(id: string, i: number): Record<string, CellValue> {
  const k = id.charCodeAt(id.length - 1) + i;
  return {
    "TARGET WAKTU PELAKSANAAN": TARGETS[k % TARGETS.length], "PENANGGUNG JAWAB": ["Sekretaris", "Kasubag Umum", "Kabid Layanan"][k % 3],
    STATUS: STATUSES[k % 3], "TANGGAL REALISASI": k % 3 === 0 ? day("2026-03-15") : null, "BUKTI DUKUNG": k % 3 === 0 ? "SK Kepala Dinas" : null,
  };
}

/** `n` typical hand-typed plans, alternating the two layouts PDs use. */
export async function writeTypedPlans(dir: string, n: number): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  for (let i = 0; i < n; i++) {
    const grid = typedPlanGrid("Rencana Aksi", {
      agency: `Perangkat Daerah ${i + 1}`, layout: i % 2 ? "cell" : "row", headers: MONITORING, values: (id) => monitoring(id, i),
      numberRow: i % 3 === 0, mergeTarget: i % 4 === 0,
    });
    const file = path.join(dir, `pd-${String(i + 1).padStart(2, "0")}.xlsx`);
    await writeXlsx(file, [{ name: "Sampul", values: [[], [null, "RENCANA PEMBANGUNAN ZONA INTEGRITAS"], [null, `PERANGKAT DAERAH ${i + 1}`]] }, grid]);
    files.push(file);
  }
  return files;
}

/** One hand-typed plan whose tables (one action per row) repeat until `rows` action rows. */
export async function writeBigTypedPlan(file: string, rows: number): Promise<number> {
  const one = typedPlanGrid("Rencana", { layout: "row", headers: MONITORING, team: null, values: (id) => monitoring(id, 0) });
  const { values, actions } = repeatTables(one.values, rows);
  await writeXlsx(file, [{ name: "Rencana", values }]);
  return actions;
}

/** A typed plan's tables (below its three title lines) repeated until at least `rows` action rows. */
export function repeatTables(plan: CellValue[][], rows: number): { values: CellValue[][]; actions: number } {
  const body = plan.slice(3);
  const values: CellValue[][] = plan.slice(0, 3).map((r) => [...r]);
  let actions = 0;
  while (actions < rows) {
    for (const row of body) values.push([...row]);
    actions += 68;
  }
  return { values, actions };
}
