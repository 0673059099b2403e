#!/usr/bin/env node
// Runs the built CLI (npm install builds it through the "prepare" script).
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const built = fileURLToPath(new URL("../dist/cli/zi.mjs", import.meta.url));
if (!existsSync(built)) {
  process.stderr.write('zi belum dibangun. Jalankan "npm install" atau "npm run build" di folder proyek.\n');
  process.exit(2);
}
await import(built);
