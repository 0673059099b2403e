// npm run bench: runs every suite, prints one table and writes it to bench/RESULTS.md.
import { writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { SUITES } from "./suites.js";
import type { BenchRow } from "./types.js";

const rows: BenchRow[] = [];
for (const suite of SUITES) {
  process.stderr.write(`bench: ${suite.name}...\n`);
  rows.push(...(await suite.run()));
}
const header = "| area | measure | value | how it was measured |\n|---|---|---|---|";
const table = [header, ...rows.map((r) => `| ${r.area} | ${r.measure} | ${r.value} | ${r.how} |`)].join("\n");
const machine = `${os.cpus()[0]?.model ?? "unknown CPU"}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
const doc = `# Benchmark results\n\nTaken ${new Date().toISOString().slice(0, 10)} on ${machine} with \`npm run bench\`.\n\n${table}\n`;
process.stdout.write(`${table}\n`);
writeFileSync(path.join(process.cwd(), "bench", "RESULTS.md"), doc);
