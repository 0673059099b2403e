import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  findNode, indicatorEntries, LAMPIRAN_I, LKE_ZI_2026, modelNodes, modelQuestions, scoreEvaluation,
} from "../../core/index.js";
import { TOY } from "../helpers/toy-edition.js";

const M = LKE_ZI_2026;
const raw = JSON.parse(readFileSync(new URL("../../core/score/models/lke-zi-2026.json", import.meta.url), "utf8"));

describe("the LKE ZI 2026 model", () => {
  it("is the transcribed edition with its source and basis kept", () => {
    expect(M.source).toBe(raw.source);
    expect(M.source).toContain("axxpxmd/zona_integritas");
    expect(M.basis).toContain("Nomor 90 Tahun 2021");
    expect(modelQuestions(M).map((q) => q.no)).toEqual(Array.from({ length: 127 }, (_, i) => i + 1));
    expect(M.totalQuestions).toBe(127);
  });

  it("values answers as the issue and the edition say", () => {
    const values = (id: string) => {
      const t = M.answerTypes[id];
      return t.kind === "choice" ? Object.fromEntries(t.options.map((o) => [o.key, o.value])) : t.kind;
    };
    expect(values("ya-tidak")).toEqual({ Ya: 1, Tidak: 0 });
    expect(values("abc")).toEqual({ A: 1, B: 0.5, C: 0 });
    expect(values("abcd")).toEqual({ A: 1, B: 0.67, C: 0.33, D: 0 });
    expect(values("abcde")).toEqual({ A: 1, B: 0.75, C: 0.5, D: 0.25, E: 0 });
    expect(M.answerTypes["indeks-0-4"]).toMatchObject({ kind: "index", min: 0, max: 4 });
    for (const t of Object.values(M.answerTypes)) expect(t.source.document).toContain("Permen PANRB 90/2021");
  });

  it("weighs components 60/40 and every parent as the sum of its children", () => {
    expect(M.tree.map((n) => [n.code, n.weight])).toEqual([["A", 60], ["B", 40]]);
    for (const node of modelNodes(M)) {
      if (node.children.length) expect(node.children.reduce((a, c) => a + c.weight, 0), node.code).toBeCloseTo(node.weight, 10);
      if (node.scoring.kind === "points") expect(node.scoring.items.reduce((a, i) => a + i.points, 0), node.code).toBe(node.weight);
    }
  });

  it("records every count formula with its source, and leaves no count unused", () => {
    const ratios = modelNodes(M).flatMap((n) => n.ratios.map((r) => ({ node: n, r })));
    expect(ratios.map(({ r }) => r.id)).toEqual([
      "A.II.1.i:1", "A.II.1.i:2", "A.II.3.iii:1", "A.II.3.iii:2", "A.II.4.i:1", "A.II.5.ii:1", "A.II.5.iii.a:1", "A.II.5.iii.b:1", "A.II.6.i:1",
    ]);
    for (const { node, r } of ratios) {
      expect(r.source.document.length, r.id).toBeGreaterThan(5);
      expect(r.zeroDenominator).toEqual({ zero: 1, positive: 1, negative: 0 });
      expect(r.clamp).toEqual({ min: 0, max: 1 });
      for (const t of [...r.numerator, ...r.denominator]) {
        expect(node.questions.find((q) => q.no === t.question)?.type, `${r.id} uses ${t.question}`).toBe("jumlah");
      }
    }
    expect(findNode(M, "A.II.3.iii")!.ratios[0].numerator).toEqual([{ question: 102, sign: 1 }, { question: 103, sign: -1 }]);
    const used = new Set(ratios.flatMap(({ r }) => [...r.numerator, ...r.denominator].map((t) => t.question)));
    for (const node of modelNodes(M)) {
      for (const q of node.questions) {
        if (q.type === "jumlah") expect(used.has(q.no) || node.informational?.includes(q.no), `count ${q.no}`).toBe(true);
      }
    }
    // Reform PP i averages its A-D question with the percentage.
    expect(findNode(M, "A.II.6.i")!.scoring).toEqual({ kind: "average", items: [{ question: 121 }, { ratio: "A.II.6.i:1" }] });
  });

  it("keeps the predicate rules as the issue's table, with both sources and the disagreement in the notes", () => {
    const table = Object.fromEntries(M.rules.map((r) => [r.id, r.min]));
    expect(table).toEqual({
      total: { WBK: 75, WBBM: 85 },
      pengungkit: { WBK: 40, WBBM: 48 },
      area: { WBK: 60, WBBM: 75 },
      bersih: { WBK: 18.25, WBBM: 19.5 },
      ipak: { WBK: 15.75, WBBM: 15.75 },
      capaian: { WBK: 2.5, WBBM: 3.75 },
      pelayanan: { WBK: 14, WBBM: 15.75 },
    });
    const sources = M.rules.flatMap((r) => r.sources.map((s) => s.document));
    expect(sources).toContain("axxpxmd/zona_integritas");
    expect(sources).toContain("aryasepta7901/EZonaIntegritas-Master");
    expect(M.notes.join(" ")).toMatch(/2,50.*3,75|3,75.*2,50/);
    expect(M.notes.join(" ")).toMatch(/terpisah untuk pemenuhan dan untuk reform/);
    expect(M.predicates).toEqual(["WBBM", "WBK"]);
  });
});

describe("Lampiran I indicators mapped to LKE nodes", () => {
  const words = (t: string) => new Set(t.toLowerCase().split(/[^a-z]+/).filter((w) => w.length >= 5 && !["dengan", "sesuai"].includes(w)));

  it("names an existing node for every mapped indicator, in the matching Pemenuhan area", () => {
    for (const { area, indicator } of indicatorEntries(LAMPIRAN_I)) {
      if (!indicator.lke) continue;
      const node = findNode(M, indicator.lke);
      expect(node, `${indicator.id} -> ${indicator.lke}`).toBeDefined();
      if (area.kind === "enabler") {
        expect(node!.level).toBe("subArea");
        expect(indicator.lke.startsWith(`A.I.${area.no}.`), indicator.id).toBe(true);
      } else {
        expect(indicator.lke.startsWith("B."), indicator.id).toBe(true);
      }
      const ours = words([indicator.text, ...(indicator.variants ?? [])].join(" "));
      const theirs = words([node!.title, ...node!.questions.map((q) => q.text)].join(" "));
      expect([...ours].some((w) => theirs.has(w)), `${indicator.id} "${indicator.text}" vs ${node!.code} "${node!.title}"`).toBe(true);
    }
  });

  it("maps no two enabler indicators to the same sub-area", () => {
    const codes = indicatorEntries(LAMPIRAN_I).filter((e) => e.area.kind === "enabler").map((e) => e.indicator.lke);
    expect(new Set(codes).size).toBe(codes.length);
  });
});

describe("another edition is only data", () => {
  it("scores a made-up edition with the same engine", () => {
    const s = scoreEvaluation(TOY, { 1: "ya", 2: "cukup", 3: 4, 4: 3, 5: 8, 6: "Baik" });
    // X.1.a: (1 + 0.6) / 2 x 2 = 1.6; X.1.b: 3/4 x 4 = 3; X.2: 8/10 x 3 + 1 x 1 = 3.4
    expect(s.nodes).toMatchObject({ "X.1.a": 1.6, "X.1.b": 3, "X.1": 4.6 });
    expect(s.nodes["X.2"]).toBeCloseTo(3.4, 12);
    expect(s.total).toBeCloseTo(8, 12);
    expect(s.figures.satu).toBe(4.6);
    expect(s.figures.survei).toBeCloseTo(2.4, 12);
    expect(s.areas[0]).toMatchObject({ code: "S", score: 4.6, weight: 6 });
    expect(s.predicate).toBe("PERAK"); // EMAS needs the area at 80%: 76.67% is short
    expect(s.shortfalls.EMAS.map((c) => c.rule)).toEqual(["area:S"]);
  });
});
