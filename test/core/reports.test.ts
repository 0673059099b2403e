import { describe, expect, it } from "vitest";
import {
  buildPeriodicReport, buildRecapSheets, buildValidationSheet, findAction, findArea, isLink, LAMPIRAN_I, parseRange, planProgress, readTypedPlan,
  serialFromIso, summarize,
  unreadableResult, validatePlan, workbookResult, type CellValue, type Finding, type SheetSpec, type SpecValue,
} from "../../core/index.js";
import { reportText } from "../../core/i18n/reports.js";
import { calculateSpec } from "../helpers/hyperformula.js";
import { typedPlanGrid } from "../helpers/typed-plan.js";

const AS_OF = serialFromIso("2026-06-30")!;
const HEADERS = ["TARGET WAKTU PELAKSANAAN", "PENANGGUNG JAWAB", "STATUS", "TANGGAL REALISASI", "BUKTI DUKUNG"];

/** A plan with a bit of everything: done, in progress, overdue, missing, invalid targets, one area left out. */
function samplePlan() {
  const values = (id: string): Record<string, CellValue> => {
    if (id.startsWith("MP.")) return { "TARGET WAKTU PELAKSANAAN": "Maret 2026", STATUS: "Selesai", "BUKTI DUKUNG": "SK" };
    if (id.startsWith("PT.")) return { "TARGET WAKTU PELAKSANAAN": "April 2026", STATUS: "Dalam Proses", "PENANGGUNG JAWAB": "Kasubag" };
    if (id === "SDM.1.1") return { "TARGET WAKTU PELAKSANAAN": "Segera" };
    if (id === "SDM.1.2") return {};
    return { "TARGET WAKTU PELAKSANAAN": "Desember 2026", STATUS: "Belum Mulai" };
  };
  const grid = typedPlanGrid("Rencana", { layout: "row", headers: HEADERS, values, dropAreas: ["H2"], agency: "Dinas Sosial" });
  const plan = readTypedPlan(grid)!;
  const findings = validatePlan(plan, { asOf: AS_OF });
  return { grid, plan, findings, summary: summarize(plan, findings) };
}

function textAt(spec: SheetSpec, row: number, col: number): string {
  const v = spec.cells[row]?.[col];
  return isLink(v) ? v.text : v === null || v === undefined ? "" : typeof v === "object" ? "" : String(v);
}

function rowsWith(spec: SheetSpec, text: string): number[] {
  return spec.cells.flatMap((row, r) => (row.some((v) => (isLink(v) ? v.text : v) === text) ? [r] : []));
}

describe("planProgress (the facts of the periodic report)", () => {
  it("counts per area against the Lampiran and lists overdue and missing actions", () => {
    const { plan } = samplePlan();
    const p = planProgress(plan, { asOf: AS_OF });
    const area = (code: string) => p.areas.find((a) => a.area.code === code)!;
    expect(area("MP")).toMatchObject({ actions: 8, done: 8, inProgress: 0, overdue: 0, missing: 0, share: 1 });
    expect(area("PT")).toMatchObject({ actions: 7, done: 0, inProgress: 7, overdue: 7, missing: 0 });
    expect(area("SDM")).toMatchObject({ actions: 13, missing: 2 });
    expect(area("H2")).toMatchObject({ actions: 1, done: 0, missing: 1 });
    expect(p.total).toMatchObject({ actions: 68, done: 8, inProgress: 7, overdue: 7, missing: 3 });
    expect(p.total.share).toBeCloseTo(8 / 68);
    expect(p.overdue.map((l) => l.id)).toEqual(["PT.1.1", "PT.1.2", "PT.2.1", "PT.2.2", "PT.2.3", "PT.3.1", "PT.3.2"]);
    expect(p.missing.map((l) => [l.id, l.reason])).toEqual([["SDM.1.1", "invalidTarget"], ["SDM.1.2", "noTarget"], ["H2.1.1", "notInPlan"]]);
    expect(p.agency).toBe("DINAS SOSIAL");
  });
});

describe("buildValidationSheet (Hasil Validasi)", () => {
  const { plan, findings, summary } = samplePlan();
  const spec = buildValidationSheet({ plan, findings, summary, asOf: AS_OF, links: true });

  it("heads the sheet with the PD, the as-of date and a summary with the verdict", () => {
    expect(textAt(spec, 0, 0)).toBe("HASIL VALIDASI RENCANA PEMBANGUNAN ZONA INTEGRITAS");
    const all = spec.cells.flat().map((v) => (isLink(v) ? v.text : v));
    expect(all).toContain("DINAS SOSIAL");
    expect(all).toContain("30 Juni 2026");
    expect(all).toContain("BELUM LENGKAP");
    const errorsRow = rowsWith(spec, "Galat")[0];
    expect(spec.cells[errorsRow][4]).toBe(summary.errors);
  });

  it("lists every finding once, errors first, each linking to its sheet and cell", () => {
    const rows = spec.cells.filter((row) => typeof row[0] === "number" && typeof row[2] === "string" && /^[A-Z_]+$/.test(row[2] as string));
    expect(rows).toHaveLength(findings.length);
    const severities = rows.map((r) => r[1]);
    expect(severities.indexOf("Peringatan")).toBeGreaterThan(severities.lastIndexOf("Galat"));
    for (const row of rows) {
      const loc = row[5] as SpecValue;
      expect(isLink(loc)).toBe(true);
      if (isLink(loc)) {
        expect(loc.link.sheet).toBe("Rencana");
        expect(findings.some((f) => f.cell === loc.link.cell && f.code === row[2])).toBe(true);
      }
    }
  });

  it("names beside each ref the Lampiran's text of that rencana aksi (indicator, area)", () => {
    const rows = spec.cells.filter((row) => typeof row[0] === "number" && typeof row[2] === "string" && /^[A-Z_]+$/.test(row[2] as string));
    const byRef = (ref: string) => rows.find((r) => r[3] === ref)!;
    const missing = findings.find((f) => f.code === "TARGET_MISSING")!;
    expect(missing.ref).toBe("SDM.1.2");
    expect(byRef("SDM.1.2")[4]).toBe(findAction(LAMPIRAN_I, "SDM.1.2")!.action.text);
    expect(byRef("H2")[4]).toBe(findArea(LAMPIRAN_I, "H2")!.label);
    // Plan-wide findings (no ref) have none.
    for (const r of rows.filter((row) => row[3] === "-")) expect(r[4]).toBe("-");
  });

  it("writes plain text locations when the sheet goes to another workbook", () => {
    const plain = buildValidationSheet({ plan, findings, summary, asOf: AS_OF, links: false });
    expect(plain.cells.flat().some((v) => isLink(v))).toBe(false);
    expect(plain.cells.flat()).toContain(`Rencana!${findings[1].cell}`);
  });

  it("prints A4 landscape, one page wide, repeating the table header; styles do not grow with findings", () => {
    expect(spec.print).toMatchObject({ paper: "A4", orientation: "landscape", fitToWidth: true });
    expect(spec.cells[spec.print!.repeatRows!.first].slice(3, 7)).toEqual(["REF", "RENCANA AKSI", "LOKASI", "URAIAN DAN TINDAK LANJUT"]);
    const many: Finding[] = Array.from({ length: 400 }, (_, i) => ({ ...findings[i % findings.length], cell: `D${i + 10}` }));
    const big = buildValidationSheet({ plan, findings: many, summary, asOf: AS_OF, links: true });
    expect(big.styles.length).toBe(spec.styles.length);
    expect(big.merges.length).toBe(spec.merges.length);
  });

  it("says LENGKAP and that nothing was found for a clean plan", () => {
    const clean = buildValidationSheet({ plan, findings: [], summary: { ...summary, errors: 0, warnings: 0 }, asOf: AS_OF });
    const all = clean.cells.flat();
    expect(all).toContain("LENGKAP");
    expect(all).toContain("Tidak ada temuan: rencana lengkap dan sesuai Lampiran.");
  });
});

describe("buildPeriodicReport (Laporan Berkala)", () => {
  const { plan } = samplePlan();
  const progress = planProgress(plan, { asOf: AS_OF });
  const spec = buildPeriodicReport({ progress, signer: "Dr. Ani Suryani", links: true });

  it("shows the as-of date, the PD, progress per area with a total and a percent format", () => {
    expect(textAt(spec, 0, 0)).toBe("LAPORAN BERKALA PEMBANGUNAN ZONA INTEGRITAS");
    const all = spec.cells.flat();
    expect(all).toContain("30 Juni 2026");
    expect(all).toContain("DINAS SOSIAL");
    const mp = rowsWith(spec, "1. Manajemen Perubahan")[0];
    expect(rowsWith(spec, "Indikator Hasil 2. Peningkatan Kualitas Pelayanan Publik")).toHaveLength(2);
    expect(rowsWith(spec, "6. Peningkatan Kualitas Pelayanan Publik")).toHaveLength(1);
    expect(spec.cells[mp].slice(4, 10)).toEqual([8, 8, 0, 0, 0, 1]);
    const total = rowsWith(spec, "JUMLAH")[0];
    expect(spec.cells[total].slice(4, 9)).toEqual([68, 8, 7, 7, 3]);
    const pct = spec.numberFormats.find((f) => f.format === "0%")!;
    expect(parseRange(pct.ranges[0])).toMatchObject({ top: mp, bottom: total, left: 9 });
  });

  it("draws each area's share done as a bar of 20 blocks, by a formula on its % SELESAI cell", () => {
    // Shares across the scale, so that the bars differ in length.
    const spread = { ...progress, areas: progress.areas.map((a, i) => ({ ...a, share: [0, 0.12, 0.5, 0.87, 1, 0.33, 0.049, 0.951][i] })) };
    const report = buildPeriodicReport({ progress: spread });
    const calc = calculateSpec(report);
    try {
      const rows = [...spread.areas.map((a) => rowsWith(report, reportText.area(a.area.no, a.area.label, a.area.kind))[0]), rowsWith(report, "JUMLAH")[0]];
      const shares = [...spread.areas.map((a) => a.share), spread.total.share];
      rows.forEach((r, i) => {
        expect(report.cells[r][9]).toBe(shares[i]);
        const bar = calc.value(r, 3) as string;
        const full = Math.round(shares[i] * 20);
        expect(bar, `share ${shares[i]}`).toBe("\u2588".repeat(full) + "\u2591".repeat(20 - full));
      });
    } finally {
      calc.destroy();
    }
  });

  it("lists overdue and missing rencana aksi with their reason and a link to their cell", () => {
    const overdue = rowsWith(spec, "PT.2.2")[0];
    expect(spec.cells[overdue][8]).toBe("Terlambat 61 hari");
    expect(spec.cells[overdue][5]).toBe("30 April 2026");
    const loc = spec.cells[overdue][9];
    expect(isLink(loc) && loc.link).toMatchObject({ sheet: "Rencana" });
    expect(spec.cells[rowsWith(spec, "SDM.1.1")[0]][8]).toBe("Target waktu tidak dikenali");
    expect(spec.cells[rowsWith(spec, "SDM.1.2")[0]][8]).toBe("Target waktu belum diisi");
    expect(spec.cells[rowsWith(spec, "H2.1.1")[0]][8]).toBe("Tidak ada di rencana");
    expect(spec.cells.flat()).toContain("Dr. Ani Suryani");
    expect(spec.print).toMatchObject({ paper: "A4", fitToWidth: true });
  });
});

describe("buildRecapSheets (the Inspektorat's recap)", () => {
  const { plan, findings, summary } = samplePlan();
  const good = workbookResult("a/baik.xlsx", { plan, findings: [], summary: { ...summary, errors: 0, warnings: 0 } });
  const bad = workbookResult("a/kurang.xlsx", { plan, findings, summary });
  const broken = unreadableResult("a/rusak.xlsx", "Berkas kosong (0 byte).");
  const [recap, list] = buildRecapSheets([good, bad, broken], AS_OF);

  it("has one row per workbook with its counts and verdict, and a total row", () => {
    const row = (file: string) => spec(recap, file);
    expect(row("a/baik.xlsx").slice(2, 11)).toEqual(["DINAS SOSIAL", 2026, 67, summary.withTarget, 8, 7, 0, 0, "LENGKAP"]);
    expect(row("a/kurang.xlsx")[10]).toBe("BELUM LENGKAP");
    expect(row("a/rusak.xlsx")[10]).toBe("TIDAK TERBACA");
    expect(row("a/rusak.xlsx")[11]).toBe("Berkas kosong (0 byte).");
    const total = recap.cells[rowsWith(recap, "JUMLAH")[0]];
    expect(total[4]).toBe(134);
    expect(total[8]).toBe(summary.errors);
  });

  it("lists every finding on the second sheet, and links each workbook to its first finding", () => {
    const rows = list.cells.filter((r) => typeof r[0] === "number");
    expect(rows).toHaveLength(findings.length);
    expect(rows.every((r) => r[1] === "a/kurang.xlsx")).toBe(true);
    const link = spec(recap, "a/kurang.xlsx")[12];
    expect(isLink(link) && link.link).toEqual({ sheet: "Temuan", cell: "A5" });
    expect(list.cells[4][1]).toBe("a/kurang.xlsx");
    expect(spec(recap, "a/baik.xlsx")[12]).toBe("-");
    expect(list.conditionalFormats).toHaveLength(3);
    const header = list.cells.find((r) => r[0] === "NO")!;
    expect(header.slice(7, 10)).toEqual(["REF", "RENCANA AKSI", "URAIAN DAN TINDAK LANJUT"]);
    const overdue = rows.find((r) => typeof r[7] === "string" && /^[A-Z0-9]+\.\d+\.\d+$/.test(r[7] as string))!;
    expect(overdue[8]).toBe(findAction(LAMPIRAN_I, overdue[7] as string)!.action.text);
    expect(recap.print).toMatchObject({ paper: "A4", orientation: "landscape", fitToWidth: true });
  });

  function spec(s: SheetSpec, file: string): SpecValue[] {
    return s.cells[rowsWith(s, file)[0]];
  }
});
