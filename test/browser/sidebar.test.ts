// The built Sidebar.html in headless Chromium with a fake google.script.run that records every
// call and lets the test answer it: the payloads, busy state, double clicks, escaped findings,
// readable failures, no request leaving the page.
import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  actionEntries, findingReviewText, findingSubject, LAMPIRAN_I, subjectLabel, uiText, type ActionName, type FindingsReview,
} from "../../core/index.js";
import { launchChromium, requireChromiumInCi } from "../helpers/chromium.js";
import { builtProject, loadScript } from "../helpers/gas/sandbox.js";
import { sidebarPage, URL_SIDEBAR } from "../helpers/gas/sidebar-page.js";

const hostile: string[] = JSON.parse(readFileSync(new URL("../vectors/hostile-strings.json", import.meta.url), "utf8")).strings;
const ALL = Object.keys(uiText.buttons) as ActionName[];
const INIT = { timeZone: "Asia/Jakarta", today: "2026-05-10", year: 2026 };

interface Call {
  fn: string;
  args: unknown[];
}

/** Runs in the page before its script: google.script.run as Apps Script provides it, recording. */
function fakeScriptRun(init: typeof INIT | null): void {
  const w = window as unknown as Record<string, unknown>;
  const calls: Call[] = [];
  const handlers: { ok: ((v: unknown) => void) | null; fail: ((e: unknown) => void) | null }[] = [];
  w.__calls = calls;
  w.__resolve = (id: number, v: unknown) => handlers[id].ok?.(v);
  w.__reject = (id: number, message: string) => handlers[id].fail?.(new Error(message));
  w.alert = () => (w.__alerted = true);
  const runner = (ok: ((v: unknown) => void) | null, fail: ((e: unknown) => void) | null): unknown =>
    new Proxy({}, {
      get(_t, prop) {
        if (prop === "withSuccessHandler") return (fn: (v: unknown) => void) => runner(fn, fail);
        if (prop === "withFailureHandler") return (fn: (e: unknown) => void) => runner(ok, fn);
        if (typeof prop !== "string") return undefined;
        return (...args: unknown[]) => {
          // Arguments cross as plain data, as google.script.run serializes them.
          calls.push({ fn: prop, args: JSON.parse(JSON.stringify(args)) });
          handlers.push({ ok, fail });
          if (prop === "ziSidebarInit" && init) setTimeout(() => ok?.(init), 0);
        };
      },
    });
  if (init) w.google = { script: { run: runner(null, null) } };
}

const present = requireChromiumInCi();

describe.skipIf(!present)("the sidebar in Chromium", () => {
  let browser: Browser;
  let html: string;
  const external: string[] = [];

  beforeAll(async () => {
    html = (await builtProject()).sidebar;
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function open(init: typeof INIT | null = INIT): Promise<Page> {
    const page = await sidebarPage(browser, html, external);
    await page.addInitScript(fakeScriptRun, init);
    await page.goto(URL_SIDEBAR);
    if (init) await page.waitForFunction(() => document.getElementById("app")?.getAttribute("aria-busy") === "false");
    return page;
  }

  const calls = (page: Page) => page.evaluate(() => (window as unknown as { __calls: Call[] }).__calls);
  const lastCall = async (page: Page) => (await calls(page)).at(-1)!;
  const button = (page: Page, name: ActionName) => page.locator(`button[data-action="${name}"]`);
  const answer = (page: Page, id: number, value: unknown) =>
    page.evaluate(([i, v]) => (window as unknown as { __resolve(i: number, v: unknown): void }).__resolve(i as number, v), [id, value]);

  it("says it only runs inside Google Sheets when google.script.run is missing", async () => {
    const page = await open(null);
    await expect.poll(() => page.locator("#status").textContent()).toBe(uiText.outsideSheets);
    expect(await page.locator("button[data-action]").count()).toBe(0);
  });

  it("starts from ziSidebarInit: year from the spreadsheet, every button enabled", async () => {
    const page = await open();
    expect((await calls(page)).map((c) => c.fn)).toEqual(["ziSidebarInit"]);
    expect(await page.inputValue("#f-year")).toBe("2026");
    for (const name of ALL) expect(await button(page, name).isEnabled(), name).toBe(true);
    for (const key of ["rencana", "validasi", "penilaian"] as const) {
      expect(await page.locator(`section[data-section="${key}"] h2`).textContent()).toBe(uiText.sections[key]);
    }
  });

  it("sends the Rencana form and the as-of day as plain data", async () => {
    const page = await open();
    await page.fill("#f-agency", "  Dinas Kesehatan ");
    await page.fill("#f-year", "2027");
    await page.selectOption("#f-predicate", "WBBM");
    await page.click("#f-team summary");
    await page.fill("#f-team-0-name", "Ketua Tim");
    await page.fill("#f-team-0-nip", "198001012005011001");
    await page.fill("#f-team-0-position", "Sekretaris");
    await page.fill("#f-team-2-name", "Anggota Dua");
    await button(page, "sisipkanLampiran").click();
    expect(await lastCall(page)).toEqual({
      fn: "ziRunAction",
      args: ["sisipkanLampiran", {
        agency: "Dinas Kesehatan", year: 2027, predicate: "WBBM",
        team: [
          { name: "Ketua Tim", nip: "198001012005011001", position: "Sekretaris" },
          { name: "", nip: "", position: "" },
          { name: "Anggota Dua", nip: "", position: "" },
        ],
        carryOfficial: true,
      }, null],
    });
    await answer(page, 1, { ok: true, message: "ok", items: [], score: null, inserted: ["Lampiran ZI"] });
    await page.fill("#f-asof", "2026-06-30");
    await button(page, "periksa").click();
    const call = await lastCall(page);
    expect([call.fn, call.args[0], call.args[2]]).toEqual(["ziRunAction", "periksa", "2026-06-30"]);
  });

  it("offers to carry an official LKE's answers: ticked by default, unticked it sends carryOfficial false", async () => {
    const page = await open();
    expect(await page.isChecked("#f-carry")).toBe(true);
    expect(await page.textContent("[data-section=penilaian] label.check")).toBe(uiText.fields.carryOfficial);
    await page.uncheck("#f-carry");
    await button(page, "sisipkanLke").click();
    const call = await lastCall(page);
    expect([call.fn, call.args[0], (call.args[1] as { carryOfficial: boolean }).carryOfficial]).toEqual(["ziRunAction", "sisipkanLke", false]);
  });

  it("is busy while an action runs: a double click runs it once, every button waits", async () => {
    const page = await open();
    await page.fill("#f-agency", "Dinas Sosial");
    await button(page, "sisipkanLampiran").dblclick();
    await button(page, "perbaruiLampiran").click({ force: true });
    expect((await calls(page)).filter((c) => c.fn === "ziRunAction")).toHaveLength(1);
    for (const name of ALL) expect(await button(page, name).isDisabled(), name).toBe(true);
    expect(await page.getAttribute("#app", "aria-busy")).toBe("true");
    expect(await page.textContent("#status")).toBe(uiText.busy);
    await answer(page, 1, { ok: true, message: "Lampiran disisipkan.", items: [], score: null, inserted: ["Lampiran ZI (2)"] });
    await expect.poll(() => button(page, "sisipkanLampiran").isEnabled()).toBe(true);
    expect(await page.textContent("#status")).toBe("Lampiran disisipkan.\nLembar baru: Lampiran ZI (2).");
    expect(await page.getAttribute("#status", "class")).toBe("ok");
  });

  it("shows findings from the workbook as text only, and a link selects the cell", async () => {
    const page = await open();
    await button(page, "validasi").click();
    const items = hostile.map((text, i) => ({
      group: hostile[i % 3], severity: (["error", "warning", "info"] as const)[i % 3], code: hostile[(i + 1) % hostile.length], text, sheet: text, cell: "D12",
    }));
    await answer(page, 1, { ok: false, message: hostile[0], items, score: null, inserted: [] });
    await expect.poll(() => page.locator("#results li").count()).toBe(hostile.length);
    expect(await page.locator("#results img, #results script, #results svg, #results iframe, #results b").count()).toBe(0);
    expect(await page.locator("script").count()).toBe(1);
    // Grouped by their group heading, so compared as a set.
    const shown = await page.locator("#results li .text").allTextContents();
    expect([...shown].sort()).toEqual([...hostile].sort());
    expect(await page.locator("#results h3.group").allTextContents()).toEqual(hostile.slice(0, 3));
    expect(await page.locator("#results button.link").allTextContents()).toEqual(shown.map((t) => uiText.goTo(t, "D12")));
    expect(await page.textContent("#status")).toBe(hostile[0]);
    expect(await page.evaluate(() => (window as unknown as { __alerted?: boolean }).__alerted)).toBeUndefined();
    await page.locator("#results button.link").nth(shown.indexOf(hostile[4])).click();
    expect(await lastCall(page)).toEqual({ fn: "ziSelectCell", args: [hostile[4], "D12"] });
  });

  it("shows a failure readably and lets the user try again", async () => {
    const page = await open();
    await button(page, "perbaruiLampiran").click();
    const message = uiText.unexpected("Service Spreadsheets failed");
    await page.evaluate((m) => (window as unknown as { __reject(i: number, m: string): void }).__reject(1, m), message);
    await expect.poll(() => page.getAttribute("#status", "class")).toBe("fail");
    expect(await page.textContent("#status")).toBe(uiText.unexpected("Service Spreadsheets failed"));
    expect(await button(page, "perbaruiLampiran").isEnabled()).toBe(true);
  });

  it("shows the score: predicate, total and each row with its gap", async () => {
    const page = await open();
    await button(page, "hitungNilai").click();
    await answer(page, 1, {
      ok: true, message: "Nilai dihitung.", items: [], inserted: [],
      score: { predicate: "WBK", total: 75.5, rows: [{ label: "<b>Pengungkit</b>", value: 52.25, threshold: 40, ok: true }, { label: "Hasil", value: 13, threshold: 14, ok: false }] },
    });
    await expect.poll(() => page.locator(".predicate").textContent()).toBe(uiText.predicate("WBK"));
    expect(await page.locator(".score tbody tr").first().locator("td").allTextContents()).toEqual(["<b>Pengungkit</b>", "52,25", "40", "12,25"]);
    expect(await page.locator(".score tbody tr.missing td").allTextContents()).toEqual(["Hasil", "13", "14", "-1"]);
  });

  it("groups Periksa's findings as the server sent them: a summary, one line per kind, opening to each rencana aksi", async () => {
    // The server's real answer: the built Code.js on a spreadsheet holding a fresh plan.
    const script = await loadScript();
    const form = { agency: "Dinas Kesehatan", year: 2026, predicate: null, team: [] };
    script.fn("ziRunAction")("sisipkanLampiran", script.inRealm(form), null);
    const reply = JSON.parse(JSON.stringify(script.fn("ziRunAction")("periksa", script.inRealm(form), "2026-06-30")));
    const page = await open();
    await button(page, "periksa").click();
    await answer(page, 1, reply);
    const group = page.locator("#results details.group[data-code=TARGET_MISSING]");
    await group.waitFor();
    const actions = actionEntries(LAMPIRAN_I);
    expect(await group.locator("summary .line").textContent()).toBe(`${findingReviewText.title.TARGET_MISSING} — ${actions.length} rencana aksi`);
    expect(await group.locator("li.entry").first().isVisible()).toBe(false);
    await group.locator("summary").click();
    expect(await group.locator("li.entry .subject").allTextContents()).toEqual(actions.map((e) => subjectLabel(findingSubject({ ref: e.action.id }), 72)));
    expect(await page.locator("#results table.summary tfoot td").allTextContents()).toEqual([findingReviewText.total, String(actions.length), "0", "0"]);
    const mp = LAMPIRAN_I.areas[0].indicators.reduce((n, i) => n + i.actions.length, 0);
    expect(await page.locator('#results table.summary tr[data-area="MP"] td').allTextContents()).toEqual(["1. Manajemen Perubahan", String(mp), "0", "0"]);
    // The link of PW.4.2 asks the server to select that action's target cell.
    const i = actions.findIndex((e) => e.action.id === "PW.4.2");
    await group.locator("li.entry button.link").nth(i).click();
    const sheet = script.spreadsheet._sheet("Lampiran ZI");
    const idRow = [...sheet._cells].find(([, c]) => c.value === "PW.4.2")![0].split(",").map(Number)[0];
    expect(await lastCall(page)).toEqual({ fn: "ziSelectCell", args: ["Lampiran ZI", `D${idRow + 1}`] });
  });

  it("keeps hostile strings text in the grouped findings too", async () => {
    const page = await open();
    await button(page, "validasi").click();
    const review: FindingsReview = {
      summary: { total: hostile.length, counts: { error: hostile.length, warning: 0, info: 0 }, areas: hostile.map((s) => ({ code: null, label: s, counts: { error: 1, warning: 0, info: 0 } })) },
      groups: hostile.map((s) => ({
        code: "TARGET_MISSING", severity: "error", line: s, count: 2, message: s,
        entries: [{ subject: s, subjectFull: s, ref: null, message: s, sheet: s, cell: "D12" }, { subject: "", subjectFull: "", ref: null, message: null, sheet: s, cell: "A1" }],
      })),
    };
    const note = { group: "Buku kerja", severity: "warning", text: hostile[1], sheet: hostile[1] };
    await answer(page, 1, { ok: true, message: "ok", items: [note], review, score: null, inserted: [] });
    await expect.poll(() => page.locator("#results details.group").count()).toBe(hostile.length);
    expect(await page.locator("#results details.group summary .line").allTextContents()).toEqual(hostile);
    expect(await page.locator("#results details.group .shared").allTextContents()).toEqual(hostile);
    expect(await page.locator("#results table.summary tbody tr td:first-child").allTextContents()).toEqual(hostile);
    expect(await page.locator("#results ul.notes li .text").allTextContents()).toEqual([hostile[1]]);
    await page.evaluate(() => document.querySelectorAll("#results details").forEach((d) => ((d as HTMLDetailsElement).open = true)));
    expect(await page.locator("#results li.entry .subject").allTextContents()).toEqual(hostile);
    expect(await page.locator("#results li.entry .text").allTextContents()).toEqual(hostile);
    expect(await page.locator("#results img, #results script, #results svg, #results iframe, #results b").count()).toBe(0);
    await page.locator("#results li.entry button.link").nth(8).click();
    expect(await lastCall(page)).toEqual({ fn: "ziSelectCell", args: [hostile[4], "D12"] });
  });

  it("made no request beyond the page and opened no dialog", () => {
    expect(external).toEqual([]);
  });
});
