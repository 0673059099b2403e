// Loads the built zi bundle (CommonJS, dist/cli/zi.cjs) through node:vm with the V8 code cache the
// build wrote beside it. A batch of files is mostly read before V8 has compiled and optimised
// anything; the cache, written after a training run (scripts/code-cache.mjs), holds the bytecode of
// every function that run used, so `zi validasi` and `zi nilai` skip parsing and compiling them.
// A missing, stale or rejected cache (another Node version) only costs that time again.
import { readFileSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import vm from "node:vm";

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
