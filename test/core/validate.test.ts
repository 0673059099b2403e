import { describe, expect, it } from "vitest";
import {
  buildPlanSheet, FINDING_CODES, FINDING_SEVERITY, LAMPIRAN_I, newPlanDocument, readPlan, readTypedPlan, serialFromIso, summarize,
  validatePlan, validateWorkbook, type CellValue, type Finding, type FindingCode,
} from "../../core/index.js";
import { gridFromSpec } from "../helpers/spec-grid.js";
import { typedPlanGrid, type TypedPlanOptions } from "../helpers/typed-plan.js";

const AS_OF = serialFromIso("2026-06-30")!;
const MONITORING = ["TARGET WAKTU PELAKSANAAN", "PENANGGUNG JAWAB", "STATUS", "TANGGAL REALISASI", "BUKTI DUKUNG", "KETERANGAN"];
const GOOD: Record<string, CellValue> = { "TARGET WAKTU PELAKSANAAN": "Desember 2026", "PENANGGUNG JAWAB": "Sekretaris", STATUS: "Dalam Proses" };

/** A complete, clean plan, one action per row with monitoring columns, changed by `tweak`. */
function rowPlan(tweak: (id: string) => { [header: string]: CellValue | undefined } | undefined = () => undefined, o: TypedPlanOptions = {}) {
  const merged = (id: string) => Object.fromEntries(Object.entries({ ...GOOD, ...tweak(id) }).filter(([, v]) => v !== undefined)) as Record<string, CellValue>;
  const grid = typedPlanGrid("Rencana", { layout: "row", headers: MONITORING, values: merged, ...o });
  return { grid, plan: readTypedPlan(grid)! };
}

function findings(plan: Parameters<typeof validatePlan>[0], asOf = AS_OF): Finding[] {
  return validatePlan(plan, { asOf, timeZone: "Asia/Jakarta" });
}

const of = (fs: Finding[], code: FindingCode) => fs.filter((f) => f.code === code);
const cell = (row: number, col: number) => `${String.fromCharCode(65 + col)}${row + 1}`;

describe("validatePlan on a complete plan", () => {
  it("finds nothing in a complete, clean plan", () => {
    expect(findings(rowPlan().plan)).toEqual([]);
  });

  it("reports every finding with the severity of the code table and an Indonesian message", () => {
    const { plan } = rowPlan((id) => (id === "MP.1.1" ? { "TARGET WAKTU PELAKSANAAN": "Maret 2026" } : undefined));
    const fs = findings(plan);
    expect(fs.length).toBeGreaterThan(0);
    for (const f of fs) {
      expect(f.severity).toBe(FINDING_SEVERITY[f.code]);
      expect(f.message).toMatch(/\b(isi|tambahkan|periksa|selesaikan|pastikan|pilih|tulis|lengkapi)\b/i);
      expect(Object.keys(f)).toEqual(["code", "severity", "sheet", "cell", "ref", "message"]);
    }
  });
});

describe("each finding code", () => {
  it("PLAN_NOT_FOUND for no plan, on the workbook's first visible sheet", () => {
    expect(findings(null)).toEqual([expect.objectContaining({ code: "PLAN_NOT_FOUND", severity: "error", cell: "A1", ref: null })]);
    const v = validateWorkbook({ sheets: [{ name: "Tersembunyi", values: [], hidden: true }, { name: "Data", values: [["x"]] }] }, { asOf: AS_OF });
    expect(v.findings).toEqual([expect.objectContaining({ code: "PLAN_NOT_FOUND", sheet: "Data", cell: "A1" })]);
    expect(v.summary).toEqual({ actions: 0, withTarget: 0, done: 0, overdue: 0, errors: 1, warnings: 0 });
  });

  it("AGENCY_MISSING and YEAR_MISSING where the PD and year belong", () => {
    const typed = findings(readTypedPlan(typedPlanGrid("R", { agency: null, year: null }))!);
    expect(of(typed, "AGENCY_MISSING")).toEqual([expect.objectContaining({ cell: "A1", ref: null })]);
    expect(of(typed, "YEAR_MISSING")).toHaveLength(1);
    const doc = newPlanDocument({ agency: " ", year: 2026 }, LAMPIRAN_I);
    doc.year = null;
    const grid = gridFromSpec(buildPlanSheet(doc));
    const gen = findings(readPlan(grid)!);
    const pdRow = grid.values.findIndex((r) => r.at(-1) === "PD");
    expect(of(gen, "AGENCY_MISSING")[0].cell).toBe(cell(pdRow, 2));
    expect(of(gen, "YEAR_MISSING")[0].cell).toBe(cell(pdRow + 1, 2));
  });

  it("one AREA_MISSING for a missing area, and nothing else about its indicators and actions", () => {
    const { grid, plan } = rowPlan(undefined, { dropAreas: ["PW"] });
    const fs = findings(plan);
    expect(of(fs, "AREA_MISSING")).toEqual([expect.objectContaining({ ref: "PW", severity: "error" })]);
    expect(of(fs, "AREA_MISSING")[0].message).toContain("PENGUATAN PENGAWASAN");
    expect(fs.filter((f) => f.ref?.startsWith("PW"))).toHaveLength(1);
    // it points where the area belongs: at the next area's title
    const ppTitle = grid.values.findIndex((r) => r[0] === "6. PENINGKATAN KUALITAS PELAYANAN PUBLIK");
    expect(of(fs, "AREA_MISSING")[0].cell).toBe(cell(ppTitle, 0));
  });

  it("two missing areas are two findings, even where both belong at the same cell", () => {
    const fs = of(findings(rowPlan(undefined, { dropAreas: ["PW", "PP"] }).plan), "AREA_MISSING");
    expect(fs.map((f) => f.ref)).toEqual(["PW", "PP"]);
    expect(fs[0].cell).toBe(fs[1].cell);
    expect(fs[1].message).toContain("PENINGKATAN KUALITAS PELAYANAN PUBLIK");
  });

  it("one INDICATOR_MISSING for a missing indicator, not one per action", () => {
    const fs = findings(rowPlan(undefined, { indicatorText: { "PP.2": null } }).plan);
    expect(of(fs, "INDICATOR_MISSING")).toEqual([expect.objectContaining({ ref: "PP.2" })]);
    expect(of(fs, "INDICATOR_MISSING")[0].message).toMatch(/Budaya Pelayanan Prima.*5 rencana aksi/);
    expect(of(fs, "ACTION_MISSING")).toEqual([]);
  });

  it("ACTION_MISSING per missing action; several missing from one cell make one finding about the indicator", () => {
    const one = findings(rowPlan(undefined, { actionText: { "SDM.4.4": null } }).plan);
    expect(of(one, "ACTION_MISSING")).toEqual([expect.objectContaining({ ref: "SDM.4.4" })]);
    const grid = typedPlanGrid("R", { actionText: { "PW.5.2": null, "PW.5.4": null } });
    const two = of(findings(readTypedPlan(grid)!), "ACTION_MISSING");
    expect(two).toEqual([expect.objectContaining({ ref: "PW.5", cell: cell(grid.rowOf["PW.5"], 2) })]);
    expect(two[0].message).toMatch(/^2 rencana aksi.*PW\.5\.2.*PW\.5\.4/);
  });

  it("ACTION_EXTRA (info) for a rencana aksi not in the Lampiran", () => {
    const grid = typedPlanGrid("R", { extraActions: { "MP.3": ["Lomba inovasi pelayanan antarbidang"] } });
    const fs = of(findings(readTypedPlan(grid)!), "ACTION_EXTRA");
    expect(fs).toEqual([expect.objectContaining({ severity: "info", ref: "MP.3", cell: cell(grid.rowOf["MP.3"], 2) })]);
    expect(fs[0].message).toContain("Lomba inovasi pelayanan antarbidang");
  });

  it("TARGET_MISSING once per target cell: a row of several actions is one finding about its indicator", () => {
    const grid = typedPlanGrid("R", { values: (k) => (k === "PW.3" ? undefined : { "TARGET WAKTU PELAKSANAAN": "Desember 2026" }) });
    const fs = of(findings(readTypedPlan(grid)!), "TARGET_MISSING");
    expect(fs).toEqual([expect.objectContaining({ ref: "PW.3", cell: cell(grid.rowOf["PW.3"], 3) })]);
    expect(fs[0].message).toContain("4 rencana aksi");
    const rows = of(findings(rowPlan((id) => (id === "AK.1.2" ? { "TARGET WAKTU PELAKSANAAN": "-" } : undefined)).plan), "TARGET_MISSING");
    expect(rows).toEqual([expect.objectContaining({ ref: "AK.1.2" })]);
  });

  it("TARGET_MISSING once for a merged target cell over several rows, about their indicator", () => {
    const grid = typedPlanGrid("R", {
      layout: "row", headers: MONITORING, mergeTarget: true,
      values: (id) => (id.startsWith("SDM.4.") ? { STATUS: "Belum Mulai" } : GOOD),
    });
    const fs = of(findings(readTypedPlan(grid)!), "TARGET_MISSING");
    expect(fs).toEqual([expect.objectContaining({ ref: "SDM.4", cell: cell(grid.rowOf["SDM.4.1"], 3) })]);
  });

  it("TARGET_INVALID quotes the text back and says what to write", () => {
    const fs = of(findings(rowPlan((id) => (id === "PP.1.2" ? { "TARGET WAKTU PELAKSANAAN": "Segera" } : undefined)).plan), "TARGET_INVALID");
    expect(fs).toEqual([expect.objectContaining({ ref: "PP.1.2", severity: "error" })]);
    expect(fs[0].message).toMatch(/"Segera" tidak dikenali\. Tulis tanggal/);
  });

  it("TARGET_OUTSIDE_YEAR (warning) for a target in another year", () => {
    const fs = findings(rowPlan((id) => (id === "MP.2.1" ? { "TARGET WAKTU PELAKSANAAN": "Maret 2025", STATUS: "Selesai", "BUKTI DUKUNG": "x" } : undefined)).plan);
    expect(of(fs, "TARGET_OUTSIDE_YEAR")).toEqual([expect.objectContaining({ ref: "MP.2.1", severity: "warning" })]);
    expect(of(fs, "TARGET_OUTSIDE_YEAR")[0].message).toContain("2026");
  });

  it("STATUS_INVALID for a status or a realisation date no one can read", () => {
    const { grid, plan } = rowPlan((id) => (id === "PT.3.1" ? { STATUS: "OK" } : id === "PT.3.2" ? { "TANGGAL REALISASI": "sudah" } : undefined));
    const fs = of(findings(plan), "STATUS_INVALID");
    expect(fs.map((f) => [f.ref, f.cell])).toEqual([
      ["PT.3.1", cell(grid.rowOf["PT.3.1"], 5)],
      ["PT.3.2", cell(grid.rowOf["PT.3.2"], 6)],
    ]);
    expect(fs[0].message).toContain("\"OK\" tidak dikenali");
    expect(fs[1].message).toContain("\"sudah\" bukan tanggal");
    // statuses people actually type are understood
    for (const s of ["selesai", "SUDAH", "Sedang berjalan", "50%", 0.5, 1, "-", "belum"]) {
      expect(of(findings(rowPlan((id) => (id === "PT.3.1" ? { STATUS: s, "BUKTI DUKUNG": "x" } : undefined)).plan), "STATUS_INVALID")).toEqual([]);
    }
  });

  it("DONE_DATE_IN_FUTURE for a realisation date after the as-of date", () => {
    const future = serialFromIso("2026-07-15")!;
    const fs = findings(rowPlan((id) => (id === "AK.2.5" ? { "TANGGAL REALISASI": future, "BUKTI DUKUNG": "x" } : undefined)).plan);
    expect(of(fs, "DONE_DATE_IN_FUTURE")).toEqual([expect.objectContaining({ ref: "AK.2.5" })]);
    expect(of(fs, "DONE_DATE_IN_FUTURE")[0].message).toContain("15 Juli 2026");
  });

  it("TEAM_INCOMPLETE when a team block lacks a ketua or four anggota, nothing when there is no team block", () => {
    const short = findings(readTypedPlan(typedPlanGrid("R", { team: ["Ketua", "A1", "A2", "A3"], values: () => GOOD }))!);
    expect(of(short, "TEAM_INCOMPLETE")).toEqual([expect.objectContaining({ ref: null })]);
    expect(of(short, "TEAM_INCOMPLETE")[0].message).toContain("baru 3 dari 4 anggota");
    const noKetua = findings(readTypedPlan(typedPlanGrid("R", { team: [null, "A1", "A2", "A3", "A4"], values: () => GOOD }))!);
    expect(of(noKetua, "TEAM_INCOMPLETE")[0].message).toContain("ketua belum diisi");
    expect(of(findings(readTypedPlan(typedPlanGrid("R", { team: null, values: () => GOOD }))!), "TEAM_INCOMPLETE")).toEqual([]);
  });

  it("OVERDUE when the due date is past and the action is not done; done means Selesai or a realisation date", () => {
    const march = { "TARGET WAKTU PELAKSANAAN": "Maret 2026" };
    const { plan } = rowPlan((id) => ({
      "MP.1.1": march,
      "MP.2.1": { ...march, STATUS: "Selesai", "BUKTI DUKUNG": "SK" },
      "MP.2.2": { ...march, "TANGGAL REALISASI": serialFromIso("2026-03-20"), "BUKTI DUKUNG": "SK" },
      "MP.3.1": { "TARGET WAKTU PELAKSANAAN": "Setiap bulan" },
    } as Record<string, Record<string, CellValue>>)[id]);
    const fs = of(findings(plan), "OVERDUE");
    expect(fs).toEqual([expect.objectContaining({ ref: "MP.1.1", severity: "warning" })]);
    expect(fs[0].message).toMatch(/31 Maret 2026 sudah lewat per 30 Juni 2026/);
    // a recurring target is due at the end of the current period, never overdue inside its year
    expect(of(findings(plan, serialFromIso("2027-01-15")!), "OVERDUE").map((f) => f.ref)).toContain("MP.3.1");
  });

  it("a plan without status columns has nothing done: every past target is overdue", () => {
    const grid = typedPlanGrid("R", { values: (k) => (k.startsWith("MP.") ? { "TARGET WAKTU PELAKSANAAN": "Januari 2026" } : { "TARGET WAKTU PELAKSANAAN": "Desember" }) });
    const plan = readTypedPlan(grid)!;
    const fs = of(findings(plan), "OVERDUE");
    expect(fs.map((f) => f.ref)).toEqual(["MP.1.1", "MP.2", "MP.3.1", "MP.4"]);
    expect(summarize(plan, findings(plan))).toMatchObject({ actions: 68, overdue: 8, done: 0 });
  });

  it("DONE_WITHOUT_EVIDENCE (warning) for a done action with no evidence", () => {
    const fs = findings(rowPlan((id) => (id === "PW.4.1" ? { STATUS: "Selesai", "BUKTI DUKUNG": "-" } : undefined)).plan);
    expect(of(fs, "DONE_WITHOUT_EVIDENCE")).toEqual([expect.objectContaining({ ref: "PW.4.1", severity: "warning" })]);
  });

  it("DUE_SOON (info) within 14 days, not at 15", () => {
    const in14 = serialFromIso("2026-07-14")!;
    const in15 = serialFromIso("2026-07-15")!;
    const fs = findings(rowPlan((id) => (id === "H1.1.1" ? { "TARGET WAKTU PELAKSANAAN": in14 } : id === "H1.2.1" ? { "TARGET WAKTU PELAKSANAAN": in15 } : undefined)).plan);
    expect(of(fs, "DUE_SOON")).toEqual([expect.objectContaining({ ref: "H1.1.1", severity: "info" })]);
    expect(of(fs, "DUE_SOON")[0].message).toContain("14 hari lagi");
  });

  it("has exactly the codes and severities issue 4 lists", () => {
    const by = (s: string) => FINDING_CODES.filter((c) => FINDING_SEVERITY[c] === s).sort();
    expect(by("error")).toEqual([
      "ACTION_MISSING", "AGENCY_MISSING", "AREA_MISSING", "DONE_DATE_IN_FUTURE", "INDICATOR_MISSING", "PLAN_NOT_FOUND", "STATUS_INVALID",
      "TARGET_INVALID", "TARGET_MISSING", "TEAM_INCOMPLETE", "YEAR_MISSING",
    ]);
    expect(by("warning")).toEqual(["DONE_WITHOUT_EVIDENCE", "OVERDUE", "TARGET_OUTSIDE_YEAR"]);
    expect(by("info")).toEqual(["ACTION_EXTRA", "DUE_SOON"]);
  });
});

describe("summarize", () => {
  it("counts actions, targets, done, overdue, errors and warnings consistently with the findings", () => {
    const { plan } = rowPlan((id) => {
      if (id === "MP.1.1") return { "TARGET WAKTU PELAKSANAAN": null };
      if (id === "MP.2.1") return { "TARGET WAKTU PELAKSANAAN": "kapan-kapan" };
      if (id === "MP.2.2") return { "TARGET WAKTU PELAKSANAAN": "Februari", STATUS: "Selesai", "BUKTI DUKUNG": "SK" };
      if (id === "MP.3.1") return { "TARGET WAKTU PELAKSANAAN": "Februari" };
      return undefined;
    }, { actionText: { "MP.4.4": null } });
    const fs = findings(plan);
    expect(summarize(plan, fs)).toEqual({ actions: 67, withTarget: 65, done: 1, overdue: 1, errors: 3, warnings: 1 });
    expect(summarize(null, fs).errors).toBe(3);
  });
});
