// Findings in words (issue 13): each names its rencana aksi by id and Lampiran text, and a list of
// them reads as a summary and one group per code instead of the same sentence 68 times.
import { describe, expect, it } from "vitest";
import {
  buildPlanSheet, findAction, findIndicator, findingReviewText, findingSubject, groupFindings, HOST_ACTIONS, LAMPIRAN_I, newPlanDocument,
  readPlan, reviewFindings, serialFromIso, shortText, subjectLabel, summarizeFindings, validatePlan, type Finding,
} from "../../core/index.js";
import { scaleCatalog } from "../helpers/catalog.js";
import { gridFromSpec } from "../helpers/spec-grid.js";

const AS_OF = serialFromIso("2026-06-30")!;

/** A fresh generated plan: every target empty but two, both past by the as-of day; no team. */
function planFindings(): Finding[] {
  const doc = newPlanDocument({ agency: "Dinas Perhubungan", year: 2026 }, LAMPIRAN_I);
  doc.actions["PW.4.2"] = { target: serialFromIso("2026-03-31"), owner: null, status: "Dalam Proses", doneOn: null, evidence: null, notes: null, extra: {} };
  doc.actions["MP.1.1"] = { target: serialFromIso("2026-04-30"), owner: null, status: null, doneOn: null, evidence: null, notes: null, extra: {} };
  const plan = readPlan(gridFromSpec(buildPlanSheet(doc), "Lampiran ZI"))!;
  return validatePlan(plan, { asOf: AS_OF });
}

describe("findingSubject", () => {
  it("names the action, indicator or area of a ref with the Lampiran's text, and nothing for the plan as a whole", () => {
    expect(findingSubject({ ref: "PW.4.2" })).toEqual({ kind: "action", id: "PW.4.2", text: findAction(LAMPIRAN_I, "PW.4.2")!.action.text });
    expect(findingSubject({ ref: "PW.4" })).toEqual({ kind: "indicator", id: "PW.4", text: findIndicator(LAMPIRAN_I, "PW.4")!.text });
    expect(findingSubject({ ref: "PW" })).toEqual({ kind: "area", id: "PW", text: "Penguatan Pengawasan" });
    expect(findingSubject({ ref: null })).toBeNull();
    expect(findingSubject({ ref: "PW.99.9" })).toEqual({ kind: "action", id: "PW.99.9", text: "" });
    const big = scaleCatalog(LAMPIRAN_I, 3);
    const id = big.areas[0].indicators.at(-1)!.actions[0].id;
    expect(findingSubject({ ref: id }, big)?.text).toBe(big.areas[0].indicators.at(-1)!.actions[0].text);
  });

  it("shortens at a word boundary, keeping the id whole", () => {
    const subject = findingSubject({ ref: "SDM.2.1" })!;
    expect(subject.text.length).toBeGreaterThan(40);
    const label = subjectLabel(subject, 40);
    expect(label.length).toBeLessThanOrEqual(40);
    expect(label.startsWith("SDM.2.1 ")).toBe(true);
    expect(label.endsWith("…")).toBe(true);
    expect(subject.text.startsWith(label.slice(8, -1))).toBe(true);
    expect(subjectLabel(subject)).toBe(`SDM.2.1 ${subject.text}`);
    expect(subjectLabel(null, 40)).toBe("");
    expect(shortText("satu dua tiga", 40)).toBe("satu dua tiga");
    expect(shortText("satu dua tiga empat", 12)).toBe("satu dua…");
    expect(shortText("x".repeat(30), 10)).toBe(`${"x".repeat(9)}…`);
  });
});

describe("groupFindings and summarizeFindings", () => {
  const findings = planFindings();

  it("make one line of the 66 missing targets that opens to each rencana aksi with its cell", () => {
    const groups = groupFindings(findings);
    const missing = groups.find((g) => g.code === "TARGET_MISSING")!;
    expect(findings.filter((f) => f.code === "TARGET_MISSING")).toHaveLength(66);
    expect(missing.line).toBe("Target waktu belum diisi — 66 rencana aksi");
    expect(missing.count).toBe(66);
    expect(missing.message).toBe(findings.find((f) => f.code === "TARGET_MISSING")!.message);
    expect(missing.entries).toHaveLength(66);
    for (const [i, f] of findings.filter((x) => x.code === "TARGET_MISSING").entries()) {
      const e = missing.entries[i];
      expect(e).toMatchObject({ ref: f.ref, sheet: "Lampiran ZI", cell: f.cell, message: null });
      expect(e.subjectFull).toBe(`${f.ref} ${findAction(LAMPIRAN_I, f.ref!)!.action.text}`);
      expect(e.subject.length).toBeLessThanOrEqual(72);
      expect(e.subject.startsWith(`${f.ref} `)).toBe(true);
    }
  });

  it("put errors before warnings before info, and keep each message where the group's differ", () => {
    const groups = groupFindings(findings);
    const order = groups.map((g) => ["error", "warning", "info"].indexOf(g.severity));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(groups.reduce((n, g) => n + g.count, 0)).toBe(findings.length);
    const overdue = groups.find((g) => g.code === "OVERDUE")!;
    expect(overdue.entries.map((e) => e.ref)).toEqual(["MP.1.1", "PW.4.2"]);
    // Two overdue targets with different dates: one sentence each.
    const two: Finding[] = [
      { ...findings.find((f) => f.code === "OVERDUE")!, message: "Target 31 Maret 2026 sudah lewat." },
      { ...findings.find((f) => f.code === "OVERDUE")!, ref: "MP.1.1", message: "Target 30 April 2026 sudah lewat." },
    ];
    const [g] = groupFindings(two);
    expect(g.message).toBeNull();
    expect(g.entries.map((e) => e.message)).toEqual(["Target 31 Maret 2026 sudah lewat.", "Target 30 April 2026 sudah lewat."]);
  });

  it("count indicators, areas or plain findings when the entries are not all rencana aksi", () => {
    const base = findings[0];
    const mixed: Finding[] = [{ ...base, code: "TARGET_MISSING", ref: "PW.4" }, { ...base, code: "TARGET_MISSING", ref: "PW.4.1" }];
    expect(groupFindings(mixed)[0].line).toBe(`${findingReviewText.title.TARGET_MISSING} — 2 temuan`);
    expect(groupFindings([{ ...base, code: "AREA_MISSING", ref: "H2" }])[0].line).toBe("Area Lampiran tidak ada — 1 area");
  });

  it("sum per severity and per area, the plan as a whole first, areas in the Lampiran's order", () => {
    const s = summarizeFindings(findings);
    expect(s.total).toBe(findings.length);
    for (const sev of ["error", "warning", "info"] as const) {
      expect(s.counts[sev]).toBe(findings.filter((f) => f.severity === sev).length);
      expect(s.areas.reduce((n, a) => n + a.counts[sev], 0)).toBe(s.counts[sev]);
    }
    expect(s.areas[0]).toMatchObject({ code: null, label: findingReviewText.wholePlan });
    expect(s.areas.slice(1).map((a) => a.code)).toEqual(["MP", "PT", "SDM", "AK", "PW", "PP", "H1", "H2"]);
    expect(s.areas.find((a) => a.code === "PW")!.label).toBe("5. Penguatan Pengawasan");
    expect(s.areas.find((a) => a.code === "MP")!.counts.error).toBe(findings.filter((f) => f.ref?.startsWith("MP.") && f.severity === "error").length);
  });

  it("come with the validation actions, built from the same findings as their items", () => {
    const grid = gridFromSpec(buildPlanSheet(newPlanDocument({ agency: "Dinas Perhubungan", year: 2026 }, LAMPIRAN_I)), "Lampiran ZI");
    const request = { workbook: { sheets: [grid] }, form: { agency: "", year: null, predicate: null, team: [] }, timeZone: "Asia/Jakarta", asOf: "2026-06-30" };
    for (const name of ["periksa", "laporanBerkala", "validasi"] as const) {
      const out = HOST_ACTIONS[name].run(request);
      expect(out.review, name).toBeDefined();
      expect(out.review!.summary.total, name).toBe(out.items.length);
      for (const item of out.items.filter((i) => i.code === "TARGET_MISSING")) expect(item.subject).toMatch(/^[A-Z0-9]+\.\d+\.\d+ \S/);
    }
    expect(reviewFindings([]).groups).toEqual([]);
  });
});
