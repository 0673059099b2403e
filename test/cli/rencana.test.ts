import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  actionEntries, buildPlanSheet, isoFromSerial, LAMPIRAN_I, newPlanDocument, readPlan, serialFromInstant, serialFromIso,
  STATUS_VALUES, type CellValue, type PlanDocument,
} from "../../core/index.js";
import { applySheetSpec } from "../../cli/xlsx/apply.js";
import { newWorkbook, readWorkbookFile, saveWorkbook } from "../../cli/xlsx/files.js";
import { loadWorkbookFile } from "../helpers/exceljs-grid.js";
import { sha256, tempDir, zi } from "../helpers/files.js";

const TZ = "Asia/Jakarta";
const dir = tempDir();

async function readBack(file: string) {
  // The sheets' structure through exceljs, their values through the reader every command uses.
  const wb = await loadWorkbookFile(file);
  const grids = await readWorkbookFile(file, TZ);
  const grid = grids.sheets.find((g) => readPlan(g, { timeZone: TZ }))!;
  return { wb, grid, plan: readPlan(grid, { timeZone: TZ })! };
}

/** A cell as the user would compare it: dates as ISO days in the sheet's zone. */
function comparable(v: CellValue | undefined): unknown {
  if (v instanceof Date) return isoFromSerial(serialFromInstant(v, TZ)!);
  return v ?? null;
}

describe("zi rencana writes a real .xlsx through exceljs", () => {
  const file = path.join(dir, "plan.xlsx");

  it("writes the plan and reads it back the same", async () => {
    const r = await zi("rencana", "--pd", "Dinas Kesehatan", "--tahun", "2026", "--predikat", "wbbm", "--ketua", "Ani", "--anggota", "Budi", "-o", file);
    expect(r.code).toBe(0);
    expect(r.out).toContain(file);
    const { plan } = await readBack(file);
    expect(plan.document).toMatchObject({ agency: "Dinas Kesehatan", year: 2026, predicate: "WBBM" });
    expect(plan.document.team.map((m) => m.name)).toEqual(["Ani", "Budi", null, null, null]);
    expect(plan.rows.map((r) => r.actionIds[0])).toEqual(actionEntries(LAMPIRAN_I).map((e) => e.action.id));
  });

  it("applies formats, validations, conditional formats, print setup and the hidden ID and JATUH TEMPO columns", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.worksheets[0];
    expect(ws.name).toBe("Lampiran ZI");
    expect(ws.getColumn(10).hidden).toBe(true);
    expect(ws.getColumn(11).hidden).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(ws.pageSetup.printTitlesRow).toMatch(/^\d+:\d+$/);
    const headerRow = Number(ws.pageSetup.printTitlesRow!.split(":")[0]);
    expect(ws.getRow(headerRow).getCell(4).value).toBe("TARGET WAKTU PELAKSANAAN");
    expect((ws.getRow(headerRow).getCell(1).fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FFD9E2F3");
    const firstAction = headerRow + 1;
    expect(ws.getRow(firstAction).getCell(10).value).toBe("MP.1.1");
    expect(ws.getRow(headerRow).getCell(11).value).toBe("JATUH TEMPO");
    expect((ws.getRow(firstAction).getCell(11).value as ExcelJS.CellFormulaValue).formula).toContain(`$D${firstAction}`);
    expect(ws.getRow(firstAction).getCell(11).numFmt).toBe("dd/mm/yyyy");
    expect(ws.getRow(firstAction).getCell(4).numFmt).toBe("dd/mm/yyyy");
    expect(ws.getRow(firstAction).getCell(3).border?.top?.style).toBe("thin");
    const dv = (ws.dataValidations as unknown as { model: Record<string, ExcelJS.DataValidation> }).model;
    const statusDv = Object.entries(dv).find(([, v]) => v.type === "list" && String(v.formulae[0]).includes("Selesai"));
    expect(statusDv?.[1].formulae[0]).toBe(`"${STATUS_VALUES.join(",")}"`);
    const cf = (ws as unknown as { conditionalFormattings: { ref: string; rules: { formulae: string[] }[] }[] }).conditionalFormattings;
    expect(cf).toHaveLength(4);
    expect(cf[0].rules[0].formulae[0]).toMatch(/^AND\(ISNUMBER\(FIND\("\.",\$J\d+\)\),ISNUMBER\(\$K\d+\),\$K\d+<TODAY\(\)/);
  });

  it("never overwrites an existing file without --timpa", async () => {
    const before = sha256(file);
    const r = await zi("rencana", "--pd", "Dinas Lain", "--tahun", "2026", "-o", file);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/sudah ada dan tidak ditimpa.*--timpa/);
    expect(sha256(file)).toBe(before);
    const again = await zi("rencana", "--pd", "Dinas Lain", "--tahun", "2026", "-o", file, "--timpa");
    expect(again.code).toBe(0);
    expect((await readBack(file)).plan.document.agency).toBe("Dinas Lain");
  });

  it("explains usage problems in Indonesian with exit code 2", async () => {
    expect(await zi("rencana", "--tahun", "2026")).toMatchObject({ code: 2, err: expect.stringMatching(/--pd wajib diisi/) });
    expect(await zi("rencana", "--pd", "X", "--tahun", "20x6")).toMatchObject({ code: 2, err: expect.stringMatching(/Tahun "20x6" tidak valid/) });
    expect(await zi("rencana", "--pd", "X", "--tahun", "2026", "--predikat", "A")).toMatchObject({ code: 2, err: expect.stringMatching(/Pilih WBK atau WBBM/) });
    expect(await zi("rencana", "--pd", "X", "--tahun", "2026", "--salah")).toMatchObject({ code: 2, err: expect.stringMatching(/tidak dikenal/) });
    expect(await zi("rencana", "--pd", "X", "--tahun", "2026", "-o", path.join(dir, "tidak-ada", "x.xlsx"))).toMatchObject({
      code: 2, err: expect.stringMatching(/Folder .* tidak ada/),
    });
    expect(await zi("bukan-perintah")).toMatchObject({ code: 2, err: expect.stringMatching(/tidak dikenal/) });
    const help = await zi("rencana", "--help");
    expect(help.code).toBe(0);
    expect(help.out).toContain("--dari LAMA.xlsx");
  });

  it("keeps a formula-looking PD name, owner or note as text in the file", async () => {
    const doc = newPlanDocument({ agency: '=HYPERLINK("http://x";"klik")', year: 2026 }, LAMPIRAN_I);
    doc.actions["MP.1.1"] = { target: null, owner: "+62 812", status: null, doneOn: null, evidence: "@bukti", notes: "-catatan", extra: {} };
    const wb = newWorkbook();
    applySheetSpec(wb, buildPlanSheet(doc));
    const out = path.join(dir, "injection.xlsx");
    await saveWorkbook(wb, out, { overwrite: false });
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(out);
    const cells: ExcelJS.Cell[] = [];
    back.worksheets[0].eachRow((row) => row.eachCell((c) => cells.push(c)));
    // The only formulas are JATUH TEMPO's (column K), one per rencana aksi; no typed text became one.
    const formulas = cells.filter((c) => c.type === ExcelJS.ValueType.Formula);
    expect(formulas).toHaveLength(68);
    expect(formulas.every((c) => Number(c.col) === 11)).toBe(true);
    const values = cells.map((c) => c.value);
    expect(values).toContain('=HYPERLINK("http://x";"klik")');
    expect(values).toContain("+62 812");
    expect(values).toContain("@bukti");
    expect(values).toContain("-catatan");
  });
});

const textArb = fc.oneof(
  fc.constantFrom("Sekretaris", "Kabid Layanan", "=1+1", "@x", "-", "Triwulan II", "Setiap bulan", "Bukti: SK 800/12", "  spasi  "),
  fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim() === s && s.length > 0 && !/[\x00-\x1f]/.test(s)),
);
const dateArb = fc.integer({ min: serialFromIso("2026-01-01")!, max: serialFromIso("2026-12-31")! });
const cellArb = fc.option(fc.oneof(textArb, dateArb), { nil: null });

describe("zi rencana --dari regenerates and keeps every typed value", () => {
  it("carries targets, owners, status, dates, evidence, notes, added columns, the team and other sheets (property)", async () => {
    const ids = actionEntries(LAMPIRAN_I).map((e) => e.action.id);
    const fillArb = fc.record({
      picks: fc.uniqueArray(fc.constantFrom(...ids), { minLength: 1, maxLength: 20 }),
      values: fc.array(
        fc.record({
          target: cellArb, owner: fc.option(textArb, { nil: null }), status: fc.option(fc.constantFrom(...STATUS_VALUES), { nil: null }),
          doneOn: fc.option(dateArb, { nil: null }), evidence: fc.option(textArb, { nil: null }), notes: fc.option(textArb, { nil: null }),
          anggaran: fc.option(fc.integer({ min: 0, max: 1e9 }), { nil: null }),
        }),
        { minLength: 20, maxLength: 20 },
      ),
      ketua: fc.option(textArb, { nil: null }),
    });
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fillArb, async (fill) => {
        run++;
        const doc: PlanDocument = newPlanDocument({ agency: "Dinas Uji", year: 2026 }, LAMPIRAN_I);
        doc.extraColumns = ["ANGGARAN"];
        doc.team[0].name = fill.ketua;
        fill.picks.forEach((id, i) => {
          const v = fill.values[i];
          doc.actions[id] = { target: v.target, owner: v.owner, status: v.status, doneOn: v.doneOn, evidence: v.evidence, notes: v.notes, extra: { ANGGARAN: v.anggaran } };
        });
        const wb = newWorkbook();
        wb.addWorksheet("Sampul").getCell("A1").value = "Sampul rencana";
        applySheetSpec(wb, buildPlanSheet(doc));
        wb.addWorksheet("Catatan").getCell("B2").value = "catatan pengguna";
        const oldFile = path.join(dir, `lama-${run}.xlsx`);
        const newFile = path.join(dir, `baru-${run}.xlsx`);
        await saveWorkbook(wb, oldFile, { overwrite: true });
        const before = sha256(oldFile);

        const r = await zi("rencana", "--dari", oldFile, "-o", newFile, "--timpa");
        expect(r.code).toBe(0);
        expect(sha256(oldFile)).toBe(before);

        const { wb: back, plan } = await readBack(newFile);
        expect(back.worksheets.map((w) => w.name)).toEqual(["Sampul", "Lampiran ZI", "Catatan"]);
        expect(back.getWorksheet("Catatan")!.getCell("B2").value).toBe("catatan pengguna");
        expect(plan.document.extraColumns).toEqual(["ANGGARAN"]);
        expect(plan.document.team[0].name ?? null).toEqual(fill.ketua);
        for (const id of ids) {
          const want = doc.actions[id];
          const got = plan.document.actions[id];
          for (const role of ["target", "owner", "status", "doneOn", "evidence", "notes"] as const) {
            const expected = want ? want[role] : null;
            const actual = comparable(got[role]);
            if (typeof expected === "number") expect(actual).toBe(isoFromSerial(expected));
            else expect(actual).toEqual(expected ?? null);
          }
          expect(got.extra.ANGGARAN ?? null).toEqual(want?.extra.ANGGARAN ?? null);
        }
      }),
      { numRuns: 8 },
    );
  });

  it("writes JATUH TEMPO afresh from the targets, also from a Lampiran written before it had the column", async () => {
    const doc = newPlanDocument({ agency: "Dinas Uji", year: 2027 }, LAMPIRAN_I);
    const [first, second] = actionEntries(LAMPIRAN_I).map((e) => e.action.id);
    doc.actions[first] = { target: "Triwulan II", owner: null, status: null, doneOn: null, evidence: null, notes: null, extra: {} };
    doc.actions[second] = { target: 46112, owner: null, status: null, doneOn: null, evidence: null, notes: null, extra: {} };
    const wb = newWorkbook();
    const old = applySheetSpec(wb, buildPlanSheet(doc));
    // An older Lampiran: ID was the last column.
    old.spliceColumns(11, 1);
    expect(old.getColumn(11).values.filter((v) => v !== null && v !== undefined)).toEqual([]);
    const oldFile = path.join(dir, "tanpa-jatuh-tempo.xlsx");
    const newFile = path.join(dir, "dengan-jatuh-tempo.xlsx");
    await saveWorkbook(wb, oldFile, { overwrite: true });
    expect((await zi("rencana", "--dari", oldFile, "-o", newFile, "--timpa")).code).toBe(0);

    const { wb: back, plan } = await readBack(newFile);
    const ws = back.getWorksheet("Lampiran ZI")!;
    expect(ws.getColumn(11).hidden).toBe(true);
    expect(plan.document.extraColumns).toEqual([]);
    const yearRow = plan.cells.year!.replace(/\D/g, "");
    const formulas = plan.rows.map((r) => (ws.getCell(r.row + 1, 11).value as ExcelJS.CellFormulaValue).formula);
    expect(formulas).toHaveLength(68);
    plan.rows.forEach((r, i) => {
      expect(formulas[i]).toContain(`$D${r.row + 1}`);
      expect(formulas[i]).toContain(`$C$${yearRow}`);
    });
    expect(ws.getCell(plan.headerRow + 1, 11).value).toBe("JATUH TEMPO");
  });

  it("refuses a source without a plan sheet, and an output equal to the input", async () => {
    const plain = path.join(dir, "polos.xlsx");
    const wb = newWorkbook();
    wb.addWorksheet("Data").getCell("A1").value = "bukan rencana";
    await saveWorkbook(wb, plain, { overwrite: true });
    expect(await zi("rencana", "--dari", plain, "-o", path.join(dir, "x.xlsx"))).toMatchObject({
      code: 2, err: expect.stringMatching(/tidak ditemukan lembar Lampiran/),
    });
    expect(await zi("rencana", "--dari", plain, "-o", plain, "--timpa")).toMatchObject({
      code: 2, err: expect.stringMatching(/sama dengan berkas masukan/),
    });
  });

  it("gives a clear message for a file that is not an .xlsx", async () => {
    const bad = path.join(dir, "rusak.xlsx");
    writeFileSync(bad, "NO;INDIKATOR\n1;Tim\n");
    expect(await zi("rencana", "--dari", bad, "-o", path.join(dir, "y.xlsx"))).toMatchObject({
      code: 2, err: expect.stringMatching(/CSV/),
    });
    expect(existsSync(path.join(dir, "y.xlsx"))).toBe(false);
  });
});

describe("zi contoh", () => {
  it("writes the blank and the filled demo plans, with missing and overdue actions", async () => {
    const out = path.join(dir, "contoh");
    const r = await zi("contoh", out, "--per-tanggal", "2026-08-15");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/rencana-contoh\.xlsx/);
    const m = /(\d+) tanpa target, (\d+) terlambat/.exec(r.out)!;
    expect(Number(m[1])).toBeGreaterThan(0);
    expect(Number(m[2])).toBeGreaterThan(0);
    // The counts it prints are the ones validation finds in the file it wrote.
    const v = await zi("validasi", path.join(out, "rencana-contoh-terisi.xlsx"), "--json", "--per-tanggal", "2026-08-15");
    const findings = (JSON.parse(v.out) as { files: { findings: { code: string }[] }[] }).files[0].findings;
    expect(findings.filter((f) => f.code === "TARGET_MISSING")).toHaveLength(Number(m[1]));
    expect(findings.filter((f) => f.code === "OVERDUE")).toHaveLength(Number(m[2]));
    expect((await zi("contoh", out)).code).toBe(2);
  });
});
