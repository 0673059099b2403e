// "Periksa berkas kiriman…" in the built Sidebar.html, in headless Chromium, end to end: its
// google.script.run calls go (as JSON, as Apps Script carries them) to the built Code.js in a
// node:vm sandbox with the recording Spreadsheet and Cache fakes. Real .xlsx files picked through
// the file input are read in the sidebar with progress, listed (markup shown as text), sent in
// pieces, and the recap sheets written; Spreadsheet calls the same for 3 files as for 24.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { filesText, reportText, reviewText, tpiReportText } from "../../core/index.js";
import { launchChromium, requireChromiumInCi } from "../helpers/chromium.js";
import { tempDir } from "../helpers/files.js";
import { builtProject, loadScript, type LoadedScript } from "../helpers/gas/sandbox.js";
import { sidebarPage, URL_SIDEBAR } from "../helpers/gas/sidebar-page.js";
import { manyFiles, writeKiriman, type Kiriman, type PickedFile } from "../helpers/kiriman.js";
import hostile from "../vectors/hostile-strings.json";

const present = requireChromiumInCi();
const MARKUP = hostile.strings[0];

interface SentCall {
  fn: string;
  /** Size of the call's arguments as JSON, as google.script.run sends them. */
  bytes: number;
}

/** Runs in the page before its script: google.script.run handing each call to the server in Node. */
function bridgeScriptRun(): void {
  const w = window as unknown as Record<string, unknown> & { __ziServer(fn: string, args: unknown[]): Promise<unknown> };
  const calls: SentCall[] = [];
  const statuses: string[] = [];
  w.__calls = calls;
  w.__statuses = statuses;
  const runner = (ok: ((v: unknown) => void) | null, fail: ((e: unknown) => void) | null): unknown =>
    new Proxy({}, {
      get(_t, prop) {
        if (prop === "withSuccessHandler") return (fn: (v: unknown) => void) => runner(fn, fail);
        if (prop === "withFailureHandler") return (fn: (e: unknown) => void) => runner(ok, fn);
        if (typeof prop !== "string") return undefined;
        return (...args: unknown[]) => {
          const json = JSON.stringify(args);
          calls.push({ fn: prop, bytes: new TextEncoder().encode(json).length });
          w.__ziServer(prop, JSON.parse(json)).then((v) => ok?.(v), (e: { message?: string }) => fail?.(new Error(String(e?.message ?? e))));
        };
      },
    });
  w.google = { script: { run: runner(null, null) } };
  // Every text the status line shows, in order.
  new MutationObserver(() => {
    const s = document.getElementById("status")?.textContent ?? "";
    if (s && statuses.at(-1) !== s) statuses.push(s);
  }).observe(document, { subtree: true, childList: true, characterData: true });
}

describe.skipIf(!present)("Periksa berkas kiriman in the sidebar", () => {
  let browser: Browser;
  let html: string;
  let kiriman: Kiriman;
  let server: LoadedScript;
  /** Runs before the server answers a call (a test drops a cached piece there). */
  let beforeCall: (fn: string) => void = () => {};
  const external: string[] = [];

  beforeAll(async () => {
    html = (await builtProject()).sidebar;
    kiriman = await writeKiriman(tempDir("zi-kiriman-"), MARKUP);
    browser = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
  });

  async function open(): Promise<Page> {
    server = await loadScript();
    beforeCall = () => {};
    const page = await sidebarPage(browser, html, external);
    page.on("pageerror", (e) => external.push(`error: ${e.message}`));
    await page.exposeFunction("__ziServer", (fn: string, args: unknown[]) => {
      beforeCall(fn);
      const out = server.fn(fn)(...args.map((a) => server.inRealm(a)));
      return JSON.parse(JSON.stringify(out ?? null));
    });
    await page.addInitScript(bridgeScriptRun);
    await page.goto(URL_SIDEBAR);
    await page.waitForSelector("button[data-review]:not([disabled])");
    server.log.reset();
    return page;
  }

  async function pick(page: Page, files: PickedFile[]): Promise<void> {
    await page.setInputFiles("#kiriman", files);
    await page.waitForFunction(
      (n) => document.querySelectorAll("#results ol.files li").length === n && document.getElementById("app")?.getAttribute("aria-busy") === "false",
      files.length,
      { timeout: 60_000 },
    );
  }

  const calls = (page: Page) => page.evaluate(() => (window as unknown as { __calls: SentCall[] }).__calls);
  const statuses = (page: Page) => page.evaluate(() => (window as unknown as { __statuses: string[] }).__statuses);
  const values = (name: string) => [...server.spreadsheet._sheet(name)._cells.values()].map((c) => c.value);

  it("reads the picked files in the sidebar with progress, lists each, and writes the recap sheets through the server", async () => {
    const page = await open();
    expect(await page.textContent("button[data-review]")).toBe(reviewText.button);
    const picked = [kiriman.plan, kiriman.hostilePlan, kiriman.lke, kiriman.official, kiriman.csv];
    await pick(page, picked);

    const shown = await statuses(page);
    const progress = picked.map((f, i) => reviewText.progress(i + 1, picked.length, f.name));
    expect(shown.filter((s) => s.startsWith("Membaca berkas"))).toEqual(progress);
    expect(shown).toContain(reviewText.sending(1, 1));
    const items = await page.locator("#results ol.files li").evaluateAll((lis) => lis.map((li) => [
      li.querySelector(".name")?.textContent, li.getAttribute("data-kind"), li.querySelector(".badge")?.textContent, li.querySelector(".agency")?.textContent ?? "",
    ]));
    expect(items).toEqual([
      ["rencana-dinkes.xlsx", "plan", reportText.verdict.incomplete, "Dinas Kesehatan"],
      [`${MARKUP}.xlsx`, "plan", reportText.verdict.incomplete, MARKUP],
      ["lke-dinsos.xlsx", "lke", tpiReportText.noPredicate, "Dinas Sosial"],
      ["lke-resmi-bappeda.xlsx", "lke", expect.stringMatching(/^WBB?M$|^WBK$/), "Bappeda"],
      ["rusak.xlsx", "unreadable", reviewText.status.unreadable, ""],
    ]);
    expect(await page.locator("#results li.file .detail").nth(4).textContent()).toBe(filesText.csv);
    expect(await page.locator("#results img, #results script, #results svg, #results iframe").count()).toBe(0);
    expect(await page.textContent("#status")).toBe(
      "5 berkas diperiksa: 2 rencana (0 lengkap), 2 LKE dinilai, 1 tidak terbaca.\nLembar baru: Rekap Validasi, Temuan, Rekap Penilaian.",
    );
    expect(await page.getAttribute("#status", "class")).toBe("ok");

    // One call: the pick fits one piece, which comes with the call that inserts.
    expect((await calls(page)).map((c) => c.fn)).toEqual(["ziSidebarInit", "ziInsertReviewRecaps"]);
    expect(server.log.cacheCalls).toEqual([]);
    expect(server.spreadsheet._sheets.map((s) => s._name)).toEqual(["Rekap Validasi", "Temuan", "Rekap Penilaian"]);
    for (const v of ["rencana-dinkes.xlsx", `${MARKUP}.xlsx`, MARKUP, "rusak.xlsx", filesText.csv]) expect(values("Rekap Validasi")).toContain(v);
    expect(values("Temuan")).toContain("TARGET_MISSING");
    for (const v of ["Bappeda", "Dinas Sosial", "rusak.xlsx"]) expect(values("Rekap Penilaian")).toContain(v);
    const gid = server.spreadsheet._sheet("Temuan")._id;
    const links = [...server.spreadsheet._sheet("Rekap Validasi")._cells.values()].filter((c) => c.link).map((c) => String(c.link));
    // Each plan's row links to its first finding; the unreadable file has none.
    expect(links.length).toBe(2);
    expect(links.every((l) => l.startsWith(`#gid=${gid}&`))).toBe(true);
    await page.close();
  });

  it("sends 24 files in pieces of at most 90 KB and makes the same Spreadsheet calls as for 3", async () => {
    const runs = [];
    for (const n of [3, 24]) {
      const page = await open();
      const files = manyFiles([kiriman.plan, kiriman.lke, kiriman.csv, kiriman.official], n);
      await pick(page, files);
      expect(await page.getAttribute("#status", "class")).toBe("ok");
      const sent = await calls(page);
      const pieces = sent.filter((c) => c.fn === "ziKeepReviewPiece").length + 1;
      runs.push({ pieces, spreadsheet: server.log.names(server.log.serviceCalls), cache: server.log.names(server.log.cacheCalls), sent, left: server.cache._items.size });
      if (n === 24) {
        expect(await statuses(page)).toContain(reviewText.progress(12, 24, files[11].name));
        expect(values("Rekap Validasi")).toContain(files[22].name);
        expect(values("Rekap Penilaian")).toContain(files[23].name);
      }
      await page.close();
    }
    const [few, many] = runs;
    expect(many.spreadsheet).toEqual(few.spreadsheet);
    expect(few.pieces).toBe(1);
    expect(many.pieces).toBeGreaterThan(2);
    expect(many.sent.map((c) => c.fn)).toEqual([
      "ziSidebarInit", ...Array.from({ length: many.pieces - 1 }, () => "ziKeepReviewPiece"), "ziInsertReviewRecaps",
    ]);
    // A piece is at most 90 KB of JSON text; as an argument its quotes are escaped once more.
    for (const c of many.sent) expect(c.bytes, c.fn).toBeLessThan(120_000);
    expect(many.cache.filter((c) => c === "Cache.put")).toHaveLength(many.pieces - 1);
    expect(many.cache.slice(-3)).toEqual(["CacheService.getUserCache", "Cache.getAll", "Cache.removeAll"]);
    expect(many.left).toBe(0);
  });

  it("says to pick the files again when a piece was lost on the server, keeping the lines", async () => {
    const page = await open();
    beforeCall = (fn) => {
      if (fn === "ziInsertReviewRecaps") server.cache._expire((k) => k.endsWith(":0"));
    };
    await pick(page, manyFiles([kiriman.plan, kiriman.lke, kiriman.official], 12));
    expect(await page.textContent("#status")).toBe(reviewText.expired);
    expect(await page.getAttribute("#status", "class")).toBe("fail");
    expect(await page.locator("#results ol.files li").count()).toBe(12);
    expect(server.spreadsheet._sheets).toHaveLength(0);
    expect(await page.isEnabled("button[data-review]")).toBe(true);
    await page.close();
  });

  it("made no request beyond the page and opened no dialog", () => {
    expect(external).toEqual([]);
  });
});
