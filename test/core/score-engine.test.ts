import { describe, expect, it } from "vitest";
import {
  LKE_ZI_2026, modelNodes, modelQuestions, round2, scoreEvaluation, valueOfAnswer, type Answers, type CellValue,
} from "../../core/index.js";
import { bestAnswers, withAnswers } from "../helpers/lke.js";

const M = LKE_ZI_2026;
const best = bestAnswers();
const score = (answers: Answers) => scoreEvaluation(M, answers);
const failing = (s: ReturnType<typeof score>, p: string) => s.shortfalls[p].map((c) => c.rule);

describe("scoreEvaluation, hand-computed", () => {
  it("all best answers with IPAK 4 and IPKP 4 give 100 and WBBM", () => {
    const s = score(best);
    expect(s.total).toBeCloseTo(100, 12);
    expect(s.predicate).toBe("WBBM");
    expect(s.unanswered).toBe(0);
    expect(s.shortfalls).toEqual({ WBBM: [], WBK: [] });
    for (const node of modelNodes(M)) expect(s.nodes[node.code], node.code).toBeCloseTo(node.weight, 12);
    expect(s.figures).toMatchObject({ pengungkit: 60, pemenuhan: 30, reform: 30, hasil: 40, bersih: 22.5, ipak: 17.5, capaian: 5, pelayanan: 17.5 });
    for (const a of s.areas) expect(a.percent, a.code).toBeCloseTo(100, 12);
    // 104/103 is 0/0 (no violation this year, none to sanction): 100% with an info note.
    expect(s.notes).toEqual([expect.objectContaining({ code: "ZERO_DENOMINATOR", severity: "info", ref: "A.II.3.iii:2" })]);
  });

  it("a blank sheet scores 0 with all 127 questions unanswered and no predicate", () => {
    const s = score({});
    expect(s.total).toBe(0);
    expect(s.unanswered).toBe(127);
    expect(s.predicate).toBeNull();
    expect(s.shortfalls.WBK.map((c) => c.rule)).toEqual([
      "total", "pengungkit", "area:MP", "area:PT", "area:SDM", "area:AK", "area:PW", "area:PP", "bersih", "ipak", "capaian", "pelayanan",
    ]);
    expect(s.shortfalls.WBK[0]).toMatchObject({ required: 75, actual: 0, label: "Nilai total" });
    // A blank count makes its percentage 0, never the "nothing owed" 100%.
    for (const id of ["A.II.1.i:1", "A.II.3.iii:1", "A.II.5.iii.a:1"]) expect(s.items[id]).toBe(0);
    expect(s.notes).toEqual([]);
  });

  it("averages a sub-area's answer values times its weight, without rounding", () => {
    // A.I.1.i (weight 0.5): Ya (1) and B of A/B/C (0.5).
    expect(score({ 1: "Ya", 2: "B" }).nodes["A.I.1.i"]).toBe(0.375);
    // A.I.1.iii (weight 1): three A-D answers B, C, D -> (0.67 + 0.33 + 0) / 3.
    expect(score({ 6: "B", 7: "C", 8: "D" }).nodes["A.I.1.iii"]).toBeCloseTo(1 / 3, 15);
    // A blank answer counts 0 but still divides: (1 + 0) / 2 x 0.5.
    expect(score({ 1: "Ya" }).nodes["A.I.1.i"]).toBe(0.25);
    // The area adds its sub-areas: 0.375 + 0 + 0 + 0.
    expect(score({ 1: "Ya", 2: "B" }).nodes["A.I.1"]).toBe(0.375);
  });

  it("counts typed in lower case or with spaces, and nothing else", () => {
    const s = score({ 1: " ya ", 2: "a", 3: "YA", 4: "c", 6: "b" });
    expect(s.items).toMatchObject({ S1: 1, S2: 1, S3: 1, S4: 0, S6: 0.67 });
    const bad = score({ 1: "Y", 2: "*", 3: "Ya Tidak", 4: 1, 5: true });
    expect(bad.items).toMatchObject({ S1: 0, S2: 0, S3: 0, S4: 0, S5: 0 });
    expect(bad.invalidQuestions).toEqual([1, 2, 3, 4, 5]);
    expect(bad.unanswered).toBe(122);
    expect(bad.notes[0]).toMatchObject({ code: "INVALID_ANSWER", ref: "S1" });
    expect(bad.notes[0].message).toMatch(/Jawaban pertanyaan 1 .*tidak sesuai jenis Ya\/Tidak/);
    // Text that spreadsheets would not read as a number is no count: "12" typed as text.
    expect(valueOfAnswer(M.answerTypes.jumlah, "12")).toEqual({ state: "invalid", value: null });
    expect(valueOfAnswer(M.answerTypes.jumlah, "  ")).toEqual({ state: "blank", value: null });
  });

  it("turns counts into capped percentages as the criteria say", () => {
    // Reform PP i (weight 2.5): the A-D question (B = 0.67) averaged with 8 of 10 services simplified.
    expect(score({ 121: "B", 122: 10, 123: 8 }).nodes["A.II.6.i"]).toBeCloseTo(((0.67 + 0.8) / 2) * 2.5, 15);
    // Reform MP i (weight 2): 6 changes by 4 agents is capped at 100%; 3 of 6 changes integrated.
    const mp = score({ 88: 4, 89: 6, 90: 6, 91: 3 });
    expect(mp.items["A.II.1.i:1"]).toBe(1);
    expect(mp.items["A.II.1.i:2"]).toBe(0.5);
    expect(mp.nodes["A.II.1.i"]).toBe(1.5);
    // Reform SDM iii: violations 8 -> 6 is a 25% decrease; 3 of 6 sanctioned.
    const sdm = score({ 102: 8, 103: 6, 104: 3 });
    expect(sdm.items["A.II.3.iii:1"]).toBe(0.25);
    expect(sdm.items["A.II.3.iii:2"]).toBe(0.5);
    expect(sdm.nodes["A.II.3.iii"]).toBe(0.75);
    // More violations than last year is capped at 0, not negative.
    expect(score({ 102: 2, 103: 5, 104: 5 }).items["A.II.3.iii:1"]).toBe(0);
    // LHKPN: reported / (kepala + pejabat wajib + lainnya).
    expect(score({ 113: 1, 114: 5, 115: 4, 116: 7 }).items["A.II.5.iii.a:1"]).toBe(0.7);
    expect(score({ 117: 2, 118: 3, 119: 5, 120: 5 }).nodes["A.II.5.iii.b"]).toBe(0.5);
    // Complaints: resolved / to follow up; "in process" is information only.
    expect(score({ 110: 4, 111: 9, 112: 3 }).nodes["A.II.5.ii"]).toBe(2.25);
  });

  it("reads a zero denominator as nothing owed, and a blank count as 0%", () => {
    const zero = score({ 88: 0, 89: 0, 102: 0, 103: 0, 104: 0, 110: 0, 112: 0 });
    expect(zero.items["A.II.1.i:1"]).toBe(1);
    expect(zero.items["A.II.3.iii:1"]).toBe(1); // no violations last year, none this year
    expect(zero.items["A.II.3.iii:2"]).toBe(1);
    expect(zero.items["A.II.5.ii:1"]).toBe(1);
    expect(zero.notes.filter((n) => n.code === "ZERO_DENOMINATOR").map((n) => n.ref)).toEqual(["A.II.1.i:1", "A.II.3.iii:1", "A.II.3.iii:2", "A.II.5.ii:1"]);
    expect(zero.notes[0].message).toMatch(/tidak ada yang wajib/);
    // From zero violations to three is no decrease at all.
    expect(score({ 102: 0, 103: 3, 104: 3 }).items["A.II.3.iii:1"]).toBe(0);
    // Sanctions with no violation this year (last year's cases) are capped at 100%.
    expect(score({ 102: 2, 103: 0, 104: 2 }).items["A.II.3.iii:2"]).toBe(1);
    // One blank count in a ratio makes it 0, even when the other counts are there.
    expect(score({ 113: 1, 114: 5, 116: 6 }).items["A.II.5.iii.a:1"]).toBe(0);
    expect(score({ 88: 4 }).items["A.II.1.i:1"]).toBe(0);
  });

  it("scores Hasil from the survey indices and capaian kinerja", () => {
    const s = score({ 125: 3.6, 126: "B", 127: 3.2 });
    expect(s.figures.ipak).toBeCloseTo(15.75, 12); // 3.6 / 4 x 17.5
    expect(s.figures.capaian).toBe(3.75); // B = 0.75 x 5
    expect(s.figures.bersih).toBeCloseTo(19.5, 12);
    expect(s.figures.pelayanan).toBeCloseTo(14, 12); // 3.2 / 4 x 17.5
    expect(s.figures.hasil).toBeCloseTo(33.5, 12);
    // An index outside 0..4 is not an answer.
    expect(score({ 125: 4.5 }).figures.ipak).toBe(0);
    expect(score({ 125: 4.5 }).invalidQuestions).toEqual([125]);
  });

  it("has 127 questions and areas that add up to the pengungkit", () => {
    expect(modelQuestions(M)).toHaveLength(127);
    const s = score(withAnswers(best, { 12: "C", 100: "B", 110: 10, 112: 7 }));
    expect(s.areas.reduce((acc, a) => acc + a.score, 0)).toBeCloseTo(s.figures.pengungkit, 12);
    expect(s.areas.find((a) => a.code === "PW")).toMatchObject({ weight: 15, members: { pemenuhan: 7.5 } });
  });
});

describe("predicate rules, just above and just below each minimum", () => {
  // Each case starts from the best answers and moves one figure across one minimum with survey
  // indices, choices and counts; `fails` lists the rules that fail for the predicate.
  const HASIL_WBBM = { 125: 3.6, 126: "B", 127: 3.6 }; // IPAK 15.75, capaian 3.75, IPKP 15.75
  const HASIL_WBK = { 125: 3.6, 126: "C", 127: 3.2 }; // IPAK 15.75, capaian 2.50, IPKP 14.00
  // Reform losses that keep every area at or above 60% (WBK).
  const WBK_LOSSES = {
    88: 5, 89: 0, 90: 5, 91: 0, 92: "E", // MP -3.0
    94: "D", 97: "E", 98: "E", 99: "E", // PT -2.5
    100: "C", 102: 3, 103: 3, 104: 0, // SDM -3.5
    105: 8, 106: 0, 107: "D", // AK -3.5
    110: 10, 112: 0, // PW -3.0
    121: "D", // PP: -2.5 + 1.25 x (simplified / listed)
  };
  // Reform losses that keep every area at or above 75% (WBBM): MP -2, SDM -2, PW -3, PP -2.5.
  const WBBM_LOSSES = { 88: 5, 89: 0, 90: 5, 91: 0, 102: 3, 103: 3, 104: 0, 110: 10, 112: 0, 121: "D", 122: 20, 123: 0 };
  type Case = { rule: string; predicate: "WBK" | "WBBM"; above: Record<number, CellValue>; below: Record<number, CellValue>; alsoFails?: string[]; discrete?: boolean };
  const cases: Case[] = [
    // IPAK x / 4 x 17.5 >= 15.75 for both: 3.6 gives 15.75; 3.598 gives 15.74 after rounding.
    { rule: "ipak", predicate: "WBBM", above: { 125: 3.6 }, below: { 125: 3.598 } },
    { rule: "ipak", predicate: "WBK", above: { 125: 3.6 }, below: { 125: 3.598 } },
    // IPKP: 15.75 for WBBM (3.6), 14 for WBK (3.2 gives 14.00; 3.198 gives 13.99).
    { rule: "pelayanan", predicate: "WBBM", above: { 127: 3.6 }, below: { 127: 3.598 } },
    { rule: "pelayanan", predicate: "WBK", above: { 127: 3.2 }, below: { 127: 3.198 } },
    // Capaian A-E x 5: B (3.75) meets WBBM and C (2.50) does not; C meets WBK and D (1.25) does not.
    { rule: "capaian", predicate: "WBBM", above: { 126: "B" }, below: { 126: "C" }, discrete: true },
    { rule: "capaian", predicate: "WBK", above: { 126: "C" }, below: { 126: "D" }, discrete: true },
    // Bersih = IPAK + capaian. With capaian D (1.25, failing its own rule) WBK's 18.25 needs IPAK
    // 17.00: 3.8858 gives 17.0004, 3.8834 gives 16.9899. Bersih cannot fail alone: its minimums
    // are the sums of the IPAK and capaian minimums.
    { rule: "bersih", predicate: "WBK", above: { 126: "D", 125: 3.8858 }, below: { 126: "D", 125: 3.8834 }, alsoFails: ["capaian"] },
    { rule: "bersih", predicate: "WBBM", above: { 126: "C", 125: 3.8858 }, below: { 126: "C", 125: 3.8834 }, alsoFails: ["capaian"] },
    // Area MP (weight 8) with reform MP ii = E and iii = D: 4 + 2r, so 60% needs r = 0.4.
    { rule: "area:MP", predicate: "WBK", above: { 92: "E", 93: "D", 88: 10, 89: 4, 90: 10, 91: 4 }, below: { 92: "E", 93: "D", 88: 10000, 89: 3996, 90: 10000, 91: 3996 } },
    // With reform MP iii = D: 5 + 2r, so 75% needs r = 0.5; r = 0.4996 gives 74.99%.
    { rule: "area:MP", predicate: "WBBM", above: { 93: "D", 88: 2, 89: 1, 90: 2, 91: 1 }, below: { 93: "D", 88: 10000, 89: 4996, 90: 10000, 91: 4996 } },
    // Pengungkit 40 (WBK): losses of 18.5 plus PP 2.5 - 1.25 x 4/10 = 2.0 leave exactly 40.00.
    { rule: "pengungkit", predicate: "WBK", above: { ...WBK_LOSSES, 109: "E", 122: 10, 123: 4 }, below: { ...WBK_LOSSES, 109: "E", 122: 1000, 123: 392 } },
    // Pengungkit 48 (WBBM): MP r = 0.125 loses 1.75 besides PT 0.75, SDM 2, AK 2, PW 3, PP 2.5.
    { rule: "pengungkit", predicate: "WBBM", above: { ...WBBM_LOSSES, 94: "D", 95: "B", 105: 8, 106: 0, 88: 8, 89: 1, 90: 8, 91: 1 }, below: { ...WBBM_LOSSES, 94: "D", 95: "B", 105: 8, 106: 0, 88: 100, 89: 12, 90: 100, 91: 12 } },
    // Total 75 (WBK): Hasil at its WBK minimums is 32.25, so pengungkit must be 42.75.
    { rule: "total", predicate: "WBK", above: { ...HASIL_WBK, ...WBK_LOSSES, 122: 10, 123: 6 }, below: { ...HASIL_WBK, ...WBK_LOSSES, 122: 1000, 123: 592 } },
    // Total 85 (WBBM): Hasil at its WBBM minimums is 35.25; AK i at 5/8 leaves pengungkit 49.75.
    { rule: "total", predicate: "WBBM", above: { ...HASIL_WBBM, ...WBBM_LOSSES, 105: 8, 106: 5 }, below: { ...HASIL_WBBM, ...WBBM_LOSSES, 105: 100, 106: 62 } },
  ];

  for (const c of cases) {
    it(`${c.rule} for ${c.predicate}`, () => {
      const above = score(withAnswers(best, c.above));
      const below = score(withAnswers(best, c.below));
      expect(failing(above, c.predicate)).toEqual(c.alsoFails ?? []);
      expect(failing(below, c.predicate)).toEqual([...(c.alsoFails ?? []), c.rule].sort((a, b) =>
        below.checks[c.predicate].findIndex((x) => x.rule === a) - below.checks[c.predicate].findIndex((x) => x.rule === b)));
      const check = below.checks[c.predicate].find((x) => x.rule === c.rule)!;
      // Just below: 0.01 under the minimum after rounding (capaian moves in steps of 1.25).
      if (c.discrete) expect(check.actual).toBe(check.required - 1.25);
      else expect(round2(check.actual)).toBe(Math.round((check.required - 0.01) * 100) / 100);
      expect(round2(above.checks[c.predicate].find((x) => x.rule === c.rule)!.actual)).toBeGreaterThanOrEqual(check.required);
      if (!c.alsoFails) expect(above.predicate === c.predicate || (c.predicate === "WBK" && above.predicate === "WBBM")).toBe(true);
    });
  }

  it("compares the value rounded to two decimals, the way spreadsheets round", () => {
    expect(round2(74.995)).toBe(75);
    expect(round2(74.994999)).toBe(74.99);
    expect(round2(59.995)).toBe(60);
    expect(round2(2.675)).toBe(2.68);
    expect(round2(-1.005)).toBe(-1.01);
  });
});
