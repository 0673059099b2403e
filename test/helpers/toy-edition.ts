import { buildEvaluationModel, type EditionRules, type RawEdition } from "../../core/index.js";

/** A tiny made-up edition: proves the engine and the sheet need only data for another edition. */
export const TOY_RAW: RawEdition = {
  title: "Model uji",
  basis: "Tidak ada (hanya untuk pengujian)",
  source: "test/helpers/toy-edition.ts",
  answerValues: { yt: { Ya: 1, Tidak: 0 }, skala: { Baik: 1, Cukup: 0.6, Kurang: 0.2 }, n: "jumlah", skor: "0..10" },
  totalQuestions: 6,
  tree: [
    {
      code: "X", level: "component", title: "KOMPONEN", weight: 10,
      children: [
        {
          code: "X.1", level: "area", title: "AREA SATU", weight: 6,
          children: [
            { code: "X.1.a", level: "subArea", title: "Sub a", weight: 2, questions: [
              { no: 1, text: "Ada?", criteria: "Ya/Tidak", type: "yt" },
              { no: 2, text: "Mutu", criteria: "Baik/Cukup/Kurang", type: "skala" },
            ] },
            { code: "X.1.b", level: "subArea", title: "Sub b", weight: 4, questions: [
              { no: 3, text: "Jumlah wajib", criteria: "", type: "n" },
              { no: 4, text: "Jumlah selesai", criteria: "", type: "n" },
            ] },
          ],
        },
        { code: "X.2", level: "area", title: "AREA DUA", weight: 4, questions: [
          { no: 5, text: "Skor survei", criteria: "0..10", type: "skor" },
          { no: 6, text: "Mutu", criteria: "", type: "skala" },
        ] },
      ],
    },
  ],
};

const SRC = { document: "uji", part: "uji" };

export const TOY_RULES: EditionRules = {
  id: "uji-1",
  citation: "Tidak ada",
  sourceNote: "Data uji",
  answerTypes: {
    yt: { kind: "choice", label: "Ya/Tidak", source: SRC },
    skala: { kind: "choice", label: "Baik/Cukup/Kurang", source: SRC },
    n: { kind: "count", label: "Jumlah", max: 1000, source: SRC },
    skor: { kind: "index", label: "Skor 0–10", min: 0, max: 10, source: SRC },
  },
  ratios: { "X.1.b": [{ label: "Persentase selesai", numerator: [4], denominator: [3], source: SRC }] },
  ratioDefaults: { clamp: { min: 0, max: 1 }, blank: 0, zeroDenominator: { zero: 1, positive: 1, negative: 0 }, zeroNote: "0/0 = 100%", source: SRC },
  points: { "X.2": [{ question: 5, points: 3 }, { question: 6, points: 1 }] },
  informational: {},
  figures: { satu: { label: "Area satu", node: "X.1" }, survei: { label: "Survei", points: { node: "X.2", question: 5 } } },
  areaGroups: [{ code: "S", label: "Satu", members: { utama: "X.1" } }],
  predicates: ["EMAS", "PERAK"],
  rules: [
    { id: "total", label: "Total", metric: { figure: "total" }, unit: "points", min: { PERAK: 5, EMAS: 8 }, sources: [SRC] },
    { id: "survei", label: "Survei", metric: { figure: "survei" }, unit: "points", min: { EMAS: 2.4 }, sources: [SRC] },
    { id: "area", label: "Area", metric: { eachArea: "percent" }, unit: "percent", min: { PERAK: 50, EMAS: 80 }, sources: [SRC] },
  ],
  notes: ["Model uji."],
};

export const TOY = buildEvaluationModel(TOY_RAW, TOY_RULES);
