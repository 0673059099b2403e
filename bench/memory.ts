// Peak memory of `zi validasi` on the 100,000-row workbook of issue 8, measured in a child
// process (the bench's own heap would blur it), against only reading the same file with exceljs.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { writeHugeWorkbook } from "../test/helpers/bad-files.js";
import { excelJsOnly, measure, ziValidasi } from "./child.js";
import { fmt, type BenchSuite } from "./types.js";

export const memorySuite: BenchSuite = {
  name: "memory",
  async run() {
    const dir = mkdtempSync(path.join(tmpdir(), "zi-bench-mem-"));
    try {
      const file = path.join(dir, "seratus-ribu-baris.xlsx");
      await writeHugeWorkbook(file, 100_000);
      const readOnly = measure(excelJsOnly([file]));
      const cli = measure(ziValidasi(file));
      const how = "one run in a child process, peak resident set (process.resourceUsage().maxRSS) and wall time";
      const figure = (x: typeof cli) => `${fmt(x.mib, 0)} MiB peak, ${fmt(x.ms / 1000)} s`;
      return [
        { area: "cli", measure: "100,000-row workbook: read with exceljs only", value: figure(readOnly), how },
        { area: "cli", measure: "100,000-row workbook: zi validasi --json", value: figure(cli), how },
      ];
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
