// The offline review page (dist/web/index.html, built fresh by scripts/build-web.mjs) in headless
// Chromium, opened from disk (file://) as a reviewer opens it: a received folder of plans, LKE
// workbooks of both layouts and every hostile file of the CLI's suite is picked, and what the page
// shows and downloads is held against what `zi validasi` and `zi nilai` say of the same folder.
import { closeSync, copyFileSync, ftruncateSync, mkdirSync, openSync, readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  filesText, LKE_ZI_2026, MAX_FILE_BYTES, number2, reportText, reviewFindings, reviewXlsx, serialFromIso, shortfallText, tpiReportText, webText,
  type Finding,
} from "../../core/index.js";
import { addLkeSheets } from "../../cli/score/workbook.js";
import { newWorkbook } from "../../cli/xlsx/files.js";
import { buildWeb } from "../../scripts/build-web.mjs";
import { writeHostileInbox, writePlanWorkbook, type HostileFile } from "../helpers/bad-files.js";
import { dump } from "../helpers/xlsx-dump.js";
import { launchChromium, requireChromiumInCi } from "../helpers/chromium.js";
import { tempDir, zi } from "../helpers/files.js";
import { bestAnswers, withAnswers } from "../helpers/lke.js";
import { writeOfficialXlsx } from "../helpers/official-lke.js";
import { typedPlanGrid, writeXlsx } from "../helpers/typed-plan.js";
import hostileStrings from "../vectors/hostile-strings.json";

const present = requireChromiumInCi();
const root = tempDir("zi-web-");
const inbox = path.join(root, "kiriman");
const AS_OF = "2026-06-30";
const KABUPATEN = "Kabupaten Karawang";
const HOSTILE_PD = hostileStrings.strings[0];
const MARKUP_NAME = "<img src=x onerror=alert(1)>.xlsx";

const F = {
  own: "00-rekap-lama.xlsx",
  big: "12-besar.xlsx",
  complete: "13-lengkap.xlsx",
  hostilePd: "14-pd-berbahaya.xlsx",
  lkeZi: "sub/lke-dishub.xlsx",
  lkeResmi: "sub/lke-resmi-bappeda.xlsx",
};
const at = (name: string) => path.join(inbox, name);
const inFolder = (name: string) => `kiriman/${name}`;

interface CliValidation {
  files: { file: string; error: string | null; agency: string | null; year: number | null; summary: { actions: number; errors: number; warnings: number } | null; findings: Finding[] }[];
}
interface CliAssessment {
  files: {
    file: string; error: string | null; layout: string | null; agency: string | null;
    assessments: { unit: { total: number; predicate: string | null }; tpi: { total: number; predicate: string | null } } | null;
    findings: { code: string; cell: string; sheet: string; message: string }[];
  }[];
}

let browser: Browser;
let pageUrl = "";
let hostile: HostileFile[] = [];
let cliValidation: CliValidation;
let cliAssessment: CliAssessment;
const cliRecap = { validation: path.join(root, "cli-rekap-validasi.xlsx"), assessment: path.join(root, "cli-laporan-tpi.xlsx") };

/** Runs zi from the folder above the inbox, so it names files "kiriman/..." as the page names a picked folder's files. */
async function ziInRoot(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const cwd = process.cwd();
  process.chdir(root);
  try {
    return await zi(...argv);
  } finally {
    process.chdir(cwd);
  }
}

beforeAll(async () => {
  if (!present) return;
  pageUrl = pathToFileURL((await buildWeb({ outFile: path.join(root, "dist", "web", "index.html") })).outFile).href;
  mkdirSync(path.join(inbox, "sub"), { recursive: true });
  hostile = await writeHostileInbox(inbox);
  // A file over the limit: sparse, so it costs no disk, and refused by its size alone.
  const fd = openSync(at(F.big), "w");
  ftruncateSync(fd, MAX_FILE_BYTES + 2 ** 20);
  closeSync(fd);
  await writeXlsx(at(F.complete), [typedPlanGrid("Rencana", { agency: "Dinas Lengkap", values: () => ({ "TARGET WAKTU PELAKSANAAN": "Desember" }) })]);
  await writePlanWorkbook(at(F.hostilePd), HOSTILE_PD);
  copyFileSync(at("01-dinas-baik.xlsx"), at(MARKUP_NAME));
  // An Office lock file: the CLI's folder walk skips it, and so must the page.
  copyFileSync(at("05-acak.xlsx"), at("~$01-dinas-baik.xlsx"));
  const best = bestAnswers();
  const lke = newWorkbook();
  addLkeSheets(lke, { agency: "Dinas Perhubungan", year: 2026, answers: { unit: best, tpi: withAnswers(best, { 12: "D", 40: "C", 125: 3.7 }) }, timeZone: "Asia/Jakarta" });
  await lke.xlsx.writeFile(at(F.lkeZi));
  await writeOfficialXlsx(at(F.lkeResmi), {
    agency: "Bappeda", year: 2026, unit: best, tpi: withAnswers(best, { 125: 3, 126: 2 }),
    drop: [20], extraRows: [{ after: 50, text: "Apel pagi rutin", label: "Ya/Tidak", answer: "Ya" }],
  });
  // A recap zi wrote earlier, left in the folder: not something a PD sent.
  const old = path.join(root, "lama");
  mkdirSync(old);
  copyFileSync(at(F.complete), path.join(old, "a.xlsx"));
  expect((await zi("validasi", old, "--rekap", at(F.own), "--per-tanggal", AS_OF)).code).toBe(0);

  const v = await ziInRoot("validasi", "kiriman", "--json", "--per-tanggal", AS_OF, "--rekap", cliRecap.validation);
  cliValidation = JSON.parse(v.out);
  const n = await ziInRoot("nilai", "kiriman", "--json", "--rekap", cliRecap.assessment, "--per-tanggal", AS_OF, "--kabupaten", KABUPATEN);
  cliAssessment = JSON.parse(n.out);
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

interface Opened {
  page: Page;
  errors: string[];
  requests: string[];
  dialogs: string[];
}

async function openPage(init?: string): Promise<Opened> {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  const opened: Opened = { page, errors: [], requests: [], dialogs: [] };
  page.on("console", (m) => m.type() === "error" && opened.errors.push(m.text()));
  page.on("pageerror", (e) => opened.errors.push(e.message));
  page.on("request", (r) => opened.requests.push(r.url()));
  page.on("dialog", (d) => {
    opened.dialogs.push(d.message());
    void d.dismiss();
  });
  if (init) await page.addInitScript({ content: init });
  await page.goto(pageUrl);
  await page.waitForSelector("body[data-rendered=true]");
  return opened;
}

/** Nothing but the page itself and the Blob URLs it made: no request leaves the machine. */
function expectQuiet(o: Opened): void {
  expect(o.errors).toEqual([]);
  expect(o.dialogs).toEqual([]);
  expect(o.requests.length).toBeGreaterThan(0);
  for (const url of o.requests) expect(/^(file|blob|data):/.test(url), url).toBe(true);
}

async function setAsOf(page: Page, iso: string): Promise<void> {
  await page.fill("#zi-as-of", iso);
  await page.dispatchEvent("#zi-as-of", "change");
}

async function allRead(page: Page): Promise<void> {
  await page.waitForSelector("#app[data-state=done]", { timeout: 90_000 });
}

const item = (page: Page, file: string) => page.locator(`li.file[data-file="${file.replace(/["\\]/g, "\\$&")}"]`);

/** The facts of a file's item, term -> value. */
async function facts(page: Page, file: string): Promise<Record<string, string>> {
  const pairs = await item(page, file).locator(".facts > div").evaluateAll((divs) => divs.map((d) => [d.querySelector("dt")!.textContent, d.querySelector("dd")!.textContent]));
  return Object.fromEntries(pairs);
}

const predicate = (p: string | null) => p ?? tpiReportText.noPredicate;

describe.skipIf(!present)("the offline page, opened from disk", () => {
  it("is one file that draws itself, under a policy that lets no request out", async () => {
    const o = await openPage();
    const { page } = o;
    expect(await page.title()).toBe(webText.title);
    const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', "content");
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("worker-src blob:");
    expect(await page.textContent("h1")).toBe(webText.title);
    // Per tanggal is today in Jakarta, Kabupaten is Bekasi's, nothing to download yet.
    const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Jakarta" }).format(new Date());
    expect(await page.inputValue("#zi-as-of")).toBe(today);
    expect(await page.inputValue("#zi-kabupaten")).toBe(tpiReportText.defaultKabupaten);
    expect(await page.isDisabled("#zi-recap-validation")).toBe(true);
    // exceljs is in the page but has not run: first paint does not pay for it.
    expect(await page.evaluate(() => typeof (window as { ExcelJS?: unknown }).ExcelJS)).toBe("undefined");
    expect(await page.locator("script#zi-exceljs").getAttribute("type")).toBe("text/plain");
    // The page itself, and the reading worker started from a Blob URL once the page is idle.
    await page.waitForFunction(() => document.getElementById("app")!.dataset.reader === "worker");
    expect(o.requests.filter((url) => !url.startsWith("blob:"))).toEqual([pageUrl]);
    expectQuiet(o);
    await page.context().close();
  });

  describe("a received folder picked whole", () => {
    let o: Opened;
    const progress: string[] = [];

    beforeAll(async () => {
      if (!present) return;
      o = await openPage();
      await setAsOf(o.page, AS_OF);
      await o.page.exposeFunction("__progress", (t: string) => progress.push(t));
      await o.page.evaluate(() => {
        const status = document.getElementById("zi-status")!;
        new MutationObserver(() => (window as unknown as { __progress: (t: string) => void }).__progress(status.textContent ?? "")).observe(status, { childList: true, characterData: true, subtree: true });
      });
      await o.page.setInputFiles("#zi-folder", inbox);
      await allRead(o.page);
    }, 120_000);

    afterAll(async () => {
      await o?.page.context().close();
    });

    it("reads in a worker, says how far it is, and lists the files in the CLI's order, lock files left out", async () => {
      const { page } = o;
      expect(await page.getAttribute("#app", "data-reader")).toBe("worker");
      const listed = await page.locator("li.file").evaluateAll((items) => items.map((i) => i.getAttribute("data-file")));
      expect(listed).not.toContain(inFolder("~$01-dinas-baik.xlsx"));
      const total = listed.length;
      expect(total).toBe(hostile.length + 7);
      expect(progress).toContain(`${webText.reading} ${webText.progress(1, total)}`);
      expect(progress.at(-1)).toMatch(new RegExp(`^${webText.allRead(total)}`));
      // The CLI's files, in the CLI's order, are the page's, in the page's.
      const cliFiles = cliValidation.files.map((f) => f.file);
      expect(listed.filter((f) => cliFiles.includes(f!))).toEqual(cliFiles);
      expect(listed.filter((f) => cliAssessment.files.some((a) => a.file === f))).toEqual(cliAssessment.files.map((f) => f.file));
    });

    it("shows each plan's PD, year, status and counts as zi validasi gives them", async () => {
      const { page } = o;
      const f = webText.facts;
      for (const cli of cliValidation.files) {
        const li = item(page, cli.file);
        const status = cli.summary === null ? reportText.verdict.unreadable : cli.error || cli.findings.some((x) => x.severity === "error") ? reportText.verdict.incomplete : reportText.verdict.complete;
        expect(await li.locator(".head .status").textContent(), cli.file).toBe(status);
        if (!cli.summary) continue;
        expect(await facts(page, cli.file), cli.file).toMatchObject({
          [f.agency]: cli.agency ?? f.unknown, [f.year]: String(cli.year ?? f.unknown), [f.actions]: String(cli.summary.actions),
          [f.errors]: String(cli.summary.errors), [f.warnings]: String(cli.summary.warnings),
        });
      }
      expect(await item(page, inFolder(F.complete)).locator(".status").textContent()).toBe(reportText.verdict.complete);
      expect(await facts(page, inFolder(F.complete))).toMatchObject({ [f.agency]: "DINAS LENGKAP", [f.actions]: "68", [f.errors]: "0" });
      expect(await item(page, inFolder(F.own)).getAttribute("data-status")).toBe("own");
    });

    it("gives every hostile file its message, the big one refused by its size, and still reviews the rest", async () => {
      const { page } = o;
      for (const h of hostile) {
        const li = item(page, inFolder(h.name));
        if (h.error === null) {
          expect(await li.getAttribute("data-status"), h.name).toBe("incomplete");
          continue;
        }
        const reason = await li.locator(".reason").textContent();
        if (typeof h.error === "string") expect(reason, h.name).toBe(h.error);
        else expect(reason, h.name).toMatch(h.error);
        // The hidden plan is still read and judged; the others cannot be.
        expect(await li.getAttribute("data-status"), h.name).toBe(h.name.startsWith("09-") ? "incomplete" : "unreadable");
      }
      const big = item(page, inFolder(F.big));
      expect(await big.locator(".status").textContent()).toBe(reportText.verdict.unreadable);
      expect(await big.locator(".reason").textContent()).toBe(filesText.tooLarge(65, 64));
    });

    it("shows each LKE's layout, unit and TPI scores and predicates as zi nilai gives them", async () => {
      const { page } = o;
      const f = webText.facts;
      for (const [file, layout] of [[F.lkeZi, "zi"], [F.lkeResmi, "resmi"]] as const) {
        const cli = cliAssessment.files.find((x) => x.file === inFolder(file))!;
        expect(cli.layout).toBe(layout);
        const { unit, tpi } = cli.assessments!;
        expect(await item(page, inFolder(file)).locator(".status").textContent()).toBe(webText.kinds.lke);
        expect(await facts(page, inFolder(file))).toMatchObject({
          [f.agency]: cli.agency, [f.layout]: webText.lkeLayout[layout],
          [f.unit]: webText.score(number2(unit.total), predicate(unit.predicate)), [f.tpi]: webText.score(number2(tpi.total), predicate(tpi.predicate)),
        });
      }
    });

    it("opens a plan's findings below it, each kind naming every rencana aksi it concerns", async () => {
      const { page } = o;
      const file = inFolder("01-dinas-baik.xlsx");
      const cli = cliValidation.files.find((x) => x.file === file)!;
      const review = reviewFindings(cli.findings);
      const details = item(page, file).locator("details.findings");
      expect(await details.locator("table.summary").isVisible()).toBe(false);
      await details.locator("> summary").click();
      expect(await details.locator("table.summary").isVisible()).toBe(true);
      expect(await details.locator("> summary").textContent()).toBe(webText.findingsOpen(cli.findings.length));
      expect(await details.locator("details.group > summary .line").allTextContents()).toEqual(review.groups.map((g) => g.line));
      const missing = review.groups.find((g) => g.code === "TARGET_MISSING")!;
      expect(missing.count).toBe(68);
      const group = details.locator('details.group[data-code="TARGET_MISSING"]');
      await group.locator("> summary").click();
      const subjects = await group.locator("li.entry .subject").allTextContents();
      expect(subjects).toEqual(missing.entries.map((e) => e.subjectFull));
      // Each names its rencana aksi by id and the Lampiran's words, and where it is.
      expect(subjects[0]).toMatch(/^MP\.1\.1 /);
      expect(await group.locator("li.entry .cell").first().textContent()).toBe(`${missing.entries[0].sheet}!${missing.entries[0].cell}`);
    });

    it("opens an LKE's reader findings with their cells and what is short for the next predicate", async () => {
      const { page } = o;
      const file = inFolder(F.lkeResmi);
      const cli = cliAssessment.files.find((x) => x.file === file)!;
      expect(cli.findings.map((x) => x.code)).toEqual(expect.arrayContaining(["QUESTION_NOT_FOUND", "ROW_UNMATCHED"]));
      const details = item(page, file).locator("details.findings.lke");
      await details.locator("> summary").click();
      const lines = await details.locator("ul.reader li").allTextContents();
      for (const x of cli.findings) expect(lines.some((l) => l.includes(`${x.sheet}!${x.cell}`) && l.includes(x.message)), x.code).toBe(true);
      const assessed = reviewXlsx(file, new Uint8Array(readFileSync(at(F.lkeResmi))), { asOf: serialFromIso(AS_OF)!, timeZone: "Asia/Jakarta" });
      if (assessed.kind !== "lke" || !assessed.assessed.scores) throw new Error("not scored");
      const tpiLine = webText.shortfall(webText.facts.tpi, shortfallText(LKE_ZI_2026, assessed.assessed.scores.tpi));
      expect(await details.locator("ul.shortfalls li").allTextContents()).toContain(tpiLine);
      expect(tpiLine).toMatch(/IPAK/);
    });

    it("downloads both recaps, cell for cell what zi validasi --rekap and zi nilai --rekap write for the same folder", async () => {
      const { page } = o;
      await page.fill("#zi-kabupaten", KABUPATEN);
      for (const [button, cli, name] of [
        ["#zi-recap-validation", cliRecap.validation, webText.recapFile.validation(AS_OF)],
        ["#zi-recap-assessment", cliRecap.assessment, webText.recapFile.assessment(AS_OF)],
      ] as const) {
        const [download] = await Promise.all([page.waitForEvent("download"), page.click(button)]);
        expect(download.suggestedFilename()).toBe(name);
        const saved = path.join(root, `page-${name}`);
        await download.saveAs(saved);
        const mine = await dump(readFileSync(saved));
        const theirs = await dump(readFileSync(cli));
        expect(mine.map((s) => s.name)).toEqual(theirs.map((s) => s.name));
        expect(mine).toEqual(theirs);
        expect(Object.keys(mine[0].cells).length).toBeGreaterThan(100);
      }
      expect(await page.textContent("#zi-recap-status")).toBe(webText.recapReady(webText.recapFile.assessment(AS_OF)));
      // Written in a worker: the page stays live while exceljs works through the sheets.
      expect(await page.getAttribute("#app", "data-writer")).toBe("worker");
      // The recaps hold what was shown: every hostile file, both LKE, the kabupaten typed.
      const recap = await dump(readFileSync(path.join(root, `page-${webText.recapFile.assessment(AS_OF)}`)));
      expect(JSON.stringify(recap[0].cells)).toContain(KABUPATEN.toUpperCase());
      expect(await page.evaluate(() => typeof (window as { ExcelJS?: unknown }).ExcelJS)).toBe("undefined");
    }, 60_000);

    it("shows text from the files as text: a PD name or a file name made of markup runs nothing", async () => {
      const { page } = o;
      expect((await facts(page, inFolder(F.hostilePd)))[webText.facts.agency]).toBe(HOSTILE_PD);
      expect(await item(page, inFolder(MARKUP_NAME)).locator(".name").textContent()).toBe(inFolder(MARKUP_NAME));
      expect(await page.locator("#zi-results img, #zi-results script, #zi-results svg").count()).toBe(0);
    });

    it("prints the list with every file's status and its findings open, and closes them again after", async () => {
      const { page } = o;
      const closedBefore = await page.locator("#zi-results details:not([open])").count();
      expect(closedBefore).toBeGreaterThan(0);
      // What is closed at the moment the page is printed, seen after the page's own beforeprint.
      await page.evaluate(() => {
        const w = window as unknown as { __closedWhilePrinting: number[] };
        w.__closedWhilePrinting = [];
        window.addEventListener("beforeprint", () => w.__closedWhilePrinting.push(document.querySelectorAll("#zi-results details:not([open])").length));
      });
      const pdf = await page.pdf({ format: "A4" });
      expect(pdf.subarray(0, 4).toString()).toBe("%PDF");
      const seen = await page.evaluate(() => (window as unknown as { __closedWhilePrinting: number[] }).__closedWhilePrinting);
      expect(seen.length).toBeGreaterThan(0);
      expect(seen.every((n) => n === 0)).toBe(true);
      expect(await page.locator("#zi-results details:not([open])").count()).toBe(closedBefore);
      // The print stylesheet leaves the controls out and keeps each file's status and the date.
      await page.emulateMedia({ media: "print" });
      expect(await page.isVisible(".controls")).toBe(false);
      expect(await page.textContent("#zi-print-line")).toBe(webText.printedAt("30 Juni 2026"));
      expect(await page.isVisible("#zi-print-line")).toBe(true);
      expect(await item(page, inFolder("03-kosong.xlsx")).locator(".status").isVisible()).toBe(true);
      await page.emulateMedia({ media: "screen" });
    });

    it("reads every file again when the date changes: what was due by then is now overdue", async () => {
      const { page } = o;
      const file = inFolder(F.complete);
      await setAsOf(page, "2027-01-15");
      await allRead(page);
      const cli = JSON.parse((await ziInRoot("validasi", file, "--json", "--per-tanggal", "2027-01-15")).out) as CliValidation;
      const before = cliValidation.files.find((x) => x.file === file)!.summary!.warnings;
      const after = cli.files[0].summary!.warnings;
      expect(after).toBeGreaterThan(before);
      expect(await facts(page, file)).toMatchObject({ [webText.facts.warnings]: String(after), [webText.facts.errors]: "0" });
    }, 120_000);

    it("made no request, no error and no dialog while reading, downloading and printing", () => {
      expectQuiet(o);
    });
  });

  it("reads the files itself, one at a time with the page still live, when the browser refuses the worker", async () => {
    // A browser policy that forbids workers; and a record of every file whose bytes were read.
    const o = await openPage(`
      window.Worker = function () { throw new DOMException("blocked", "SecurityError"); };
      window.__read = [];
      const arrayBuffer = Blob.prototype.arrayBuffer;
      Blob.prototype.arrayBuffer = function () { window.__read.push(this.name); return arrayBuffer.call(this); };
    `);
    const { page } = o;
    const names = ["01-dinas-baik.xlsx", "05-acak.xlsx", "11-bom-zip.xlsx", F.big, F.complete];
    // A timer that keeps firing while files are read: the page is not frozen for the whole batch.
    await page.evaluate(() => {
      const w = window as unknown as { __ticks: number[] };
      w.__ticks = [];
      setInterval(() => w.__ticks.push(Number(document.getElementById("app")!.dataset.done ?? 0)), 5);
    });
    await page.setInputFiles("#zi-files", names.map(at));
    await allRead(page);
    expect(await page.getAttribute("#app", "data-reader")).toBe("main");
    const statuses = await page.locator("li.file").evaluateAll((items) => items.map((i) => [i.getAttribute("data-file"), i.getAttribute("data-status")]));
    expect(Object.fromEntries(statuses)).toEqual({
      "01-dinas-baik.xlsx": "incomplete", "05-acak.xlsx": "unreadable", "11-bom-zip.xlsx": "unreadable", [F.big]: "unreadable", [F.complete]: "complete",
    });
    expect(await item(page, "11-bom-zip.xlsx").locator(".reason").textContent()).toBe(hostile.find((h) => h.name === "11-bom-zip.xlsx")!.error);
    expect(await item(page, F.big).locator(".reason").textContent()).toBe(filesText.tooLarge(65, 64));
    // The file over 64 MB was refused before its bytes were read; every other file was read once.
    expect((await page.evaluate(() => (window as unknown as { __read: string[] }).__read)).sort()).toEqual(names.filter((n) => n !== F.big).sort());
    const ticks = await page.evaluate(() => (window as unknown as { __ticks: number[] }).__ticks);
    expect(ticks.some((d) => d > 0 && d < names.length)).toBe(true);
    // Without a worker the recap is written in the page, with the inlined exceljs run there.
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#zi-recap-validation")]);
    const recap = await dump(readFileSync(await download.path()));
    expect(recap.map((s) => s.name)).toEqual([reportText.sheetNames.recap, reportText.sheetNames.findings]);
    expect(Object.values(recap[0].cells).map((c) => c.value)).toContain(F.complete);
    expect(await page.getAttribute("#app", "data-writer")).toBe("main");
    expect(await page.evaluate(() => typeof (window as { ExcelJS?: unknown }).ExcelJS)).toBe("object");
    expectQuiet(o);
    await page.context().close();
  }, 120_000);

  it("loses only the file a worker dies on: that file says so, the files behind it go to a new worker", async () => {
    // A worker dies on the first file it is given (as one does when memory runs out): an error
    // event, and nothing more from it. Every worker the page starts is counted.
    const o = await openPage(`
      window.__killed = [];
      window.__started = 0;
      const RealWorker = window.Worker;
      window.Worker = class extends RealWorker {
        constructor(...args) { super(...args); window.__started++; }
        postMessage(message, ...rest) {
          if (message && message.type === "review" && !window.__killed.length) {
            window.__killed.push(message.path);
            setTimeout(() => this.dispatchEvent(new ErrorEvent("error", { message: "out of memory", cancelable: true })), 50);
            return;
          }
          return super.postMessage(message, ...rest);
        }
      };
    `);
    const { page } = o;
    const names = ["01-dinas-baik.xlsx", "05-acak.xlsx", "11-bom-zip.xlsx", F.complete];
    await page.setInputFiles("#zi-files", names.map(at));
    await allRead(page);
    expect(await page.getAttribute("#app", "data-reader")).toBe("worker");
    const killed = await page.evaluate(() => (window as unknown as { __killed: string[] }).__killed);
    expect(killed).toHaveLength(1);
    const lost = names.find((n) => killed[0].endsWith(n))!;
    expect(await item(page, lost).getAttribute("data-status")).toBe("unreadable");
    expect(await item(page, lost).locator(".reason").textContent()).toBe(webText.crashed);
    // Every other file has the result it has when no worker dies.
    const normal: Record<string, string> = {
      "01-dinas-baik.xlsx": "incomplete", "05-acak.xlsx": "unreadable", "11-bom-zip.xlsx": "unreadable", [F.complete]: "complete",
    };
    for (const n of names.filter((x) => x !== lost)) expect(await item(page, n).getAttribute("data-status"), n).toBe(normal[n]);
    expect(await page.evaluate(() => (window as unknown as { __started: number }).__started)).toBeGreaterThan(1);
    expect(o.errors).toEqual([]);
    await page.context().close();
  }, 120_000);

  it("reads files dropped on the page, says when a date is no date, and empties the list", async () => {
    const o = await openPage();
    const { page } = o;
    const files = ["13-lengkap.xlsx", "08-csv.xlsx"].map((name) => ({ name, bytes: readFileSync(at(name)).toString("base64") }));
    await page.evaluate((list) => {
      const data = new DataTransfer();
      for (const f of list) data.items.add(new File([Uint8Array.from(atob(f.bytes), (c) => c.charCodeAt(0))], f.name));
      document.getElementById("zi-drop")!.dispatchEvent(new DragEvent("drop", { dataTransfer: data, bubbles: true, cancelable: true }));
    }, files);
    await allRead(page);
    expect(await item(page, "13-lengkap.xlsx").getAttribute("data-status")).toBe("complete");
    expect(await item(page, "08-csv.xlsx").locator(".reason").textContent()).toBe(filesText.csv);
    // A date that is no date is said, and the results stay as they were read.
    await setAsOf(page, "");
    expect(await page.textContent("#zi-date-note")).toBe(webText.fields.badDate);
    expect(await page.locator("li.file").count()).toBe(2);
    await page.click("#zi-clear");
    expect(await page.locator("li.file").count()).toBe(0);
    expect(await page.isDisabled("#zi-recap-validation")).toBe(true);
    expectQuiet(o);
    await page.context().close();
  });
});
