// npm run bench: runs every suite, prints one table and writes it to bench/RESULTS.md.
// npm run bench -- web nilai (or ZI_BENCH=web,nilai) runs only the suites named: their rows replace
// the rows of the same measure in RESULTS.md (new ones go at the end), the others stay as last
// taken, and the header says which were re-taken.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { SUITES } from "./suites.js";
import type { BenchRow } from "./types.js";

const named = [...process.argv.slice(2), ...(process.env.ZI_BENCH?.split(",") ?? [])].map((s) => s.trim()).filter(Boolean);
const unknown = named.filter((name) => !SUITES.some((s) => s.name === name));
if (unknown.length) throw new Error(`unknown suite: ${unknown.join(", ")} (known: ${SUITES.map((s) => s.name).join(", ")})`);
const only = named.length ? named : null;
const rows: BenchRow[] = [];
for (const suite of SUITES) {
  if (only && !only.includes(suite.name)) continue;
  process.stderr.write(`bench: ${suite.name}...\n`);
  rows.push(...(await suite.run()));
}
const line = (r: BenchRow) => `| ${r.area} | ${r.measure} | ${r.value} | ${r.how} |`;
const header = "| area | measure | value | how it was measured |\n|---|---|---|---|";
const machine = `${os.cpus()[0]?.model ?? "unknown CPU"}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
const today = new Date().toISOString().slice(0, 10);
const file = path.join(process.cwd(), "bench", "RESULTS.md");
let lines = rows.map(line);
let taken = `Taken ${today} on ${machine} with \`npm run bench\`.`;
if (only && existsSync(file)) {
  const old = readFileSync(file, "utf8");
  const key = (l: string) => l.split(" | ").slice(0, 2).join(" | ");
  const fresh = new Map(lines.map((l) => [key(l), l]));
  const kept = old.split("\n").filter((l) => l.startsWith("| ") && !l.startsWith("| area |")).map((l) => fresh.get(key(l)) ?? l);
  const seen = new Set(kept.map(key));
  lines = [...kept, ...lines.filter((l) => !seen.has(key(l)))];
  const first = /^Taken .*$/m.exec(old)?.[0] ?? "";
  taken = `${first.replace(/ Suites .*$/, "")} Suites ${only.join(", ")} re-taken ${today} on ${machine}.`;
}
const table = [header, ...lines].join("\n");
process.stdout.write(`${[header, ...rows.map(line)].join("\n")}\n`);
writeFileSync(file, `# Benchmark results\n\n${taken}\n\n${table}\n`);
