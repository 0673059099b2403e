import { describe, expect, it } from "vitest";
import {
  buildPlanSheet, HOST_ACTIONS, LAMPIRAN_I, newPlanDocument, readPlan, serialFromIso, type ActionRequest, type Grid,
} from "../../core/index.js";
import { gridFromSpec } from "../helpers/spec-grid.js";
import { typedPlanGrid } from "../helpers/typed-plan.js";

const form = { agency: "", year: null, predicate: null, team: [] };
const request = (sheets: Grid[], asOf = "2026-06-30"): ActionRequest => ({ workbook: { sheets }, form, timeZone: "Asia/Jakarta", asOf });

/** A generated plan with two targets filled: one overdue, one in the future; the rest missing. */
function generatedGrid(): Grid {
  const doc = newPlanDocument({ agency: "Dinas Perhubungan", year: 2026 }, LAMPIRAN_I);
  doc.actions["PW.4.2"] = { target: serialFromIso("2026-03-31"), owner: "Irban", status: "Dalam Proses", doneOn: null, evidence: null, notes: null, extra: {} };
  doc.actions["MP.1.1"] = { target: serialFromIso("2026-12-31"), owner: null, status: null, doneOn: null, evidence: null, notes: null, extra: {} };
  return gridFromSpec(buildPlanSheet(doc), "Lampiran ZI");
}

describe("Periksa", () => {
  it("lists missing and overdue rencana aksi by area, each linking to its cell, and inserts nothing", () => {
    const grid = generatedGrid();
    const out = HOST_ACTIONS.periksa!.run(request([{ name: "Sampul", values: [["x"]] }, grid]));
    expect(out.ok).toBe(true);
    expect(out.insert).toEqual([]);
    expect(out.message).toBe("Per 30 Juni 2026: 66 rencana aksi belum ada atau tanpa target, 1 terlambat. Klik butir untuk membuka selnya.");
    expect(out.items).toHaveLength(67);
    expect(new Set(out.items.map((i) => i.code))).toEqual(new Set(["TARGET_MISSING", "OVERDUE"]));
    const overdue = out.items.find((i) => i.code === "OVERDUE")!;
    expect(overdue).toMatchObject({ group: "5. Penguatan Pengawasan", severity: "warning", sheet: "Lampiran ZI" });
    const row = grid.values.findIndex((r) => r[9] === "PW.4.2");
    expect(overdue.cell).toBe(`D${row + 1}`);
    // grouped in catalog order
    const groups = [...new Set(out.items.map((i) => i.group))];
    expect(groups[0]).toBe("1. Manajemen Perubahan");
    expect(groups.at(-1)).toBe("Indikator Hasil 2. Peningkatan Kualitas Pelayanan Publik");
  });

  it("works on a hand-typed plan and says when there is no plan at all", () => {
    const typed = HOST_ACTIONS.periksa!.run(request([typedPlanGrid("Rencana", { values: () => ({ "TARGET WAKTU PELAKSANAAN": "Desember" }) })]));
    expect(typed.message).toBe("Per 30 Juni 2026: semua rencana aksi ada dan bertarget, tidak ada yang terlambat.");
    const none = HOST_ACTIONS.periksa!.run(request([{ name: "Data", values: [["a"]] }]));
    expect(none).toMatchObject({ ok: false, insert: [] });
    expect(none.message).toMatch(/Tidak ditemukan rencana ZI/);
    expect(none.items[0]).toMatchObject({ code: "PLAN_NOT_FOUND", sheet: "Data", cell: "A1" });
  });
});

describe("Laporan Berkala", () => {
  it("inserts the periodic report as of the chosen day, linking into the plan sheet", () => {
    const out = HOST_ACTIONS.laporanBerkala!.run(request([generatedGrid()]));
    expect(out.ok).toBe(true);
    expect(out.insert).toHaveLength(1);
    expect(out.insert[0]).toMatchObject({ name: "Laporan Berkala", kind: "report" });
    expect(out.message).toBe("Laporan Berkala per 30 Juni 2026 disisipkan sebagai lembar baru: 0 dari 68 rencana aksi selesai.");
    const links = out.insert[0].cells.flat().filter((v) => typeof v === "object" && v !== null && "link" in v);
    expect(links.length).toBeGreaterThan(60);
    expect(out.items.map((i) => i.code)).toEqual(["OVERDUE"]);
  });

  it("says the plan was read from a hidden sheet", () => {
    const out = HOST_ACTIONS.laporanBerkala!.run(request([{ ...typedPlanGrid("Arsip"), hidden: true }]));
    expect(out.message).toContain("lembar tersembunyi \"Arsip\"");
  });
});

describe("Validasi", () => {
  it("validates the open workbook, inserts Hasil Validasi and lists every finding by severity", () => {
    const out = HOST_ACTIONS.validasi!.run(request([generatedGrid()]));
    expect(out.ok).toBe(true);
    expect(out.insert[0]).toMatchObject({ name: "Hasil Validasi", kind: "validation" });
    expect(out.message).toBe("Hasil Validasi disisipkan sebagai lembar baru: 67 galat, 1 peringatan — BELUM LENGKAP.");
    // 66 targets missing and the empty team block
    expect(out.items.filter((i) => i.code === "TEAM_INCOMPLETE")).toHaveLength(1);
    expect(out.items[0]).toMatchObject({ group: "Galat", severity: "error" });
    expect(out.items.at(-1)).toMatchObject({ group: "Peringatan", code: "OVERDUE" });
    // the inserted sheet is not a plan: validating again finds the same plan
    const again = HOST_ACTIONS.validasi!.run(request([generatedGrid(), gridFromSpec(out.insert[0])]));
    expect(again.items).toEqual(out.items);
    expect(readPlan(gridFromSpec(out.insert[0]))).toBeNull();
  });

  it("refuses without a plan, inserting nothing", () => {
    expect(HOST_ACTIONS.validasi!.run(request([]))).toMatchObject({ ok: false, insert: [] });
  });
});
