// Excel add-in figures: the task pane's minified size and its time to first render in headless
// Chromium, and the context.sync count of each task pane action for the real catalog and one ten
// times larger (goal: equal).
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { HOST_ACTIONS, LAMPIRAN_I, uiText, type ActionName, type Catalog } from "../core/index.js";
import { runAction, type ActionInput } from "../addin/excel/actions.js";
import { buildAddin } from "../scripts/build-addin.mjs";
import { addinRequestHandler } from "../scripts/serve-addin.mjs";
import { scaleCatalog } from "../test/helpers/catalog.js";
import { FakeExcel } from "../test/helpers/addin/excel-fake.js";
import { CHROMIUM, launchChromium } from "../test/helpers/chromium.js";
import { fmt, type BenchRow, type BenchSuite } from "./types.js";

const RENDER_RUNS = 10;
const input: ActionInput = { form: { agency: "Dinas Bench", year: 2026, predicate: "WBK", team: [] }, timeZone: "Asia/Jakarta" };

function kb(bytes: number): string {
  return `${fmt(bytes / 1024)} KiB`;
}

function sizeRows(outDir: string): BenchRow[] {
  return ["taskpane.js", "functions.js", "taskpane.css"].map((file) => {
    const bytes = readFileSync(path.join(outDir, file));
    return {
      area: "excel",
      measure: `${file} size (minified)`,
      value: `${kb(bytes.length)} (${kb(gzipSync(bytes).length)} gzip)`,
      how: "esbuild minified bundle from npm run build",
    };
  });
}

async function firstRender(outDir: string): Promise<BenchRow> {
  const how = `median of ${RENDER_RUNS} cold loads of taskpane.html from a local server in headless Chromium, office.js stubbed through Playwright routing (adds its own latency); performance mark after the pane is drawn`;
  if (!existsSync(CHROMIUM)) return { area: "excel", measure: "task pane time to first render", value: "n/a (no Chromium)", how };
  const server = createServer(addinRequestHandler(outDir));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/taskpane.html`;
  const browser = await launchChromium();
  const times: number[] = [];
  try {
    for (let i = 0; i < RENDER_RUNS; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.route(/appsforoffice\.microsoft\.com/, (r) => r.fulfill({ status: 200, contentType: "text/javascript", body: "" }));
      await page.goto(url);
      await page.waitForSelector("body[data-rendered=true]");
      times.push(await page.evaluate(() => performance.getEntriesByName("zi-rendered")[0].startTime));
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  times.sort((a, b) => a - b);
  return { area: "excel", measure: "task pane time to first render", value: `${fmt(times[Math.floor(times.length / 2)])} ms`, how };
}

/** Syncs of one action on a workbook that already holds a plan (and an LKE sheet when the core can insert one). */
async function syncsOf(name: ActionName, catalog: Catalog): Promise<number> {
  const fake = new FakeExcel();
  for (const setup of ["sisipkanLampiran", "sisipkanLke"] as const) {
    if (HOST_ACTIONS[setup] && setup !== name) await fake.run((c) => runAction(c, setup, input, catalog));
  }
  fake.resetCounts();
  await fake.run((c) => runAction(c, name, input, catalog));
  return fake.syncs;
}

async function syncRows(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const big = scaleCatalog(LAMPIRAN_I, 10);
  for (const name of Object.keys(uiText.buttons) as ActionName[]) {
    const how = "recording Excel fake (test/helpers/addin), one Excel.run per button, workbook holding a plan and an LKE (test/addin/actions.test.ts holds these figures)";
    if (!HOST_ACTIONS[name]) {
      rows.push({ area: "excel", measure: `context.sync per "${uiText.buttons[name]}"`, value: "n/a (action not in the core yet)", how });
      continue;
    }
    const real = await syncsOf(name, LAMPIRAN_I);
    const tenfold = await syncsOf(name, big);
    rows.push({ area: "excel", measure: `context.sync per "${uiText.buttons[name]}" (real / 10x catalog)`, value: `${real} / ${tenfold}`, how });
  }
  return rows;
}

export const addinSuite: BenchSuite = {
  name: "addin",
  async run() {
    const dir = mkdtempSync(path.join(tmpdir(), "zi-bench-addin-"));
    try {
      const { outDir } = await buildAddin({ root: process.cwd(), outDir: path.join(dir, "addin") });
      return [...sizeRows(outDir), await firstRender(outDir), ...(await syncRows())];
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
