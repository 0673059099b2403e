import fc from "fast-check";
import { LKE_ZI_2026, modelNodes, modelQuestions, type Answers, type CellValue, type EvaluationModel } from "../../core/index.js";

/** Counts of the 2026 edition that make every percentage 100%, chosen by hand (see the ratios). */
const BEST_COUNTS_2026: Record<number, number> = {
  88: 5, 89: 5, 90: 5, 91: 5, // every agent made a change, every change integrated
  102: 3, 103: 0, 104: 0, // violations fell from 3 to 0; none this year, none to sanction (0/0)
  105: 8, 106: 8, // every performance target reached
  110: 12, 111: 0, 112: 12, // every complaint resolved
  113: 1, 114: 6, 115: 3, 116: 10, // every LHKPN filed
  117: 4, 118: 9, 119: 40, 120: 53, // every non-LHKPN report filed
  122: 20, 123: 20, // every service simplified
};

/** Best answers: the first option of every choice (value 1), the counts above, indices 4. */
export function bestAnswers(model: EvaluationModel = LKE_ZI_2026): Record<number, CellValue> {
  const out: Record<number, CellValue> = {};
  for (const q of modelQuestions(model)) {
    const t = model.answerTypes[q.type];
    out[q.no] = t.kind === "choice" ? t.options.find((o) => o.value === 1)!.key : t.kind === "count" ? BEST_COUNTS_2026[q.no] : t.max;
  }
  return out;
}

/** Every question of the Penguatan Pengawasan pemenuhan node answered with its worst option. */
export function weakPw(model: EvaluationModel = LKE_ZI_2026): Record<number, CellValue> {
  const out: Record<number, CellValue> = {};
  for (const n of modelNodes(model).filter((x) => x.code.startsWith("A.I.5"))) {
    for (const q of n.questions) {
      const t = model.answerTypes[q.type];
      if (t.kind === "choice") out[q.no] = t.options.find((o) => o.value === 0)!.key;
    }
  }
  return out;
}

export function withAnswers(base: Answers, changes: Record<number, CellValue>): Answers {
  return { ...base, ...changes };
}

const garbage = fc.constantFrom<CellValue>("X", "*", "?", "A*", "ya tidak", "12 orang", "#N/A", "", "   ", "\t", true, false, -1);

/** One answer as people type it: valid keys in any case with stray spaces, blanks and garbage. */
export function answerArb(model: EvaluationModel, type: string): fc.Arbitrary<CellValue> {
  const t = model.answerTypes[type];
  if (t.kind === "choice") {
    const key = fc.constantFrom(...t.options.map((o) => o.key));
    const typed = fc.tuple(key, fc.constantFrom("", " ", "  "), fc.boolean()).map(([k, pad, lower]) => `${pad}${lower ? k.toLowerCase() : k}${pad}`);
    return fc.oneof({ arbitrary: key, weight: 6 }, { arbitrary: typed, weight: 2 }, { arbitrary: fc.constant(null), weight: 2 }, { arbitrary: garbage, weight: 1 });
  }
  if (t.kind === "count") {
    const n = fc.oneof({ arbitrary: fc.integer({ min: 0, max: 40 }), weight: 6 }, { arbitrary: fc.constant(0), weight: 2 });
    return fc.oneof({ arbitrary: n, weight: 8 }, { arbitrary: fc.constant(null), weight: 1 }, { arbitrary: fc.constantFrom<CellValue>("12", 2.5, -3, "x"), weight: 1 });
  }
  const idx = fc.integer({ min: 0, max: 400 }).map((n) => n / 100);
  return fc.oneof({ arbitrary: idx, weight: 8 }, { arbitrary: fc.constant(null), weight: 1 }, { arbitrary: fc.constantFrom<CellValue>(4.5, -0.1, "3,5"), weight: 1 });
}

/** A whole answer set of a model. */
export function answersArb(model: EvaluationModel = LKE_ZI_2026): fc.Arbitrary<Record<number, CellValue>> {
  const qs = modelQuestions(model);
  return fc.tuple(...qs.map((q) => answerArb(model, q.type))).map((vals) => Object.fromEntries(qs.map((q, i) => [q.no, vals[i]])));
}
