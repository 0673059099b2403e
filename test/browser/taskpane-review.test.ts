// "Periksa berkas kiriman…" in the built task pane, in headless Chromium on the recording Excel
// fake: real .xlsx files picked through the file input, read in the pane with progress and the
// page drawn between files, a line per file (markup shown as text), the recap sheets zi writes
// inserted with one Excel.run and the same syncs for 3 files or 24, never replacing a sheet.
import path from "node:path";
import { build } from "esbuild";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { filesText, reportText, reviewText, tpiReportText, uiText } from "../../core/index.js";
import { builtAddin } from "../helpers/addin/build.js";
import { serveAddin } from "../helpers/addin/static-server.js";
import { launchChromium, requireChromiumInCi } from "../helpers/chromium.js";
import { tempDir } from "../helpers/files.js";
import { manyFiles, writeKiriman, type Kiriman, type PickedFile } from "../helpers/kiriman.js";
import hostile from "../vectors/hostile-strings.json";

const present = requireChromiumInCi();
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const root = path.resolve(new URL("../..", import.meta.url).pathname);
const MARKUP = hostile.strings[0];

let browser: Browser;
let base = "";
let fakeScript = "";
let kiriman: Kiriman;

beforeAll(async () => {
  if (!present) return;
  const outDir = (await builtAddin()).outDir;
  base = (await serveAddin(outDir)).url;
  const fake = await build({
    entryPoints: [path.join(root, "test/helpers/addin/browser-fake.ts")], bundle: true, write: false, format: "iife", platform: "browser",
    target: "es2020", logLevel: "warning",
  });
  fakeScript = fake.outputFiles[0].text;
  kiriman = await writeKiriman(tempDir("zi-kiriman-"), MARKUP);
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

/**
 * Records, each time the progress line changes, its text, whether every button was off, and the
 * animation frame it was drawn in (frames advancing between files show the page was drawn).
 */
function watchProgress(): void {
  const w = window as unknown as { __progress: { text: string; allOff: boolean; frame: number }[]; __frame: number };
  w.__progress = [];
  w.__frame = 0;
  const tick = () => {
    w.__frame++;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  new MutationObserver(() => {
    const p = document.querySelector("[data-result=validasi] .progress");
    if (!p || w.__progress.at(-1)?.text === p.textContent) return;
    const allOff = [...document.querySelectorAll("button")].every((b) => b.disabled);
    w.__progress.push({ text: p.textContent ?? "", allOff, frame: w.__frame });
  }).observe(document, { subtree: true, childList: true, characterData: true });
}

async function openPane(options: { noArrayBuffer?: boolean } = {}): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  page.on("dialog", (d) => {
    errors.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  if (options.noArrayBuffer) await page.addInitScript({ content: "delete Blob.prototype.arrayBuffer;" });
  await page.addInitScript({ content: fakeScript });
  await page.addInitScript(watchProgress);
  await page.route(OFFICE_JS, (route) => route.fulfill({ status: 200, contentType: "text/javascript", body: "" }));
  await page.goto(`${base}/taskpane.html`);
  await page.waitForSelector("button[data-review]:not([disabled])");
  return { page, errors };
}

async function fake<T>(page: Page, fn: string): Promise<T> {
  return page.evaluate(`(() => { const f = window.__ziFake; return ${fn}; })()`) as Promise<T>;
}

/** Picks the files through the pane's file input and waits for the list of as many files. */
async function pick(page: Page, files: PickedFile[]): Promise<void> {
  const before = await page.locator("[data-result=validasi] .message").count();
  await page.setInputFiles("#zi-kiriman", files);
  await page.waitForFunction(
    ([n]) => document.querySelectorAll("[data-result=validasi] ol.files li").length === n && !document.querySelector("button[data-review][aria-busy]"),
    [files.length, before],
    { timeout: 60_000 },
  );
}

const lines = (page: Page) =>
  page.locator("[data-result=validasi] ol.files li").evaluateAll((lis) => lis.map((li) => ({
    name: li.querySelector(".name")?.textContent,
    status: li.querySelector(".badge")?.textContent,
    agency: li.querySelector(".agency")?.textContent ?? "",
    detail: li.querySelector(".detail")?.textContent,
    kind: li.getAttribute("data-kind"),
  })));

const cellsOf = (page: Page, sheet: string) => fake<(string | number | boolean)[]>(page, `[...f.sheet(${JSON.stringify(sheet)}).cells.values()].map((c) => c.value)`);

describe.skipIf(!present)("Periksa berkas kiriman in the task pane", () => {
  it("reads the picked files with progress, lists each, and inserts the recap sheets zi writes in one Excel.run", async () => {
    const { page, errors } = await openPane();
    expect(await page.textContent("button[data-review]")).toBe(reviewText.button);
    expect(await page.getAttribute("#zi-kiriman", "accept")).toContain(".xlsx");
    expect(await page.getAttribute("#zi-kiriman", "multiple")).not.toBeNull();
    const picked = [kiriman.plan, kiriman.hostilePlan, kiriman.lke, kiriman.official, kiriman.csv];
    await pick(page, picked);

    // Progress: one line per file, every button off meanwhile, the page drawn between two files.
    const progress = await page.evaluate(() => (window as unknown as { __progress: { text: string; allOff: boolean; frame: number }[] }).__progress);
    expect(progress.map((p) => p.text)).toEqual(picked.map((f, i) => reviewText.progress(i + 1, picked.length, f.name)));
    expect(progress.every((p) => p.allOff)).toBe(true);
    for (let i = 1; i < progress.length; i++) expect(progress[i].frame).toBeGreaterThan(progress[i - 1].frame);

    const shown = await lines(page);
    expect(shown.map((l) => [l.name, l.kind, l.status, l.agency])).toEqual([
      ["rencana-dinkes.xlsx", "plan", reportText.verdict.incomplete, "Dinas Kesehatan"],
      [`${MARKUP}.xlsx`, "plan", reportText.verdict.incomplete, MARKUP],
      ["lke-dinsos.xlsx", "lke", tpiReportText.noPredicate, "Dinas Sosial"],
      ["lke-resmi-bappeda.xlsx", "lke", expect.stringMatching(/^WBB?M$|^WBK$/), "Bappeda"],
      ["rusak.xlsx", "unreadable", reviewText.status.unreadable, ""],
    ]);
    // A fresh plan: at least every target missing.
    expect(Number(/^68 rencana aksi, (\d+) galat, \d+ peringatan$/.exec(shown[0].detail ?? "")?.[1])).toBeGreaterThanOrEqual(68);
    expect(shown[2].detail).toBe(reviewText.lkeDetail(0, tpiReportText.noPredicate, 0, tpiReportText.noPredicate));
    expect(shown[4].detail).toBe(filesText.csv);
    expect(await page.locator("#app img, #app script, #app svg, #app iframe").count()).toBe(0);
    expect(await page.locator("[data-result=validasi] li .name").nth(1).innerHTML()).toBe(MARKUP.replace(/</g, "&lt;").replace(/>/g, "&gt;") + ".xlsx");

    expect(await page.textContent("[data-result=validasi] .message")).toBe(
      "5 berkas diperiksa: 2 rencana (0 lengkap), 2 LKE dinilai, 1 tidak terbaca.",
    );
    expect(await page.textContent("[data-result=validasi] .inserted")).toBe('Lembar baru: "Rekap Validasi", "Temuan", "Rekap Penilaian".');
    expect(await fake<string[]>(page, "f.sheets.map((s) => s.name)")).toEqual(["Rekap Validasi", "Temuan", "Rekap Penilaian"]);
    expect(await fake<number>(page, "f.runs")).toBe(1);
    expect(await fake<number>(page, "f.syncs")).toBe(4);
    expect(await fake<string[]>(page, "f.problems")).toEqual([]);
    expect(await fake<string>(page, "f.activeSheet")).toBe("Rekap Validasi");

    const recap = await cellsOf(page, "Rekap Validasi");
    for (const v of ["rencana-dinkes.xlsx", `${MARKUP}.xlsx`, "rusak.xlsx", "Dinas Kesehatan", MARKUP, filesText.csv]) expect(recap).toContain(v);
    // Text from a file stays text: written with the apostrophe, never a formula.
    expect(await fake<boolean>(page, `[...f.sheet("Rekap Validasi").cells.values()].filter((c) => c.value === ${JSON.stringify(MARKUP)}).every((c) => c.literal && !c.formula)`)).toBe(true);
    expect(await cellsOf(page, "Temuan")).toContain("TARGET_MISSING");
    const tpi = await cellsOf(page, "Rekap Penilaian");
    for (const v of ["Bappeda", "Dinas Sosial", "lke-resmi-bappeda.xlsx", "rusak.xlsx"]) expect(tpi).toContain(v);
    expect(tpi).not.toContain("rencana-dinkes.xlsx");
    expect(await fake<number>(page, `f.sheet("Rekap Penilaian").links.size`)).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("takes the same syncs for 3 files as for 24, and a second pick adds new sheets beside the first", async () => {
    const counts: number[] = [];
    for (const n of [3, 24]) {
      const { page, errors } = await openPane();
      const files = manyFiles([kiriman.plan, kiriman.official, kiriman.csv, kiriman.lke], n);
      await pick(page, files);
      counts.push(await fake<number>(page, "f.syncs"));
      expect(await fake<number>(page, "f.runs")).toBe(1);
      const progress = await page.evaluate(() => (window as unknown as { __progress: { text: string }[] }).__progress.map((p) => p.text));
      expect(progress).toHaveLength(n);
      if (n === 24) {
        expect(progress[11]).toBe(reviewText.progress(12, 24, files[11].name));
        expect(await cellsOf(page, "Rekap Validasi")).toContain(files[22].name);
        expect(await cellsOf(page, "Rekap Penilaian")).toContain(files[23].name);
        // Picked again: new sheets under free names, the first ones untouched.
        const first = await cellsOf(page, "Temuan");
        await fake(page, "f.resetCounts()");
        await pick(page, files.slice(0, 3));
        expect(await fake<string[]>(page, "f.sheets.map((s) => s.name)")).toEqual([
          "Rekap Validasi", "Temuan", "Rekap Penilaian", "Rekap Validasi (2)", "Temuan (2)", "Rekap Penilaian (2)",
        ]);
        expect(await cellsOf(page, "Temuan")).toEqual(first);
        expect(await fake<string[]>(page, `[...f.sheet("Rekap Validasi (2)").links.values()].map((l) => l.documentReference.split("!")[0])`))
          .toEqual(expect.arrayContaining(["'Temuan (2)'"]));
        expect(await fake<number>(page, "f.syncs")).toBe(4);
      }
      expect(errors).toEqual([]);
      await page.context().close();
    }
    expect(counts).toEqual([4, 4]);
  });

  it("reads files with FileReader where the webview has no File.arrayBuffer", async () => {
    const { page, errors } = await openPane({ noArrayBuffer: true });
    expect(await page.evaluate(() => typeof (Blob.prototype as { arrayBuffer?: unknown }).arrayBuffer)).toBe("undefined");
    await pick(page, [kiriman.plan, kiriman.lke]);
    expect((await lines(page)).map((l) => l.status)).toEqual([reportText.verdict.incomplete, tpiReportText.noPredicate]);
    expect(await fake<string[]>(page, "f.sheets.map((s) => s.name)")).toEqual(["Rekap Validasi", "Temuan", "Rekap Penilaian"]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("keeps the lines and says what went wrong when Excel fails, inserting nothing", async () => {
    const { page, errors } = await openPane();
    await fake(page, "(f.failNextSync = 'Buku kerja sedang dikunci', 0)");
    await pick(page, [kiriman.plan, kiriman.csv]);
    expect(await page.textContent("[data-result=validasi] .message.error")).toBe(uiText.unexpected("Buku kerja sedang dikunci"));
    expect(await page.locator("[data-result=validasi] ol.files li").count()).toBe(2);
    expect(await fake<number>(page, "f.sheets.length")).toBe(0);
    expect(await page.isEnabled("button[data-review]")).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
