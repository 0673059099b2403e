// Peak memory of `zi validasi` on the 100,000-row workbook of issue 8, measured in a child
// process (the bench's own heap would blur it), against only reading the same file with exceljs.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { writeHugeWorkbook } from "../test/helpers/bad-files.js";
import { fmt, type BenchSuite } from "./types.js";

// npm run bench runs from the project's root.
const root = process.cwd();
const REPORT = 'data:text/javascript,process.on("exit",()=>process.stderr.write("MAXRSS "+process.resourceUsage().maxRSS+"\\n"))';

/** Peak resident memory (MiB) and wall time (s) of a node child process. */
function measure(args: string[]): { mib: number; seconds: number } {
  const t = performance.now();
  const child = spawnSync(process.execPath, ["--import", REPORT, ...args], { cwd: root, stdio: ["ignore", "ignore", "pipe"], maxBuffer: 64 * 2 ** 20 });
  const stderr = String(child.stderr ?? "");
  const seconds = (performance.now() - t) / 1000;
  const kib = Number(/MAXRSS (\d+)/.exec(stderr)?.[1] ?? NaN);
  return { mib: kib / 1024, seconds };
}

export const memorySuite: BenchSuite = {
  name: "memory",
  async run() {
    const dir = mkdtempSync(path.join(tmpdir(), "zi-bench-mem-"));
    try {
      const file = path.join(dir, "seratus-ribu-baris.xlsx");
      await writeHugeWorkbook(file, 100_000);
      const readOnly = measure(["--input-type=module", "-e", `const E=(await import("exceljs")).default;await new E.Workbook().xlsx.readFile(${JSON.stringify(file)});`]);
      const cli = measure([path.join(root, "bin", "zi.mjs"), "validasi", file, "--json", "--per-tanggal", "2026-06-30"]);
      const how = "one run in a child process, peak resident set (process.resourceUsage().maxRSS) and wall time";
      return [
        { area: "cli", measure: "100,000-row workbook: read with exceljs only", value: `${fmt(readOnly.mib, 0)} MiB peak, ${fmt(readOnly.seconds)} s`, how },
        { area: "cli", measure: "100,000-row workbook: zi validasi --json", value: `${fmt(cli.mib, 0)} MiB peak, ${fmt(cli.seconds)} s`, how },
      ];
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
