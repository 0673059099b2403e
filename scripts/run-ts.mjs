// Runs a TypeScript entry point (bench, tools) by bundling it with esbuild first; the project
// has no TypeScript loader at run time and needs none.
import { build } from "esbuild";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";

const [entry, ...rest] = process.argv.slice(2);
if (!entry) {
  process.stderr.write("usage: node scripts/run-ts.mjs FILE.ts [args]\n");
  process.exit(2);
}
const root = new URL("..", import.meta.url).pathname;
const outDir = path.join(root, "node_modules", ".cache", "zi-run");
await mkdir(outDir, { recursive: true });
const outfile = path.join(outDir, `${path.basename(entry, ".ts")}.mjs`);
await build({
  entryPoints: [path.resolve(entry)],
  outfile,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  logLevel: "warning",
});
// argv[1] names the entry as given, not the bundle: modules bundled in that check "am I the main
// script?" against import.meta.url must not find themselves run.
process.argv = [process.argv[0], path.resolve(entry), ...rest];
await import(pathToFileURL(outfile).href);
