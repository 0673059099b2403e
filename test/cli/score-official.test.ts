// zi nilai and zi lke --dari on the official KemenPANRB workbook, as real .xlsx files.
import path from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { COL, LKE_ZI_2026, modelQuestions, scoreEvaluation, type CellValue } from "../../core/index.js";
import { sha256, tempDir, zi } from "../helpers/files.js";
import { bestAnswers } from "../helpers/lke.js";
import { writeOfficialXlsx } from "../helpers/official-lke.js";

const M = LKE_ZI_2026;
const dir = tempDir();

function answers(shift: number): Record<number, CellValue> {
  const out: Record<number, CellValue> = { ...bestAnswers() };
  for (const q of modelQuestions(M)) {
    const t = M.answerTypes[q.type];
    if (t.kind === "choice" && (q.no + shift) % 4 === 0) out[q.no] = t.options[Math.min(2, t.options.length - 1)].key;
  }
  out[125] = 3.3 + shift / 100;
  out[127] = 3.6;
  return out;
}
const unit = answers(0);
const tpi = answers(1);

async function json(...args: string[]) {
  const r = await zi("nilai", ...args, "--json");
  return { ...r, json: JSON.parse(r.out) };
}

describe("zi nilai on the official workbook", () => {
  it("scores it as it comes: layout resmi, PD and year from the workbook, the same scores as the core", async () => {
    const file = path.join(dir, "lke-resmi-dinkes.xlsx");
    await writeOfficialXlsx(file, { unit, tpi, agency: "Dinas Kesehatan", year: 2026, typing: "messy" });
    const before = sha256(file);
    const r = await json(file);
    expect(r.code).toBe(0);
    const f = r.json.files[0];
    expect(f).toMatchObject({ file, error: null, layout: "resmi", agency: "Dinas Kesehatan", year: 2026, model: M.id, findings: [], extraAssessments: [] });
    expect(f.assessments.unit.total).toBe(scoreEvaluation(M, unit).total);
    expect(f.assessments.tpi.total).toBe(scoreEvaluation(M, tpi).total);
    expect(f.assessments.tpi.predicate).toBe(scoreEvaluation(M, tpi).predicate);
    expect(sha256(file)).toBe(before);
  });

  it("names a PD the workbook does not name from the file, and takes --pd and --tahun over it", async () => {
    const file = path.join(dir, "LKE_ZI_Dinas_Sosial_2025.xlsx");
    await writeOfficialXlsx(file, { unit, tpi, summary: "broken", year: 2025 });
    expect((await json(file)).json.files[0]).toMatchObject({ agency: "Dinas Sosial", year: 2025 });
    expect((await json(file, "--pd", "Dinas Sosial dan PMD", "--tahun", "2026")).json.files[0]).toMatchObject({ agency: "Dinas Sosial dan PMD", year: 2026 });
    const other = path.join(dir, "LKE_ZI_Dinas_Sosial_2025 (salinan).xlsx");
    await writeOfficialXlsx(other, { unit, tpi });
    const two = await zi("nilai", file, other, "--pd", "X");
    expect(two.code).toBe(2);
    expect(two.err).toMatch(/--pd hanya untuk satu berkas/);
  });

  it("lists what it could not match with the cell, and a second TPI block as an extra assessment", async () => {
    const file = path.join(dir, "lke-resmi-dishub.xlsx");
    const wb = await writeOfficialXlsx(file, {
      unit,
      blocks: [{ name: "Jawaban TPI", answers: tpi }, { name: "Jawaban TPI KemenPANRB", answers: unit }],
      drop: [20],
      extraRows: [{ after: 50, text: "Apel pagi rutin", label: "Ya/Tidak", answer: "Ya" }],
    });
    const f = (await json(file)).json.files[0];
    expect(f.findings.map((x: { code: string }) => x.code)).toEqual(["ROW_UNMATCHED", "QUESTION_NOT_FOUND"]);
    expect(f.findings[0].cell).toMatch(/^[A-Z]+\d+$/);
    expect(f.extraAssessments).toEqual([expect.objectContaining({ name: "Jawaban TPI KemenPANRB", total: scoreEvaluation(M, { ...unit, 20: null }).total })]);
    const text = await zi("nilai", file);
    expect(text.out).toContain('LKE resmi, lembar "Jawaban"');
    expect(text.out).toMatch(/PERINGATAN [A-Z]+\d+: Baris \d+ "Apel pagi rutin"/);
    expect(text.out).toMatch(/GALAT: Pertanyaan 20 /);
    expect(text.out).toContain("Jawaban TPI KemenPANRB: nilai");
    void wb;
  });
});

describe("zi lke --dari", () => {
  it("writes our LKE sheet with the unit's and TPI's answers, notes and evidence; zi nilai gives the same scores", async () => {
    const source = path.join(dir, "resmi-bappeda.xlsx");
    await writeOfficialXlsx(source, {
      unit, agency: "Bappeda", year: 2026, typing: "messy",
      blocks: [{ name: "Jawaban TPI", answers: tpi, notes: { 5: "Media sosialisasi belum ada" } }],
      evidence: { 3: "https://drive.example/rencana.pdf" },
    });
    const before = sha256(source);
    const out = path.join(dir, "lke-bappeda.xlsx");
    const r = await zi("lke", "--dari", source, "-o", out);
    expect(r).toMatchObject({ code: 0, err: "" });
    expect(r.out).toContain('Jawaban dibawa dari lembar "Jawaban"');
    expect(sha256(source)).toBe(before);
    const a = (await json(source)).json.files[0];
    const b = (await json(out)).json.files[0];
    expect(b).toMatchObject({ layout: "zi", agency: "Bappeda", year: 2026 });
    expect(b.assessments).toEqual(a.assessments);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet("LKE ZI")!;
    const rowOf = (no: number) => {
      let n = 0;
      ws.eachRow((row, i) => { if (row.getCell(COL.id + 1).value === `S${no}`) n = i; });
      return ws.getRow(n);
    };
    expect(rowOf(5).getCell(COL.tpiNote + 1).value).toBe("Media sosialisasi belum ada");
    expect(rowOf(3).getCell(COL.evidence + 1).value).toBe("https://drive.example/rencana.pdf");
    // Answers typed "ya", " b " or "3,41" in the source are written as the keys and numbers they mean.
    expect(rowOf(1).getCell(COL.unitAnswer + 1).value).toBe("Ya");
    expect(rowOf(125).getCell(COL.unitAnswer + 1).value).toBe(3.3);
  });

  it("with --rencana also copies the plan and links each sub-area to its progress; the scores stay the source's", async () => {
    const source = path.join(dir, "resmi-kominfo.xlsx");
    await writeOfficialXlsx(source, { unit, tpi, agency: "Dinas Kominfo", year: 2026 });
    await zi("contoh", path.join(dir, "contoh"), "--per-tanggal", "2026-06-30", "--timpa");
    const plan = path.join(dir, "contoh", "rencana-contoh-terisi.xlsx");
    const before = [sha256(source), sha256(plan)];
    const out = path.join(dir, "lke-kominfo-rencana.xlsx");
    const r = await zi("lke", "--dari", source, "--rencana", plan, "-o", out);
    expect(r.code).toBe(0);
    expect(r.out).toContain('rencana aksi dari lembar "Lampiran ZI"');
    expect(r.out).toContain('Jawaban dibawa dari lembar "Jawaban"');
    expect([sha256(source), sha256(plan)]).toEqual(before);
    expect((await json(out)).json.files[0].assessments).toEqual((await json(source)).json.files[0].assessments);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["LKE ZI", "Lampiran ZI"]);
    const links: string[] = [];
    wb.getWorksheet("LKE ZI")!.eachRow((row) => {
      const v = row.getCell(COL.plan + 1).value as { hyperlink?: string } | null;
      if (v && typeof v === "object" && v.hyperlink) links.push(v.hyperlink);
    });
    expect(links.length).toBeGreaterThan(20);
    expect(links.every((l) => /^#'Lampiran ZI'!C\d+$/.test(l))).toBe(true);
  });

  it("says what the source lacked and leaves it blank", async () => {
    const source = path.join(dir, "resmi-tanpa-tpi.xlsx");
    await writeOfficialXlsx(source, { unit, agency: "Kecamatan Tambun Selatan", year: 2026, blocks: [], drop: [7, 8] });
    const out = path.join(dir, "lke-tambun.xlsx");
    const r = await zi("lke", "--dari", source, "-o", out);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/2 pertanyaan tidak ada di berkas sumber, jawabannya dibiarkan kosong: 7, 8\./);
    expect(r.out).toContain("Kolom Jawaban TPI tidak ada di berkas sumber");
    expect(r.out).toContain("Catatan TPI tidak ada");
    expect(r.out).toContain("Bukti dukung tidak ada");
    const b = (await json(out)).json.files[0];
    expect(b.assessments.tpi.unanswered).toBe(127);
    expect(b.assessments.unit.unanswered).toBe(2);
  });

  it("asks for --pd when neither the workbook nor the file name names the PD", async () => {
    const source = path.join(dir, "lke.xlsx");
    await writeOfficialXlsx(source, { unit, tpi, summary: "none" });
    const r = await zi("lke", "--dari", source, "-o", path.join(dir, "x.xlsx"));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/tidak menyebut nama Perangkat Daerah\. Tambahkan --pd/);
    expect((await zi("lke", "--dari", source, "--pd", "Dinas Pendidikan", "-o", path.join(dir, "x.xlsx"))).code).toBe(0);
  });
});

describe("zi nilai --rekap on official workbooks", () => {
  it("reports official workbooks beside ours: PD from the workbook, TPI score, the second TPI block and what was not matched", async () => {
    const folder = path.join(dir, "kiriman-resmi");
    const { mkdirSync } = await import("node:fs");
    mkdirSync(folder, { recursive: true });
    await writeOfficialXlsx(path.join(folder, "a.xlsx"), { unit, tpi, agency: "Dinas Kominfo", year: 2026, typing: "messy" });
    await writeOfficialXlsx(path.join(folder, "b.xlsx"), {
      unit, agency: "Dinas Pertanian", year: 2026, drop: [33],
      blocks: [{ name: "Jawaban TPI", answers: unit, notes: { 2: "Tim dipilih lewat rapat" } }, { name: "Jawaban TPI Provinsi", answers: tpi }],
    });
    expect((await zi("lke", "--pd", "Dinas Sosial", "--tahun", "2026", "-o", path.join(folder, "c.xlsx"))).code).toBe(0);
    const recap = path.join(dir, "rekap-resmi.xlsx");
    const r = await zi("nilai", folder, "--rekap", recap, "--per-tanggal", "2026-11-30");
    expect(r.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(recap);
    const ws = wb.getWorksheet("Rekap Penilaian")!;
    const rows: unknown[][] = [];
    ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    const header = rows.findIndex((row) => row[0] === "NO");
    const cell = (v: unknown) => (v && typeof v === "object" && "text" in v ? (v as { text: string }).text : v);
    const body = rows.slice(header + 1, header + 4).map((row) => row.map(cell));
    const expected = [
      { agency: "Dinas Pertanian", tpi: scoreEvaluation(M, { ...unit, 33: null }).total },
      { agency: "Dinas Kominfo", tpi: scoreEvaluation(M, tpi).total },
      { agency: "Dinas Sosial", tpi: 0 },
    ].sort((a, b) => b.tpi - a.tpi);
    expect(body.map((row) => row[1])).toEqual(expected.map((e) => e.agency));
    body.forEach((row, i) => expect(row[5]).toBeCloseTo(expected[i].tpi, 9));
    const lhe = wb.worksheets.find((w) => w.name.includes("Dinas Pertanian"))!;
    const text: string[] = [];
    lhe.eachRow((row) => (row.values as unknown[]).forEach((v) => typeof v === "string" && text.push(v)));
    expect(text.join("\n")).toContain("Jawaban TPI Provinsi");
    expect(text.join("\n")).toContain("Tim dipilih lewat rapat");
    expect(text.join("\n")).toMatch(/Pertanyaan 33 .* tidak ditemukan/);
  });
});
