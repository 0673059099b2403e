import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  answerDifferences, assessWorkbook, buildEvaluationSheet, COL, isFormula, isLink, isOwnOutputWorkbook, LKE_ZI_2026,
  parseRange, readEvaluationWorkbook, scoreEvaluation, serialFromIso, unreadableWorkbook, buildTpiReportSheets, type Answers,
  type AssessedWorkbook, type CellValue, type SheetSpec, type SpecValue,
} from "../../core/index.js";
import { gridFromSpec } from "../helpers/spec-grid.js";
import { bestAnswers, weakPw, withAnswers } from "../helpers/lke.js";

const M = LKE_ZI_2026;
const HOSTILE: string[] = JSON.parse(readFileSync(new URL("../vectors/hostile-strings.json", import.meta.url), "utf8")).strings;
const AS_OF = serialFromIso("2026-11-30")!;
const best = bestAnswers();

const SETS = {
  kesehatan: { agency: "Dinas Kesehatan", unit: best, tpi: best },
  // Same TPI score as Dinas Kesehatan: the tie goes by name.
  kepegawaian: { agency: "Badan Kepegawaian", unit: withAnswers(best, { 3: "Tidak" }), tpi: best },
  perhubungan: { agency: "Dinas Perhubungan", unit: best, tpi: withAnswers(best, { 12: "D", 40: "C", 125: 3.7, 127: 3.3 }) },
  pendapatan: { agency: "Badan Pendapatan Daerah", unit: best, tpi: withAnswers(best, { ...weakPw(), 125: 3 }) },
};

function assessed(file: string, agency: string, unit: Answers, tpi: Answers, notes: Record<number, CellValue> = {}, year = 2026): AssessedWorkbook {
  const grid = gridFromSpec(buildEvaluationSheet(M, { agency, year, answers: { unit, tpi } as never }));
  for (const [no, note] of Object.entries(notes)) grid.values[grid.values.findIndex((r) => r[COL.id] === `S${no}`)][COL.tpiNote] = note;
  return assessWorkbook(file, { sheets: [grid] });
}

const NOTES = { 12: "SK tim belum ditandatangani", 7: "Bukti sudah lengkap" };
const entries: AssessedWorkbook[] = [
  assessed("kiriman/perhubungan.xlsx", SETS.perhubungan.agency, SETS.perhubungan.unit, SETS.perhubungan.tpi, NOTES),
  unreadableWorkbook("kiriman/rusak.xlsx", "Berkas .xlsx rusak atau tidak lengkap (uji)."),
  assessed("kiriman/kesehatan.xlsx", SETS.kesehatan.agency, SETS.kesehatan.unit, SETS.kesehatan.tpi),
  assessed("kiriman/pendapatan.xlsx", SETS.pendapatan.agency, SETS.pendapatan.unit, SETS.pendapatan.tpi),
  assessed("kiriman/kepegawaian.xlsx", SETS.kepegawaian.agency, SETS.kepegawaian.unit, SETS.kepegawaian.tpi, {}, 2025),
];

const HEADERS = [
  "NO", "PERANGKAT DAERAH", "TAHUN", "BERKAS", "NILAI UNIT", "NILAI TPI", "PENGUNGKIT", "HASIL", "% MP", "% PT", "% SDM", "% AK", "% PW", "% PP",
  "IPAK", "CAPAIAN", "IPKP", "PREDIKAT UNIT", "PREDIKAT TPI", "KEKURANGAN", "REKOMENDASI",
];

const text = (v: SpecValue | undefined) => (isLink(v) ? v.text : v);
const rowIndex = (spec: SheetSpec, col: number, value: SpecValue) => spec.cells.findIndex((r) => text(r[col]) === value);
const formatAt = (spec: SheetSpec, row: number, col: number) =>
  spec.numberFormats.find((g) => g.ranges.some((ref) => {
    const r = parseRange(ref)!;
    return row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;
  }))?.format;
const styleAt = (spec: SheetSpec, row: number, col: number) =>
  Object.assign({}, ...spec.styles.filter((g) => g.ranges.some((ref) => {
    const r = parseRange(ref)!;
    return row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;
  })).map((g) => g.style));

describe("buildTpiReportSheets: Rekap Penilaian", () => {
  const sheets = buildTpiReportSheets(entries, { asOf: AS_OF, year: null });
  const recap = sheets[0];
  const header = rowIndex(recap, 0, "NO");
  const rows = recap.cells.slice(header + 1, header + 5);

  it("is the recap, then one LHE sheet per assessed PD in the recap's order", () => {
    expect(sheets.map((s) => s.name)).toEqual([
      "Rekap Penilaian", "LHE 1 Badan Kepegawaian", "LHE 2 Dinas Kesehatan", "LHE 3 Dinas Perhubungan", "LHE 4 Badan Pendapatan Daerah",
    ]);
    expect(sheets.map((s) => s.kind)).toEqual(["recap", "report", "report", "report", "report"]);
    expect(recap.cells[0][0]).toBe("LAPORAN HASIL PENILAIAN TIM PENILAI INTERNAL (TPI)");
    // The year most workbooks name (three 2026, one 2025), the default kabupaten, an Indonesian date.
    expect(recap.cells[1][0]).toBe("ZONA INTEGRITAS MENUJU WBK/WBBM — KABUPATEN BEKASI TAHUN 2026");
    expect(recap.cells.flat()).toContain("30 November 2026");
  });

  it("has exactly the issue's headers and one row per PD, best TPI score first, ties by name", () => {
    expect(recap.cells[header]).toEqual(HEADERS);
    expect(rows.map((r) => text(r[1]))).toEqual(["Badan Kepegawaian", "Dinas Kesehatan", "Dinas Perhubungan", "Badan Pendapatan Daerah"]);
    expect(rows.map((r) => r[0])).toEqual([1, 2, 3, 4]);
    expect(rows.map((r) => r[2])).toEqual([2025, 2026, 2026, 2026]);
    expect(rows.map((r) => r[3])).toEqual(["kiriman/kepegawaian.xlsx", "kiriman/kesehatan.xlsx", "kiriman/perhubungan.xlsx", "kiriman/pendapatan.xlsx"]);
    const tpiTotals = rows.map((r) => r[5] as number);
    expect([...tpiTotals].sort((a, b) => b - a)).toEqual(tpiTotals);
  });

  it("writes the TPI's figures as unrounded numbers shown with two decimals", () => {
    const order = [SETS.kepegawaian, SETS.kesehatan, SETS.perhubungan, SETS.pendapatan];
    rows.forEach((row, i) => {
      const unit = scoreEvaluation(M, order[i].unit);
      const tpi = scoreEvaluation(M, order[i].tpi);
      expect(row.slice(4, 17)).toEqual([
        unit.total, tpi.total, tpi.figures.pengungkit, tpi.figures.hasil, ...tpi.areas.map((a) => a.percent),
        tpi.figures.ipak, tpi.figures.capaian, tpi.figures.pelayanan,
      ]);
      for (let c = 4; c <= 16; c++) expect(formatAt(recap, header + 1 + i, c), `column ${HEADERS[c]}`).toBe("0.00");
    });
  });

  it("gives both predicates, what the next predicate lacks and the recommendation", () => {
    expect(rows.map((r) => r.slice(17, 19))).toEqual([["WBBM", "WBBM"], ["WBBM", "WBBM"], ["WBBM", "WBK"], ["WBBM", "BELUM MEMENUHI"]]);
    expect(rows.map((r) => r[20])).toEqual([
      "Diusulkan ke Menteri PANRB untuk predikat Menuju WBBM",
      "Diusulkan ke Menteri PANRB untuk predikat Menuju WBBM",
      "Diusulkan ke Menteri PANRB untuk predikat Menuju WBK",
      "Pembinaan kembali (Pasal 8 ayat 7)",
    ]);
    expect(rows[0][19]).toBe("-");
    expect(rows[2][19]).toBe("WBBM: IPKP 14,44 < 15,75");
    const pw = scoreEvaluation(M, SETS.pendapatan.tpi).areas.find((a) => a.code === "PW")!.percent;
    expect(pw).toBeLessThan(60);
    expect(rows[3][19]).toBe(`WBK: Area PW ${pw.toFixed(2).replace(".", ",")}% < 60%; Bersih & akuntabel 18,13 < 18,25; IPAK 13,13 < 15,75`);
    expect(styleAt(recap, header + 4, 18)).toMatchObject({ fill: "#F8CBAD" });
    expect(styleAt(recap, header + 1, 18)).toMatchObject({ fill: "#C6EFCE" });
  });

  it("links each PD name to its LHE sheet", () => {
    rows.forEach((r, i) => expect(r[1]).toEqual({ text: text(r[1]), link: { sheet: sheets[i + 1].name, cell: "A1" } }));
  });

  it("lists the unreadable file with its reason under the table, and the TPI of Pasal 9 to fill in", () => {
    const u = rowIndex(recap, 1, "kiriman/rusak.xlsx");
    expect(u).toBeGreaterThan(header + 4);
    expect(recap.cells[u][4]).toBe("Berkas .xlsx rusak atau tidak lengkap (uji).");
    const team = rowIndex(recap, 1, "KEDUDUKAN");
    expect(team).toBeGreaterThan(u);
    const members = recap.cells.slice(team + 1, team + 7);
    expect(members.map((r) => r[1])).toEqual(["Ketua", "Sekretaris", "Anggota", "Anggota", "Anggota", "Anggota"]);
    expect(members.map((r) => r.filter((v) => typeof v === "string").at(-1))).toEqual([
      "Inspektorat Daerah", "Bagian Organisasi Sekretariat Daerah", "Tim Pembangunan ZI Badan Kepegawaian", "Tim Pembangunan ZI Dinas Kesehatan",
      "Tim Pembangunan ZI Dinas Perhubungan", "Tim Pembangunan ZI Badan Pendapatan Daerah",
    ]);
    // NAMA, NIP, JABATAN and ASAL are cells to type in.
    for (const c of [2, 4, 10, 20]) expect(styleAt(recap, team + 1, c), `column ${c}`).toMatchObject({ fill: "#FFF2CC" });
    const flat = recap.cells.flat();
    expect(flat).toContain("Cikarang Pusat, 30 November 2026");
    expect(flat).toContain("Ketua Tim Penilai Internal");
  });

  it("prints on A4 landscape, one page wide, the table's header repeated", () => {
    expect(recap.print).toMatchObject({ orientation: "landscape", paper: "A4", fitToWidth: true, repeatRows: { first: header, last: header } });
  });

  it("is recognised as zi's own output, never taken for an LKE", () => {
    const workbook = { sheets: sheets.map((s) => gridFromSpec(s)) };
    expect(isOwnOutputWorkbook(workbook)).toBe(true);
    expect(readEvaluationWorkbook(workbook)).toBeNull();
  });
});

describe("buildTpiReportSheets: one Laporan Hasil Evaluasi per PD", () => {
  const sheets = buildTpiReportSheets(entries, { asOf: AS_OF, year: 2026, kabupaten: "Kota Contoh" });
  const lhe = sheets.find((s) => s.name === "LHE 3 Dinas Perhubungan")!;
  const flat = lhe.cells.flat();

  it("names the PD, its file and both scores side by side", () => {
    expect(lhe.cells[0][0]).toBe("LAPORAN HASIL EVALUASI ZONA INTEGRITAS");
    expect(lhe.cells[2][0]).toEqual({ text: "« Kembali ke Rekap Penilaian", link: { sheet: "Rekap Penilaian", cell: "A1" } });
    expect(flat).toEqual(expect.arrayContaining(["Dinas Perhubungan", "kiriman/perhubungan.xlsx", "30 November 2026"]));
    const unit = scoreEvaluation(M, SETS.perhubungan.unit);
    const tpi = scoreEvaluation(M, SETS.perhubungan.tpi);
    const total = rowIndex(lhe, 0, "Nilai total");
    expect(lhe.cells[total].slice(4)).toEqual([100, unit.total, unit.total, tpi.total, tpi.total, tpi.total - unit.total]);
    const pw = rowIndex(lhe, 0, "   Area Penguatan Pengawasan");
    const a = (s: typeof unit) => s.areas.find((x) => x.code === "PW")!;
    expect(lhe.cells[pw].slice(4)).toEqual([15, a(unit).score, a(unit).percent, a(tpi).score, a(tpi).percent, a(tpi).score - a(unit).score]);
    const ipkp = rowIndex(lhe, 0, "   Pelayanan publik yang prima (IPKP / 4 x 17,5)");
    expect(lhe.cells[ipkp][7]).toBe(tpi.figures.pelayanan);
    expect(formatAt(lhe, ipkp, 7)).toBe("0.00");
    const predicate = rowIndex(lhe, 0, "Predikat");
    expect([lhe.cells[predicate][5], lhe.cells[predicate][7]]).toEqual(["WBBM", "WBK"]);
  });

  it("lists every differing answer with the score it moved and the TPI's note on it", () => {
    const diffs = answerDifferences(M, SETS.perhubungan.unit, SETS.perhubungan.tpi);
    expect(diffs.map((d) => d.question)).toEqual([12, 40, 125, 127]);
    const head = rowIndex(lhe, 1, "SOAL");
    const rows = lhe.cells.slice(head + 1, head + 1 + diffs.length);
    expect(rows.map((r) => [r[1], r[2], r[4], r[5], r[6]])).toEqual(diffs.map((d) => [d.question, d.node, d.unit, d.tpi, d.moved]));
    for (const d of diffs) {
      expect(d.moved).toBe(scoreEvaluation(M, { ...SETS.perhubungan.unit, [d.question]: SETS.perhubungan.tpi[d.question] }).total - scoreEvaluation(M, SETS.perhubungan.unit).total);
    }
    expect(rows[0][7]).toBe(NOTES[12]);
    expect(formatAt(lhe, head + 1, 6)).toBe("0.00");
  });

  it("keeps the TPI's notes on other questions, the shortfalls for WBBM and the recommendation", () => {
    const notes = rowIndex(lhe, 0, "C. CATATAN TPI PADA SOAL LAIN (1)");
    expect(lhe.cells[notes + 2].slice(0, 2)).toEqual([1, 7]);
    expect(lhe.cells[notes + 2][4]).toBe(NOTES[7]);
    const d = rowIndex(lhe, 0, "D. SYARAT PREDIKAT WBBM YANG BELUM DIPENUHI (NILAI TPI)");
    expect(lhe.cells[d + 2].slice(0, 6)).toEqual([1, "Pelayanan publik yang prima (IPKP)", null, null, 15.75, (3.3 / 4) * 17.5]);
    expect(flat).toContain("Diusulkan ke Menteri PANRB untuk predikat Menuju WBK");
    // Another kabupaten signs in its own name.
    expect(flat).toContain("Kota Contoh, 30 November 2026");
    expect(sheets[0].cells[1][0]).toBe("ZONA INTEGRITAS MENUJU WBK/WBBM — KOTA CONTOH TAHUN 2026");
  });

  it("says so when the TPI answered as the unit did and every predicate rule holds", () => {
    const top = sheets.find((s) => s.name === "LHE 2 Dinas Kesehatan")!.cells.flat();
    expect(top).toEqual(expect.arrayContaining([
      "Tidak ada jawaban TPI yang berbeda dari jawaban unit.", "Semua syarat predikat WBBM dipenuhi.", "Tidak ada catatan TPI pada soal lain.",
    ]));
  });
});

describe("buildTpiReportSheets: names, links and what comes from workbooks", () => {
  it("takes free names beside the sheets a workbook already has, and the links follow", () => {
    const sheets = buildTpiReportSheets(entries.slice(2, 3), { asOf: AS_OF, year: null, existingSheets: ["Rekap Penilaian", "lhe 1 dinas kesehatan"] });
    expect(sheets.map((s) => s.name)).toEqual(["Rekap Penilaian (2)", "LHE 1 Dinas Kesehatan (2)"]);
    const header = rowIndex(sheets[0], 0, "NO");
    expect(sheets[0].cells[header + 1][1]).toMatchObject({ link: { sheet: "LHE 1 Dinas Kesehatan (2)" } });
    expect(sheets[1].cells[2][0]).toMatchObject({ link: { sheet: "Rekap Penilaian (2)" } });
  });

  it("writes hostile PD names, notes and answers as text, in legal and unique sheet names", () => {
    const list = HOSTILE.map((h, i) => assessed(`kiriman/${i}.xlsx`, h, best, withAnswers(best, { 12: h, 40: "C" }), { 12: h, 7: h }));
    list.push(assessed("kiriman/panjang.xlsx", "Dinas Pekerjaan Umum dan Penataan Ruang [Bidang: Bina/Marga?*]", best, best));
    const sheets = buildTpiReportSheets(list, { asOf: AS_OF, year: 2026 });
    const names = sheets.map((s) => s.name);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    for (const n of names) {
      expect(n.length).toBeLessThanOrEqual(31);
      expect(n).not.toMatch(/[[\]:*?/\\\u0000-\u001f]/);
    }
    const values = sheets.flatMap((s) => s.cells.flat());
    expect(values.some((v) => isFormula(v ?? null))).toBe(false);
    const texts = values.map(text);
    for (const h of HOSTILE) expect(texts.filter((t) => t === h).length, h).toBeGreaterThanOrEqual(3); // PD name, answer, note
  });

  it("with nothing assessable, says so and lists the files", () => {
    const sheets = buildTpiReportSheets([unreadableWorkbook("a.xlsx", "bukan LKE")], { asOf: AS_OF, year: null });
    expect(sheets).toHaveLength(1);
    const flat = sheets[0].cells.flat();
    expect(flat).toEqual(expect.arrayContaining(["Tidak ada LKE yang dapat dinilai.", "a.xlsx", "bukan LKE"]));
    expect(sheets[0].cells[1][0]).toBe("ZONA INTEGRITAS MENUJU WBK/WBBM — KABUPATEN BEKASI");
  });
});
