// The zi command: one ES module, dist/cli/zi.mjs. The reader's dependency (fflate) is
// bundled, so node loads one module and no CommonJS package at start-up; exceljs stays outside,
// required only by the commands that write (cli/xlsx/exceljs.ts).
import { build } from "esbuild";
import { mkdir } from "node:fs/promises";
import path from "node:path";

const root = new URL("..", import.meta.url).pathname;

export async function buildCli({ outfile = `${root}dist/cli/zi.mjs` } = {}) {
  await mkdir(path.dirname(outfile), { recursive: true });
  await build({
    entryPoints: [`${root}cli/zi.ts`],
    outfile,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    external: ["exceljs"],
    sourcemap: true,
    logLevel: "warning",
  });
  return { outfile };
}
