// What the built zi loads and how: exceljs only for commands that write (reading a workbook, as
// zi validasi does, must not pay exceljs's start-up), and the bundle through the V8 code cache
// the build writes beside it, which a stale or foreign cache never breaks.
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cacheFileOf } from "../../bin/load-bundle.mjs";
import { buildCli } from "../../scripts/build-cli.mjs";
import { writePlanWorkbook } from "../helpers/bad-files.js";

// Inside the project, so that the bundle finds node_modules as the real dist/cli/zi.cjs does.
const tmpRoot = path.join(process.cwd(), "test", ".tmp");
mkdirSync(tmpRoot, { recursive: true });
const dir = mkdtempSync(path.join(tmpRoot, "cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const LOADER = pathToFileURL(path.join(process.cwd(), "bin", "load-bundle.mjs")).href;

/** At exit, says whether any module of exceljs was loaded. */
const PROBE = `data:text/javascript,${encodeURIComponent(
  'import{createRequire}from"node:module";const r=createRequire("/");process.on("exit",()=>process.stderr.write("EXCELJS "+Object.keys(r.cache).some((k)=>k.includes("/node_modules/exceljs/"))+"\\n"))',
)}`;

interface Run {
  status: number | null;
  stdout: string;
  exceljs: boolean;
  cache: string;
  /** Bytes V8's young generation holds at exit. */
  youngGeneration: number;
}

/** The bundle run as bin/zi.mjs runs it, through load-bundle.mjs; `afterLoad` runs between loading and the command. */
function run(bundle: string, args: string[], afterLoad = ""): Run {
  const main = [
    'import v8 from "node:v8";',
    `const { loadBundle } = await import(${JSON.stringify(LOADER)});`,
    `const zi = loadBundle(${JSON.stringify(bundle)});`,
    afterLoad,
    'process.stderr.write("CACHE " + zi.cache + "\\n");',
    'process.on("exit", () => process.stderr.write("YOUNG " + v8.getHeapSpaceStatistics().find((s) => s.space_name === "new_space").space_size + "\\n"));',
    `await zi.exports.main(${JSON.stringify(args)});`,
  ].join("\n");
  const child = spawnSync(process.execPath, ["--import", PROBE, "--input-type=module", "-e", main], { cwd: dir, encoding: "utf8" });
  const probe = /EXCELJS (true|false)/.exec(child.stderr);
  const cache = /CACHE (.+)/.exec(child.stderr);
  const young = /YOUNG (\d+)/.exec(child.stderr);
  if (!probe || !cache || !young) throw new Error(`no probe output: ${child.stderr}`);
  return { status: child.status, stdout: child.stdout, exceljs: probe[1] === "true", cache: cache[1], youngGeneration: Number(young[1]) };
}

describe("zi start-up", () => {
  let bundle = "";
  let plan = "";
  const validasi = () => ["validasi", plan, "--json", "--per-tanggal", "2026-06-30"];

  beforeAll(async () => {
    ({ outfile: bundle } = await buildCli({ outfile: path.join(dir, "zi.cjs") }));
    plan = path.join(dir, "rencana.xlsx");
    await writePlanWorkbook(plan);
  }, 120_000);

  it("loads exceljs for writing only", () => {
    // A blank plan has findings (exit 1) and holds no LKE (exit 1): read, judged, no exceljs.
    expect(run(bundle, validasi())).toMatchObject({ status: 1, exceljs: false });
    expect(run(bundle, ["nilai", plan, "--json"])).toMatchObject({ status: 1, exceljs: false });
    expect(run(bundle, ["rencana", "--pd", "Dinas Uji", "--tahun", "2026", "-o", path.join(dir, "baru.xlsx")])).toMatchObject({ status: 0, exceljs: true });
  }, 60_000);

  it("holds V8's young generation at its first size while reading, and gives it back V8's growth to write", () => {
    const typed = path.join(dir, "diketik.xlsx");
    // Writing the demo workbooks loads exceljs, and with it V8's own growth.
    const writing = run(bundle, ["contoh", path.join(dir, "contoh"), "--timpa"]);
    expect(writing).toMatchObject({ status: 0, exceljs: true });
    copyFileSync(path.join(dir, "contoh", "rencana-contoh-ketik.xlsx"), typed);
    const read = ["validasi", typed, "--json", "--per-tanggal", "2026-06-30"];
    const held = run(bundle, read);
    const grown = run(bundle, read, 'v8.setFlagsFromString("--semi-space-growth-factor=2");');
    expect(held.cache).toBe("dipakai");
    expect(held.stdout).toBe(grown.stdout);
    expect(held.youngGeneration).toBeLessThan(grown.youngGeneration);
    expect(held.youngGeneration).toBeLessThan(writing.youngGeneration);
  }, 60_000);

  it("runs the bundle through the code cache the build wrote, with the same results as without it", () => {
    const cacheFile = cacheFileOf(bundle);
    expect(existsSync(cacheFile)).toBe(true);
    const cached = run(bundle, validasi());
    expect(cached.cache).toBe("dipakai");
    expect(JSON.parse(cached.stdout).files[0].summary.actions).toBeGreaterThan(0);

    const kept = path.join(dir, "kept.cache");
    copyFileSync(cacheFile, kept);
    try {
      rmSync(cacheFile);
      const plain = run(bundle, validasi());
      expect(plain.cache).toBe("tidak ada");
      expect(plain.stdout).toBe(cached.stdout);

      // A cache V8 refuses (another Node, a damaged file) costs only the compiling again.
      writeFileSync(cacheFile, Buffer.alloc(4096, 7));
      const refused = run(bundle, validasi());
      expect(refused.cache).toBe("ditolak");
      expect(refused.stdout).toBe(cached.stdout);

      // A cache older than the bundle belongs to another build: it is not even offered to V8.
      copyFileSync(kept, cacheFile);
      const old = new Date(Date.now() - 3_600_000);
      utimesSync(cacheFile, old, old);
      const stale = run(bundle, validasi());
      expect(stale.cache).toBe("tidak ada");
      expect(stale.stdout).toBe(cached.stdout);
    } finally {
      copyFileSync(kept, cacheFile);
    }
  }, 60_000);
});
