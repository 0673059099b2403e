// One PD's "Laporan Hasil Evaluasi": what the TPI goes through with the PD's Tim Pembangunan ZI
// in the pembinaan (Perbup 30/2021 Pasal 7): the unit's scores beside the TPI's, every answer the
// TPI judged otherwise and the points it moved, the TPI's other notes, what the next predicate
// still needs, and the recommendation.

import { formatDateId } from "../../dates/format.js";
import { tpiReportText } from "../../i18n/tpi-report.js";
import { answerDifferences, type AnswerDifference } from "../../score/differences.js";
import type { EvaluationScore } from "../../score/engine.js";
import { findNode, modelNodes, type EvaluationModel } from "../../score/model.js";
import { withEstimatedHeights } from "../../sheet/heights.js";
import { SpecBuilder } from "../../sheet/spec.js";
import type { SheetSpec, SpecValue } from "../../sheet/types.js";
import { link } from "../../sheet/values.js";
import { printSetup, STYLE, writeHeader, writeMeta, writeTitle } from "../common.js";
import {
  kabupatenOf, nextShortfalls, predicateText, recommendationOf, shortText, shownCell, type RankedEntry, type TpiReportOptions,
} from "./entries.js";
import { writeSignature } from "./style.js";

const COLUMNS = [{ width: 5 }, { width: 7 }, { width: 12 }, { width: 50 }, { width: 12 }, { width: 12 }, { width: 12 }, { width: 12 }, { width: 12 }, { width: 14 }];
const LAST = COLUMNS.length - 1;

interface ScoreLine {
  label: string;
  weight: number;
  value: (s: EvaluationScore) => number;
}

/** Total, each figure and, under the first (pengungkit), each area: a figure inside another is indented. */
function scoreLines(model: EvaluationModel): ScoreLine[] {
  const t = tpiReportText.lhe;
  const top = new Set(model.tree.map((n) => n.code));
  const lines: ScoreLine[] = [{ label: t.total, weight: model.tree.reduce((n, x) => n + x.weight, 0), value: (s) => s.total }];
  const weightOf = (name: string): number => {
    const ref = model.figures[name];
    if ("node" in ref) return findNode(model, ref.node)?.weight ?? 0;
    const node = findNode(model, ref.points.node);
    const entry = node?.scoring.kind === "points" ? node.scoring.items.find((i) => "question" in i.item && i.item.question === ref.points.question) : undefined;
    return entry?.points ?? 0;
  };
  const areaWeights = (code: string) => Object.values(model.areaGroups.find((g) => g.code === code)!.members).reduce((n, c) => n + (findNode(model, c)?.weight ?? 0), 0);
  tpiReportText.figureColumns.forEach((f, i) => {
    const ref = model.figures[f.figure];
    if (!ref) return;
    const nested = !("node" in ref && top.has(ref.node));
    lines.push({ label: nested ? t.figure(ref.label) : ref.label, weight: weightOf(f.figure), value: (s) => s.figures[f.figure] ?? 0 });
    if (i === 0) {
      for (const g of model.areaGroups) {
        lines.push({ label: t.area(g.label), weight: areaWeights(g.code), value: (s) => s.areas.find((a) => a.code === g.code)?.score ?? 0 });
      }
    }
  });
  return lines;
}

function writeScores(b: SpecBuilder, top: number, e: RankedEntry): number {
  const t = tpiReportText.lhe;
  const c = t.scoreColumns;
  b.set(top, 0, t.scoresHeading).style([top, 0], STYLE.section);
  const h = top + 1;
  writeHeader(b, h, [c.item, "", "", "", c.weight, c.unitValue, c.unitPercent, c.tpiValue, c.tpiPercent, c.difference]);
  b.merge(h, 0, h, 3);
  let r = h + 1;
  const { unit, tpi } = e.scores;
  const percent = (v: number, w: number): SpecValue => (w > 0 ? (v / w) * 100 : "");
  for (const line of scoreLines(e.model)) {
    const u = line.value(unit);
    const p = line.value(tpi);
    b.setRow(r, 0, [line.label, null, null, null, line.weight, u, percent(u, line.weight), p, percent(p, line.weight), p - u]).merge(r, 0, r, 3);
    r++;
  }
  b.numberFormat([h + 1, 4, r - 1, LAST], "0.00");
  b.setRow(r, 0, [t.unanswered, null, null, null, null, unit.unanswered, null, tpi.unanswered]).merge(r, 0, r, 3);
  b.setRow(r + 1, 0, [t.predicate, null, null, null, null, predicateText(unit.predicate), null, predicateText(tpi.predicate)]);
  b.merge(r + 1, 0, r + 1, 3).merge(r + 1, 5, r + 1, 6).merge(r + 1, 7, r + 1, 8);
  b.style([h + 1, 0, r + 1, LAST], STYLE.body).style([h + 1, 4, r + 1, LAST], STYLE.right);
  b.style([h + 1, 0, h + 1, LAST], { bold: true }).style([r + 1, 0, r + 1, LAST], STYLE.total).style([r + 1, 5, r + 1, 8], STYLE.center);
  return r + 3;
}

/** Section B: the differing answers, each with the points it moved and the TPI's note on it. */
function writeDifferences(b: SpecBuilder, top: number, e: RankedEntry, diffs: AnswerDifference[]): number {
  const t = tpiReportText.lhe;
  const c = t.differenceColumns;
  b.set(top, 0, t.differencesHeading(diffs.length)).style([top, 0], STYLE.section);
  const h = top + 1;
  writeHeader(b, h, [c.no, c.question, c.code, c.text, c.unit, c.tpi, c.moved, c.note, "", ""]);
  b.merge(h, 7, h, LAST);
  let r = h + 1;
  if (!diffs.length) {
    b.set(r, 0, t.noDifferences).merge(r, 0, r, LAST).style([r, 0, r, LAST], STYLE.body);
    return r + 2;
  }
  diffs.forEach((d, i) => {
    b.setRow(r, 0, [
      i + 1, d.question, d.node, shortText(d.text), shownCell(d.unit, t.blankAnswer), shownCell(d.tpi, t.blankAnswer), d.moved,
      shownCell(e.read.notes[d.question]),
    ]).merge(r, 7, r, LAST);
    r++;
  });
  b.style([h + 1, 0, r - 1, LAST], STYLE.body).style([h + 1, 0, r - 1, 2], STYLE.center).style([h + 1, 4, r - 1, 5], STYLE.center);
  b.numberFormat([h + 1, 6, r - 1, 6], "0.00");
  b.set(r, 0, t.movedNote).merge(r, 0, r, LAST).style([r, 0, r, LAST], { ...STYLE.note, wrap: true });
  return r + 2;
}

/** Section C: the TPI's notes on questions it answered as the unit did. */
function writeNotes(b: SpecBuilder, top: number, e: RankedEntry, differing: Set<number>): number {
  const t = tpiReportText.lhe;
  const c = t.noteColumns;
  const byNo = new Map(modelNodes(e.model).flatMap((n) => n.questions.map((q) => [q.no, { text: q.text, node: n.code }] as const)));
  const notes = Object.entries(e.read.notes)
    .map(([no, v]) => ({ no: Number(no), note: shownCell(v) }))
    .filter((n) => n.note !== "" && !differing.has(n.no) && byNo.has(n.no))
    .sort((a, z) => a.no - z.no);
  b.set(top, 0, t.notesHeading(notes.length)).style([top, 0], STYLE.section);
  const h = top + 1;
  writeHeader(b, h, [c.no, c.question, c.code, c.text, c.note, "", "", "", "", ""]);
  b.merge(h, 4, h, LAST);
  let r = h + 1;
  if (!notes.length) {
    b.set(r, 0, t.noNotes).merge(r, 0, r, LAST).style([r, 0, r, LAST], STYLE.body);
    return r + 2;
  }
  notes.forEach((n, i) => {
    const q = byNo.get(n.no)!;
    b.setRow(r, 0, [i + 1, n.no, q.node, shortText(q.text), n.note]).merge(r, 4, r, LAST);
    r++;
  });
  b.style([h + 1, 0, r - 1, LAST], STYLE.body).style([h + 1, 0, r - 1, 2], STYLE.center);
  return r + 1;
}

/** Section D: what the TPI's score still lacks for the next predicate. */
function writeShortfalls(b: SpecBuilder, top: number, e: RankedEntry): number {
  const t = tpiReportText.lhe;
  const c = t.shortfallColumns;
  const { predicate, checks } = nextShortfalls(e.model, e.scores.tpi);
  b.set(top, 0, t.shortfallHeading(predicate)).style([top, 0], STYLE.section);
  if (!predicate || !checks.length) {
    const reached = e.scores.tpi.predicate ?? predicate ?? "";
    b.set(top + 1, 0, t.allMet(reached)).merge(top + 1, 0, top + 1, LAST);
    return top + 3;
  }
  const h = top + 1;
  writeHeader(b, h, [c.no, c.rule, "", "", c.required, c.actual, c.gap]);
  b.merge(h, 1, h, 3);
  let r = h + 1;
  checks.forEach((check, i) => {
    const unit = check.unit === "percent" ? " (%)" : "";
    b.setRow(r, 0, [i + 1, `${check.label}${unit}`, null, null, check.required, check.actual, check.required - check.actual]).merge(r, 1, r, 3);
    r++;
  });
  b.style([h + 1, 0, r - 1, 6], STYLE.body).style([h + 1, 0, r - 1, 0], STYLE.center).numberFormat([h + 1, 4, r - 1, 6], "0.00");
  return r + 1;
}

/** Further assessments of the file and what reading it could not match: said, not hidden. */
function writeOthers(b: SpecBuilder, top: number, e: RankedEntry): number {
  const t = tpiReportText.lhe;
  let r = top;
  if (e.scores.extra.length) {
    b.set(r, 0, t.otherHeading).style([r, 0], { bold: true });
    r++;
    for (const x of e.scores.extra) b.set(r++, 0, t.otherLine(x.name, x.score.total, predicateText(x.score.predicate))).merge(r - 1, 0, r - 1, LAST);
    r++;
  }
  if (e.read.findings.length) {
    b.set(r, 0, t.findingsHeading(e.read.findings.length)).style([r, 0], { bold: true });
    r++;
    for (const f of e.read.findings) b.set(r++, 0, f.message).merge(r - 1, 0, r - 1, LAST).style([r - 1, 0], { wrap: true });
    r++;
  }
  return r;
}

export function buildLheSheet(e: RankedEntry, recapSheet: string, options: TpiReportOptions): SheetSpec {
  const t = tpiReportText;
  const m = t.lhe.meta;
  const kabupaten = kabupatenOf(options);
  const b = new SpecBuilder(e.sheet, "report", COLUMNS);
  writeTitle(b, t.titles[1], t.lhe.subtitle(kabupaten), LAST);
  b.set(2, 0, link(t.lhe.back, recapSheet, "A1")).merge(2, 0, 2, 3).style([2, 0], STYLE.link);
  let r = writeMeta(b, 3, [
    [m.agency, e.agency],
    [m.year, e.workbook.year ?? "-"],
    [m.file, e.workbook.file],
    [m.asOf, formatDateId(options.asOf)],
    [m.model, e.model.title],
    [m.predicate, predicateText(e.scores.tpi.predicate)],
    [m.recommendation, recommendationOf(e.scores.tpi)],
  ], 3, LAST);
  b.style([r - 2, 3, r - 1, LAST], { bold: true });
  r++;
  const diffs = answerDifferences(e.model, e.read.answers.unit, e.read.answers.tpi, e.scores.unit);
  r = writeScores(b, r, e);
  r = writeDifferences(b, r, e, diffs);
  r = writeNotes(b, r, e, new Set(diffs.map((d) => d.question)));
  r = writeShortfalls(b, r, e);
  b.set(r, 0, t.lhe.recommendationHeading).style([r, 0], STYLE.section);
  b.set(r + 1, 0, recommendationOf(e.scores.tpi)).merge(r + 1, 0, r + 1, LAST).style([r + 1, 0], { bold: true });
  r = writeOthers(b, r + 3, e);
  r = writeSignature(b, r, options, kabupaten, LAST - 3, LAST);
  printSetup(b, null, r, LAST, "landscape");
  return withEstimatedHeights(b.build());
}
