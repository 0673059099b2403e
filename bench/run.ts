// npm run bench: runs every suite, prints one table and writes it to bench/RESULTS.md.
// npm run bench -- web nilai: runs only the suites named and prints their rows (RESULTS.md is left
// as it is: a partial table would drop the other rows).
import { writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { SUITES } from "./suites.js";
import type { BenchRow } from "./types.js";

const only = process.argv.slice(2);
const unknown = only.filter((name) => !SUITES.some((s) => s.name === name));
if (unknown.length) throw new Error(`unknown suite: ${unknown.join(", ")} (known: ${SUITES.map((s) => s.name).join(", ")})`);
const rows: BenchRow[] = [];
for (const suite of SUITES.filter((s) => !only.length || only.includes(s.name))) {
  process.stderr.write(`bench: ${suite.name}...\n`);
  rows.push(...(await suite.run()));
}
const header = "| area | measure | value | how it was measured |\n|---|---|---|---|";
const table = [header, ...rows.map((r) => `| ${r.area} | ${r.measure} | ${r.value} | ${r.how} |`)].join("\n");
const machine = `${os.cpus()[0]?.model ?? "unknown CPU"}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
const doc = `# Benchmark results\n\nTaken ${new Date().toISOString().slice(0, 10)} on ${machine} with \`npm run bench\`.\n\n${table}\n`;
process.stdout.write(`${table}\n`);
if (!only.length) writeFileSync(path.join(process.cwd(), "bench", "RESULTS.md"), doc);
