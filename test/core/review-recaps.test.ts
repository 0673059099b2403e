// "Periksa berkas kiriman…" in the core: the TPI recap alone from lean entries (no reading, no
// LHE sheets, PD names not linked), the recap sheets a host inserts for a pile of received
// files under free names, one line per file, the files reviewed one at a time with progress, and
// the JSON pieces the sidebar sends to its server.
import { describe, expect, it } from "vitest";
import {
  buildEvaluationSheet, buildPlanSheet, buildTpiReportSheets, gridFromSpec, isLink, LAMPIRAN_I, leanReviewed, LKE_ZI_2026, MAX_FILE_BYTES,
  newPlanDocument, parsePortableText, PIECE_BYTES, portableText, reportText, reviewLines, reviewRecaps, reviewRecapSheets, reviewSources,
  reviewSummary, reviewText, reviewWorkbook, serialFromIso, splitPieces, tpiReportText, validationEntries, assessmentEntries, scoreCliText,
  type Answers, type AssessedWorkbook, type ReviewedFile, type SheetSpec, type SpecValue,
} from "../../core/index.js";
import { bestAnswers, withAnswers } from "../helpers/lke.js";
import { officialWorkbook } from "../helpers/official-lke.js";
import hostile from "../vectors/hostile-strings.json";

const AS_OF = serialFromIso("2026-06-30")!;
const options = { asOf: AS_OF, timeZone: "Asia/Jakarta" };
const best = bestAnswers();

function plan(file: string, agency: string): ReviewedFile {
  const grid = gridFromSpec(buildPlanSheet(newPlanDocument({ agency, year: 2026 }, LAMPIRAN_I), LAMPIRAN_I));
  return reviewWorkbook(file, { sheets: [grid], timeZone: "Asia/Jakarta" }, options);
}

function lke(file: string, agency: string, tpi: Answers = best): ReviewedFile {
  const grid = gridFromSpec(buildEvaluationSheet(LKE_ZI_2026, { agency, year: 2026, answers: { unit: best, tpi } as never }));
  return reviewWorkbook(file, { sheets: [grid], timeZone: "Asia/Jakarta" }, options);
}

function official(file: string, agency: string): ReviewedFile {
  return reviewWorkbook(file, { ...officialWorkbook({ agency, unit: best, tpi: withAnswers(best, { 12: "D" }) }).grids, timeZone: "Asia/Jakarta" }, options);
}

const broken: ReviewedFile = { kind: "unreadable", file: "rusak.xlsx", error: "Berkas kosong (0 byte)." };
const own: ReviewedFile = { kind: "own", file: "rekap-lama.xlsx" };
const text = (v: SpecValue | undefined) => (isLink(v) ? v.text : v);
const links = (spec: SheetSpec) => spec.cells.flat().filter(isLink);

describe("buildTpiReportSheets with details: false", () => {
  const full = [lke("a.xlsx", "Dinas Kesehatan"), official("b.xlsx", "Bappeda"), lke("c.xlsx", "Dinas Sosial", withAnswers(best, { 3: "Tidak" })), broken]
    .flatMap((f) => assessmentEntries([f], scoreCliText.nilai.noSheet));
  const lean = full.map((a): AssessedWorkbook => ({ ...a, read: null }));

  it("gives Rekap Penilaian alone, from lean entries, with the PD names as text", () => {
    const detailed = buildTpiReportSheets(full, { asOf: AS_OF, year: null });
    const sheets = buildTpiReportSheets(lean, { asOf: AS_OF, year: null, details: false });
    expect(detailed.map((s) => s.name)).toEqual(["Rekap Penilaian", "LHE 1 Dinas Kesehatan", "LHE 2 Dinas Sosial", "LHE 3 Bappeda"]);
    expect(sheets.map((s) => s.name)).toEqual(["Rekap Penilaian"]);
    const [recap] = sheets;
    expect(links(recap)).toEqual([]);
    expect(links(detailed[0])).toHaveLength(3);
    // Every other cell as the detailed recap has it: the scores of lean entries are the same scores.
    const note = (spec: SheetSpec) => spec.cells.findIndex((r) => typeof r[0] === "string" && r[0].startsWith("PENGUNGKIT, HASIL"));
    const plain = detailed[0].cells.map((r, i) => (i === note(detailed[0]) ? null : r.map(text)));
    expect(recap.cells.map((r, i) => (i === note(recap) ? null : r.map(text)))).toEqual(plain);
    expect(recap.cells[note(recap)][0]).not.toContain("Klik nama PD");
    expect(detailed[0].cells[note(detailed[0])][0]).toContain("Klik nama PD");
    expect(recap.cells.flat()).toContain("Dinas Sosial");
    expect(recap.cells.flat()).toContain("Berkas kosong (0 byte).");
  });

  it("is also what details: false makes of full entries, and details alone never links a lean entry", () => {
    expect(buildTpiReportSheets(full, { asOf: AS_OF, year: null, details: false })).toEqual(buildTpiReportSheets(lean, { asOf: AS_OF, year: null, details: false }));
    const mixed = buildTpiReportSheets([full[0], lean[1]], { asOf: AS_OF, year: null });
    expect(mixed.map((s) => s.name)).toEqual(["Rekap Penilaian", "LHE 1 Dinas Kesehatan"]);
    expect(links(mixed[0]).map((l) => l.text)).toEqual(["Dinas Kesehatan"]);
  });
});

describe("reviewRecapSheets", () => {
  const files = [plan("01-dinkes.xlsx", "Dinas Kesehatan"), lke("02-dinsos.xlsx", "Dinas Sosial"), official("03-bappeda.xlsx", "Bappeda"), broken, own]
    .map(leanReviewed);

  it("gives the sheets zi validasi --rekap and zi nilai --rekap write for the same folder, the TPI's without its LHE sheets", () => {
    const sheets = reviewRecapSheets(files, { asOf: AS_OF });
    expect(sheets.map((s) => s.name)).toEqual([reportText.sheetNames.recap, reportText.sheetNames.findings, tpiReportText.sheetName]);
    const [recap, , tpi] = sheets;
    const files1 = (spec: SheetSpec, col: number) => spec.cells.map((r) => text(r[col])).filter((v) => typeof v === "string" && v.endsWith(".xlsx"));
    expect(files1(recap, 1)).toEqual(["01-dinkes.xlsx", "rusak.xlsx"]);
    // Best TPI score first; the plan is left to the validation recap, as zi nilai leaves it in a folder.
    expect(files1(tpi, 3)).toEqual(["02-dinsos.xlsx", "03-bappeda.xlsx"]);
    expect(tpi.cells.flat()).toContain("Bappeda");
    expect(tpi.cells.flat()).toContain("rusak.xlsx");
    expect(links(tpi)).toEqual([]);
  });

  it("takes free names beside the open workbook's sheets, and the recap's links follow the findings sheet's name", () => {
    const sheets = reviewRecapSheets(files, { asOf: AS_OF, existingSheets: ["temuan", "Rekap Penilaian", "Rekap Validasi (2)"] });
    expect(sheets.map((s) => s.name)).toEqual(["Rekap Validasi", "Temuan (2)", "Rekap Penilaian (2)"]);
    const targets = links(sheets[0]).map((l) => l.link.sheet);
    expect(targets.length).toBeGreaterThan(0);
    expect(new Set(targets)).toEqual(new Set(["Temuan (2)"]));
  });

  it("inserts only what the files call for, and never a sheet per file", () => {
    expect(reviewRecapSheets([lke("a.xlsx", "A")], { asOf: AS_OF }).map((s) => s.name)).toEqual(["Rekap Penilaian"]);
    expect(reviewRecapSheets([plan("a.xlsx", "A")], { asOf: AS_OF }).map((s) => s.name)).toEqual(["Rekap Validasi", "Temuan"]);
    expect(reviewRecapSheets([own], { asOf: AS_OF })).toEqual([]);
    const many = Array.from({ length: 30 }, (_, i) => files[i % 4]).map((f, i) => ({ ...f, file: `${i}-${f.file}` }) as ReviewedFile);
    const sheets = reviewRecapSheets(many, { asOf: AS_OF });
    expect(sheets.map((s) => s.name)).toEqual(reviewRecapSheets(files, { asOf: AS_OF }).map((s) => s.name));
    expect(validationEntries(many)).toHaveLength(15);
  });

  it("comes with a line per file and a summary, and says so when there is nothing to insert", () => {
    const r = reviewRecaps(files, { asOf: AS_OF });
    expect(r.insert).toHaveLength(3);
    expect(r.message).toBe(reviewSummary(files));
    expect(r.message).toBe("5 berkas diperiksa: 1 rencana (0 lengkap), 2 LKE dinilai, 1 tidak terbaca, 1 dilewati.");
    expect(reviewRecaps([own], { asOf: AS_OF }).message).toContain(reviewText.nothingToInsert);
  });
});

describe("reviewLines", () => {
  it("says for each file its PD, status and counts, or its scores, or why it could not be read", () => {
    const lines = reviewLines([plan("p.xlsx", "Dinas Kesehatan"), lke("l.xlsx", "Dinas Sosial"), official("o.xlsx", "Bappeda"), broken, own]);
    expect(lines.map((l) => [l.file, l.kind, l.agency, l.status, l.tone])).toEqual([
      ["p.xlsx", "plan", "Dinas Kesehatan", "BELUM LENGKAP", "error"],
      ["l.xlsx", "lke", "Dinas Sosial", "WBBM", "ok"],
      ["o.xlsx", "lke", "Bappeda", expect.stringMatching(/^(WBBM|WBK)$/), "ok"],
      ["rusak.xlsx", "unreadable", "", "TIDAK TERBACA", "error"],
      ["rekap-lama.xlsx", "own", "", "DILEWATI", "info"],
    ]);
    expect(lines[0].detail).toMatch(/^68 rencana aksi, \d+ galat, \d+ peringatan$/);
    expect(lines[1].detail).toBe("Nilai unit 100,00 (WBBM); nilai TPI 100,00 (WBBM)");
    expect(lines[3].detail).toBe("Berkas kosong (0 byte).");
  });
});

describe("reviewSources", () => {
  const source = (name: string, f: () => Uint8Array | Promise<Uint8Array>, size = 10) => ({ name, size, bytes: async () => f() });

  it("reviews one file at a time, says which before each, pauses between them, and keeps each lean", async () => {
    const seen: string[] = [];
    let pauses = 0;
    let reading = 0;
    const bytes = (b: number[]) => () => {
      reading++;
      expect(reading).toBe(1);
      reading--;
      return new Uint8Array(b);
    };
    const out = await reviewSources(
      [source("a.xlsx", bytes([])), source("b.xlsx", bytes([0x50, 0x4b])), source("c.xlsx", () => Promise.reject(new Error("NotReadableError")))],
      options,
      { progress: (i, n, name) => seen.push(reviewText.progress(i, n, name)), pause: async () => void pauses++ },
    );
    expect(seen).toEqual(["Membaca berkas 1 dari 3: a.xlsx", "Membaca berkas 2 dari 3: b.xlsx", "Membaca berkas 3 dari 3: c.xlsx"]);
    expect(pauses).toBe(3);
    expect(out.map((f) => f.kind)).toEqual(["unreadable", "unreadable", "unreadable"]);
    expect(out[2].kind === "unreadable" && out[2].error).toBe(reviewText.readFailed("NotReadableError"));
  });

  it("refuses a file over the size limit without reading it", async () => {
    let read = false;
    const [r] = await reviewSources([{ name: "besar.xlsx", size: MAX_FILE_BYTES + 1, bytes: async () => { read = true; return new Uint8Array(); } }], options);
    expect(read).toBe(false);
    expect(r.kind === "unreadable" && r.error).toMatch(/^Berkas terlalu besar \(65 MB; batas 64 MB\)/);
  });
});

describe("the sidebar's pieces", () => {
  const files = [plan("p.xlsx", "Dinas Kesehatan"), lke("l.xlsx", hostile.strings.join(" ")), official("o.xlsx", "Bappeda 🏛️ Kota"), broken, own].map(leanReviewed);

  it("cut the lean JSON within the byte limit, never inside a character, and read back to the same recaps", () => {
    const text = portableText(files);
    const pieces = splitPieces(text, 7_000);
    expect(pieces.length).toBeGreaterThan(3);
    expect(pieces.join("")).toBe(text);
    for (const p of pieces) {
      expect(new TextEncoder().encode(p).length).toBeLessThanOrEqual(7_000);
      // No piece ends inside a surrogate pair, so no piece starts inside one either.
      expect(/[\ud800-\udbff]$/.test(p)).toBe(false);
    }
    const back = parsePortableText(pieces.join(""))!;
    expect(back.map((f) => f.kind)).toEqual(["plan", "lke", "lke", "unreadable"]);
    expect(reviewRecapSheets(back, { asOf: AS_OF })).toEqual(reviewRecapSheets(files, { asOf: AS_OF }));
    expect(reviewLines(back)).toEqual(reviewLines(files.slice(0, 4)));
  });

  it("split emoji and multi-byte text at character boundaries only", () => {
    const s = "a🏛️é€".repeat(50);
    for (const max of [4, 5, 7, 13]) {
      const pieces = splitPieces(s, max);
      expect(pieces.join("")).toBe(s);
      for (const p of pieces) expect(new TextEncoder().encode(p).length).toBeLessThanOrEqual(max);
      expect(pieces.every((p) => !/^[\udc00-\udfff]/.test(p))).toBe(true);
    }
    expect(splitPieces("")).toEqual([""]);
    expect(PIECE_BYTES).toBeLessThan(100 * 1024);
  });

  it("are refused when they do not read back as what the sidebar wrote", () => {
    const text = portableText(files);
    expect(parsePortableText(text.slice(0, -10))).toBeNull();
    expect(parsePortableText("{}")).toBeNull();
    expect(parsePortableText('[{"kind":"own","file":"x"}]')).toBeNull();
    expect(parsePortableText('[{"kind":"plan","file":"x"}]')).toBeNull();
    expect(parsePortableText("[]")).toEqual([]);
  });
});
