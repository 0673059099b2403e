// What the built zi loads: exceljs only for commands that write. Reading a workbook (zi validasi)
// must not pay exceljs's start-up.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildCli } from "../../scripts/build-cli.mjs";
import { writePlanWorkbook } from "../helpers/bad-files.js";

// Inside the project, so that the bundle finds node_modules as the real dist/cli/zi.mjs does.
const tmpRoot = path.join(process.cwd(), "test", ".tmp");
mkdirSync(tmpRoot, { recursive: true });
const dir = mkdtempSync(path.join(tmpRoot, "cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** At exit, says whether any module of exceljs was loaded. */
const PROBE = `data:text/javascript,${encodeURIComponent(
  'import{createRequire}from"node:module";const r=createRequire("/");process.on("exit",()=>process.stderr.write("EXCELJS "+Object.keys(r.cache).some((k)=>k.includes("/node_modules/exceljs/"))+"\\n"))',
)}`;

function run(bundle: string, args: string[]): { status: number | null; exceljs: boolean } {
  const child = spawnSync(process.execPath, ["--import", PROBE, bundle, ...args], { cwd: dir, encoding: "utf8" });
  const m = /EXCELJS (true|false)/.exec(child.stderr);
  if (!m) throw new Error(`no probe output: ${child.stderr}`);
  return { status: child.status, exceljs: m[1] === "true" };
}

describe("zi start-up", () => {
  it("loads exceljs for writing only", async () => {
    const { outfile } = await buildCli({ outfile: path.join(dir, "zi.mjs") });
    const plan = path.join(dir, "rencana.xlsx");
    await writePlanWorkbook(plan);
    // A blank plan has findings (exit 1) and holds no LKE (exit 1): read, judged, no exceljs.
    expect(run(outfile, ["validasi", plan, "--json", "--per-tanggal", "2026-06-30"])).toEqual({ status: 1, exceljs: false });
    expect(run(outfile, ["nilai", plan, "--json"])).toEqual({ status: 1, exceljs: false });
    expect(run(outfile, ["rencana", "--pd", "Dinas Uji", "--tahun", "2026", "-o", path.join(dir, "baru.xlsx")])).toEqual({ status: 0, exceljs: true });
  }, 60_000);
});
