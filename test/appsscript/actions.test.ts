// The sidebar's server functions in the built Code.js: each action is the core host action, the
// spreadsheet is read once per sheet, new sheets never replace old ones, the reply is plain data,
// the call budget does not grow with the catalog, and typed text survives "Perbarui Lampiran".
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  actionsText, findingReviewText, findingSubject, functionErrors, instantFromWallClock, isoFromSerial, LAMPIRAN_I, readPlan, serialFromIso,
  subjectLabel, todaySerial, uiText, type ActionName, type Catalog,
} from "../../core/index.js";
import { scaleCatalog } from "../helpers/catalog.js";
import { gridOf, snapshot } from "../helpers/gas/inspect.js";
import { loadScript, type LoadedScript } from "../helpers/gas/sandbox.js";
import { bestAnswers } from "../helpers/lke.js";
import { officialWorkbook } from "../helpers/official-lke.js";

const hostile: string[] = JSON.parse(readFileSync(new URL("../vectors/hostile-strings.json", import.meta.url), "utf8")).strings;
const ALL = Object.keys(uiText.buttons) as ActionName[];

const form = {
  agency: "Dinas Kesehatan",
  year: 2026,
  predicate: "WBK",
  team: [{ name: "Ketua Tim", nip: "198001012005011001", position: "Sekretaris" }],
};

type Outcome = { ok: boolean; message: string; items: unknown[]; score: unknown; inserted: string[] };

function run(script: LoadedScript, name: string, f: unknown = form, asOf: unknown = null, catalog?: Catalog): Outcome {
  if (catalog) return script.global.ZI.internal.runAction(name, script.inRealm(f), asOf, { catalog }) as Outcome;
  return script.fn("ziRunAction")(name, script.inRealm(f), asOf) as Outcome;
}

/** True when a value holds only what google.script.run can carry (no Date, function, NaN). */
function plain(v: unknown): boolean {
  if (v === null || typeof v === "string" || typeof v === "boolean") return true;
  if (typeof v === "number") return Number.isFinite(v);
  if (Array.isArray(v)) return v.every(plain);
  if (typeof v === "object" && Object.getPrototypeOf(v)?.constructor?.name === "Object") return Object.values(v as object).every((x) => x === undefined || plain(x));
  return false;
}

describe("Sisipkan Lampiran from the sidebar", () => {
  it("inserts the plan with the form's values, activates it and answers in plain data", async () => {
    const script = await loadScript();
    const out = run(script, "sisipkanLampiran");
    expect(out).toMatchObject({ ok: true, inserted: ["Lampiran ZI"] });
    expect(out.message).toContain("Dinas Kesehatan");
    expect(plain(out)).toBe(true);
    const read = readPlan(gridOf(script.spreadsheet._sheet("Lampiran ZI")))!;
    expect(read.document).toMatchObject({ agency: "Dinas Kesehatan", year: 2026, predicate: "WBK" });
    expect(read.document.team[0]).toMatchObject({ name: "Ketua Tim", nip: "198001012005011001" });
    expect(script.spreadsheet._active?._name).toBe("Lampiran ZI");
    // It reads nothing: no getValues at all.
    expect(script.log.of("Range", "getValues")).toHaveLength(0);
  });

  it("never replaces a sheet: a second plan gets a free name and the first is untouched", async () => {
    const script = await loadScript();
    run(script, "sisipkanLampiran");
    const first = snapshot(script.spreadsheet._sheet("Lampiran ZI"));
    expect(run(script, "sisipkanLampiran", { ...form, agency: "Dinas Sosial" }).inserted).toEqual(["Lampiran ZI (2)"]);
    expect(snapshot(script.spreadsheet._sheet("Lampiran ZI"))).toEqual(first);
  });

  it("asks for the agency instead of inserting, and inserts nothing", async () => {
    const script = await loadScript();
    const out = run(script, "sisipkanLampiran", { ...form, agency: "  " });
    expect(out).toMatchObject({ ok: false, inserted: [] });
    expect(out.message).toBe(actionsText.needAgency);
    expect(script.spreadsheet._sheets).toHaveLength(0);
  });

  it("uses the same service calls for the real catalog and a ten times larger one", async () => {
    const a = await loadScript();
    const b = await loadScript();
    run(a, "sisipkanLampiran", form, null, LAMPIRAN_I);
    run(b, "sisipkanLampiran", form, null, scaleCatalog(LAMPIRAN_I, 10));
    expect(b.spreadsheet._sheet("Lampiran ZI")._cells.size).toBeGreaterThan(3 * a.spreadsheet._sheet("Lampiran ZI")._cells.size);
    expect(b.log.names(b.log.serviceCalls)).toEqual(a.log.names(a.log.serviceCalls));
  });
});

/** A spreadsheet holding a generated plan whose action rows carry the given values (target, owner, status...). */
async function withPlan(catalog: Catalog = LAMPIRAN_I, timeZone = "Asia/Jakarta") {
  const script = await loadScript({ timeZone });
  run(script, "sisipkanLampiran", form, null, catalog);
  const sheet = script.spreadsheet._sheet("Lampiran ZI");
  const grid = gridOf(sheet);
  const idCol = grid.values.find((r) => r.includes("MP.1.1"))!.indexOf("MP.1.1");
  const rowOf = (id: string) => grid.values.findIndex((r) => r[idCol] === id);
  script.log.reset();
  return { script, sheet, rowOf };
}

describe("Perbarui Lampiran from the sidebar", () => {
  it("keeps every typed value, hostile text included, as literal text in a new sheet", async () => {
    const { script, sheet, rowOf } = await withPlan();
    const ids = ["MP.1.1", "PT.1.1", "SDM.1.1", "AK.1.1", "PW.1.1", "PP.1.1"];
    // Owner (E), evidence (H) and notes (I) of several rows, as a user typed them.
    const typed = hostile.map((text, i) => ({ row: rowOf(ids[i % ids.length]), col: [4, 7, 8][Math.floor(i / ids.length) % 3], text }));
    for (const t of typed) sheet._store(t.row, t.col, { value: t.text, typed: "literal" });
    const out = run(script, "perbaruiLampiran", {});
    expect(out).toMatchObject({ ok: true, inserted: ["Lampiran ZI (2)"] });
    const fresh = script.spreadsheet._sheet("Lampiran ZI (2)");
    for (const t of typed) expect(fresh._cell(t.row, t.col), t.text).toMatchObject({ value: t.text, typed: "literal" });
    // The only formulas are the hidden JATUH TEMPO column's (K), one per rencana aksi.
    expect([...fresh._formulas().keys()].every((ref) => ref.startsWith("K"))).toBe(true);
    expect(fresh._formulas().size).toBe(68);
    // Every other string goes in as literal text.
    const dueFormulas = new Set([...fresh._formulas()].filter(([ref]) => ref.startsWith("K")).map(([, f]) => f));
    const strings = script.log.of("Range", "setValues").flatMap((c) => (c.args[0] as unknown[][]).flat())
      .filter((v) => typeof v === "string" && v !== "" && !dueFormulas.has(v));
    for (const s of strings as string[]) expect(s.startsWith("'"), s).toBe(true);
  });

  it("reads each sheet with one getValues and keeps a typed date on its day in the spreadsheet's time zone", async () => {
    for (const timeZone of ["Asia/Jakarta", "America/Los_Angeles"]) {
      const { script, sheet, rowOf } = await withPlan(LAMPIRAN_I, timeZone);
      const row = rowOf("PW.4.2");
      // Sheets hands a typed date to getValues as the instant of its midnight in the spreadsheet's zone.
      sheet._store(row, 3, { value: new script.DateCtor(instantFromWallClock(2026, 9, 30, 0, 0, 0, timeZone).getTime()) });
      script.spreadsheet._addSheet("Catatan")._write(0, 0, "bebas");
      expect(run(script, "perbaruiLampiran", {}).ok).toBe(true);
      expect(script.log.of("Range", "getValues")).toHaveLength(2);
      expect(script.spreadsheet._sheet("Lampiran ZI (2)")._cell(row, 3)?.value).toBe(serialFromIso("2026-09-30"));
    }
  });

  it("skips a sheet too large to read, says so, and still refreshes the plan", async () => {
    const { script } = await withPlan();
    const huge = script.spreadsheet._addSheet("Arsip");
    huge._maxRows = 3_000_000;
    huge._write(2_100_000, 0, "baris terakhir");
    const out = run(script, "perbaruiLampiran", {});
    expect(out.ok).toBe(true);
    expect(out.items).toEqual([expect.objectContaining({ severity: "warning", sheet: "Arsip", text: expect.stringMatching(/Arsip.*terlalu besar/) })]);
    expect(script.log.of("Range", "getValues")).toHaveLength(1);
  });

  it("uses the same service calls for the real catalog and a ten times larger one", async () => {
    const a = await withPlan(LAMPIRAN_I);
    const b = await withPlan(scaleCatalog(LAMPIRAN_I, 10));
    run(a.script, "perbaruiLampiran", {}, null, LAMPIRAN_I);
    run(b.script, "perbaruiLampiran", {}, null, scaleCatalog(LAMPIRAN_I, 10));
    expect(b.script.spreadsheet._sheets.map((s) => s._name)).toEqual(["Lampiran ZI", "Lampiran ZI (2)"]);
    expect(b.script.log.names(b.script.log.serviceCalls)).toEqual(a.script.log.names(a.script.log.serviceCalls));
  });

  it("says so when there is no plan, and inserts nothing", async () => {
    const script = await loadScript();
    script.spreadsheet._addSheet("Data")._write(0, 0, "x");
    expect(run(script, "perbaruiLampiran", {})).toMatchObject({ ok: false, message: actionsText.noPlan, inserted: [] });
    expect(script.spreadsheet._sheets).toHaveLength(1);
  });
});

describe("server functions guard what the sidebar sends", () => {
  it("refuses an unknown action and a bad as-of date with a readable message", async () => {
    const script = await loadScript();
    expect(run(script, "hapusSemua")).toMatchObject({ ok: false, inserted: [] });
    expect(run(script, "hapusSemua").message).toMatch(/tidak dikenal/);
    expect(run(script, "sisipkanLampiran", form, "31-02-2026")).toMatchObject({ ok: false, message: functionErrors.badAsOf });
    expect(script.spreadsheet._sheets).toHaveLength(0);
  });

  it("turns an unexpected failure into one Indonesian sentence and replaces nothing", async () => {
    const script = await loadScript();
    script.spreadsheet.insertSheet = () => {
      throw new Error("Service Spreadsheets failed");
    };
    let error: unknown;
    try {
      run(script, "sisipkanLampiran");
    } catch (e) {
      error = e;
    }
    expect((error as Error).message).toBe(uiText.unexpected("Service Spreadsheets failed"));
    expect(script.spreadsheet._sheets).toHaveLength(0);
  });

  it("starts the sidebar with today in the spreadsheet's zone, as plain data", async () => {
    const script = await loadScript({ timeZone: "America/Los_Angeles" });
    const init = script.fn("ziSidebarInit")() as { today: string; timeZone: string; year: number };
    expect(init.today).toBe(isoFromSerial(todaySerial("America/Los_Angeles")));
    expect(init.timeZone).toBe("America/Los_Angeles");
    expect(plain(init)).toBe(true);
  });

  it("selects the cell a finding points to, and says which sheet is gone", async () => {
    const script = await loadScript();
    script.spreadsheet._addSheet("Lampiran ZI");
    script.spreadsheet._addSheet("Lain");
    expect(script.fn("ziSelectCell")("Lampiran ZI", "D12")).toBe(true);
    expect(script.spreadsheet._activeRange).toBe("Lampiran ZI!D12");
    expect(script.spreadsheet._active?._name).toBe("Lampiran ZI");
    expect(() => script.fn("ziSelectCell")("Dihapus", "D12")).toThrow(/Dihapus.*tidak ditemukan/);
    expect(() => script.fn("ziSelectCell")("Lampiran ZI", "<img src=x>")).toThrow(/tidak valid/);
  });
});

describe("the menu", () => {
  it("is built on open from UI calls only, with every action wired to a global function", async () => {
    const script = await loadScript();
    script.fn("onOpen")({ authMode: "NONE" });
    expect(script.log.calls.every((c) => c.cls === "SpreadsheetApp" || c.cls === "Ui" || c.cls === "Menu")).toBe(true);
    const [menu] = script.ui._menus;
    expect(menu._caption).toBe("Zona Integritas");
    expect(menu._added).toBe(true);
    const items = menu._items.filter((i): i is { caption: string; fn: string } => i !== "separator");
    expect(items[0]).toEqual({ caption: uiText.menu.open, fn: "ziOpenSidebar" });
    expect(items.slice(1).map((i) => i.caption)).toEqual(ALL.map((n) => uiText.buttons[n]));
    for (const item of items) expect(typeof script.global[item.fn], item.fn).toBe("function");
  });

  it("reports an outcome in an alert: message, new sheets, the first ten findings, the score", async () => {
    const script = await loadScript();
    const items = Array.from({ length: 12 }, (_, i) => ({ group: "g", severity: "error", text: `temuan ${i + 1}`, sheet: "Lampiran ZI", cell: `D${i + 1}` }));
    const text = script.global.ZI.internal.summaryText({
      ok: true, message: "Selesai diperiksa.", items, inserted: ["Temuan"],
      score: { predicate: "WBK", total: 75.456, rows: [] },
    }) as string;
    expect(text.split("\n")).toEqual([
      "Selesai diperiksa.",
      "Lembar baru: Temuan.",
      ...items.slice(0, 10).map((it) => `• [${uiText.severity.error}] ${it.text} — Lampiran ZI!${it.cell}`),
      "… dan 2 temuan lainnya. Buka panel Zona Integritas untuk daftar lengkap.",
      uiText.predicate("WBK"),
      `${uiText.scoreTotal}: 75,46`,
    ]);
  });

  it("reports Periksa by kind of finding with its count, each named, and answers the sidebar in plain data", async () => {
    const { script } = await withPlan();
    script.fn("ziMenuPeriksa")();
    const [title, text] = script.ui._alerts.at(-1)! as [string, string];
    expect(title).toBe(uiText.buttons.periksa);
    expect(text.split("\n")[1]).toBe(`• [${uiText.severity.error}] ${findingReviewText.title.TARGET_MISSING} — 68 rencana aksi`);
    const out = run(script, "periksa") as Outcome & { review: { groups: { entries: { subject: string }[] }[] } };
    expect(plain(out)).toBe(true);
    expect(out.review.groups[0].entries[0].subject).toBe(subjectLabel(findingSubject({ ref: "MP.1.1" }), 72));
  });

  it("opens the sidebar from the built Sidebar.html", async () => {
    const script = await loadScript();
    script.fn("ziOpenSidebar")();
    const [html] = script.ui._sidebars;
    expect(html._file).toBe("Sidebar");
    expect(html._title).toBe("Zona Integritas");
    expect(html.getContent()).toMatch(/^<!DOCTYPE html>/);
  });

  it("runs Perbarui Lampiran directly and reports in an alert; Sisipkan opens the form", async () => {
    const { script } = await withPlan();
    script.fn("ziMenuPerbaruiLampiran")();
    expect(script.spreadsheet._sheets.map((s) => s._name)).toContain("Lampiran ZI (2)");
    const [title, text] = script.ui._alerts.at(-1)!;
    expect(title).toBe(uiText.buttons.perbaruiLampiran);
    expect(text).toContain("Lampiran ZI (2)");
    script.fn("ziMenuSisipkanLampiran")();
    expect(script.ui._sidebars).toHaveLength(1);
  });
});

describe("the official LKE workbook open in Sheets", () => {
  async function withOfficial() {
    const script = await loadScript();
    const wb = officialWorkbook({ unit: bestAnswers(), tpi: bestAnswers(), agency: "Dinas Kesehatan", year: 2026, drop: [9] });
    for (const g of wb.grids.sheets) {
      const sheet = script.spreadsheet._addSheet(g.name);
      g.values.forEach((row, r) => row.forEach((v, c) => sheet._store(r, c, { value: v as never })));
    }
    return script;
  }

  it("Hitung nilai scores it, links its findings to the official cells and writes nothing", async () => {
    const script = await withOfficial();
    const before = wbSnapshot(script);
    script.log.reset();
    const out = run(script, "hitungNilai");
    expect(script.log.serviceCalls.length).toBeLessThanOrEqual(60);
    expect(out.ok).toBe(true);
    expect(out.message).toContain('LKE resmi dibaca dari lembar "Jawaban"');
    expect(out.items).toContainEqual(expect.objectContaining({ code: "QUESTION_NOT_FOUND", sheet: "Jawaban", severity: "error" }));
    expect(plain(out)).toBe(true);
    expect(wbSnapshot(script)).toEqual(before);
  });

  it("Sisipkan LKE carries its answers into a new LKE sheet and leaves the official sheets as they were", async () => {
    const script = await withOfficial();
    const before = wbSnapshot(script);
    script.log.reset();
    const out = run(script, "sisipkanLke", { ...form, agency: "", year: null });
    expect(script.log.serviceCalls.length).toBeLessThanOrEqual(60);
    expect(out).toMatchObject({ ok: true, inserted: ["LKE ZI"] });
    expect(out.message).toContain("dibawa dari LKE resmi");
    expect(wbSnapshot(script, ["LKE ZI"])).toEqual(before);
  });

  it("Sisipkan LKE with the offer unticked inserts an empty LKE sheet; a form that says nothing still carries", async () => {
    const ya = (script: LoadedScript) => [...script.spreadsheet._sheet("LKE ZI")._cells.values()].filter((c) => c.value === "Ya").length;
    const declined = await withOfficial();
    const out = run(declined, "sisipkanLke", { ...form, agency: "", year: null, carryOfficial: false });
    expect(out).toMatchObject({ ok: true, inserted: ["LKE ZI"] });
    expect(out.message).toContain('Jawaban LKE resmi di lembar "Jawaban" tidak dibawa');
    expect(ya(declined)).toBe(0);
    // Only false declines: "no", 0 or an older sidebar sending nothing carry the answers.
    for (const carryOfficial of [undefined, "no", 0]) {
      const script = await withOfficial();
      expect(run(script, "sisipkanLke", { ...form, agency: "", year: null, carryOfficial }).message).toContain("dibawa dari LKE resmi");
      expect(ya(script)).toBeGreaterThan(20);
    }
  });
});

function wbSnapshot(script: LoadedScript, skip: string[] = []): unknown {
  return script.spreadsheet._sheets.filter((s) => !skip.includes(s._name)).map((s) => [s._name, snapshot(s)]);
}
