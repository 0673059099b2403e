// The offline page in Firefox, opened from disk as a reviewer opens it: received plans, LKE
// workbooks of both layouts and the CLI's hostile files are picked, and what the page shows and
// downloads is held against what `zi validasi` and `zi nilai` say of the same files. The full
// behaviour (printing, a dying worker, dropped folders) is tested in Chromium (page.test.ts); this
// is the same page in the other engine reviewers use.
import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, ElementHandle, Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { number2, reportText, tpiReportText, webText, type Finding } from "../../core/index.js";
import { addLkeSheets } from "../../cli/score/workbook.js";
import { newWorkbook } from "../../cli/xlsx/files.js";
import { buildWeb } from "../../scripts/build-web.mjs";
import { writeHostileInbox } from "../helpers/bad-files.js";
import { launchFirefox, requireFirefoxInCi } from "../helpers/firefox.js";
import { tempDir, zi } from "../helpers/files.js";
import { bestAnswers, withAnswers } from "../helpers/lke.js";
import { writeOfficialXlsx } from "../helpers/official-lke.js";
import { dump } from "../helpers/xlsx-dump.js";

const present = requireFirefoxInCi();
const root = tempDir("zi-web-ff-");
const inbox = path.join(root, "kiriman");
const AS_OF = "2026-06-30";
const KABUPATEN = "Kabupaten Purwakarta";
const LKE_ZI = "lke-dishub.xlsx";
const LKE_RESMI = "lke-resmi-bappeda.xlsx";

interface CliFiles {
  files: {
    file: string; error: string | null; agency: string | null; year: number | null; layout?: string | null;
    summary?: { actions: number; errors: number; warnings: number } | null; findings: Finding[];
    assessments?: { unit: { total: number; predicate: string | null }; tpi: { total: number; predicate: string | null } } | null;
  }[];
}

let browser: Browser;
let pageUrl = "";
let cliValidation: CliFiles;
let cliAssessment: CliFiles;
const cliRecap = { validation: path.join(root, "cli-rekap-validasi.xlsx"), assessment: path.join(root, "cli-laporan-tpi.xlsx") };

/** zi run inside the inbox on ".", so that it names each file by its bare name, as the page names files picked alone. */
async function ziInInbox(...argv: string[]): Promise<string> {
  const cwd = process.cwd();
  process.chdir(inbox);
  try {
    return (await zi(...argv)).out;
  } finally {
    process.chdir(cwd);
  }
}

/** Keeps every Blob the page makes a URL of, and turns its download clicks into a record instead of a save dialog. */
const CAPTURE_DOWNLOADS = `(() => {
  const blobs = new Map();
  const make = URL.createObjectURL.bind(URL);
  URL.createObjectURL = (blob) => { const url = make(blob); blobs.set(url, blob); return url; };
  window.__downloads = [];
  const click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function () {
    if (this.download && blobs.has(this.href)) window.__downloads.push({ name: this.download, blob: blobs.get(this.href) });
    else click.call(this);
  };
})();`;

beforeAll(async () => {
  if (!present) return;
  pageUrl = pathToFileURL((await buildWeb({ outFile: path.join(root, "dist", "web", "index.html") })).outFile).href;
  mkdirSync(inbox, { recursive: true });
  await writeHostileInbox(inbox);
  const best = bestAnswers();
  const lke = newWorkbook();
  addLkeSheets(lke, { agency: "Dinas Perhubungan", year: 2026, answers: { unit: best, tpi: withAnswers(best, { 12: "D", 40: "C" }) }, timeZone: "Asia/Jakarta" });
  await lke.xlsx.writeFile(path.join(inbox, LKE_ZI));
  await writeOfficialXlsx(path.join(inbox, LKE_RESMI), { agency: "Bappeda", year: 2026, unit: best, tpi: withAnswers(best, { 125: 3, 126: 2 }) });
  cliValidation = JSON.parse(await ziInInbox("validasi", ".", "--json", "--per-tanggal", AS_OF, "--rekap", cliRecap.validation));
  cliAssessment = JSON.parse(await ziInInbox("nilai", ".", "--json", "--rekap", cliRecap.assessment, "--per-tanggal", AS_OF, "--kabupaten", KABUPATEN));
  browser = await launchFirefox();
}, 180_000);

afterAll(async () => {
  await browser?.close();
});

const predicate = (p: string | null) => p ?? tpiReportText.noPredicate;

describe.skipIf(!present)("the offline page in Firefox, opened from disk", () => {
  let page: Page;
  const errors: string[] = [];
  const requests: string[] = [];

  beforeAll(async () => {
    if (!present) return;
    page = await browser.newPage();
    page.on("pageerror", (e) => errors.push(String(e)));
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    page.on("dialog", (d) => {
      errors.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    page.on("request", (r) => requests.push(r.url()));
    await page.evaluateOnNewDocument(CAPTURE_DOWNLOADS);
    await page.goto(pageUrl);
    await page.waitForSelector("body[data-rendered=true]");
    await page.waitForSelector("#app[data-reader=worker]");
    await page.$eval("#zi-as-of", (el, iso) => {
      (el as HTMLInputElement).value = iso;
      el.dispatchEvent(new Event("change", { bubbles: true }));
    }, AS_OF);
    const input = (await page.$("#zi-files")) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(...readdirSync(inbox).map((f) => path.join(inbox, f)));
    await page.waitForSelector("#app[data-state=done]", { timeout: 120_000 });
  }, 180_000);

  const listed = () => page.$$eval("li.file", (items) => items.map((i) => i.getAttribute("data-file")));
  /** A file's item: its status word, reason, and facts term -> value. */
  const shown = (file: string) =>
    page.$$eval("li.file", (items, name) => {
      const li = items.find((i) => i.getAttribute("data-file") === name);
      if (!li) return null;
      const facts = Object.fromEntries([...li.querySelectorAll(".facts > div")].map((d) => [d.querySelector("dt")!.textContent, d.querySelector("dd")!.textContent]));
      return { status: li.querySelector(".head .status")?.textContent ?? null, reason: li.querySelector(".reason")?.textContent ?? null, facts };
    }, file);

  it("reads every file in a worker and lists them in the CLI's order", async () => {
    expect(await page.$eval("#app", (el) => el.getAttribute("data-reader"))).toBe("worker");
    const names = await listed();
    expect(names).toHaveLength(readdirSync(inbox).length);
    const plans = cliValidation.files.map((f) => f.file);
    expect(names.filter((f) => plans.includes(f!))).toEqual(plans);
    expect(names.filter((f) => cliAssessment.files.some((a) => a.file === f))).toEqual(cliAssessment.files.map((f) => f.file));
  });

  it("shows each plan's status and counts, and each unreadable file's reason, as zi validasi gives them", async () => {
    const f = webText.facts;
    for (const cli of cliValidation.files) {
      const item = await shown(cli.file);
      if (!cli.summary) {
        expect(item?.status, cli.file).toBe(reportText.verdict.unreadable);
        expect(item?.reason, cli.file).toBe(cli.error);
        continue;
      }
      // A plan found only on a hidden sheet carries a note and is still judged.
      const incomplete = cli.error !== null || cli.findings.some((x) => x.severity === "error");
      expect(item?.status, cli.file).toBe(incomplete ? reportText.verdict.incomplete : reportText.verdict.complete);
      expect(item?.facts, cli.file).toMatchObject({
        [f.agency]: cli.agency ?? f.unknown, [f.actions]: String(cli.summary!.actions), [f.errors]: String(cli.summary!.errors), [f.warnings]: String(cli.summary!.warnings),
      });
    }
    expect(cliValidation.files.filter((x) => !x.summary).length).toBeGreaterThan(4);
  });

  it("shows each LKE's layout, unit and TPI scores as zi nilai gives them", async () => {
    const f = webText.facts;
    for (const [file, layout] of [[LKE_ZI, "zi"], [LKE_RESMI, "resmi"]] as const) {
      const cli = cliAssessment.files.find((x) => x.file === file)!;
      expect(cli.layout).toBe(layout);
      const { unit, tpi } = cli.assessments!;
      expect(await shown(file)).toMatchObject({
        status: webText.kinds.lke,
        facts: { [f.layout]: webText.lkeLayout[layout], [f.unit]: webText.score(number2(unit.total), predicate(unit.predicate)), [f.tpi]: webText.score(number2(tpi.total), predicate(tpi.predicate)) },
      });
    }
  });

  it("downloads both recaps, cell for cell what zi validasi --rekap and zi nilai --rekap write for the same files", async () => {
    await page.$eval("#zi-kabupaten", (el, k) => {
      (el as HTMLInputElement).value = k;
      el.dispatchEvent(new Event("input", { bubbles: true }));
    }, KABUPATEN);
    for (const [button, cli, name, count] of [
      ["#zi-recap-validation", cliRecap.validation, webText.recapFile.validation(AS_OF), 1],
      ["#zi-recap-assessment", cliRecap.assessment, webText.recapFile.assessment(AS_OF), 2],
    ] as const) {
      await page.click(button);
      await page.waitForFunction((n) => (window as unknown as { __downloads: unknown[] }).__downloads.length === n, { timeout: 60_000 }, count);
      const saved = await page.evaluate(async () => {
        const d = (window as unknown as { __downloads: { name: string; blob: Blob }[] }).__downloads.at(-1)!;
        const bytes = new Uint8Array(await d.blob.arrayBuffer());
        let binary = "";
        for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
        return { name: d.name, base64: btoa(binary) };
      });
      expect(saved.name).toBe(name);
      const mine = await dump(Buffer.from(saved.base64, "base64"));
      const theirs = await dump(readFileSync(cli));
      expect(mine.map((s) => s.name)).toEqual(theirs.map((s) => s.name));
      expect(mine).toEqual(theirs);
    }
    expect(await page.$eval("#app", (el) => el.getAttribute("data-writer"))).toBe("worker");
  }, 120_000);

  it("made no request beyond the page and its Blob URLs, and no error", () => {
    expect(errors).toEqual([]);
    expect(requests.length).toBeGreaterThan(0);
    for (const url of requests) expect(/^(file|blob|data):/.test(url), url).toBe(true);
  });
});
