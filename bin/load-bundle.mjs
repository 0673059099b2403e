// Loads the built zi bundle (CommonJS, dist/cli/zi.cjs) through node:vm with the V8 code cache the
// build wrote beside it. A batch of files is mostly read before V8 has compiled and optimised
// anything; the cache, written after a training run (scripts/code-cache.mjs), holds the bytecode of
// every function that run used, so `zi validasi` and `zi nilai` skip parsing and compiling them.
// A missing, stale or rejected cache (another Node version) only costs that time again.
import { readFileSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import v8 from "node:v8";
import vm from "node:vm";

/**
 * Reading a batch keeps what it reads (grids, plan rows) while it allocates much more that dies at
 * once; V8 then grows its young generation to 2 x 16 MB and copies the survivors back and forth.
 * Held at its first size (growth factor 1), a 27,000-row plan peaks at ~77 MB instead of ~113 MB
 * and is read in 0.86 s instead of 0.98 s; 50 plans take the same time. V8 reads this setting when
 * it would grow the young generation, so setting it in loadBundle, before any work, takes effect.
 * It is set before the bundle is compiled because V8 accepts a code cache only under the flags it
 * was written with, and the training run (scripts/code-cache.mjs) loads the bundle through here too.
 * cli/xlsx/exceljs.ts puts V8's default back for the commands that write workbooks.
 */
const YOUNG_GENERATION_GROWTH = "--semi-space-growth-factor=1";

/** Where the code cache of a bundle lives. */
export function cacheFileOf(bundle) {
  return `${bundle}.cache`;
}

function freshCache(bundle, cacheFile) {
  try {
    // Written after the bundle by the same build: an older cache belongs to another bundle.
    return statSync(cacheFile).mtimeMs >= statSync(bundle).mtimeMs ? readFileSync(cacheFile) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Runs the bundle's module code and returns its exports, whether the cache was used ("dipakai"),
 * refused by V8 ("ditolak") or absent ("tidak ada"), and a function writing a new cache from what
 * has run so far.
 */
export function loadBundle(bundle) {
  v8.setFlagsFromString(YOUNG_GENERATION_GROWTH);
  const cacheFile = cacheFileOf(bundle);
  const cachedData = freshCache(bundle, cacheFile);
  const source = readFileSync(bundle, "utf8");
  // Node's own CommonJS wrapper, on one line so that line numbers in stack traces stay right.
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: bundle, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, path.dirname(bundle));
  return {
    exports: module.exports,
    cache: cachedData === undefined ? "tidak ada" : script.cachedDataRejected ? "ditolak" : "dipakai",
    writeCache: () => writeFileSync(cacheFile, script.createCachedData()),
  };
}
