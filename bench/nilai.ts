// Scoring figures: `zi nilai` on a folder of 40 filled LKE workbooks (our layout, written as
// `zi lke` writes them) against only reading them with exceljs, and the TPI's report on top; and
// whole processes on 40 workbooks in the official KemenPANRB layout, as the TPI receives them.

import { mkdtempSync, promises as fs, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { LKE_ZI_2026, type Answers } from "../core/index.js";
import { runCli } from "../cli/main.js";
import { officialExcelWorkbook, officialWorkbook } from "../cli/score/official-layout.js";
import { addLkeSheets } from "../cli/score/workbook.js";
import { newWorkbook } from "../cli/xlsx/files.js";
import { answersArb } from "../test/helpers/lke.js";
import { alternate, excelJsOnly, ziArgs } from "./child.js";
import { alternating, fmt, medianMs, type BenchSuite } from "./types.js";

const WORKBOOKS = 40;

/** 40 official-layout workbooks, answers typed the way people type them (decimal commas, "ya"). */
async function writeOfficialWorkbooks(dir: string): Promise<string[]> {
  const sets: Answers[] = fc.sample(answersArb(LKE_ZI_2026), { numRuns: 2 * WORKBOOKS, seed: 2027 });
  const files: string[] = [];
  for (let i = 0; i < WORKBOOKS; i++) {
    const file = path.join(dir, `lke-resmi-${String(i + 1).padStart(2, "0")}.xlsx`);
    const layout = officialWorkbook({ agency: `Perangkat Daerah ${i + 1}`, year: 2026, unit: sets[2 * i], tpi: sets[2 * i + 1], typing: "messy" });
    await officialExcelWorkbook(layout).xlsx.writeFile(file);
    files.push(file);
  }
  return files;
}

async function writeWorkbooks(dir: string): Promise<void> {
  // Different answers in every file, generated once with a fixed seed so runs compare.
  const sets: Answers[] = fc.sample(answersArb(LKE_ZI_2026), { numRuns: 2 * WORKBOOKS, seed: 2026 });
  for (let i = 0; i < WORKBOOKS; i++) {
    const wb = newWorkbook();
    addLkeSheets(wb, { agency: `Perangkat Daerah ${i + 1}`, year: 2026, answers: { unit: sets[2 * i], tpi: sets[2 * i + 1] }, timeZone: "Asia/Jakarta" });
    await wb.xlsx.writeFile(path.join(dir, `lke-${String(i + 1).padStart(2, "0")}.xlsx`));
  }
}

export const nilaiSuite: BenchSuite = {
  name: "nilai",
  async run() {
    const root = mkdtempSync(path.join(tmpdir(), "zi-bench-nilai-"));
    try {
      const dir = path.join(root, "lke");
      await fs.mkdir(dir);
      await writeWorkbooks(dir);
      const files = (await fs.readdir(dir)).map((f) => path.join(dir, f));
      const readOnlyPass = async () => {
        for (const f of files) await new ExcelJS.Workbook().xlsx.load((await fs.readFile(f)) as unknown as ArrayBuffer);
      };
      const sink = { out: () => {}, err: () => {} };
      const cliPass = () => runCli(["nilai", dir, "--json"], sink);
      const { a: readOnly, b: cli } = await alternating(5, readOnlyPass, cliPass);
      const officialDir = path.join(root, "resmi");
      await fs.mkdir(officialDir);
      const officialFiles = await writeOfficialWorkbooks(officialDir);
      const official = alternate(5, ziArgs("nilai", officialDir, "--json"), excelJsOnly(officialFiles));
      const recap = path.join(root, "rekap.xlsx");
      const recapMs = await medianMs(3, () => runCli(["nilai", dir, "--json", "--rekap", recap, "--timpa", "--per-tanggal", "2026-11-30"], sink));
      const n = `${WORKBOOKS} LKE workbooks`;
      return [
        { area: "cli", measure: `read ${n} with exceljs only`, value: `${fmt(readOnly)} ms`, how: "our LKE sheet with random answers of both assessments (fast-check, seed 2026); fs.readFile + Workbook.xlsx.load per file, one at a time; median of 5, alternating with the row below, after a warm-up" },
        { area: "cli", measure: `score ${n} (whole process, zi nilai --json)`, value: `${fmt(cli)} ms`, how: "runCli in-process on the folder (walk, read, score, JSON to a sink); median of 5, alternating with the row above, after a warm-up" },
        { area: "cli", measure: "zi nilai / exceljs read only", value: fmt(cli / readOnly, 2), how: "ratio of the two medians above" },
        { area: "cli", measure: `zi nilai --rekap on the same ${WORKBOOKS} (TPI report: recap + ${WORKBOOKS} LHE sheets)`, value: `${fmt(recapMs)} ms`, how: "runCli in-process, --json to a sink, report written with --timpa; median of 3 after a warm-up" },
        {
          area: "cli",
          measure: `score ${WORKBOOKS} official KemenPANRB workbooks (whole process, zi nilai --json) / read them with exceljs only`,
          value: `${fmt(official.a.ms, 0)} ms / ${fmt(official.b.ms, 0)} ms = ${fmt(official.a.ms / official.b.ms, 2)} (CPU ${fmt(official.a.cpuMs / official.b.cpuMs, 2)}); peak ${fmt(official.a.mib, 0)} / ${fmt(official.b.mib, 0)} MiB`,
          how: "the official layout generated from the model (cli/score/official-layout.ts) with random answers typed as people type them (fast-check, seed 2027); child processes node bin/zi.mjs nilai DIR --json vs node loading the same files with exceljs, median of 5 in turns after a warm-up",
        },
      ];
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  },
};
