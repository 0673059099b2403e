import { describe, expect, it } from "vitest";
import {
  actionEntries, buildPlanSheet, HOST_ACTIONS, LAMPIRAN_I, newPlanDocument, planColumns, readPlan, readTypedPlan, readWorkbookPlan, type Grid,
} from "../../core/index.js";
import { gridFromSpec } from "../helpers/spec-grid.js";
import { typedPlanGrid } from "../helpers/typed-plan.js";

const ALL = actionEntries(LAMPIRAN_I).map((e) => e.action.id);
const ids = (plan: ReturnType<typeof readTypedPlan>) => Object.keys(plan?.document.actions ?? {}).sort();

describe("readTypedPlan: actions numbered inside one cell per indicator", () => {
  const grid = typedPlanGrid("Rencana", { headers: ["TARGET WAKTU PELAKSANAAN", "PENANGGUNG JAWAB"], numberRow: true });
  const plan = readTypedPlan(grid)!;

  it("finds every Lampiran action, the PD from the title, the year and the team", () => {
    expect(plan.layout).toBe("typed");
    expect(ids(plan)).toEqual([...ALL].sort());
    expect(plan.document.agency).toBe("DINAS KESEHATAN");
    expect(plan.document.year).toBe(2026);
    expect(plan.document.predicate).toBe("WBK");
    expect(plan.teamFound).toBe(true);
    expect(plan.document.team.map((t) => t.name)).toEqual(["Dr. Ani Suryani", "Budi", "Citra", "Dedi", "Eka"]);
    expect(Object.keys(plan.areaRows)).toEqual(["MP", "PT", "SDM", "AK", "PW", "PP", "H1", "H2"]);
    expect(plan.cells.agency).toBe("A1");
  });

  it("keeps a row per indicator holding its actions, with the row's own cells", () => {
    const row = plan.rows.find((r) => r.indicatorId === "PW.5")!;
    expect(row.row).toBe(grid.rowOf["PW.5"]);
    expect(row.actionIds).toEqual(["PW.5.1", "PW.5.2", "PW.5.3", "PW.5.4", "PW.5.5"]);
    expect(row.areaCode).toBe("PW");
    const cell = (role: "no" | "action" | "target" | "owner") => row.table?.cellOf(row.row, role);
    expect([cell("no"), cell("action"), cell("target"), cell("owner")]).toEqual([`A${row.row + 1}`, `C${row.row + 1}`, `D${row.row + 1}`, `E${row.row + 1}`]);
  });

  it("applies a target typed on an indicator row to all of its actions", () => {
    const g = typedPlanGrid("Rencana", { values: (k) => (k === "PW.3" ? { "TARGET WAKTU PELAKSANAAN": "Triwulan II" } : undefined) });
    const p = readTypedPlan(g)!;
    for (const id of ["PW.3.1", "PW.3.2", "PW.3.3", "PW.3.4"]) expect(p.document.actions[id].target).toBe("Triwulan II");
    expect(p.document.actions["PW.2.1"].target).toBeNull();
  });

  it("reads lettered, bulleted and semicolon-separated cells", () => {
    for (const marker of [(i: number) => `${String.fromCharCode(97 + i)}. `, () => "- ", () => "• ", (i: number) => `${i + 1}) `]) {
      expect(ids(readTypedPlan(typedPlanGrid("R", { marker }))!)).toEqual([...ALL].sort());
    }
    const oneLine = typedPlanGrid("R");
    const r = oneLine.rowOf["SDM.2"];
    oneLine.values[r][2] = "Penyusunan kebijakan pola mutasi internal; Penerapan kebijakan pola mutasi internal; Monitoring dan evaluasi atas kebijakan pola mutasi internal";
    expect(readTypedPlan(oneLine)!.rows.find((x) => x.indicatorId === "SDM.2")!.actionIds).toEqual(["SDM.2.1", "SDM.2.2", "SDM.2.3"]);
  });

  it("tolerates typos, capitals, the PD's name in place of SKPD, and keeps text it cannot match as extra", () => {
    const g = typedPlanGrid("R", {
      agency: "Dinas Kesehatan",
      indicatorText: { "PW.1": "Pengendalian Gratifkasi", "PT.2": "E OFFICE" },
      actionText: {
        "PW.1.1": "Public campaign tentang pengendalian gratifkasi",
        "PT.1.1": "Penyusunan SOP kegiatan utama yang mengacu kepada tupoksi Dinas Kesehatan",
        "MP.4.2": "PENETAPAN AGEN PERUBAHAN DALAM PEMBAGUNAN ZONA INTEGRITAS",
      },
      extraActions: { "PW.1": ["Lomba poster antigratifikasi"] },
    });
    const p = readTypedPlan(g)!;
    expect(ids(p)).toEqual([...ALL].sort());
    expect(p.rows.find((r) => r.indicatorId === "PW.1")!.extraActions).toEqual(["Lomba poster antigratifikasi"]);
  });
});

describe("readTypedPlan: one action per row, NO and INDIKATOR merged down, monitoring columns", () => {
  const headers = ["TARGET WAKTU PELAKSANAAN", "PENANGGUNG JAWAB", "STATUS", "TANGGAL REALISASI", "BUKTI DUKUNG", "KETERANGAN", "ANGGARAN"];
  const grid = typedPlanGrid("Monitoring", {
    layout: "row", headers, mergeTarget: true,
    values: (id) => (id.startsWith("AK.2.") ? {
      "TARGET WAKTU PELAKSANAAN": "Juni 2026", "PENANGGUNG JAWAB": `PJ ${id}`, STATUS: "Selesai", "TANGGAL REALISASI": 46150,
      "BUKTI DUKUNG": "Laporan", KETERANGAN: "ok", ANGGARAN: 1000,
    } : undefined),
  });
  const plan = readTypedPlan(grid)!;

  it("reads every action on its own row with its monitoring values and added columns", () => {
    expect(ids(plan)).toEqual([...ALL].sort());
    expect(plan.document.actions["AK.2.3"]).toEqual({
      target: "Juni 2026", owner: "PJ AK.2.3", status: "Selesai", doneOn: 46150, evidence: "Laporan", notes: "ok", extra: { ANGGARAN: 1000 },
    });
    expect(plan.document.extraColumns).toEqual(["ANGGARAN"]);
    const row = plan.rows.find((r) => r.actionIds[0] === "AK.2.3")!;
    expect(row).toMatchObject({ row: grid.rowOf["AK.2.3"], indicatorId: "AK.2", areaCode: "AK" });
  });

  it("keeps the indicator when NO numbers every rencana aksi and INDIKATOR is left blank below", () => {
    const g = typedPlanGrid("R", { layout: "row", team: null, actionText: { "PW.3.2": "Menindaklanjuti penanganan pengaduan warga" } });
    g.merges = [];
    let n = 0;
    for (const id of ["PW.3.1", "PW.3.2", "PW.3.3", "PW.3.4"]) g.values[g.rowOf[id]][0] = `${++n}`;
    const p = readTypedPlan(g)!;
    // the shortened text is close enough only within its own indicator (0.75), not across the catalog (0.85)
    expect(p.rows.find((r) => r.row === g.rowOf["PW.3.2"])).toMatchObject({ actionIds: ["PW.3.2"], indicatorId: "PW.3" });
  });

  it("gives a merged target to every row under it and points at the merge's top-left cell", () => {
    const first = grid.rowOf["AK.2.1"];
    for (const id of ["AK.2.1", "AK.2.4", "AK.2.6"]) expect(plan.document.actions[id].target).toBe("Juni 2026");
    const row = plan.rows.find((r) => r.actionIds[0] === "AK.2.5")!;
    expect(row.table?.cellOf(row.row, "target")).toBe(`D${first + 1}`);
    expect(row.table?.cellOf(row.row, "status")).toBe(`F${grid.rowOf["AK.2.5"] + 1}`);
  });
});

describe("readTypedPlan: layouts and labels found in the field", () => {
  it("reads one table for all areas, with area titles as rows inside it", () => {
    const g = typedPlanGrid("R");
    // keep only the first header: later ones become blank rows
    let seen = false;
    g.values = g.values.map((row) => (row[0] === "NO" && row[2] === "RENCANA AKSI" ? (seen ? [] : ((seen = true), row)) : row));
    expect(ids(readTypedPlan(g))).toEqual([...ALL].sort());
  });

  it("takes a bare \"1.\" and \"2.\" under RENCANA AKSI INDIKATOR HASIL for the result areas", () => {
    const g = typedPlanGrid("R");
    g.values = g.values.map((row) => (typeof row[0] === "string" && /^[12]\. TERWUJUDNYA/.test(row[0]) ? [row[0].slice(0, 2)] : row));
    const p = readTypedPlan(g)!;
    expect(p.areaRows.H1).toBeDefined();
    expect(p.areaRows.H2).toBeDefined();
    expect(p.rows.find((r) => r.actionIds.includes("H2.1.1"))!.areaCode).toBe("H2");
  });

  it("reads the PD and year from labels, and never takes the Lampiran's \"30 TAHUN 2021\" for the year", () => {
    const g = typedPlanGrid("R", {
      agency: null, year: null,
      preamble: [
        [null, null, null, null, "NOMOR", ": 30 TAHUN 2021"],
        ["Perangkat Daerah", ":", "Badan Kepegawaian dan Pengembangan SDM"],
        ["Tahun Anggaran", 2027],
      ],
    });
    const p = readTypedPlan(g)!;
    expect(p.document.agency).toBe("Badan Kepegawaian dan Pengembangan SDM");
    expect(p.document.year).toBe(2027);
    expect(p.cells).toMatchObject({ agency: "C2", year: "B3" });
    const bare = readTypedPlan(typedPlanGrid("R", { agency: null, year: null, preamble: [[null, "NOMOR : 30 TAHUN 2021"]] }))!;
    expect(bare.document.agency).toBe("");
    expect(bare.document.year).toBeNull();
  });

  it("reads a title split over several rows", () => {
    const g = typedPlanGrid("R", { agency: null, year: null });
    g.values.splice(0, 1, ["RENCANA PEMBANGUNAN ZONA INTEGRITAS"], ["MENUJU WBBM"], ["KECAMATAN CIKARANG UTARA"], ["KABUPATEN BEKASI TAHUN 2026"]);
    const p = readTypedPlan(g)!;
    expect(p.document).toMatchObject({ agency: "KECAMATAN CIKARANG UTARA", year: 2026, predicate: "WBBM" });
  });

  it("recognises headers with typos, extra words and sub-header rows", () => {
    const g = typedPlanGrid("R", { headers: ["TARGET WAKTU PELAKSANAN", "Penanggung Jawab Kegiatan"], values: () => ({ "TARGET WAKTU PELAKSANAN": "Maret" }) });
    const p = readTypedPlan(g)!;
    expect(p.columns).toMatchObject({ no: 0, indicator: 1, action: 2, target: 3, owner: 4 });
    expect(p.document.actions["MP.1.1"].target).toBe("Maret");
    const split = typedPlanGrid("R", { headers: ["MONITORING", "TARGET WAKTU"] });
    split.values = split.values.flatMap((row) => (row[0] === "NO" && row[2] === "RENCANA AKSI" ? [[...row.slice(0, 3), "MONITORING"], [null, null, null, "STATUS", "BUKTI DUKUNG"]] : [row]));
    expect(readTypedPlan(split)!.columns).toMatchObject({ status: 3, evidence: 4 });
  });

  it("reads a table without an INDIKATOR column: the actions name their indicators", () => {
    const g = typedPlanGrid("R", { layout: "row", team: null });
    g.values = g.values.map((row) => (row.length > 2 ? [row[0], ...row.slice(2)] : row));
    g.merges = [];
    const p = readTypedPlan(g)!;
    expect(p.columns).toMatchObject({ no: 0, action: 1, target: 2 });
    expect(p.columns.indicator).toBeUndefined();
    expect(ids(p)).toEqual([...ALL].sort());
    expect(p.rows.find((r) => r.actionIds[0] === "PW.3.4")!.indicatorId).toBe("PW.3");
  });

  it("says null for sheets that hold no plan", () => {
    expect(readTypedPlan({ name: "Sampul", values: [["RENCANA PEMBANGUNAN ZONA INTEGRITAS"], ["DINAS X"]] })).toBeNull();
    expect(readTypedPlan({ name: "Anggaran", values: [["NO", "KEGIATAN", "ANGGARAN"], [1, "Rapat", 100], [2, "ATK", 50]] })).toBeNull();
    expect(readTypedPlan({ name: "Kosong", values: [] })).toBeNull();
  });

  it("reads a generated sheet whose ID column was deleted exactly as readPlan reads it with the column", () => {
    const doc = newPlanDocument({ agency: "Dinas Uji", year: 2026, team: [{ name: "A" }, { name: "B" }] }, LAMPIRAN_I);
    doc.actions["PW.4.2"] = { target: 46203, owner: "Irban", status: "Dalam Proses", doneOn: null, evidence: null, notes: "x", extra: {} };
    const grid = gridFromSpec(buildPlanSheet(doc));
    const generated = readPlan(grid)!;
    // Deleting ID leaves the JATUH TEMPO column beside KETERANGAN: still not the user's.
    const idCol = planColumns([]).role.id;
    const typed = readTypedPlan({ ...grid, values: grid.values.map((r) => [...r.slice(0, idCol), ...r.slice(idCol + 1)]) })!;
    expect(typed.document.extraColumns).not.toContain("JATUH TEMPO");
    expect(typed.document.agency).toBe("Dinas Uji");
    expect(typed.document.year).toBe(2026);
    expect(typed.document.actions).toEqual(generated.document.actions);
    expect(typed.rows.map((r) => [r.row, r.actionIds])).toEqual(generated.rows.map((r) => [r.row, r.actionIds]));
    expect(typed.document.team.map((t) => t.name)).toEqual(["A", "B", null, null, null]);
  });
});

describe("readWorkbookPlan", () => {
  const generated = gridFromSpec(buildPlanSheet(newPlanDocument({ agency: "Dinas Uji", year: 2026 }, LAMPIRAN_I)));
  const cover: Grid = { name: "Sampul", values: [[null], [null, "RENCANA PEMBANGUNAN ZONA INTEGRITAS"], [null, "DINAS PERHUBUNGAN"], [null, "TAHUN 2026"]] };

  it("prefers a generated plan sheet to a typed one", () => {
    const p = readWorkbookPlan({ sheets: [typedPlanGrid("Ketik"), generated] })!;
    expect(p).toMatchObject({ layout: "generated", sheet: "Lampiran ZI", hidden: false });
  });

  it("finds a typed plan behind other sheets, taking the one that matches the most", () => {
    const partial = typedPlanGrid("Draf", { dropAreas: ["PW", "PP", "H1", "H2"] });
    const p = readWorkbookPlan({ sheets: [cover, { name: "Catatan", values: [["bebas"]] }, partial, typedPlanGrid("Final")] })!;
    expect(p).toMatchObject({ layout: "typed", sheet: "Final", hidden: false });
  });

  it("reads the PD and year from a cover sheet when the plan sheet lacks them", () => {
    const p = readWorkbookPlan({ sheets: [cover, typedPlanGrid("Rencana", { agency: null, year: null })] })!;
    expect(p.document).toMatchObject({ agency: "DINAS PERHUBUNGAN", year: 2026 });
  });

  it("reads a plan that is only on a hidden sheet and says so", () => {
    const p = readWorkbookPlan({ sheets: [cover, { ...typedPlanGrid("Rencana"), hidden: true }] })!;
    expect(p).toMatchObject({ sheet: "Rencana", hidden: true });
    const visible = readWorkbookPlan({ sheets: [{ ...typedPlanGrid("Lama"), hidden: true }, typedPlanGrid("Baru", { dropAreas: ["H2"] })] })!;
    expect(visible).toMatchObject({ sheet: "Baru", hidden: false });
  });

  it("never takes a sheet this tool wrote (Hasil Validasi, Laporan Berkala) for the plan", () => {
    const plan = typedPlanGrid("Rencana", { dropAreas: ["PW"] });
    const out = HOST_ACTIONS.laporanBerkala!.run({
      workbook: { sheets: [plan] }, form: { agency: "", year: null, predicate: null, team: [] }, timeZone: "Asia/Jakarta", asOf: "2026-12-31",
    });
    const report = gridFromSpec(out.insert[0]);
    expect(readWorkbookPlan({ sheets: [report, plan] })!.sheet).toBe("Rencana");
    expect(readWorkbookPlan({ sheets: [report] })).toBeNull();
  });
});
