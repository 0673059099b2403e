import { describe, expect, it } from "vitest";
import {
  buildPlanSheet, HOST_ACTIONS, LAMPIRAN_I, LKE_ZI_2026, newPlanDocument, blankActionValues, COL, readEvaluation, scoreEvaluation,
  type ActionRequest, type Grid,
} from "../../core/index.js";
import { bestAnswers, withAnswers } from "../helpers/lke.js";
import { officialWorkbook } from "../helpers/official-lke.js";
import { gridFromSpec } from "../helpers/spec-grid.js";

const form = { agency: "Dinas Perhubungan", year: 2026, predicate: null, team: [] };
const request = (sheets: Grid[] = [], f: Partial<ActionRequest["form"]> = {}): ActionRequest => ({
  workbook: { sheets }, form: { ...form, ...f }, timeZone: "Asia/Jakarta",
});

/** The LKE sheet as a host would read it back after a user typed answers into it. */
function filledLke(unit: Record<number, unknown>, tpi: Record<number, unknown> = {}): Grid {
  const spec = HOST_ACTIONS.sisipkanLke!.run(request()).insert[0];
  const grid = gridFromSpec(spec, "LKE ZI");
  for (const row of grid.values) {
    const m = /^S(\d+)$/.exec(String(row[COL.id] ?? ""));
    if (!m) continue;
    const no = Number(m[1]);
    if (unit[no] !== undefined) row[COL.unitAnswer] = unit[no] as never;
    if (tpi[no] !== undefined) row[COL.tpiAnswer] = tpi[no] as never;
  }
  return grid;
}

describe("Sisipkan LKE", () => {
  it("inserts the LKE sheet for the form's Perangkat Daerah and year", () => {
    const out = HOST_ACTIONS.sisipkanLke!.run(request());
    expect(out).toMatchObject({ ok: true, items: [] });
    expect(out.insert).toHaveLength(1);
    expect(out.insert[0]).toMatchObject({ name: "LKE ZI", kind: "evaluation" });
    const identity = out.insert[0].cells.slice(0, 5).map((r) => r[COL.criteria]);
    expect(identity).toContain("Dinas Perhubungan");
    expect(identity).toContain(2026);
    expect(out.message).toContain("Dinas Perhubungan");
  });

  it("shows the progress of the workbook's plan beside the sub-areas", () => {
    const doc = newPlanDocument({ agency: "Dinas Perhubungan", year: 2026 }, LAMPIRAN_I);
    doc.actions["MP.1.1"] = { ...blankActionValues(), status: "Selesai" };
    const plan = gridFromSpec(buildPlanSheet(doc), "Lampiran ZI");
    const out = HOST_ACTIONS.sisipkanLke!.run(request([{ name: "Sampul", values: [["x"]] }, plan], { agency: "", year: null }));
    expect(out.ok).toBe(true);
    expect(out.message).toContain('"Lampiran ZI"');
    const row = out.insert[0].cells.find((r) => r[COL.id] === "N:A.I.1.i")!;
    expect(row[COL.plan]).toMatchObject({ text: "1 dari 1 selesai", link: { sheet: "Lampiran ZI" } });
    // The form was empty: the plan's Perangkat Daerah and year are used.
    expect(out.insert[0].cells.slice(0, 5).map((r) => r[COL.criteria])).toContain("Dinas Perhubungan");
  });

  it("asks for the Perangkat Daerah when neither the form nor a plan names one", () => {
    expect(HOST_ACTIONS.sisipkanLke!.run(request([], { agency: " " }))).toMatchObject({ ok: false, insert: [] });
    expect(HOST_ACTIONS.sisipkanLke!.run(request([], { year: null }))).toMatchObject({ ok: false, insert: [] });
  });
});

describe("Hitung nilai", () => {
  it("scores the TPI once it has answered, and shows each rule against the next predicate", () => {
    const tpi = withAnswers(bestAnswers(), { 125: 3.2, 126: "C" }); // IPAK 14.00 fails; capaian 2.50 is WBK only
    const out = HOST_ACTIONS.hitungNilai!.run(request([{ name: "Lampiran", values: [] }, filledLke(bestAnswers(), tpi)]));
    expect(out.ok).toBe(true);
    expect(out.insert).toEqual([]);
    expect(out.score!.predicate).toBeNull();
    expect(out.score!.total).toBeCloseTo(94, 10); // 100 - 3.5 (IPAK) - 2.5 (capaian)
    const ipak = out.score!.rows.find((r) => r.label === "Nilai IPAK")!;
    expect(ipak).toMatchObject({ threshold: 15.75, ok: false });
    expect(ipak.value).toBeCloseTo(14, 10);
    expect(out.score!.rows.find((r) => r.label.startsWith("Area Manajemen Perubahan"))).toMatchObject({ threshold: 60, ok: true, value: 100 });
    expect(out.score!.rows).toHaveLength(12);
    expect(out.message).toMatch(/^Nilai TPI: 94,00 — belum memenuhi predikat WBK\. Nilai Unit \(penilaian mandiri\): 100,00 \(WBBM\)\./);
    const shortfall = out.items.filter((i) => i.group === "Kurang untuk WBK");
    expect(shortfall.map((i) => i.code)).toEqual(["bersih", "ipak"]);
    expect(shortfall[1].cell).toMatch(/^I\d+$/); // the TPI's value in the summary
  });

  it("scores the unit while the TPI has not started, against the form's predicate", () => {
    const unit = withAnswers(bestAnswers(), { 1: null, 2: "x" });
    const out = HOST_ACTIONS.hitungNilai!.run(request([filledLke(unit)], { predicate: "WBBM" }));
    expect(out.score!.predicate).toBe("WBBM");
    expect(out.score!.rows.every((r) => r.ok)).toBe(true);
    expect(out.score!.rows[0]).toMatchObject({ label: "Nilai total", threshold: 85 });
    expect(out.message).toMatch(/^Nilai Unit/);
    const unanswered = out.items.find((i) => i.group === "Belum dijawab")!;
    expect(unanswered.text).toContain("1 pertanyaan");
    expect(unanswered.cell).toMatch(/^F\d+$/);
    const invalid = out.items.find((i) => i.code === "INVALID_ANSWER")!;
    expect(invalid).toMatchObject({ severity: "warning", sheet: "LKE ZI" });
    expect(invalid.text).toContain('"x"');
    const zero = out.items.find((i) => i.code === "ZERO_DENOMINATOR")!;
    expect(zero).toMatchObject({ severity: "info" });
    expect(zero.cell).toMatch(/^G\d+$/);
  });

  it("says there is no LKE sheet to score", () => {
    const out = HOST_ACTIONS.hitungNilai!.run(request([{ name: "Data", values: [["a"]] }]));
    expect(out).toMatchObject({ ok: false, insert: [] });
    expect(out.message).toMatch(/Sisipkan LKE/);
  });

  it("refuses a sheet of an edition it does not know", () => {
    const grid = filledLke({});
    const row = grid.values.findIndex((r) => String(r[COL.id]).startsWith("MODEL:"));
    grid.values[row][COL.id] = "MODEL:lke-zi-2031";
    const out = HOST_ACTIONS.hitungNilai!.run(request([grid]));
    expect(out).toMatchObject({ ok: false });
    expect(out.message).toContain("lke-zi-2031");
  });
});

describe("the Penilaian buttons with the official LKE workbook open", () => {
  const unit = bestAnswers();
  const tpi = withAnswers(bestAnswers(), { 125: 3.2, 12: "B" });
  const official = () =>
    officialWorkbook({ unit, tpi, agency: "Dinas Perhubungan", year: 2026, extraRows: [{ after: 40, text: "Rapat koordinasi", label: "A/B/C", answer: "A" }] }).grids.sheets;

  it("Hitung nilai scores the official sheet, inserts nothing, and links what it met to the official cells", () => {
    const out = HOST_ACTIONS.hitungNilai!.run(request(official()));
    expect(out).toMatchObject({ ok: true, insert: [] });
    expect(out.message).toMatch(/^LKE resmi dibaca dari lembar "Jawaban" \(lembar itu tidak diubah\)\. Nilai TPI: /);
    expect(out.score!.total).toBe(scoreEvaluation(LKE_ZI_2026, tpi).total);
    const unmatched = out.items.find((i) => i.code === "ROW_UNMATCHED")!;
    expect(unmatched).toMatchObject({ sheet: "Jawaban", severity: "warning", group: 'Pembacaan LKE resmi (lembar "Jawaban")' });
    expect(unmatched.cell).toMatch(/^[A-Z]\d+$/);
    expect(unmatched.text).toContain('"Rapat koordinasi"');
  });

  it("Sisipkan LKE carries the official answers, notes and evidence into a new LKE sheet that scores the same", () => {
    const sheets = officialWorkbook({ unit, agency: "Dinas Perhubungan", year: 2026, blocks: [{ name: "Jawaban TPI", answers: tpi, notes: { 12: "SK belum ditandatangani" } }] }).grids.sheets;
    const out = HOST_ACTIONS.sisipkanLke!.run(request(sheets, { agency: "", year: null }));
    expect(out.ok).toBe(true);
    expect(out.message).toContain('dibawa dari LKE resmi di lembar "Jawaban"; lembar resmi tidak diubah');
    const read = readEvaluation(gridFromSpec(out.insert[0], "LKE ZI"))!;
    expect(read).toMatchObject({ layout: "zi", agency: "Dinas Perhubungan", year: 2026 });
    expect(scoreEvaluation(LKE_ZI_2026, read.answers.tpi)).toEqual(scoreEvaluation(LKE_ZI_2026, tpi));
    expect(read.notes[12]).toBe("SK belum ditandatangani");
    expect(out.items.map((i) => i.text)).toEqual([expect.stringContaining("Bukti dukung tidak ada")]);
  });

  it("Sisipkan LKE with the offer unticked inserts an empty LKE sheet and says the official answers stayed", () => {
    const out = HOST_ACTIONS.sisipkanLke!.run(request(official(), { agency: "", year: null, carryOfficial: false }));
    expect(out.ok).toBe(true);
    expect(out.message).toContain('Jawaban LKE resmi di lembar "Jawaban" tidak dibawa');
    expect(out.message).not.toContain("dibawa dari LKE resmi");
    const read = readEvaluation(gridFromSpec(out.insert[0], "LKE ZI"))!;
    // The PD and year still come from the official workbook; no answer or note does.
    expect(read).toMatchObject({ layout: "zi", agency: "Dinas Perhubungan", year: 2026 });
    const given = (answers: Record<number, unknown>) => Object.values(answers).filter((v) => v !== null && v !== undefined && v !== "");
    expect(given(read.answers.unit)).toEqual([]);
    expect(given(read.answers.tpi)).toEqual([]);
    expect(given(read.notes)).toEqual([]);
    expect(out.items).toEqual([]);
  });
});
