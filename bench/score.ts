import fc from "fast-check";
import { buildEvaluationSheet, LKE_ZI_2026, scoreEvaluation, type Answers } from "../core/index.js";
import { answersArb } from "../test/helpers/lke.js";
import { fmt, medianMs, type BenchSuite } from "./types.js";

export const scoreSuite: BenchSuite = {
  name: "score",
  async run() {
    // 1,000 different answer sets, generated once with a fixed seed so runs compare.
    const sets: Answers[] = fc.sample(answersArb(LKE_ZI_2026), { numRuns: 1000, seed: 2026 });
    const score = await medianMs(20, () => {
      for (const answers of sets) scoreEvaluation(LKE_ZI_2026, answers);
    });
    const build = await medianMs(20, () => buildEvaluationSheet(LKE_ZI_2026, { agency: "Dinas Bench", year: 2026 }));
    return [
      {
        area: "core",
        measure: "score 1,000 evaluations (LKE ZI 2026, 127 questions each)",
        value: `${fmt(score)} ms (${fmt((score / 1000) * 1000, 0)} µs each)`,
        how: "scoreEvaluation over 1,000 random answer sets (fast-check, seed 2026); median of 20 runs after a warm-up",
      },
      { area: "core", measure: "buildEvaluationSheet (LKE sheet, 127 questions)", value: `${fmt(build, 2)} ms`, how: "median of 20 calls after a warm-up" },
    ];
  },
};
