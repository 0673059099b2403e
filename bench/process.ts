// zi as a user runs it: whole processes on hand-typed plans (test/helpers/typed-plan.ts), against a
// process that only reads the same files with exceljs. Goals: 50 typical plans <= 0.6x its time;
// one plan of ~27,000 rows <= 1.0x its time and <= 0.6x its peak memory.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { alternate, excelJsOnly, ziValidasi } from "./child.js";
import { writeBigTypedPlan, writeTypedPlans } from "./typed-files.js";
import { fmt, type BenchSuite } from "./types.js";

const RUNS = 5;

export const processSuite: BenchSuite = {
  name: "process",
  async run() {
    const dir = mkdtempSync(path.join(tmpdir(), "zi-bench-proc-"));
    try {
      const plans = path.join(dir, "kiriman");
      const files = await writeTypedPlans(plans, 50);
      const small = alternate(RUNS, ziValidasi(plans), excelJsOnly(files));
      const big = path.join(dir, "besar.xlsx");
      const rows = await writeBigTypedPlan(big, 27_000);
      const large = alternate(RUNS, ziValidasi(big), excelJsOnly([big]));
      const how = `child processes (node bin/zi.mjs validasi ... --json vs node reading the same files with exceljs Workbook.xlsx.load), median of ${RUNS} runs in turns after a warm-up; CPU = user + system time and maxRSS from process.resourceUsage(), wall = spawnSync`;
      const n = rows.toLocaleString("en-US");
      const times = (x: typeof small) =>
        `CPU ${fmt(x.a.cpuMs, 0)} ms / ${fmt(x.b.cpuMs, 0)} ms = ${fmt(x.a.cpuMs / x.b.cpuMs, 2)}; wall ${fmt(x.a.ms, 0)} ms / ${fmt(x.b.ms, 0)} ms = ${fmt(x.a.ms / x.b.ms, 2)}`;
      return [
        { area: "cli", measure: "50 hand-typed plans: zi validasi process / exceljs-only read process (goal <= 0.6)", value: times(small), how },
        { area: "cli", measure: `hand-typed plan of ${n} rows: time, zi validasi / exceljs-only read (goal <= 1.0)`, value: times(large), how },
        { area: "cli", measure: `hand-typed plan of ${n} rows: peak memory, zi validasi / exceljs-only read (goal <= 0.6)`, value: `${fmt(large.a.mib, 0)} MiB / ${fmt(large.b.mib, 0)} MiB = ${fmt(large.a.mib / large.b.mib, 2)}`, how },
      ];
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
