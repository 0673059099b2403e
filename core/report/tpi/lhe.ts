// One PD's "Laporan Hasil Evaluasi": what the TPI goes through with the PD's Tim Pembangunan ZI
// in the pembinaan (Perbup 30/2021 Pasal 7): the unit's scores beside the TPI's, every answer the
// TPI judged otherwise and the points it moved, the TPI's other notes, what the next predicate
// still needs, and the recommendation.

import { formatDateId } from "../../dates/format.js";
import { tpiReportText } from "../../i18n/tpi-report.js";
import { answerDifferences, type AnswerDifference } from "../../score/differences.js";
import { modelNodes } from "../../score/model.js";
import { withEstimatedHeights } from "../../sheet/heights.js";
import { SpecBuilder } from "../../sheet/spec.js";
import type { SheetSpec, SpecValue } from "../../sheet/types.js";
import { link } from "../../sheet/values.js";
import { shortText } from "../../validate/subject.js";
import { printSetup, STYLE, writeHeader, writeMeta, writeTitle } from "../common.js";
import {
  kabupatenOf, nextShortfalls, predicateText, recommendationOf, shownCell, type DetailedEntry, type TpiReportOptions,
} from "./entries.js";
import { writeScores } from "./lhe-scores.js";
import { LHE_COLUMNS, LHE_LAST, writeSignature } from "./style.js";

const LAST = LHE_LAST;
/** Long question texts cut at a word, so a row stays a few lines high. */
const QUESTION_CHARS = 180;

/**
 * A section listing rows under a header whose column `wide` (a note, a text) spans to the sheet's
 * edge, or one line `none` when there is nothing to list. Returns the body's first row and the row
 * after it, or null for the empty section (whose next section starts at top + 4).
 */
function writeList(
  b: SpecBuilder, top: number, heading: string, header: string[], wide: number, none: string, rows: SpecValue[][],
): { first: number; end: number } | null {
  b.set(top, 0, heading).style([top, 0], STYLE.section);
  const h = top + 1;
  writeHeader(b, h, header);
  b.merge(h, wide, h, LAST);
  const first = h + 1;
  if (!rows.length) {
    b.set(first, 0, none).merge(first, 0, first, LAST).style([first, 0, first, LAST], STYLE.body);
    return null;
  }
  rows.forEach((row, i) => b.setRow(first + i, 0, row).merge(first + i, wide, first + i, LAST));
  const end = first + rows.length;
  b.style([first, 0, end - 1, LAST], STYLE.body).style([first, 0, end - 1, 2], STYLE.center);
  return { first, end };
}

/** Section B: the differing answers, each with the points it moved and the TPI's note on it. */
function writeDifferences(b: SpecBuilder, top: number, e: DetailedEntry, diffs: AnswerDifference[]): number {
  const t = tpiReportText.lhe;
  const c = t.differenceColumns;
  const rows = diffs.map((d, i) => [
    i + 1, d.question, d.node, shortText(d.text, QUESTION_CHARS), shownCell(d.unit, t.blankAnswer), shownCell(d.tpi, t.blankAnswer), d.moved,
    shownCell(e.read.notes[d.question]),
  ]);
  const list = writeList(b, top, t.differencesHeading(diffs.length), [c.no, c.question, c.code, c.text, c.unit, c.tpi, c.moved, c.note, "", ""], 7, t.noDifferences, rows);
  if (!list) return top + 4;
  const { first, end } = list;
  b.style([first, 4, end - 1, 5], STYLE.center).numberFormat([first, 6, end - 1, 6], "0.00");
  b.set(end, 0, t.movedNote).merge(end, 0, end, LAST).style([end, 0, end, LAST], { ...STYLE.note, wrap: true });
  return end + 2;
}

/** Section C: the TPI's notes on questions it answered as the unit did. */
function writeNotes(b: SpecBuilder, top: number, e: DetailedEntry, differing: Set<number>): number {
  const t = tpiReportText.lhe;
  const c = t.noteColumns;
  const byNo = new Map(modelNodes(e.model).flatMap((n) => n.questions.map((q) => [q.no, { text: q.text, node: n.code }] as const)));
  const notes = Object.entries(e.read.notes)
    .map(([no, v]) => ({ no: Number(no), note: shownCell(v) }))
    .filter((n) => n.note !== "" && !differing.has(n.no) && byNo.has(n.no))
    .sort((a, z) => a.no - z.no);
  const rows = notes.map((n, i) => {
    const q = byNo.get(n.no)!;
    return [i + 1, n.no, q.node, shortText(q.text, QUESTION_CHARS), n.note];
  });
  const list = writeList(b, top, t.notesHeading(notes.length), [c.no, c.question, c.code, c.text, c.note, "", "", "", "", ""], 4, t.noNotes, rows);
  return list ? list.end + 1 : top + 4;
}

/** Section D: what the TPI's score still lacks for the next predicate. */
function writeShortfalls(b: SpecBuilder, top: number, e: DetailedEntry): number {
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
function writeOthers(b: SpecBuilder, top: number, e: DetailedEntry): number {
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

export function buildLheSheet(e: DetailedEntry, recapSheet: string, options: TpiReportOptions): SheetSpec {
  const t = tpiReportText;
  const m = t.lhe.meta;
  const kabupaten = kabupatenOf(options);
  const b = new SpecBuilder(e.sheet, "report", LHE_COLUMNS);
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
