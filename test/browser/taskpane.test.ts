// The built task pane (dist/addin/taskpane.html) in headless Chromium, served over HTTP by the
// handler `npm run serve` uses, with a fake Office host injected before the page scripts.
import { readFileSync } from "node:fs";
import path from "node:path";
import { build } from "esbuild";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  actionEntries, actionsText, addinText, findingReviewText, findingSubject, HOST_ACTIONS, LAMPIRAN_I, reviewText, subjectLabel, uiText, type ActionName,
  type FindingsReview,
} from "../../core/index.js";
import { builtAddin } from "../helpers/addin/build.js";
import { launchChromium, requireChromiumInCi } from "../helpers/chromium.js";
import { serveAddin } from "../helpers/addin/static-server.js";
import { bestAnswers } from "../helpers/lke.js";
import { officialWorkbook } from "../helpers/official-lke.js";
import hostile from "../vectors/hostile-strings.json";

const present = requireChromiumInCi();
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const root = path.resolve(new URL("../..", import.meta.url).pathname);

let browser: Browser;
let base = "";
let outDir = "";
let fakeScript = "";
let renderScript = "";

async function bundle(entry: string): Promise<string> {
  const out = await build({ entryPoints: [entry], bundle: true, write: false, format: "iife", platform: "browser", target: "es2020", logLevel: "warning" });
  return out.outputFiles[0].text;
}

beforeAll(async () => {
  if (!present) return;
  outDir = (await builtAddin()).outDir;
  base = (await serveAddin(outDir)).url;
  fakeScript = await bundle(path.join(root, "test/helpers/addin/browser-fake.ts"));
  const render = await build({
    stdin: { contents: 'import { renderOutcome } from "./addin/taskpane/result.ts"; (window as any).__render = renderOutcome;', resolveDir: root, loader: "ts" },
    bundle: true, write: false, format: "iife", platform: "browser", target: "es2020", logLevel: "warning",
  });
  renderScript = render.outputFiles[0].text;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

interface Pane {
  page: Page;
  errors: string[];
  requests: string[];
  dialogs: string[];
}

/**
 * Opens the task pane. `office`: the fake Excel host, office.js as it behaves in a plain browser,
 * or office.js failing to load. `apiVersions`: the highest version of each requirement set the
 * fake Excel supports (an older Excel); all of them when absent.
 */
async function openPane(office: "excel" | "browser" | "unreachable" = "excel", apiVersions?: Record<string, string>): Promise<Pane> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const pane: Pane = { page, errors: [], requests: [], dialogs: [] };
  page.on("console", (m) => m.type() === "error" && pane.errors.push(m.text()));
  page.on("pageerror", (e) => pane.errors.push(e.message));
  page.on("request", (r) => pane.requests.push(r.url()));
  page.on("dialog", (d) => {
    pane.dialogs.push(d.message());
    void d.dismiss();
  });
  if (apiVersions) await page.addInitScript({ content: `window.__ziApiVersions = ${JSON.stringify(apiVersions)};` });
  if (office === "excel") await page.addInitScript({ content: fakeScript });
  // office.js is Microsoft's; here a stand-in: empty under the fake host (already injected), or
  // what the real one does in a plain browser (onReady with no host).
  const stub = office === "browser" ? "window.Office = { HostType: { Excel: 'Excel' }, onReady: () => Promise.resolve({ host: null, platform: null }) };" : "";
  await page.route(OFFICE_JS, (route) => (office === "unreachable" ? route.abort() : route.fulfill({ status: 200, contentType: "text/javascript", body: stub })));
  await page.goto(`${base}/taskpane.html`);
  await page.waitForSelector("body[data-rendered=true]");
  return pane;
}

const button = (page: Page, name: ActionName) => page.locator(`button[data-action=${name}]`);

async function fake<T>(page: Page, fn: string): Promise<T> {
  return page.evaluate(`(() => { const f = window.__ziFake; return ${fn}; })()`) as Promise<T>;
}

function expectQuiet(pane: Pane): void {
  expect(pane.errors).toEqual([]);
  expect(pane.dialogs).toEqual([]);
  for (const url of pane.requests) expect(url === OFFICE_JS || url.startsWith(`${base}/`), url).toBe(true);
}

describe.skipIf(!present)("task pane in Excel (fake host)", () => {
  it("shows the three sections and registers every ZI function from the same page", async () => {
    const pane = await openPane();
    const { page } = pane;
    await page.waitForSelector(`button[data-action=sisipkanLampiran]:not([disabled])`);
    expect(await page.locator("section h2").allTextContents()).toEqual([uiText.sections.rencana, uiText.sections.validasi, uiText.sections.penilaian]);
    const registered = await page.evaluate(() => (window as unknown as { __associated: string[] }).__associated);
    const listed = JSON.parse(readFileSync(path.join(outDir, "functions.json"), "utf8")).functions.map((f: { id: string }) => f.id);
    expect(registered).toEqual(listed);
    expectQuiet(pane);
    await page.context().close();
  });

  it("brings every button to life once Excel is there", async () => {
    const pane = await openPane();
    await pane.page.waitForSelector(`button[data-action=sisipkanLampiran]:not([disabled])`);
    for (const name of Object.keys(uiText.buttons) as ActionName[]) {
      expect(await button(pane.page, name).isEnabled(), name).toBe(true);
    }
    await pane.page.context().close();
  });

  it("Sisipkan Lampiran applies the plan sheet in one Excel.run, busy while it works, once on a double click", async () => {
    const pane = await openPane();
    const { page } = pane;
    await page.fill("#zi-agency", "Dinas Kesehatan");
    await page.click("details.team summary");
    await page.fill("#zi-team-0-name", "=HYPERLINK(\"http://x\";\"klik\")");
    await page.selectOption("#zi-predicate", "WBBM");
    await button(page, "sisipkanLampiran").dblclick();
    expect(await button(page, "sisipkanLampiran").getAttribute("aria-busy")).toBe("true");
    expect(await button(page, "sisipkanLampiran").textContent()).toBe(uiText.busy);
    expect(await button(page, "perbaruiLampiran").isDisabled()).toBe(true);
    await page.waitForSelector("[data-result=rencana] .message.ok");
    expect(await fake<string[]>(page, "f.sheets.map((s) => s.name)")).toEqual(["Lampiran ZI"]);
    expect(await fake<number>(page, "f.runs")).toBe(1);
    expect(await fake<number>(page, "f.syncs")).toBe(2);
    expect(await fake<string[]>(page, "f.problems")).toEqual([]);
    const cells = await fake<{ value: unknown; literal?: boolean; formula?: string }[]>(page, "[...f.sheet('Lampiran ZI').cells.values()]");
    expect(cells.some((c) => c.value === "Dinas Kesehatan" && c.literal)).toBe(true);
    expect(cells.find((c) => c.value === "=HYPERLINK(\"http://x\";\"klik\")")).toMatchObject({ literal: true });
    // The only formulas are the hidden JATUH TEMPO column's (K), one per rencana aksi.
    const formulas = await fake<[string, { formula?: string }][]>(page, "[...f.sheet('Lampiran ZI').cells.entries()].filter(([, c]) => c.formula)");
    expect(formulas).toHaveLength(68);
    expect(formulas.every(([key, c]) => key.endsWith(",10") && c.formula!.startsWith("=IFERROR(IF(ISLOGICAL($D"))).toBe(true);
    expect(await page.textContent("[data-result=rencana] .message")).toContain("Dinas Kesehatan");
    expect(await page.textContent("[data-result=rencana] .inserted")).toContain("Lampiran ZI");
    expect(await button(page, "sisipkanLampiran").isDisabled()).toBe(false);
    expect(await button(page, "sisipkanLampiran").textContent()).toBe(uiText.buttons.sisipkanLampiran);
    expect(await fake<string | null>(page, "f.activeSheet")).toBe("Lampiran ZI");
    expectQuiet(pane);
    await page.context().close();
  });

  it("shows text from the workbook and the form as text: markup in a sheet name or a PD name runs nothing", async () => {
    const pane = await openPane();
    const { page } = pane;
    const markup = hostile.strings[0];
    await page.fill("#zi-agency", markup);
    await button(page, "sisipkanLampiran").click();
    await page.waitForSelector("[data-result=rencana] .message.ok");
    expect(await page.textContent("[data-result=rencana] .message")).toContain(markup);
    // The plan sheet renamed to markup, as a PD might: "Perbarui Lampiran" names it in its message.
    await page.evaluate((name) => {
      (window as unknown as { __ziFake: { sheets: { name: string }[] } }).__ziFake.sheets[0].name = name;
    }, markup);
    await button(page, "perbaruiLampiran").click();
    await page.waitForFunction(() => (window as unknown as { __ziFake: { sheets: unknown[] } }).__ziFake.sheets.length === 2);
    await page.waitForSelector("button[data-action=perbaruiLampiran]:not([aria-busy])");
    expect(await page.textContent("[data-result=rencana] .message")).toContain(`"${markup}"`);
    expect(await page.locator("#app img, #app script, #app svg").count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __alerts: string[] }).__alerts)).toEqual([]);
    expectQuiet(pane);
    await page.context().close();
  });

  it("says what went wrong in Indonesian when Excel fails, and lets the user try again", async () => {
    const pane = await openPane();
    const { page } = pane;
    await page.fill("#zi-agency", "Dinas Sosial");
    await fake(page, "(f.failNextSync = 'Buku kerja sedang dikunci', 0)");
    await button(page, "sisipkanLampiran").click();
    await page.waitForSelector("[data-result=rencana] .message.error");
    expect(await page.textContent("[data-result=rencana] .message.error")).toBe(uiText.unexpected("Buku kerja sedang dikunci"));
    expect(await button(page, "sisipkanLampiran").isDisabled()).toBe(false);
    await button(page, "sisipkanLampiran").click();
    await page.waitForSelector("[data-result=rencana] .message.ok");
    expect(await fake<string[]>(page, "f.sheets.map((s) => s.name)")).toEqual(["Lampiran ZI"]);
    expect(pane.dialogs).toEqual([]);
    await page.context().close();
  });

  it("runs every action from its button, each in one Excel.run, and shows its outcome", async () => {
    const pane = await openPane();
    const { page } = pane;
    await page.fill("#zi-agency", "Dinas Pendidikan");
    for (const name of Object.keys(uiText.buttons) as ActionName[]) {
      const runs = await fake<number>(page, "f.runs");
      await button(page, name).click();
      await page.waitForFunction((n) => (window as unknown as { __ziFake: { runs: number } }).__ziFake.runs === n, runs + 1);
      await page.waitForSelector(`button[data-action=${name}]:not([aria-busy])`);
      const section = await page.locator(`button[data-action=${name}]`).evaluate((b) => b.closest("section")!.getAttribute("data-section"));
      const message = await page.textContent(`[data-result=${section}] .message`);
      expect(message?.length, name).toBeGreaterThan(10);
      expect(message, name).not.toContain(uiText.unexpected("").slice(0, 20));
    }
    expect(await fake<string[]>(page, "f.problems")).toEqual([]);
    expectQuiet(pane);
    await page.context().close();
  });

  it("offers to carry an official LKE's answers: unticked, Sisipkan LKE inserts an empty sheet; ticked, the answers come along", async () => {
    const pane = await openPane();
    const { page } = pane;
    const official = officialWorkbook({ unit: bestAnswers(), tpi: bestAnswers(), agency: "Dinas Kesehatan", year: 2026 }).grids.sheets;
    await page.evaluate((sheets) => {
      const f = (window as unknown as { __ziFake: { addSheet(n: string, v: unknown[][], o: { merges: string[] }): void } }).__ziFake;
      for (const g of sheets) f.addSheet(g.name, g.values, { merges: g.merges });
    }, official.map((g) => ({ name: g.name, values: g.values, merges: g.merges ?? [] })));
    const ya = (sheet: string) => fake<number>(page, `[...f.sheet(${JSON.stringify(sheet)}).cells.values()].filter((c) => c.value === "Ya").length`);
    const insert = async () => {
      const before = await fake<string[]>(page, "f.sheets.map((s) => s.name)");
      await button(page, "sisipkanLke").click();
      await page.waitForFunction((n) => (window as unknown as { __ziFake: { sheets: unknown[] } }).__ziFake.sheets.length === n, before.length + 1);
      await page.waitForSelector("button[data-action=sisipkanLke]:not([aria-busy])");
      const after = await fake<string[]>(page, "f.sheets.map((s) => s.name)");
      return { sheet: after.find((n) => !before.includes(n))!, message: (await page.textContent("[data-result=penilaian] .message")) ?? "" };
    };
    expect(await page.isChecked("#zi-carry")).toBe(true);
    await page.uncheck("#zi-carry");
    const empty = await insert();
    expect(empty.message).toContain('Jawaban LKE resmi di lembar "Jawaban" tidak dibawa');
    expect(await ya(empty.sheet)).toBe(0);
    await page.check("#zi-carry");
    const carried = await insert();
    expect(carried.message).toContain('dibawa dari LKE resmi di lembar "Jawaban"');
    expect(await ya(carried.sheet)).toBeGreaterThan(20);
    expectQuiet(pane);
    await page.context().close();
  });

  it("asks for what is missing instead of inserting", async () => {
    const pane = await openPane();
    await button(pane.page, "sisipkanLampiran").click();
    await pane.page.waitForSelector("[data-result=rencana] .message.error");
    expect(await pane.page.textContent("[data-result=rencana] .message")).toBe(actionsText.needAgency);
    expect(await fake<number>(pane.page, "f.sheets.length")).toBe(0);
    expectQuiet(pane);
    await pane.page.context().close();
  });
});

// Findings with links come from actions that land in the core in parallel (Hitung nilai lists
// what is missing for each predicate); this runs as soon as the core has one.
describe.skipIf(!present || !HOST_ACTIONS.sisipkanLke || !HOST_ACTIONS.hitungNilai)("findings in the task pane", () => {
  it("select their cell when clicked, and say so above the list when the sheet is gone", async () => {
    const pane = await openPane();
    const { page } = pane;
    await page.fill("#zi-agency", "Dinas Uji");
    for (const name of ["sisipkanLke", "hitungNilai"] as const) {
      const runs = await fake<number>(page, "f.runs");
      await button(page, name).click();
      await page.waitForFunction((n) => (window as unknown as { __ziFake: { runs: number } }).__ziFake.runs === n, runs + 1);
      await page.waitForSelector(`button[data-action=${name}]:not([aria-busy])`);
    }
    const links = page.locator("[data-result=penilaian] a.go");
    expect(await links.count()).toBeGreaterThan(0);
    const title = (await links.first().getAttribute("title"))!;
    await links.first().click();
    await page.waitForFunction(() => (window as unknown as { __ziFake: { selection: unknown } }).__ziFake.selection !== null);
    const selection = await fake<{ sheet: string; address: string }>(page, "f.selection");
    expect(title).toBe(uiText.goTo(selection.sheet, selection.address));
    const count = await links.count();
    await page.evaluate((sheet) => {
      const f = (window as unknown as { __ziFake: { sheets: { name: string }[] } }).__ziFake;
      f.sheets = f.sheets.filter((s) => s.name !== sheet);
    }, selection.sheet);
    await links.first().click();
    await page.waitForSelector("[data-result=penilaian] .notice");
    expect(await page.textContent("[data-result=penilaian] .notice")).toBe(addinText.sheetGone(selection.sheet));
    expect(await links.count()).toBe(count);
    expectQuiet(pane);
    await page.context().close();
  });
});

describe.skipIf(!present)("task pane in an Excel without the API version a button needs", () => {
  const reading = (Object.keys(HOST_ACTIONS) as ActionName[]).filter((a) => HOST_ACTIONS[a].reads);

  it("says so in Indonesian when Excel lacks ExcelApi 1.13, turns off the buttons that read, and still inserts a Lampiran", async () => {
    const pane = await openPane("excel", { ExcelApi: "1.12" });
    const { page } = pane;
    await page.waitForSelector("button[data-action=sisipkanLampiran]:not([disabled])");
    const message = addinText.unsupported("1.13", reading.map((a) => uiText.buttons[a]));
    expect(await page.textContent("#zi-status")).toBe(message);
    expect(message).toMatch(/^Excel ini belum mendukung ExcelApi 1\.13, yang diperlukan tombol "Perbarui Lampiran"/);
    expect(await page.locator("#zi-status").isVisible()).toBe(true);
    for (const name of Object.keys(uiText.buttons) as ActionName[]) {
      expect(await button(page, name).isDisabled(), name).toBe(reading.includes(name));
    }
    // "Periksa berkas kiriman…" reads files, not the workbook: it only inserts, which 1.12 can.
    expect(await page.isEnabled("button[data-review]")).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { __requirementChecks: string[] }).__requirementChecks)).toContain("ExcelApi 1.13");
    // The button that only writes still works, and running it does not bring the others back.
    await page.fill("#zi-agency", "Dinas Kesehatan");
    await button(page, "sisipkanLampiran").click();
    await page.waitForSelector("[data-result=rencana] .message.ok");
    expect(await fake<string[]>(page, "f.sheets.map((s) => s.name)")).toEqual(["Lampiran ZI"]);
    expect(await button(page, "periksa").isDisabled()).toBe(true);
    expect(await page.textContent("#zi-status")).toBe(message);
    expectQuiet(pane);
    await page.context().close();
  });

  it("turns every button off when Excel lacks even what writing a sheet needs", async () => {
    const pane = await openPane("excel", { ExcelApi: "1.8" });
    await pane.page.waitForFunction(() => !document.querySelector<HTMLElement>("#zi-status")!.hidden);
    const all = Object.keys(uiText.buttons) as ActionName[];
    await pane.page.waitForFunction(() => document.querySelector("#zi-status")!.textContent!.startsWith("Excel ini belum mendukung"));
    expect(await pane.page.textContent("#zi-status")).toBe(addinText.unsupported("1.13", [...all.map((a) => uiText.buttons[a]), reviewText.button]));
    for (const name of all) expect(await button(pane.page, name).isDisabled(), name).toBe(true);
    expect(await pane.page.isDisabled("button[data-review]")).toBe(true);
    expectQuiet(pane);
    await pane.page.context().close();
  });
});

describe.skipIf(!present)("task pane outside Excel", () => {
  it("says it needs Excel when office.js finds no Office host, with every button off", async () => {
    const pane = await openPane("browser");
    await pane.page.waitForSelector("#zi-status:not([hidden])");
    await pane.page.waitForFunction((text) => document.querySelector("#zi-status")?.textContent === text, uiText.outsideExcel);
    for (const name of Object.keys(uiText.buttons)) expect(await button(pane.page, name as ActionName).isDisabled()).toBe(true);
    expect(await pane.page.isDisabled("button[data-review]")).toBe(true);
    expectQuiet(pane);
    await pane.page.context().close();
  });

  it("says it needs Excel when office.js cannot be loaded at all", async () => {
    const pane = await openPane("unreachable");
    await pane.page.waitForFunction((text) => document.querySelector("#zi-status")?.textContent === text, uiText.outsideExcel);
    expect(pane.errors.filter((e) => !/office\.js|ERR_FAILED|Failed to load resource/i.test(e))).toEqual([]);
    await pane.page.context().close();
  });
});

describe.skipIf(!present)("results in the task pane", () => {
  it("shows every hostile string as text in messages, groups, findings, links and scores, and links to the exact cell", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    const dialogs: string[] = [];
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    page.on("pageerror", (e) => errors.push(e.message));
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    // The help page: the built stylesheet, no scripts of its own. The renderer is the task pane's.
    await page.goto(`${base}/bantuan.html`);
    await page.addScriptTag({ content: renderScript });
    const strings = hostile.strings;
    const outcome = {
      ok: true,
      message: strings.join(" | "),
      insert: [],
      inserted: strings.slice(0, 3),
      items: strings.map((s, i) => ({ group: s, severity: (["error", "warning", "info"] as const)[i % 3], code: "UJI", text: s, sheet: s, cell: `D${i + 12}` })),
      score: { predicate: null, total: 70.5, rows: strings.map((s, i) => ({ label: s, value: i, threshold: 5, ok: i >= 5 })) },
    };
    await page.evaluate((o) => {
      const w = window as unknown as { __render: Function; __selected: string[][]; __alerts: string[] };
      w.__selected = [];
      w.__alerts = [];
      window.alert = (m?: unknown) => void w.__alerts.push(String(m));
      const box = document.createElement("div");
      box.id = "box";
      document.body.append(box);
      w.__render(box, o, (sheet: string, cell: string) => w.__selected.push([sheet, cell]), true);
    }, outcome);
    expect(await page.textContent("#box .message")).toBe(outcome.message);
    expect(await page.locator("#box li .text").allTextContents()).toEqual(strings);
    expect(await page.locator("#box .group h4").allTextContents()).toEqual(strings);
    expect(await page.locator("#box a.go").allTextContents()).toEqual(strings.map((s, i) => uiText.goTo(s, `D${i + 12}`)));
    expect(await page.locator("#box tbody th").allTextContents()).toEqual(strings);
    expect(await page.locator("#box img, #box script, #box svg, #box b, #box iframe").count()).toBe(0);
    expect(await page.locator("#box li .text").first().innerHTML()).toBe("&lt;img src=x onerror=alert(1)&gt;");
    await page.locator("#box a.go").nth(4).click();
    await page.locator("#box a.go").nth(0).click();
    expect(await page.evaluate(() => (window as unknown as { __selected: string[][] }).__selected)).toEqual([[strings[4], "D16"], [strings[0], "D12"]]);
    expect(await page.evaluate(() => (window as unknown as { __alerts: string[] }).__alerts)).toEqual([]);
    expect(page.url()).toBe(`${base}/bantuan.html`);
    expect(errors).toEqual([]);
    expect(dialogs).toEqual([]);
    await context.close();
  });
});

describe.skipIf(!present)("grouped findings in the task pane", () => {
  it("Periksa shows a summary and one line for the 68 missing targets that opens to each rencana aksi, whose link selects its cell", async () => {
    const pane = await openPane();
    const { page } = pane;
    await page.fill("#zi-agency", "Dinas Kesehatan");
    await button(page, "sisipkanLampiran").click();
    await page.waitForSelector("[data-result=rencana] .message.ok");
    await button(page, "periksa").click();
    const group = page.locator("[data-result=rencana] details.group[data-code=TARGET_MISSING]");
    await group.waitFor();
    const actions = actionEntries(LAMPIRAN_I);
    expect(await group.locator("summary .line").textContent()).toBe(`${findingReviewText.title.TARGET_MISSING} — ${actions.length} rencana aksi`);
    expect(await page.locator("[data-result=rencana] details.group").count()).toBe(1);
    // Closed: one line, not 68.
    expect(await group.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await group.locator("li.entry").first().isVisible()).toBe(false);
    await group.locator("summary").click();
    expect(await group.locator("li.entry").first().isVisible()).toBe(true);
    const expected = actions.map((e) => subjectLabel(findingSubject({ ref: e.action.id }), 72));
    expect(await group.locator("li.entry .subject").allTextContents()).toEqual(expected);
    expect(await group.locator("li.entry .subject").first().getAttribute("title")).toBe(`${actions[0].action.id} ${actions[0].action.text}`);
    // Summary: per area and in total, errors only here.
    const row = async (area: string) => page.locator(`[data-result=rencana] table.summary tr[data-area="${area}"] td`).allTextContents();
    const mp = LAMPIRAN_I.areas[0].indicators.reduce((n, i) => n + i.actions.length, 0);
    expect(await row("MP")).toEqual([String(mp), "0", "0"]);
    expect(await page.locator("[data-result=rencana] table.summary tfoot td").allTextContents()).toEqual([String(actions.length), "0", "0"]);
    // The entry of PW.4.2 links to its own target cell.
    const i = actions.findIndex((e) => e.action.id === "PW.4.2");
    await group.locator("li.entry a.go").nth(i).click();
    await page.waitForFunction(() => (window as unknown as { __ziFake: { selection: unknown } }).__ziFake.selection !== null);
    const selection = await fake<{ sheet: string; address: string }>(page, "f.selection");
    expect(await group.locator("li.entry a.go").nth(i).textContent()).toBe(uiText.goTo(selection.sheet, selection.address));
    const idRow = await fake<number>(page, `(() => { const s = f.sheet("Lampiran ZI"); for (const [k, c] of s.cells) if (c.value === "PW.4.2") return Number(k.split(",")[0]); })()`);
    expect(selection).toEqual({ sheet: "Lampiran ZI", address: `D${idRow + 1}` });
    expectQuiet(pane);
    await page.context().close();
  });

  it("keeps every hostile string text in the summary, the group lines and messages, subjects and links", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${base}/bantuan.html`);
    await page.addScriptTag({ content: renderScript });
    const strings = hostile.strings;
    const review: FindingsReview = {
      summary: { total: strings.length, counts: { error: strings.length, warning: 0, info: 0 }, areas: strings.map((s) => ({ code: null, label: s, counts: { error: 1, warning: 0, info: 0 } })) },
      groups: strings.map((s, i) => ({
        code: "TARGET_MISSING", severity: "error", line: s, count: 2, message: s,
        entries: [{ subject: s, subjectFull: s, ref: null, message: s, sheet: s, cell: `D${i + 12}` }, { subject: "", subjectFull: "", ref: null, message: null, sheet: s, cell: "A1" }],
      })),
    };
    await page.evaluate((r) => {
      const w = window as unknown as { __render: Function; __selected: string[][] };
      w.__selected = [];
      const box = document.createElement("div");
      box.id = "box";
      document.body.append(box);
      w.__render(box, { ok: true, message: "ok", insert: [], inserted: [], items: [], review: r }, (sheet: string, cell: string) => w.__selected.push([sheet, cell]), true);
    }, review);
    expect(await page.locator("#box details.group summary .line").allTextContents()).toEqual(strings);
    expect(await page.locator("#box details.group .shared").allTextContents()).toEqual(strings);
    expect(await page.locator("#box table.summary tbody th").allTextContents()).toEqual(strings);
    await page.evaluate(() => document.querySelectorAll("#box details").forEach((d) => ((d as HTMLDetailsElement).open = true)));
    expect(await page.locator("#box li.entry .subject").allTextContents()).toEqual(strings);
    expect(await page.locator("#box li.entry .text").allTextContents()).toEqual(strings);
    expect(await page.locator("#box img, #box script, #box svg, #box b, #box iframe").count()).toBe(0);
    await page.locator("#box li.entry a.go").nth(8).click();
    await page.locator("#box li.entry a.go").nth(9).click();
    expect(await page.evaluate(() => (window as unknown as { __selected: string[][] }).__selected)).toEqual([[strings[4], "D16"], [strings[4], "A1"]]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
