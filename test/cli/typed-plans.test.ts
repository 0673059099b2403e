// Hand-typed plans written as real .xlsx files with exceljs, read back through the CLI's reader
// (core/xlsx) and validated: what a PD actually sends to the Inspektorat.

import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  assessAction, isoFromSerial, readWorkbookPlan, serialFromIso, validatePlan, type CellValue, type Finding,
} from "../../core/index.js";
import { readWorkbookFile } from "../../cli/xlsx/files.js";
import { sha256, tempDir, zi } from "../helpers/files.js";
import { day, typedPlanGrid, writeXlsx, type SheetToWrite } from "../helpers/typed-plan.js";

const TZ = "Asia/Jakarta";
const dir = tempDir();
const COVER: SheetToWrite = { name: "Sampul", values: [[], [null, "RENCANA PEMBANGUNAN ZONA INTEGRITAS"], [null, "DINAS KESEHATAN"], [null, "TAHUN 2026"]] };
const MONITORING = ["TARGET WAKTU PELAKSANAAN", "PENANGGUNG JAWAB", "STATUS", "TANGGAL REALISASI", "BUKTI DUKUNG", "KETERANGAN"];

async function readBack(file: string) {
  const grids = await readWorkbookFile(file, TZ);
  const plan = readWorkbookPlan(grids, { timeZone: TZ })!;
  return { grids, plan };
}

async function validateJson(file: string, asOf = "2026-06-30") {
  const r = await zi("validasi", file, "--json", "--per-tanggal", asOf);
  const json = JSON.parse(r.out) as { files: { findings: Finding[]; summary: Record<string, number>; layout: string; agency: string; sheet: string }[] };
  return { code: r.code, entry: json.files[0], findings: json.files[0].findings };
}

const codes = (fs: Finding[]) => [...new Set(fs.map((f) => f.code))].sort();

describe("a complete hand-typed plan behind a cover sheet", () => {
  it("is read as typed, with every action, and has no error", async () => {
    const file = path.join(dir, "lengkap.xlsx");
    const plan = typedPlanGrid("Rencana Aksi", { values: () => ({ "TARGET WAKTU PELAKSANAAN": "Desember" }), numberRow: true });
    await writeXlsx(file, [COVER, plan]);
    const { code, entry, findings } = await validateJson(file);
    expect(entry).toMatchObject({ layout: "typed", agency: "DINAS KESEHATAN", sheet: "Rencana Aksi" });
    expect(entry.summary).toMatchObject({ actions: 68, withTarget: 68, errors: 0, warnings: 0 });
    expect(findings).toEqual([]);
    expect(code).toBe(0);
  });
});

describe("a hand-typed plan with gaps and typos", () => {
  it("recognises the typos and reports exactly the gaps", async () => {
    const file = path.join(dir, "kurang.xlsx");
    const grid = typedPlanGrid("Rencana", {
      values: (k) => ({ "TARGET WAKTU PELAKSANAAN": k === "PT.3" ? "Segera" : k === "PW.2" ? null : "Desember" }),
      indicatorText: { "PW.1": "Pengendalian Gratifkasi", "SDM.6": null },
      actionText: { "PW.1.2": "Mengimplementasikan pengendalian gratifkasi", "AK.1.3": null, "MP.4.2": "Penetapan agen perubahan dalam pembagunan ZI" },
      dropAreas: ["H1"],
      team: ["Ketua", "A", "B"],
    });
    await writeXlsx(file, [grid]);
    const { code, findings } = await validateJson(file);
    expect(code).toBe(1);
    const by = (c: string) => findings.filter((f) => f.code === c).map((f) => f.ref);
    expect(by("AREA_MISSING")).toEqual(["H1"]);
    expect(by("INDICATOR_MISSING")).toEqual(["SDM.6"]);
    expect(by("ACTION_MISSING")).toEqual(["AK.1.3"]);
    expect(by("TARGET_INVALID")).toEqual(["PT.3"]);
    expect(by("TARGET_MISSING")).toEqual(["PW.2"]);
    expect(by("TEAM_INCOMPLETE")).toEqual([null]);
    // the typo'd indicator and actions are the catalog's: nothing else is missing or extra
    expect(codes(findings)).toEqual(["ACTION_MISSING", "AREA_MISSING", "INDICATOR_MISSING", "TARGET_INVALID", "TARGET_MISSING", "TEAM_INCOMPLETE"]);
    expect(findings.find((f) => f.code === "TARGET_MISSING")!.cell).toBe(`D${grid.rowOf["PW.2"] + 1}`);
  });
});

describe("one action per row, NO and INDIKATOR merged, monitoring columns", () => {
  it("reads the values of each row and points findings at the right cells", async () => {
    const file = path.join(dir, "per-baris.xlsx");
    const values = (id: string): Record<string, CellValue> => {
      const base: Record<string, CellValue> = { "TARGET WAKTU PELAKSANAAN": "Desember", "PENANGGUNG JAWAB": "Sekretaris", STATUS: "Dalam Proses" };
      if (id === "PW.5.2") return { ...base, "TARGET WAKTU PELAKSANAAN": day("2026-03-31"), STATUS: "Dalam Proses" };
      if (id === "PW.5.3") return { ...base, STATUS: "Selesai", "TANGGAL REALISASI": day("2026-04-10"), "BUKTI DUKUNG": null };
      if (id === "PW.5.4") return { ...base, "TANGGAL REALISASI": day("2026-08-01"), "BUKTI DUKUNG": "Notulen" };
      return base;
    };
    const grid = typedPlanGrid("Monitoring", { layout: "row", headers: MONITORING, values });
    await writeXlsx(file, [grid]);
    const { plan } = await readBack(file);
    expect(plan.layout).toBe("typed");
    expect(Object.keys(plan.document.actions)).toHaveLength(68);
    expect(plan.document.actions["PW.5.3"]).toMatchObject({ status: "Selesai", owner: "Sekretaris" });
    expect(plan.document.actions["PW.5.3"].doneOn).toBeInstanceOf(Date);
    const { findings } = await validateJson(file);
    const at = (c: string) => findings.filter((f) => f.code === c).map((f) => [f.ref, f.cell]);
    expect(at("OVERDUE")).toEqual([["PW.5.2", `D${grid.rowOf["PW.5.2"] + 1}`]]);
    expect(at("DONE_WITHOUT_EVIDENCE")).toEqual([["PW.5.3", `H${grid.rowOf["PW.5.3"] + 1}`]]);
    expect(at("DONE_DATE_IN_FUTURE")).toEqual([["PW.5.4", `G${grid.rowOf["PW.5.4"] + 1}`]]);
  });
});

describe("a plan behind other sheets, or only on a hidden one", () => {
  it("finds the plan on the third sheet and reads the PD from the cover", async () => {
    const file = path.join(dir, "dibelakang.xlsx");
    const notes: SheetToWrite = { name: "Petunjuk", values: [["Isi rencana pada lembar berikut."], ["NO", "KEGIATAN", "ANGGARAN"], [1, "Rapat", 100]] };
    await writeXlsx(file, [COVER, notes, typedPlanGrid("RA 2026", { agency: null, year: null })]);
    const { entry } = await validateJson(file);
    expect(entry).toMatchObject({ sheet: "RA 2026", agency: "DINAS KESEHATAN", layout: "typed" });
    expect(entry.findings.map((f) => f.code)).not.toContain("AGENCY_MISSING");
  });

  it("reads a plan that is only on a hidden sheet and says so in the human output", async () => {
    const file = path.join(dir, "tersembunyi.xlsx");
    await writeXlsx(file, [COVER, { ...typedPlanGrid("Arsip"), hidden: true }]);
    const { grids, plan } = await readBack(file);
    expect(grids.sheets.find((s) => s.name === "Arsip")!.hidden).toBe(true);
    expect(plan).toMatchObject({ sheet: "Arsip", hidden: true });
    const human = await zi("validasi", file, "--per-tanggal", "2026-06-30");
    expect(human.out).toContain("lembar \"Arsip\" (tersembunyi)");
  });
});

describe("error values, formulas and numbers where text belongs", () => {
  it("judges each strange cell instead of failing", async () => {
    const file = path.join(dir, "aneh.xlsx");
    const grid = typedPlanGrid("Rencana", {
      headers: ["TARGET WAKTU PELAKSANAAN", "STATUS"],
      values: (k) => ({ "TARGET WAKTU PELAKSANAAN": k === "PT.3" ? "#REF!" : "Desember", STATUS: k === "MP.1" ? 1 : k === "MP.2" ? "#N/A" : null }),
      agency: "placeholder",
    });
    const pt1 = grid.rowOf["PT.1"] + 1;
    const mp3 = grid.rowOf["MP.3"] + 1;
    grid.values[grid.rowOf["AK.1"]][2] = 12345;
    grid.values[grid.rowOf["AK.2"]][1] = 7;
    await writeXlsx(file, [{
      ...grid,
      raw: {
        A1: { formula: "CONCATENATE(\"RENCANA PEMBANGUNAN ZONA INTEGRITAS MENUJU WBK \",\"DINAS SOSIAL\")", result: "RENCANA PEMBANGUNAN ZONA INTEGRITAS MENUJU WBK DINAS SOSIAL" },
        [`D${pt1}`]: { formula: "DATE(2026,3,31)", result: day("2026-03-31") },
        [`D${mp3}`]: { formula: "DATE(2026,12,31)" } as never,
      },
    }]);
    const { code, entry, findings } = await validateJson(file);
    expect(code).toBe(1);
    expect(entry.agency).toBe("DINAS SOSIAL");
    const by = (c: string) => findings.filter((f) => f.code === c);
    expect(by("TARGET_INVALID").map((f) => [f.ref, f.message.includes("#REF!")])).toEqual([["PT.3", true]]);
    expect(by("OVERDUE").map((f) => f.ref)).toEqual(["PT.1"]);
    expect(by("STATUS_INVALID").map((f) => f.ref)).toEqual(["MP.2"]);
    // a formula whose result was never computed has no value: its target is missing
    expect(by("TARGET_MISSING").map((f) => f.ref)).toEqual(["MP.3.1"]);
    // a number in the rencana aksi cell matches nothing: the indicator's actions are missing, the number is extra
    expect(by("ACTION_MISSING").map((f) => f.ref)).toEqual(["AK.1"]);
    expect(by("ACTION_EXTRA").map((f) => f.message)).toEqual([expect.stringContaining("12345")]);
    // a number in INDIKATOR: the actions still name their indicator
    expect(findings.some((f) => f.ref?.startsWith("AK.2"))).toBe(false);
    expect(entry.summary.done).toBe(1);
  });
});

describe("every target form of design.md, through a real file", () => {
  it("reads each the way people mean it", async () => {
    const forms: [CellValue, string | null][] = [
      [day("2026-03-31"), "2026-03-31"],
      [serialFromIso("2026-03-31")!, "2026-03-31"],
      ["31/03/2026", "2026-03-31"],
      ["31-03-2026", "2026-03-31"],
      ["2026-03-31", "2026-03-31"],
      ["31 Maret 2026", "2026-03-31"],
      ["Maret 2026", "2026-03-31"],
      ["Mar 2026", "2026-03-31"],
      ["Triwulan II 2026", "2026-06-30"],
      ["TW II", "2026-06-30"],
      ["Triwulan 2", "2026-06-30"],
      ["Semester I", "2026-06-30"],
      ["Januari - Desember 2026", "2026-12-31"],
      ["Januari s.d. Desember", "2026-12-31"],
      ["Juni", "2026-06-30"],
      ["Setiap bulan", "2026-05-31"],
      ["Setiap triwulan", "2026-06-30"],
      ["Berkala", "2026-06-30"],
      ["Segera", null],
      ["31/02/2026", null],
    ];
    const ids = ["MP.1.1", "MP.2.1", "MP.2.2", "MP.3.1", "MP.4.1", "MP.4.2", "MP.4.3", "MP.4.4", "PT.1.1", "PT.1.2", "PT.2.1", "PT.2.2",
      "PT.2.3", "PT.3.1", "PT.3.2", "SDM.1.1", "SDM.1.2", "SDM.2.1", "SDM.2.2", "SDM.2.3"];
    const byId = new Map(ids.map((id, i) => [id, forms[i][0]]));
    const file = path.join(dir, "target.xlsx");
    await writeXlsx(file, [typedPlanGrid("Rencana", { layout: "row", values: (id) => ({ "TARGET WAKTU PELAKSANAAN": byId.get(id) ?? "Desember" }) })]);
    const { plan } = await readBack(file);
    const asOf = serialFromIso("2026-05-15")!;
    ids.forEach((id, i) => {
      const a = assessAction(plan.document.actions[id], { planYear: 2026, asOf, timeZone: TZ });
      expect([String(forms[i][0]), a.due === null ? null : isoFromSerial(a.due)]).toEqual([String(forms[i][0]), forms[i][1]]);
    });
    const invalid = validatePlan(plan, { asOf }).filter((f) => f.code === "TARGET_INVALID").map((f) => f.ref);
    expect(invalid).toEqual(["SDM.2.2", "SDM.2.3"]);
  });
});

describe("zi rencana --dari a hand-typed plan", () => {
  it("adds the generated Lampiran after the typed sheet, carrying every value by matched id, and keeps the rest", async () => {
    const from = path.join(dir, "ketik-lama.xlsx");
    const out = path.join(dir, "ketik-baru.xlsx");
    const values = (id: string): Record<string, CellValue> =>
      id === "PW.4.2" ? { "TARGET WAKTU PELAKSANAAN": day("2026-09-30"), "PENANGGUNG JAWAB": "Irban", STATUS: "Sudah", KETERANGAN: "=catatan" } :
      id === "MP.1.1" ? { "TARGET WAKTU PELAKSANAAN": "Triwulan I", "BUKTI DUKUNG": "SK Tim" } : {};
    const grid = typedPlanGrid("Rencana Ketik", { layout: "row", headers: MONITORING, values, indicatorText: { "PW.1": "Pengendalian Gratifkasi" } });
    await writeXlsx(from, [COVER, grid, { name: "Catatan", values: [["catatan pengguna"]] }]);
    const before = sha256(from);
    const r = await zi("rencana", "--dari", from, "-o", out, "--tahun", "2026");
    expect(r.code).toBe(0);
    expect(r.out).toContain("Lampiran dibuat dari rencana yang diketik di lembar \"Rencana Ketik\"");
    expect(sha256(from)).toBe(before);
    const grids = await readWorkbookFile(out, TZ);
    expect(grids.sheets.map((s) => s.name)).toEqual(["Sampul", "Rencana Ketik", "Lampiran ZI", "Catatan"]);
    const gen = readWorkbookPlan(grids, { timeZone: TZ })!;
    expect(gen).toMatchObject({ layout: "generated", sheet: "Lampiran ZI" });
    expect(gen.document.agency).toBe("DINAS KESEHATAN");
    expect(gen.document.dasar.length).toBeGreaterThan(0);
    expect(gen.document.team[0].name).toBe("Dr. Ani Suryani");
    const pw = gen.document.actions["PW.4.2"];
    expect(pw).toMatchObject({ owner: "Irban", status: "Sudah", notes: "=catatan" });
    expect(isoFromSerial(assessAction(pw, { planYear: 2026, asOf: 0, timeZone: TZ }).due!)).toBe("2026-09-30");
    expect(gen.document.actions["MP.1.1"]).toMatchObject({ target: "Triwulan I", evidence: "SK Tim" });
    expect(gen.document.actions["PW.1.1"]).toBeDefined();
  });
});
