// Writes the code cache of a built zi bundle (bin/load-bundle.mjs explains why): runs the commands
// that read batches of files, `zi validasi` and `zi nilai`, on the demo workbooks, then saves the
// bytecode V8 compiled for them. It runs as a process of its own, as plain `node` with no flags,
// because V8 accepts a cache only under the flags it was written with.
//   node scripts/code-cache.mjs dist/cli/zi.cjs
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { loadBundle } from "../bin/load-bundle.mjs";

const quiet = { out() {}, err() {} };
const [bundle, step, dir] = process.argv.slice(2);

if (step === "--contoh") {
  // The demo files are written in a process of their own, so writing code stays out of the cache.
  process.exitCode = await loadBundle(bundle).exports.runCli(["contoh", dir, "--timpa"], quiet);
} else {
  const work = mkdtempSync(path.join(os.tmpdir(), "zi-cache-"));
  try {
    const demo = spawnSync(process.execPath, [fileURLToPath(import.meta.url), bundle, "--contoh", work], { stdio: "inherit" });
    if (demo.status !== 0) throw new Error(`zi contoh gagal (status ${demo.status})`);
    const { exports: zi, writeCache } = loadBundle(bundle);
    // Neither command writes a workbook, so exceljs, whose loading puts back V8's default growth of
    // the young generation (a flag the cache would then be written under), stays unloaded.
    await zi.runCli(["validasi", work, "--json"], quiet);
    await zi.runCli(["nilai", work, "--json"], quiet);
    writeCache();
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
