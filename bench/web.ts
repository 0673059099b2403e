// The offline review page: its size (the whole file and each part inlined in it), its first render,
// and 40 received workbooks (hand-typed plans, LKE of ours and official LKE) reviewed in headless
// Chromium from picking to the last result, in workers and with the worker refused; then both
// recaps downloaded.

import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import fc from "fast-check";
import type { Browser, Page } from "playwright-core";
import { LKE_ZI_2026, type Answers } from "../core/index.js";
import { addLkeSheets } from "../cli/score/workbook.js";
import { newWorkbook } from "../cli/xlsx/files.js";
import { buildWeb } from "../scripts/build-web.mjs";
import { CHROMIUM, launchChromium } from "../test/helpers/chromium.js";
import { answersArb } from "../test/helpers/lke.js";
import { writeOfficialXlsx } from "../test/helpers/official-lke.js";
import { measure, root, ziValidasi } from "./child.js";
import { writeTypedPlans } from "./typed-files.js";
import { fmt, type BenchRow, type BenchSuite } from "./types.js";

const PLANS = 20;
const LKE_OURS = 10;
const LKE_OFFICIAL = 10;
const RUNS = 5;
const RENDER_RUNS = 10;

function kib(bytes: number): string {
  return `${fmt(bytes / 1024)} KiB`;
}

/** The 40 files of an inbox: the plans PDs type, and LKE workbooks of both layouts with different answers. */
async function writeInbox(dir: string): Promise<string[]> {
  const files = await writeTypedPlans(dir, PLANS);
  const sets: Answers[] = fc.sample(answersArb(LKE_ZI_2026), { numRuns: 2 * (LKE_OURS + LKE_OFFICIAL), seed: 2026 });
  for (let i = 0; i < LKE_OURS; i++) {
    const wb = newWorkbook();
    addLkeSheets(wb, { agency: `Perangkat Daerah LKE ${i + 1}`, year: 2026, answers: { unit: sets[2 * i], tpi: sets[2 * i + 1] }, timeZone: "Asia/Jakarta" });
    const file = path.join(dir, `lke-${String(i + 1).padStart(2, "0")}.xlsx`);
    await wb.xlsx.writeFile(file);
    files.push(file);
  }
  for (let i = 0; i < LKE_OFFICIAL; i++) {
    const k = 2 * (LKE_OURS + i);
    const file = path.join(dir, `lke-resmi-${String(i + 1).padStart(2, "0")}.xlsx`);
    await writeOfficialXlsx(file, { agency: `Perangkat Daerah Resmi ${i + 1}`, year: 2026, unit: sets[k], tpi: sets[k + 1] });
    files.push(file);
  }
  return files;
}

// Installed before the page's own script: the moment files are picked, and the moment the last
// result is drawn (the page's app element turns to data-state=done).
const TIMING = `
  window.__picked = 0; window.__done = 0;
  document.addEventListener("change", (e) => { if (e.target && e.target.type === "file") window.__picked = performance.now(); }, true);
  addEventListener("DOMContentLoaded", () => {
    const app = document.getElementById("app");
    new MutationObserver(() => { if (app.dataset.state === "done" && !window.__done) window.__done = performance.now(); })
      .observe(app, { attributes: true, attributeFilter: ["data-state"] });
  });
`;
const REFUSE_WORKER = `window.Worker = function () { throw new DOMException("blocked", "SecurityError"); };`;

async function openPage(browser: Browser, url: string, init: string[]): Promise<Page> {
  const page = await (await browser.newContext({ acceptDownloads: true })).newPage();
  for (const content of init) await page.addInitScript({ content });
  await page.goto(url);
  await page.waitForSelector("body[data-rendered=true]");
  return page;
}

/** Milliseconds from picking the files to the last result, in a fresh page each run. */
async function reviewMs(browser: Browser, url: string, files: string[], init: string[]): Promise<{ ms: number; mode: string }> {
  const page = await openPage(browser, url, [TIMING, ...init]);
  try {
    await page.fill("#zi-as-of", "2026-06-30");
    await page.dispatchEvent("#zi-as-of", "change");
    // By the time a person picks files the page has started its workers (or found them refused).
    await page.waitForSelector("#app[data-reader]");
    await page.setInputFiles("#zi-files", files);
    await page.waitForSelector("#app[data-state=done]", { timeout: 300_000 });
    const { picked, done } = await page.evaluate(() => {
      const w = window as unknown as { __picked: number; __done: number };
      return { picked: w.__picked, done: w.__done };
    });
    const mode = (await page.getAttribute("#app", "data-reader")) ?? "?";
    return { ms: done - picked, mode };
  } finally {
    await page.context().close();
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * The page's time (worker, then worker refused) and `zi validasi` in-process on the same files,
 * which reads and reviews every file as the page does; run in turns so that a busy machine slows
 * all three alike. Medians of RUNS after a warm-up.
 */
async function reviewRuns(browser: Browser, url: string, dir: string, files: string[]): Promise<{ worker: number; main: number; cli: number; mode: string }> {
  // A new process, as the page is a new page: both start cold.
  const cliMs = async () => measure(ziValidasi(dir)).ms;
  await reviewMs(browser, url, files, []);
  await reviewMs(browser, url, files, [REFUSE_WORKER]);
  await cliMs();
  const worker: number[] = [];
  const main: number[] = [];
  const cli: number[] = [];
  let mode = "?";
  for (let i = 0; i < RUNS; i++) {
    const w = await reviewMs(browser, url, files, []);
    worker.push(w.ms);
    mode = w.mode;
    main.push((await reviewMs(browser, url, files, [REFUSE_WORKER])).ms);
    cli.push(await cliMs());
  }
  return { worker: median(worker), main: median(main), cli: median(cli), mode };
}

/** Milliseconds from each download button's click to the browser's download, the files already read. */
async function recapMs(browser: Browser, url: string, files: string[]): Promise<{ validation: number; assessment: number }> {
  const page = await openPage(browser, url, []);
  try {
    await page.setInputFiles("#zi-files", files);
    await page.waitForSelector("#app[data-state=done]", { timeout: 300_000 });
    const time = async (button: string) => {
      const t = performance.now();
      const [download] = await Promise.all([page.waitForEvent("download"), page.click(button)]);
      const ms = performance.now() - t;
      await download.delete();
      return ms;
    };
    // The first click also runs exceljs's inlined build; the figure is the first click's, as a reviewer meets it.
    return { validation: await time("#zi-recap-validation"), assessment: await time("#zi-recap-assessment") };
  } finally {
    await page.context().close();
  }
}

async function firstRenderMs(browser: Browser, url: string): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < RENDER_RUNS; i++) {
    const page = await openPage(browser, url, []);
    times.push(await page.evaluate(() => performance.getEntriesByName("zi-rendered")[0].startTime));
    await page.context().close();
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

function sizeRows(outFile: string, bytes: Awaited<ReturnType<typeof buildWeb>>["bytes"]): BenchRow[] {
  const gz = kib(gzipSync(readFileSync(outFile)).length);
  const how = "bytes written by npm run build (scripts/build-web.mjs; script and style minified by esbuild, exceljs as its package ships it)";
  return [
    { area: "web", measure: "index.html, the whole page", value: `${kib(bytes.total)} (${gz} gzip)`, how },
    { area: "web", measure: "index.html parts: page script (also the reading worker) / style / exceljs (run only for a download) / HTML", value: `${kib(bytes.script)} / ${kib(bytes.style)} / ${kib(bytes.exceljs)} / ${kib(bytes.html)}`, how },
  ];
}

export const webSuite: BenchSuite = {
  name: "web",
  async run() {
    const tmp = mkdtempSync(path.join(tmpdir(), "zi-bench-web-"));
    try {
      const built = await buildWeb({ root, outFile: path.join(tmp, "web", "index.html") });
      const rows = sizeRows(built.outFile, built.bytes);
      const inboxHow = `${PLANS} hand-typed plans (bench/typed-files.ts), ${LKE_OURS} LKE of ours and ${LKE_OFFICIAL} official LKE workbooks with random answers (fast-check, seed 2026)`;
      if (!existsSync(CHROMIUM)) return [...rows, { area: "web", measure: "page in Chromium", value: "n/a (no Chromium)", how: inboxHow }];
      const files = await writeInbox(path.join(tmp, "kiriman"));
      const url = pathToFileURL(built.outFile).href;
      const browser = await launchChromium();
      try {
        const render = await firstRenderMs(browser, url);
        const review = await reviewRuns(browser, url, path.dirname(files[0]), files);
        const recap = await recapMs(browser, url, files);
        const timing = `time from the file input's change event to the list's last result (in-page performance.now()), a fresh page from file:// each run, files picked once its workers have started; median of ${RUNS} after a warm-up, in turns with the two rows below; ${inboxHow}`;
        return [
          ...rows,
          { area: "web", measure: "page time to first render", value: `${fmt(render)} ms`, how: `median of ${RENDER_RUNS} loads from file:// in headless Chromium; performance mark after the page is drawn` },
          { area: "web", measure: `${files.length} received workbooks reviewed by the page (reading in ${review.mode === "worker" ? "a worker" : review.mode})`, value: `${fmt(review.worker)} ms`, how: timing },
          { area: "web", measure: `the same ${files.length}, worker refused: the page reads them itself`, value: `${fmt(review.main)} ms`, how: "as above, with Worker replaced by one that throws, as under a policy that forbids workers" },
          { area: "web", measure: `the same ${files.length}: zi validasi process (reads and reviews every file as the page does)`, value: `${fmt(review.cli)} ms`, how: "node bin/zi.mjs validasi FOLDER --json --per-tanggal 2026-06-30, wall time of the child process (spawnSync), in turns with the two rows above" },
          { area: "web", measure: `"Unduh rekap validasi" / "Unduh rekap penilaian" on the same ${files.length}`, value: `${fmt(recap.validation)} ms / ${fmt(recap.assessment)} ms`, how: "click to the browser's download event, first click of each (exceljs's inlined build runs on the first), written in a worker, files already read" },
        ];
      } finally {
        await browser.close();
      }
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  },
};
