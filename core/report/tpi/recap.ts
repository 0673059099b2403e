// "Rekap Penilaian": the TPI's report to the Bupati (Perbup 30/2021 Pasal 8 ayat 2). One row per
// assessed PD, best TPI score first, with the TPI's figures, both predicates, what is missing for
// the next one and the recommendation; then the files that could not be assessed, the TPI's
// composition (Pasal 9) to fill in, and the ketua's signature.

import { formatDateId } from "../../dates/format.js";
import { tpiReportText } from "../../i18n/tpi-report.js";
import { withEstimatedHeights } from "../../sheet/heights.js";
import { SpecBuilder } from "../../sheet/spec.js";
import type { AssessedWorkbook } from "../../score/assess.js";
import type { CellStyle, SheetSpec, SpecValue } from "../../sheet/types.js";
import { link } from "../../sheet/values.js";
import { printSetup, STYLE, writeHeader, writeMeta, writeTitle } from "../common.js";
import {
  kabupatenOf, predicateText, recommendationOf, shortfallText, type RankedEntry, type TpiReportOptions,
} from "./entries.js";
import { writeTeam, writeUnreadable } from "./recap-blocks.js";
import { PREDICATE_FILL, writeSignature } from "./style.js";

interface Column {
  header: string;
  width: number;
  /** The cell of one entry. */
  value: (e: RankedEntry) => SpecValue;
  kind: "text" | "number" | "center" | "predicate";
  /** For a predicate column: the predicate its colour follows. */
  predicate?: (e: RankedEntry) => string | null;
}

function predicateColumn(header: string, predicate: (e: RankedEntry) => string | null): Column {
  return { header, width: 11, kind: "predicate", predicate, value: (e) => predicateText(predicate(e)) };
}

/** The table's columns: fixed ones, the model's figures and, after PENGUNGKIT and HASIL, one % column per area. */
function columnsFor(ranked: readonly RankedEntry[]): Column[] {
  const t = tpiReportText;
  const c = t.columns;
  const areas: { code: string; label: string }[] = [];
  for (const e of ranked) for (const g of e.model.areaGroups) if (!areas.some((a) => a.code === g.code)) areas.push(g);
  const figures = t.figureColumns.map((f): Column => ({
    header: f.header, width: f.width, kind: "number", value: (e) => e.scores.tpi.figures[f.figure] ?? "",
  }));
  const areaColumns = areas.map((a): Column => ({
    header: c.area(a.code), width: 7.5, kind: "number", value: (e) => e.scores.tpi.areas.find((x) => x.code === a.code)?.percent ?? "",
  }));
  return [
    { header: c.no, width: 5, kind: "center", value: (e) => e.no },
    { header: c.agency, width: 26, kind: "text", value: (e) => (e.sheet ? link(e.agency, e.sheet, "A1") : e.agency) },
    { header: c.year, width: 7, kind: "center", value: (e) => e.workbook.year ?? "-" },
    { header: c.file, width: 20, kind: "text", value: (e) => e.workbook.file },
    { header: c.unitTotal, width: 8, kind: "number", value: (e) => e.scores.unit.total },
    { header: c.tpiTotal, width: 8, kind: "number", value: (e) => e.scores.tpi.total },
    ...figures.slice(0, t.areasAfterFigures),
    ...areaColumns,
    ...figures.slice(t.areasAfterFigures),
    predicateColumn(c.unitPredicate, (e) => e.scores.unit.predicate),
    predicateColumn(c.tpiPredicate, (e) => e.scores.tpi.predicate),
    { header: c.shortfall, width: 30, kind: "text", value: (e) => shortfallText(e.model, e.scores.tpi) },
    { header: c.recommendation, width: 24, kind: "text", value: (e) => recommendationOf(e.scores.tpi) },
  ];
}

function predicateStyle(e: RankedEntry, predicate: string | null): CellStyle {
  if (predicate === null) return PREDICATE_FILL.none;
  return e.model.predicates.indexOf(predicate) === 0 ? PREDICATE_FILL.top : PREDICATE_FILL.other;
}

/** The table; returns its header row and the row after it. */
function writeTable(b: SpecBuilder, top: number, ranked: readonly RankedEntry[], columns: Column[]): { header: number; next: number } {
  const last = columns.length - 1;
  writeHeader(b, top, columns.map((c) => c.header));
  b.height(top, 42);
  let r = top + 1;
  if (!ranked.length) {
    b.set(r, 0, tpiReportText.noEntries).merge(r, 0, r, last).style([r, 0, r, last], STYLE.body);
    return { header: top, next: r + 1 };
  }
  const linked: number[] = [];
  for (const e of ranked) {
    b.setRow(r, 0, columns.map((c) => c.value(e)));
    columns.forEach((c, i) => c.predicate && b.style([r, i], predicateStyle(e, c.predicate(e))));
    if (e.sheet) linked.push(r);
    r++;
  }
  const first = top + 1;
  b.style([first, 0, r - 1, last], STYLE.body);
  for (const row of linked) b.style([row, 1], STYLE.link);
  columns.forEach((c, i) => {
    if (c.kind === "number") b.numberFormat([first, i, r - 1, i], "0.00").style([first, i, r - 1, i], STYLE.right);
    if (c.kind === "center" || c.kind === "predicate") b.style([first, i, r - 1, i], STYLE.center);
  });
  return { header: top, next: r };
}

function writeNote(b: SpecBuilder, r: number, ranked: readonly RankedEntry[], last: number): number {
  const t = tpiReportText;
  const seen = new Map<string, string>();
  for (const e of ranked) for (const g of e.model.areaGroups) if (!seen.has(g.code)) seen.set(g.code, g.label);
  const legend = [...seen].map(([code, label]) => t.areaLegend(code, label)).join(", ");
  b.set(r, 0, t.tableNote(legend, ranked.some((e) => e.sheet !== null))).merge(r, 0, r, last).style([r, 0, r, last], { ...STYLE.note, wrap: true, vAlign: "top" });
  return r + 2;
}

export function buildTpiRecapSheet(
  name: string,
  ranked: readonly RankedEntry[],
  unreadable: readonly AssessedWorkbook[],
  year: number | null,
  options: TpiReportOptions,
): SheetSpec {
  const t = tpiReportText;
  const m = t.meta;
  const columns = columnsFor(ranked);
  const last = columns.length - 1;
  const kabupaten = kabupatenOf(options);
  const b = new SpecBuilder(name, "recap", columns.map((c) => ({ width: c.width })));
  let r = writeTitle(b, t.titles[0], t.subtitle(kabupaten, year), last);
  const predicates = ranked[0]?.model.predicates ?? [];
  const met = (p: string | null) => ranked.filter((e) => e.scores.tpi.predicate === p).length;
  r = writeMeta(b, r, [
    [m.kabupaten, kabupaten],
    [m.year, year ?? "-"],
    [m.asOf, formatDateId(options.asOf)],
    [m.files, ranked.length + unreadable.length],
    [m.assessed, ranked.length],
    ...predicates.map((p): [string, SpecValue] => [m.predicate(p), met(p)]),
    [m.notMet, met(null)],
    [m.unreadable, unreadable.length],
  ], 2, last);
  b.set(r, 0, t.basis).merge(r, 0, r, last).style([r, 0, r, last], STYLE.note);
  const table = writeTable(b, r + 2, ranked, columns);
  r = writeNote(b, table.next, ranked, last);
  r = writeUnreadable(b, r, unreadable, last);
  r = writeTeam(b, r, ranked, columns.map((c) => c.width));
  r = writeSignature(b, r, options, kabupaten, Math.max(0, last - 3), last);
  printSetup(b, table.header, r, last, "landscape");
  return withEstimatedHeights(b.build());
}
