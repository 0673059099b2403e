#!/usr/bin/env node
// Runs the built CLI (npm install builds it through the "prepare" script) with its code cache.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { loadBundle } from "./load-bundle.mjs";

const built = fileURLToPath(new URL("../dist/cli/zi.cjs", import.meta.url));
if (!existsSync(built)) {
  process.stderr.write('zi belum dibangun. Jalankan "npm install" atau "npm run build" di folder proyek.\n');
  process.exit(2);
}
await loadBundle(built).exports.main(process.argv.slice(2));
