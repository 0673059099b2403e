// Builds every bundle with esbuild: dist/cli (the zi command). Later targets add themselves here.
import { build } from "esbuild";
import { mkdir } from "node:fs/promises";
import { buildAppsScript } from "./build-appsscript.mjs";
import { buildAddin } from "./build-addin.mjs";

const root = new URL("..", import.meta.url).pathname;

export async function buildCli() {
  await mkdir(`${root}dist/cli`, { recursive: true });
  await build({
    entryPoints: [`${root}cli/zi.ts`],
    outfile: `${root}dist/cli/zi.mjs`,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    // The reader's small dependencies (fflate, saxes) are bundled: node then loads one ES module
    // and no CommonJS package at start-up. exceljs, required only by commands that write, stays out.
    external: ["exceljs"],
    sourcemap: true,
    logLevel: "warning",
  });
}

await buildCli();
await buildAppsScript();
// The Excel add-in: dist/addin, and dist/manifest.xml when ZI_BASE_URL names the production host.
await buildAddin({ baseUrl: process.env.ZI_BASE_URL });
