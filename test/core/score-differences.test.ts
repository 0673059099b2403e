import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  answerDifferences, findNode, LKE_ZI_2026, modelQuestions, nextPredicate, sameAnswer, scoreEvaluation, type CellValue,
} from "../../core/index.js";
import { propertyRuns } from "../helpers/arbitraries.js";
import { answersArb, bestAnswers, withAnswers } from "../helpers/lke.js";

const M = LKE_ZI_2026;
const best = bestAnswers();

describe("answerDifferences", () => {
  it("lists one wrong answer with what it costs: its share of its sub-area's weight", () => {
    const tpi = withAnswers(best, { 12: "D" });
    const diffs = answerDifferences(M, best, tpi);
    const q = modelQuestions(M).find((x) => x.no === 12)!;
    expect(diffs).toEqual([{ question: 12, node: "A.I.1.iv", text: q.text, unit: "A", tpi: "D", moved: expect.any(Number) }]);
    // An average sub-area: a D (value 0) instead of an A (value 1) loses weight / questions.
    const node = findNode(M, "A.I.1.iv")!;
    expect(diffs[0].moved).toBeCloseTo(-node.weight / node.questions.length, 12);
  });

  it("moves IPAK by index / 4 x 17.5 and lists a blank TPI answer as blank", () => {
    const diffs = answerDifferences(M, best, withAnswers(best, { 125: 3, 5: "   " }));
    expect(diffs.map((d) => [d.question, d.unit, d.tpi])).toEqual([[5, best[5], null], [125, 4, 3]]);
    expect(diffs[1].moved).toBeCloseTo(-17.5 / 4, 12);
  });

  it("does not count case and spaces as a difference, but does count a number typed as text", () => {
    const unit = withAnswers(best, { 1: "ya", 12: " a ", 40: null, 88: 5 });
    const tpi = withAnswers(best, { 1: "YA", 12: "A", 40: "  ", 88: "5" });
    expect(answerDifferences(M, unit, tpi).map((d) => d.question)).toEqual([88]);
    expect(sameAnswer("b", " B ")).toBe(true);
    expect(sameAnswer(3, 3)).toBe(true);
    expect(sameAnswer(3, "3")).toBe(false);
    expect(sameAnswer(undefined, "")).toBe(true);
    expect(sameAnswer(true, "TRUE")).toBe(false);
  });

  it("gives nothing for identical sheets, and every question for a blank TPI against a full unit", () => {
    expect(answerDifferences(M, best, { ...best })).toEqual([]);
    const all = answerDifferences(M, best, {});
    expect(all.map((d) => d.question)).toEqual(modelQuestions(M).map((q) => q.no).sort((a, b) => a - b));
    expect(all.every((d) => d.tpi === null)).toBe(true);
  });

  it("for any two answer sets: each moved score is the total after swapping that one answer, and the questions left out change nothing", () => {
    fc.assert(
      fc.property(answersArb(M), answersArb(M), (unit, tpi) => {
        const base = scoreEvaluation(M, unit).total;
        const diffs = answerDifferences(M, unit, tpi);
        const listed = new Set(diffs.map((d) => d.question));
        for (const d of diffs) expect(d.moved).toBe(scoreEvaluation(M, { ...unit, [d.question]: tpi[d.question] }).total - base);
        // Taking the TPI's answer on every question not listed leaves the unit's score as it was.
        const unlisted: Record<number, CellValue> = { ...unit };
        for (const q of modelQuestions(M)) if (!listed.has(q.no)) unlisted[q.no] = tpi[q.no];
        expect(scoreEvaluation(M, unlisted).total).toBe(base);
      }),
      { numRuns: propertyRuns(60) },
    );
  });
});

describe("nextPredicate", () => {
  it("is the predicate one step up, the lowest when none is reached, none at the top", () => {
    expect(nextPredicate(M, null)).toBe("WBK");
    expect(nextPredicate(M, "WBK")).toBe("WBBM");
    expect(nextPredicate(M, "WBBM")).toBeNull();
  });
});
