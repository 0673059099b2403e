import { describe, expect, it } from "vitest";
import {
  actionEntries, buildPlanSheet, cellRef, isFormula, LAMPIRAN_I, newPlanDocument, parseRange, planColumns, planText, readPlan,
  readTypedPlan, serialFromIso, STATUS_VALUES, type SheetSpec,
} from "../../core/index.js";
import { scaleCatalog } from "../helpers/catalog.js";
import { gridFromSpec } from "../helpers/spec-grid.js";

const doc = () => newPlanDocument({ agency: "Dinas Kesehatan", year: 2026, predicate: "WBK" }, LAMPIRAN_I);

function findCells(spec: SheetSpec, predicate: (v: unknown) => boolean): string[] {
  const out: string[] = [];
  spec.cells.forEach((row, r) => row.forEach((v, c) => predicate(v) && out.push(cellRef(r, c))));
  return out;
}

function rowOf(spec: SheetSpec, idCol: number, key: string): number {
  return spec.cells.findIndex((row) => row[idCol] === key);
}

describe("buildPlanSheet", () => {
  const spec = buildPlanSheet(doc());
  const idCol = planColumns([]).role.id;
  const dueCol = planColumns([]).due;

  it("prints the Lampiran's header block, title with the PD's name and the year", () => {
    const all = spec.cells.flat().filter((v) => typeof v === "string") as string[];
    expect(all).toContain("LAMPIRAN");
    expect(all).toContain(": PERATURAN BUPATI BEKASI");
    expect(all).toContain(": 30 TAHUN 2021");
    expect(all.some((t) => t.startsWith(": PEMBANGUNAN ZONA INTEGRITAS"))).toBe(true);
    expect(all).toContain(
      "RENCANA PEMBANGUNAN ZONA INTEGRITAS MENUJU WBK DINAS KESEHATAN DI LINGKUNGAN PEMERINTAHAN KABUPATEN BEKASI",
    );
    expect(all).toContain("TAHUN 2026");
    expect(all).toContain("A. DASAR");
    expect(all).toContain("B. MAKSUD DAN TUJUAN");
    expect(all).toContain("MAKSUD");
    expect(all).toContain("TUJUAN");
    expect(all).toContain("C. RENCANA AKSI KOMPONEN PENGUNGKIT");
    expect(all).toContain("RENCANA AKSI INDIKATOR HASIL");
    expect(all).toContain("1. MANAJEMEN PERUBAHAN");
    expect(all).toContain("6. PENINGKATAN KUALITAS PELAYANAN PUBLIK");
    expect(all).toContain("2. TERWUJUDNYA PENINGKATAN KUALITAS PELAYANAN PUBLIK KEPADA MASYARAKAT");
  });

  it("heads every table with exactly the ten column names, then the hidden JATUH TEMPO", () => {
    const headerRows = spec.cells.filter((row) => row[idCol] === "ID");
    expect(headerRows).toHaveLength(8);
    for (const row of headerRows) {
      expect(row).toEqual([
        "NO", "INDIKATOR", "RENCANA AKSI", "TARGET WAKTU PELAKSANAAN", "PENANGGUNG JAWAB", "STATUS",
        "TANGGAL REALISASI", "BUKTI DUKUNG", "KETERANGAN", "ID", "JATUH TEMPO",
      ]);
    }
    expect(spec.columns.map((c) => c.hidden ?? false)).toEqual([...new Array(9).fill(false), true, true]);
  });

  it("gives every rencana aksi row a JATUH TEMPO formula on its own target and the plan year's cell", () => {
    const yearRow = spec.cells.findIndex((row) => row[idCol] === "TAHUN");
    expect(spec.cells[yearRow][2]).toBe(2026);
    for (const [r, row] of spec.cells.entries()) {
      const isAction = typeof row[idCol] === "string" && /^[A-Z0-9]+\.\d+\.\d+$/.test(row[idCol] as string);
      const due = row[dueCol];
      if (!isAction) {
        expect(isFormula(due ?? null), `row ${r + 1}`).toBe(false);
        continue;
      }
      expect(isFormula(due ?? null)).toBe(true);
      const f = (due as { formula: string }).formula;
      expect(f).toContain(`$D${r + 1}`);
      expect(f).not.toMatch(new RegExp(`\\$D(?!${r + 1}\\b)\\d+`));
      expect(f).toContain(`$C$${yearRow + 1}`);
    }
  });

  it("writes one row per rencana aksi with its id, in catalog order", () => {
    const ids = spec.cells.map((row) => row[idCol]).filter((v) => typeof v === "string" && /^[A-Z0-9]+\.\d+\.\d+$/.test(v));
    expect(ids).toEqual(actionEntries(LAMPIRAN_I).map((e) => e.action.id));
    const r = rowOf(spec, idCol, "MP.2.2");
    expect(spec.cells[r][2]).toBe("2. Sosialisasi pembangunan zona integritas menuju WBK/WBBM");
    // NO and INDIKATOR stand on the indicator's first row only
    expect(spec.cells[r - 1][0]).toBe("2.");
    expect(spec.cells[r - 1][1]).toBe("Dokumen Rencana Pembangunan Zona Integritas Menuju WBK/WBBM");
    expect(spec.cells[r][1] ?? null).toBeNull();
  });

  it("makes STATUS a list and the date columns dates within the plan year", () => {
    const statusRule = spec.validations.find((v) => v.rule.kind === "list" && v.rule.values.includes("Selesai"));
    expect(statusRule?.rule).toEqual({ kind: "list", values: [...STATUS_VALUES] });
    expect(statusRule?.allowInvalid).toBe(false);
    const dateRules = spec.validations.filter((v) => v.rule.kind === "date");
    // target (D) and realisation (G), one range per table, accepted with a warning when text
    expect(dateRules.map((d) => d.ranges.map((r) => r[0]).join(""))).toEqual(["DDDDDDDD", "GGGGGGGG"]);
    for (const d of dateRules) {
      expect(d.rule).toEqual({ kind: "date", min: serialFromIso("2026-01-01"), max: serialFromIso("2026-12-31") });
      expect(d.allowInvalid).toBe(true);
    }
    // target, realisation and JATUH TEMPO, one range per table
    expect(spec.numberFormats.find((f) => f.format === "dd/mm/yyyy")?.ranges).toHaveLength(24);
  });

  it("highlights missing, overdue, due-soon and done rencana aksi with native conditional formats", () => {
    expect(spec.conditionalFormats).toHaveLength(4);
    const [overdue, dueSoon, done, missing] = spec.conditionalFormats;
    const firstAction = rowOf(spec, idCol, "MP.1.1") + 1;
    const lastAction = rowOf(spec, idCol, "H2.1.1") + 1;
    expect(overdue.range).toBe(`C${firstAction}:I${lastAction}`);
    const isAction = `ISNUMBER(FIND(".",$J${firstAction}))`;
    // Overdue and due soon read JATUH TEMPO (K), so text targets colour too.
    const open = `$F${firstAction}<>"Selesai",$G${firstAction}=""`;
    expect(overdue.formula).toBe(`=AND(${isAction},ISNUMBER($K${firstAction}),$K${firstAction}<TODAY(),${open})`);
    expect(dueSoon.range).toBe(overdue.range);
    expect(dueSoon.formula).toBe(
      `=AND(${isAction},ISNUMBER($K${firstAction}),$K${firstAction}>=TODAY(),$K${firstAction}-TODAY()<=14,${open})`,
    );
    expect(dueSoon.style.fill).toBe("#DDEBF7");
    // rows between the first and last action hold no other key with a dot
    for (let r = firstAction - 1; r < lastAction; r++) {
      const key = spec.cells[r]?.[idCol];
      if (typeof key === "string" && key.includes(".")) expect(key).toMatch(/^[A-Z0-9]+\.\d+\.\d+$/);
    }
    expect(overdue.style.fill).toBe("#F8CBAD");
    expect(done.formula).toContain(`$F${firstAction}="Selesai"`);
    expect(done.style.fill).toBe("#C6EFCE");
    expect(missing.range).toBe(`D${firstAction}:D${lastAction}`);
    expect(missing.formula).toBe(`=AND(${isAction},LEN(TRIM($D${firstAction}))=0)`);
    expect(missing.style.fill).toBe("#FFEB9C");
    expect(JSON.stringify(spec.conditionalFormats)).not.toMatch(/ZI\./);
  });

  it("has the team block of Pasal 5 and a signature block", () => {
    const all = spec.cells.flat();
    expect(all.filter((v) => v === planText.team.ketua)).toHaveLength(1);
    expect(all.filter((v) => v === planText.team.anggota)).toHaveLength(4);
    expect(all).toContain("KEPALA DINAS KESEHATAN");
    expect(findCells(spec, (v) => v === "TIM.KETUA")).toHaveLength(1);
    const nipFormat = spec.numberFormats.find((f) => f.format === "@");
    expect(nipFormat?.ranges[0]).toMatch(/^D\d+:D\d+$/);
  });

  it("prints A4 landscape, one page wide, repeating the table header, with the header band frozen", () => {
    expect(spec.print).toMatchObject({ orientation: "landscape", paper: "A4", fitToWidth: true });
    const first = spec.print!.repeatRows!.first;
    expect(spec.cells[first][idCol]).toBe("ID");
    expect(spec.frozenRows).toBe(1);
    expect(spec.cells[0].slice(0, 4)).toEqual(["NO", "INDIKATOR", "RENCANA AKSI", "TARGET WAKTU PELAKSANAAN"]);
    // the band is for the screen: the printed area starts below it and stops before ID
    expect(parseRange(spec.print!.area!)).toMatchObject({ top: 1, left: 0, right: idCol - 1 });
  });

  it("does not grow its list of styles, merges or rules with the catalog", () => {
    const big = buildPlanSheet(doc(), scaleCatalog(LAMPIRAN_I, 10));
    expect(big.styles.length).toBe(spec.styles.length);
    expect(big.merges.length).toBe(spec.merges.length);
    expect(big.conditionalFormats.length).toBe(spec.conditionalFormats.length);
    expect(big.validations.length).toBe(spec.validations.length);
    expect(big.numberFormats.length).toBe(spec.numberFormats.length);
    expect(big.cells.length).toBeGreaterThan(spec.cells.length + 600);
  });

  it("writes a PD name that looks like a formula as plain text", () => {
    const evil = buildPlanSheet(newPlanDocument({ agency: '=HYPERLINK("http://x";"klik")', year: 2026 }, LAMPIRAN_I));
    expect(evil.cells.flat()).toContain('=HYPERLINK("http://x";"klik")');
    // The only formulas are JATUH TEMPO's, and the PD name is in none of them.
    const objects = evil.cells.flatMap((row, r) => row.map((v, c) => ({ v, r, c }))).filter((x) => typeof x.v === "object" && x.v !== null);
    expect(objects.length).toBe(68);
    for (const { v, c } of objects) {
      expect(c).toBe(dueCol);
      expect(isFormula(v) && !v.formula.includes("HYPERLINK")).toBe(true);
    }
  });
});

describe("readPlan on a generated sheet", () => {
  it("reads back the document it was built from", () => {
    const original = doc();
    original.team[0] = { role: "ketua", name: "Ani", nip: "198001012005012001", position: "Sekretaris" };
    original.actions["PW.4.2"] = {
      target: serialFromIso("2026-06-30"), owner: "Inspektur Pembantu", status: "Dalam Proses", doneOn: null,
      evidence: "Laporan WBS", notes: "=catatan", extra: {},
    };
    original.actions["MP.1.1"] = {
      target: "Triwulan I", owner: null, status: "Selesai", doneOn: serialFromIso("2026-02-10"), evidence: null, notes: null, extra: {},
    };
    const read = readPlan(gridFromSpec(buildPlanSheet(original)));
    expect(read).not.toBeNull();
    expect(read!.layout).toBe("generated");
    expect(read!.document.agency).toBe("Dinas Kesehatan");
    expect(read!.document.year).toBe(2026);
    expect(read!.document.predicate).toBe("WBK");
    expect(read!.document.dasar).toEqual(original.dasar);
    expect(read!.document.maksud).toBe(original.maksud);
    expect(read!.document.tujuan).toEqual(original.tujuan);
    expect(read!.document.team[0]).toEqual(original.team[0]);
    expect(read!.document.actions["PW.4.2"]).toEqual(original.actions["PW.4.2"]);
    expect(read!.document.actions["MP.1.1"]).toEqual(original.actions["MP.1.1"]);
    expect(read!.rows).toHaveLength(68);
    expect(read!.rows.find((r) => r.actionIds[0] === "PW.4.2")).toMatchObject({ indicatorId: "PW.4", areaCode: "PW" });
    expect(Object.keys(read!.areaRows)).toEqual(["MP", "PT", "SDM", "AK", "PW", "PP", "H1", "H2"]);
    expect(read!.teamFound).toBe(true);
  });

  it("finds columns by header, so an inserted column moves nothing", () => {
    const original = doc();
    original.actions["AK.2.3"] = { target: "Maret 2026", owner: "Kasubag Program", status: null, doneOn: null, evidence: null, notes: "x", extra: {} };
    const grid = gridFromSpec(buildPlanSheet(original));
    grid.values = grid.values.map((row) => [...row.slice(0, 3), "sisipan", ...row.slice(3)]);
    const read = readPlan(grid)!;
    expect(read.document.actions["AK.2.3"]).toMatchObject({ target: "Maret 2026", owner: "Kasubag Program", notes: "x" });
  });

  it("carries added columns through regeneration", () => {
    const original = doc();
    original.extraColumns = ["ANGGARAN"];
    original.actions["PP.1.1"] = { target: null, owner: null, status: null, doneOn: null, evidence: null, notes: null, extra: { ANGGARAN: 25000000 } };
    const spec = buildPlanSheet(original);
    expect(spec.cells.find((row) => row.includes("ID"))).toContain("ANGGARAN");
    const read = readPlan(gridFromSpec(spec))!;
    expect(read.document.extraColumns).toEqual(["ANGGARAN"]);
    expect(read.document.actions["PP.1.1"].extra).toEqual({ ANGGARAN: 25000000 });
  });

  it("ignores JATUH TEMPO: not a value, not an added column, and regenerating writes it once, afresh", () => {
    const original = doc();
    original.extraColumns = ["ANGGARAN"];
    original.actions["PT.1.1"] = { target: "Triwulan II", owner: "Sekretaris", status: null, doneOn: null, evidence: null, notes: null, extra: { ANGGARAN: 5 } };
    const spec = buildPlanSheet(original);
    const cols = planColumns(["ANGGARAN"]);
    // A host reads the formula's value back: a due date, which must not travel as the user's.
    const grid = gridFromSpec(spec);
    const row = grid.values.findIndex((r) => r[cols.role.id] === "PT.1.1");
    grid.values[row][cols.due] = serialFromIso("2026-06-30");
    const read = readPlan(grid)!;
    expect(read.document.extraColumns).toEqual(["ANGGARAN"]);
    expect(read.document.actions["PT.1.1"]).toEqual(original.actions["PT.1.1"]);
    expect(read.extras.map((e) => e.header)).toEqual(["ANGGARAN"]);
    const typed = readTypedPlan(grid)!;
    expect(typed.document.extraColumns).not.toContain("JATUH TEMPO");
    expect(typed.document.actions["PT.1.1"].extra).not.toHaveProperty("JATUH TEMPO");
    const again = buildPlanSheet(read.document);
    expect(again.cells.find((r) => r[cols.role.id] === "ID")).toEqual(spec.cells.find((r) => r[cols.role.id] === "ID"));
    expect(again.cells.filter((r) => isFormula(r[cols.due] ?? null))).toHaveLength(68);
    expect(again.cells[row][cols.due]).toEqual(spec.cells[row][cols.due]);
  });

  it("says null for a sheet that is not a generated plan", () => {
    expect(readPlan({ name: "Sampul", values: [["Rencana ZI"], [null, "Dinas X"]] })).toBeNull();
    expect(readPlan({ name: "Kosong", values: [] })).toBeNull();
  });
});
