// Whole-process figures: a node child process, its wall time and its peak resident memory.
import { spawnSync } from "node:child_process";
import path from "node:path";

// npm run bench runs from the project's root.
export const root = process.cwd();
const REPORT = 'data:text/javascript,process.on("exit",()=>{const u=process.resourceUsage();process.stderr.write("MAXRSS "+u.maxRSS+" CPU "+(u.userCPUTime+u.systemCPUTime)+"\\n")})';

export interface ProcessFigure {
  mib: number;
  /** Wall time. */
  ms: number;
  /** User + system CPU time: steadier than wall time on a shared machine. */
  cpuMs: number;
}

/** Peak resident memory (MiB) and wall time (ms) of `node ARGS`. */
export function measure(args: string[]): ProcessFigure {
  const t = performance.now();
  const child = spawnSync(process.execPath, ["--import", REPORT, ...args], { cwd: root, stdio: ["ignore", "ignore", "pipe"], maxBuffer: 64 * 2 ** 20 });
  const ms = performance.now() - t;
  const stderr = String(child.stderr ?? "");
  if (child.status !== 0 && child.status !== 1) throw new Error(`node ${args.join(" ")} failed: ${stderr.slice(0, 500)}`);
  const m = /MAXRSS (\d+) CPU (\d+)/.exec(stderr);
  return { mib: Number(m?.[1] ?? NaN) / 1024, ms, cpuMs: Number(m?.[2] ?? NaN) / 1000 };
}

/** `node` arguments that run zi as a user does: bin/zi.mjs with a command and its arguments. */
export function ziArgs(...args: string[]): string[] {
  return [path.join(root, "bin", "zi.mjs"), ...args];
}

/** zi validasi on a file or folder, as the whole-process figures run it. */
export function ziValidasi(target: string): string[] {
  return ziArgs("validasi", target, "--json", "--per-tanggal", "2026-06-30");
}

/** `node -e` code that only loads the files with exceljs (Workbook.xlsx.load), one at a time. */
export function excelJsOnly(files: string[]): string[] {
  return ["--input-type=module", "-e",
    `import{readFileSync}from"node:fs";const E=(await import("exceljs")).default;for(const f of ${JSON.stringify(files)})await new E.Workbook().xlsx.load(readFileSync(f));`];
}

/** Medians of two commands run `runs` times in turns (after one warm-up each), so a busy machine slows both alike. */
export function alternate(runs: number, a: string[], b: string[]): { a: ProcessFigure; b: ProcessFigure } {
  measure(a);
  measure(b);
  const fa: ProcessFigure[] = [];
  const fb: ProcessFigure[] = [];
  for (let i = 0; i < runs; i++) {
    fa.push(measure(a));
    fb.push(measure(b));
  }
  const median = (xs: ProcessFigure[], k: keyof ProcessFigure) => [...xs].map((x) => x[k]).sort((x, y) => x - y)[Math.floor(xs.length / 2)];
  const pick = (xs: ProcessFigure[]) => ({ ms: median(xs, "ms"), mib: median(xs, "mib"), cpuMs: median(xs, "cpuMs") });
  return { a: pick(fa), b: pick(fb) };
}
