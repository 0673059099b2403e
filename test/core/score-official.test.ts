// The official KemenPANRB LKE workbook read as it comes: rows matched to the model by answer
// type, order and text, never by row number; answers typed the way people type them; what cannot
// be matched said with its cell and its text.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  assessWorkbook, LKE_ZI_2026, modelQuestions, readEvaluation, readEvaluationWorkbook, scoreEvaluation, type Answers, type CellValue,
  type ReadEvaluation,
} from "../../core/index.js";
import { answersArb, bestAnswers } from "../helpers/lke.js";
import { officialWorkbook, type OfficialOptions } from "../helpers/official-lke.js";

const M = LKE_ZI_2026;
const QUESTIONS = modelQuestions(M);

function read(o: OfficialOptions, fileName?: string): ReadEvaluation {
  const wb = officialWorkbook(o);
  const r = readEvaluationWorkbook(wb.grids, { fileName });
  if (!r) throw new Error("not read");
  return r;
}

/** A realistic answer set: mostly the best option, some lower, counts and indices as in the demo. */
function sampleAnswers(shift: number): Record<number, CellValue> {
  const out: Record<number, CellValue> = { ...bestAnswers() };
  for (const q of QUESTIONS) {
    const t = M.answerTypes[q.type];
    if (t.kind === "choice" && (q.no + shift) % 5 === 0) out[q.no] = t.options[1].key;
  }
  out[125] = 3.41 - shift / 100;
  out[127] = 3.2;
  return out;
}

describe("reading the official LKE answer sheet", () => {
  const unit = sampleAnswers(0);
  const tpi = sampleAnswers(2);

  it("matches all 127 questions, reads both assessments, the PD and the year, and finds nothing to say", () => {
    const r = read({ unit, tpi, agency: "Dinas Kesehatan", year: 2026 });
    expect(r).toMatchObject({ layout: "resmi", modelId: M.id, sheet: "Jawaban", agency: "Dinas Kesehatan", year: 2026, findings: [] });
    for (const q of QUESTIONS) {
      expect(r.answers.unit[q.no], `S${q.no}`).toEqual(unit[q.no]);
      expect(r.answers.tpi[q.no], `S${q.no}`).toEqual(tpi[q.no]);
    }
    expect(scoreEvaluation(M, r.answers.unit)).toEqual(scoreEvaluation(M, unit));
    expect(scoreEvaluation(M, r.answers.tpi)).toEqual(scoreEvaluation(M, tpi));
  });

  it("says where each answer sits, on the official sheet", () => {
    const wb = officialWorkbook({ unit, tpi });
    const r = readEvaluation(wb.grids.sheets.find((s) => s.name === "Jawaban")!)!;
    expect(r.cells.unit[12]).toBe(`${String.fromCharCode(65 + wb.unitCol)}${wb.rowOf[12] + 1}`);
    expect(r.cells.tpi[127]).toBe(`${String.fromCharCode(65 + wb.tpiCols[0])}${wb.rowOf[127] + 1}`);
  });

  it("reads answers typed the way people type them: ya, a, ' B ', 3,41 and counts as text", () => {
    const clean = read({ unit, tpi });
    const typed = read({ unit, tpi, typing: "messy" });
    const raw = officialWorkbook({ unit, tpi, typing: "messy" });
    const cells = raw.grids.sheets.find((s) => s.name === "Jawaban")!.values;
    // The fixture really is messy: lower case, padded, decimal comma, counts as text.
    const typedCells = QUESTIONS.map((q) => cells[raw.rowOf[q.no]][raw.unitCol]);
    expect(typedCells).toContain("ya");
    expect(typedCells.some((v) => typeof v === "string" && /^ [A-E] $/.test(v))).toBe(true);
    expect(typedCells).toContain("3,41");
    expect(typedCells.some((v) => typeof v === "string" && /^\d+$/.test(v))).toBe(true);
    expect(typed.answers).toEqual(clean.answers);
    expect(typed.findings).toEqual([]);
  });

  it("finds the answer sheet by its header, whatever it is called, with blank rows and a two-row header", () => {
    for (const o of [{ sheetName: "Isian LKE" }, { blankEvery: 7 }, { twoRowHeader: true }, { sheetName: "Sheet1", blankEvery: 3, twoRowHeader: true }]) {
      const r = read({ unit, tpi, ...o });
      expect(r.sheet, JSON.stringify(o)).toBe(o.sheetName ?? "Jawaban");
      expect(r.findings, JSON.stringify(o)).toEqual([]);
      expect(scoreEvaluation(M, r.answers.tpi).total).toBeCloseTo(scoreEvaluation(M, tpi).total, 12);
    }
  });

  it("tolerates edited texts and typos; a rewritten text is matched by its place and type, and said", () => {
    const typo = (text: string) => text.replace(/a/, "").replace("Zona Integritas", "Zona Intergritas");
    const r = read({ unit, tpi, text: (q) => (q.no % 3 === 0 ? typo(q.text) : q.text) });
    expect(r.findings).toEqual([]);
    expect(r.answers.unit).toEqual(unit);
    const rewritten = read({ unit, tpi, text: (q) => (q.no === 40 ? "Pimpinan ikut serta saat dokumen dibuat" : q.text) });
    expect(rewritten.answers.unit[40]).toBe(unit[40]);
    expect(rewritten.findings).toEqual([
      expect.objectContaining({ code: "ROW_BY_ORDER", severity: "info", ref: "S40", message: expect.stringContaining('"Pimpinan ikut serta saat dokumen dibuat"') }),
    ]);
  });

  it("says which row matches no question and which question is missing, with the cell and the text quoted", () => {
    const wb = officialWorkbook({ unit, tpi, drop: [57], extraRows: [{ after: 30, text: "Pegawai mengikuti senam pagi", label: "Ya/Tidak", answer: "Ya" }] });
    const r = readEvaluationWorkbook(wb.grids)!;
    const extraRow = wb.grids.sheets.find((s) => s.name === "Jawaban")!.values.findIndex((row) => row.includes("Pegawai mengikuti senam pagi"));
    expect(r.findings).toEqual([
      expect.objectContaining({ code: "ROW_UNMATCHED", severity: "warning", sheet: "Jawaban", cell: expect.stringMatching(new RegExp(`^[A-Z]${extraRow + 1}$`)), message: expect.stringContaining('"Pegawai mengikuti senam pagi"') }),
      expect.objectContaining({ code: "QUESTION_NOT_FOUND", severity: "error", ref: "S57", message: expect.stringContaining("Kebijakan Pengaduan masyarakat") }),
    ]);
    expect(r.answers.unit[57]).toBeUndefined();
    expect(r.answers.unit[31]).toBe(unit[31]);
    expect(scoreEvaluation(M, r.answers.unit).unansweredQuestions).toEqual([57]);
  });

  it("does not take the hand-summed LHKPN total or the percentage rows for questions", () => {
    const r = read({ unit, tpi });
    expect(r.answers.unit[116]).toBe(unit[116]);
    expect(r.answers.unit[117]).toBe(unit[117]);
    expect(r.findings).toEqual([]);
  });

  it("reads a second TPI block as an extra assessment named by its header, with the notes of each", () => {
    const other: Answers = sampleAnswers(3);
    const r = read({
      unit,
      blocks: [
        { name: "Jawaban TPI KESDM", answers: tpi, notes: { 12: "Bukti SK belum ada" } },
        { name: "Jawaban TPI Kemenpan", answers: other, notes: { 12: "Sudah sesuai" } },
      ],
    });
    expect(r.answers.tpi).toEqual(tpi);
    expect(r.notes[12]).toBe("Bukti SK belum ada");
    expect(r.extra).toHaveLength(1);
    expect(r.extra[0]).toMatchObject({ name: "Jawaban TPI Kemenpan", answers: other });
    expect(r.extra[0].notes[12]).toBe("Sudah sesuai");
  });

  it("carries the unit's evidence", () => {
    const r = read({ unit, tpi, evidence: { 3: "https://drive.example/rencana-kerja.pdf" } });
    expect(r.evidence[3]).toBe("https://drive.example/rencana-kerja.pdf");
  });

  it("takes the PD and year from the summary sheet, else a title, else the file name; the caller's words win", () => {
    expect(read({ agency: "Dinas Perhubungan", year: 2027 })).toMatchObject({ agency: "Dinas Perhubungan", year: 2027 });
    // The summary sheet broken (#REF! where the unit was): the answer sheet's title still names the year, the file the PD.
    expect(read({ summary: "broken", year: 2027 }, "kiriman/LKE_ZI_Dinas_Sosial_2026.xlsx")).toMatchObject({ agency: "Dinas Sosial", year: 2027 });
    expect(read({ summary: "none" }, "LKE ZI - Kecamatan Cikarang Utara (final).xlsx")).toMatchObject({ agency: "Kecamatan Cikarang Utara", year: 2026 });
    const wb = officialWorkbook({ summary: "broken" });
    expect(readEvaluationWorkbook(wb.grids, { fileName: "x.xlsx", agency: "Bappeda", year: 2025 })).toMatchObject({ agency: "Bappeda", year: 2025 });
  });

  it("is assessed like our own sheet: both assessments scored, layout resmi", () => {
    const a = assessWorkbook("dinkes.xlsx", officialWorkbook({ unit, tpi }).grids);
    expect(a).toMatchObject({ error: null, layout: "resmi", agency: "Dinas Kesehatan", year: 2026, model: M });
    expect(a.scores!.tpi.total).toBe(scoreEvaluation(M, tpi).total);
  });

  it("reads random answer sets exactly as a clean sheet would hold them", () => {
    fc.assert(
      fc.property(answersArb(), (answers) => {
        const r = read({ unit: answers, tpi: answers });
        for (const q of QUESTIONS) {
          const given = answers[q.no];
          const got = r.answers.unit[q.no];
          if (typeof given === "string" && given.trim() === "") expect(got).toBeNull();
          else if (typeof given === "string" && M.answerTypes[q.type].kind === "choice") {
            const key = M.answerTypes[q.type].kind === "choice" ? given.trim().toUpperCase() : "";
            const option = (M.answerTypes[q.type] as { options: { key: string }[] }).options.find((o) => o.key.toUpperCase() === key);
            expect(got).toBe(option ? option.key : given);
          } else if (typeof given === "string" && /^-?\d+(,\d+)?$/.test(given.trim())) expect(got).toBe(Number(given.trim().replace(",", ".")));
          else expect(got).toEqual(given ?? null);
        }
      }),
      { numRuns: 200 },
    );
  });
});
