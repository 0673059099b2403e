// Text from a received plan ends up in the recap, the report and Hasil Validasi: every string of
// the shared hostile list must stay inert text there, never a formula.

import { readFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { buildValidationSheet, isFormula, readWorkbookPlan, serialFromIso, summarize, validatePlan } from "../../core/index.js";
import { tempDir, zi } from "../helpers/files.js";
import { typedPlanGrid, writeXlsx } from "../helpers/typed-plan.js";

const HOSTILE: string[] = JSON.parse(readFileSync(new URL("../vectors/hostile-strings.json", import.meta.url), "utf8")).strings;
const dir = tempDir();

function planWith(agency: string) {
  return typedPlanGrid("Rencana", {
    agency: null,
    layout: "row",
    headers: ["TARGET WAKTU PELAKSANAAN", "PENANGGUNG JAWAB", "STATUS", "KETERANGAN"],
    preamble: [["Perangkat Daerah", agency]],
    values: (id) => {
      const i = id.charCodeAt(id.length - 1) + id.length;
      return {
        "TARGET WAKTU PELAKSANAAN": id.startsWith("PW.3") ? HOSTILE[i % HOSTILE.length] : "Maret 2026",
        "PENANGGUNG JAWAB": HOSTILE[(i + 1) % HOSTILE.length],
        STATUS: id.startsWith("PP") ? HOSTILE[(i + 2) % HOSTILE.length] : "Dalam Proses",
        KETERANGAN: HOSTILE[(i + 3) % HOSTILE.length],
      };
    },
    extraActions: { "MP.3": HOSTILE.slice(0, 4) },
  });
}

async function cellsOf(file: string): Promise<ExcelJS.Cell[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const cells: ExcelJS.Cell[] = [];
  wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => cells.push(c))));
  return cells;
}

describe("hostile strings from a plan stay text in every output", () => {
  it("in the recap, the list of findings and the periodic report", async () => {
    const agencies = ["=HYPERLINK(\"http://x\";\"klik\")", "@SUM(A1:A9)", "<script>alert(1)</script>"];
    const files = agencies.map((_, i) => path.join(dir, `pd-${i}.xlsx`));
    await Promise.all(files.map((f, i) => writeXlsx(f, [planWith(agencies[i])])));
    const recap = path.join(dir, "rekap.xlsx");
    const r = await zi("validasi", ...files, "--rekap", recap, "--json", "--per-tanggal", "2026-06-30");
    expect(JSON.parse(r.out).files.map((f: { agency: string }) => f.agency)).toEqual(agencies);
    const recapCells = await cellsOf(recap);
    expect(recapCells.filter((c) => c.type === ExcelJS.ValueType.Formula)).toEqual([]);
    const texts = recapCells.map((c) => (c.value && typeof c.value === "object" && "text" in c.value ? c.value.text : c.value));
    for (const a of agencies) expect(texts).toContain(a);
    // messages quote what was typed, as text
    expect(texts.some((t) => typeof t === "string" && t.includes("\"=1+1\""))).toBe(true);

    const report = path.join(dir, "laporan.xlsx");
    expect((await zi("laporan", files[0], "--per-tanggal", "2026-06-30", "-o", report)).code).toBe(0);
    const reportCells = await cellsOf(report);
    // The only formulas are the progress bars (column D, one per area and the total), none with typed text.
    const reportFormulas = reportCells.filter((c) => c.type === ExcelJS.ValueType.Formula);
    expect(reportFormulas).toHaveLength(9);
    for (const c of reportFormulas) {
      expect(c.address).toMatch(/^D\d+$/);
      expect((c.value as ExcelJS.CellFormulaValue).formula).toMatch(/^IFERROR\(REPT\("█",ROUND\(J\d+\*20,0\)\)/);
    }
    const values = reportCells.map((c) => c.value);
    expect(values).toContain(agencies[0]);
    const owners = values.filter((v) => typeof v === "string" && HOSTILE.includes(v));
    expect(new Set(owners).size).toBeGreaterThan(5);
  });

  it("in the Hasil Validasi sheet the add-ins insert: strings only, never formulas", () => {
    const plan = readWorkbookPlan({ sheets: [planWith(HOSTILE[4])] })!;
    const findings = validatePlan(plan, { asOf: serialFromIso("2026-06-30")! });
    const spec = buildValidationSheet({ plan, findings, summary: summarize(plan, findings), asOf: serialFromIso("2026-06-30")!, links: true });
    expect(spec.cells.flat().some((v) => isFormula(v ?? null))).toBe(false);
    expect(spec.cells.flat()).toContain(HOSTILE[4]);
    const messages = spec.cells.flat().filter((v): v is string => typeof v === "string" && v.includes("\"<img src=x onerror=alert(1)>\""));
    expect(messages.length).toBeGreaterThan(0);
  });
});
