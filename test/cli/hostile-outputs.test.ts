// Text from a received plan ends up in the recap, the report and Hasil Validasi, text from a
// received LKE in the TPI's report: every string of the shared hostile list must stay inert text
// there, never a formula.

import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { buildValidationSheet, COL, isFormula, readWorkbookPlan, serialFromIso, summarize, validatePlan } from "../../core/index.js";
import { addLkeSheets } from "../../cli/score/workbook.js";
import { newWorkbook } from "../../cli/xlsx/files.js";
import { tempDir, zi } from "../helpers/files.js";
import { bestAnswers, withAnswers } from "../helpers/lke.js";
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

  it("in the TPI's report: PD names, file names, answers and notes from the LKE files", async () => {
    const lkeDir = path.join(dir, "lke");
    mkdirSync(lkeDir, { recursive: true });
    const agencies = ["=HYPERLINK(\"http://x\";\"klik\")", "@SUM(A1:A9)", "Baris satu\nBaris dua"];
    for (const [i, agency] of agencies.entries()) {
      const wb = newWorkbook();
      // Hostile TPI answers (each an invalid answer, so a difference) and hostile notes.
      const tpi = withAnswers(bestAnswers(), { 1: HOSTILE[i], 2: HOSTILE[i + 3], 12: "D" });
      const { lke } = addLkeSheets(wb, { agency, year: 2026, answers: { unit: bestAnswers(), tpi }, timeZone: "Asia/Jakarta" });
      lke.eachRow((row) => {
        const m = /^S(\d+)$/.exec(String(row.getCell(COL.id + 1).value ?? ""));
        if (m) row.getCell(COL.tpiNote + 1).value = HOSTILE[(Number(m[1]) + i) % HOSTILE.length];
      });
      await wb.xlsx.writeFile(path.join(lkeDir, `=1+1 ${i}.xlsx`));
    }
    const report = path.join(dir, "rekap-tpi.xlsx");
    const r = await zi("nilai", lkeDir, "--rekap", report, "--per-tanggal", "2026-11-30", "--json");
    expect(r.code).toBe(0);
    const cells = await cellsOf(report);
    expect(cells.filter((c) => c.type === ExcelJS.ValueType.Formula)).toEqual([]);
    const texts = cells.map((c) => (c.value && typeof c.value === "object" && "text" in c.value ? c.value.text : c.value));
    for (const a of agencies) expect(texts.filter((t) => t === a).length, a).toBeGreaterThanOrEqual(2); // the recap row and its LHE
    for (const h of HOSTILE) expect(texts, h).toContain(h);
    expect(texts).toContain(path.join(lkeDir, "=1+1 0.xlsx"));
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
