// The zi command: one CommonJS bundle, dist/cli/zi.cjs, with the V8 code cache that
// bin/load-bundle.mjs loads it with (dist/cli/zi.cjs.cache, written by scripts/code-cache.mjs).
// The reader's dependency (fflate) is bundled, in its browser build: its Node build loads
// worker_threads at start-up for asynchronous APIs zi never calls. exceljs stays outside, required
// only by the commands that write (cli/xlsx/exceljs.ts).
import { spawnSync } from "node:child_process";
import { build } from "esbuild";
import { mkdir, rm } from "node:fs/promises";
import path from "node:path";
import { cacheFileOf } from "../bin/load-bundle.mjs";

const root = new URL("..", import.meta.url).pathname;

export async function buildCli({ outfile = `${root}dist/cli/zi.cjs`, codeCache = true } = {}) {
  await mkdir(path.dirname(outfile), { recursive: true });
  await rm(cacheFileOf(outfile), { force: true });
  await build({
    entryPoints: [`${root}cli/zi.ts`],
    outfile,
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    external: ["exceljs"],
    alias: { fflate: "fflate/browser" },
    // cli/xlsx/exceljs.ts finds exceljs from import.meta.url, which CommonJS spells from __filename.
    define: { "import.meta.url": "__zi_module_url" },
    banner: { js: 'var __zi_module_url = require("node:url").pathToFileURL(__filename).href;' },
    sourcemap: true,
    logLevel: "warning",
  });
  if (codeCache) {
    // zi works without its cache (only slower to start a batch): a failed training run is said, not fatal.
    const run = spawnSync(process.execPath, [`${root}scripts/code-cache.mjs`, outfile], { stdio: "inherit" });
    if (run.status !== 0) process.stderr.write(`Peringatan: code cache ${cacheFileOf(outfile)} tidak ditulis (status ${run.status}); zi tetap berjalan tanpanya.\n`);
  }
  return { outfile };
}
