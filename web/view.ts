// One received file as the reviewer reads it: its name and status (LENGKAP, BELUM LENGKAP, TIDAK
// TERBACA, or an LKE with its scores), the facts of the row the recap will hold, and below, closed
// until asked, its findings. Every text from the file goes in as a text node.

import {
  findingReviewText, hasError, nextPredicate, number2, reportText, reviewFindings, shortfallText, tpiReportText, uiText, webText, type AssessedWorkbook,
  type EvaluationModel, type EvaluationScore, type FindingsReview, type RecapEntry, type ReviewedFile, type ReviewGroup,
} from "../core/index.js";
import { h } from "../ui/dom.js";

export type Status = "pending" | "complete" | "incomplete" | "unreadable" | "lke" | "own";

/** The recap's verdict for a plan (zi validasi --rekap), the kind for the rest. */
export function statusOf(r: ReviewedFile | null): Status {
  if (!r) return "pending";
  switch (r.kind) {
    case "plan":
      return r.entry.summary === null ? "unreadable" : hasError(r.entry) ? "incomplete" : "complete";
    case "lke":
      return r.assessed.error !== null || !r.assessed.scores ? "unreadable" : "lke";
    case "unreadable":
      return "unreadable";
    case "own":
      return "own";
  }
}

export function statusLabel(status: Status): string {
  const v = reportText.verdict;
  const k = webText.kinds;
  return { pending: k.pending, complete: v.complete, incomplete: v.incomplete, unreadable: v.unreadable, lke: k.lke, own: k.own }[status];
}

function facts(pairs: [string, string][]): HTMLElement {
  return h("dl", { class: "facts" }, ...pairs.map(([term, value]) => h("div", {}, h("dt", {}, term), h("dd", {}, value))));
}

const shown = (v: string | number | null | undefined) => (v === null || v === undefined || v === "" ? webText.facts.unknown : String(v));

function summaryTable(review: FindingsReview): HTMLElement {
  const sev = uiText.severity;
  const t = findingReviewText;
  const counts = (c: { error: number; warning: number; info: number }) => [c.error, c.warning, c.info].map((n) => h("td", {}, String(n)));
  return h("table", { class: "summary" },
    h("caption", {}, t.summaryHeading),
    h("thead", {}, h("tr", {}, h("th", { scope: "col" }, t.summaryArea), h("th", { scope: "col" }, sev.error), h("th", { scope: "col" }, sev.warning), h("th", { scope: "col" }, sev.info))),
    h("tbody", {}, ...review.summary.areas.map((a) => h("tr", {}, h("th", { scope: "row" }, a.label), ...counts(a.counts)))),
    h("tfoot", {}, h("tr", {}, h("th", { scope: "row" }, t.total), ...counts(review.summary.counts))),
  );
}

/** One kind of finding: its line with the count, opening to each rencana aksi it names. */
function groupBlock(group: ReviewGroup): HTMLElement {
  return h("details", { class: `group ${group.severity}`, "data-code": group.code },
    h("summary", {}, h("span", { class: `badge ${group.severity}` }, uiText.severity[group.severity]), " ", h("span", { class: "line" }, group.line)),
    group.message ? h("p", { class: "shared" }, group.message) : null,
    h("ul", { class: "entries" }, ...group.entries.map((e) =>
      h("li", { class: "entry", "data-ref": e.ref ?? "" },
        e.subjectFull ? h("span", { class: "subject" }, e.subjectFull) : null,
        e.message ? h("span", { class: "message" }, e.message) : null,
        e.sheet && e.cell ? h("span", { class: "cell" }, webText.atCell(e.sheet, e.cell)) : null,
      ))),
  );
}

function planFindings(entry: RecapEntry): HTMLElement | null {
  if (!entry.findings.length) return null;
  const review = reviewFindings(entry.findings);
  return h("details", { class: "findings" },
    h("summary", {}, webText.findingsOpen(review.summary.total)),
    summaryTable(review),
    ...review.groups.map(groupBlock),
  );
}

function planItem(entry: RecapEntry): (HTMLElement | null)[] {
  const s = entry.summary;
  const f = webText.facts;
  return [
    facts([
      [f.agency, shown(entry.agency)],
      [f.year, shown(entry.year)],
      [f.layout, entry.layout ? webText.planLayout[entry.layout] ?? entry.layout : webText.facts.unknown],
      [f.actions, shown(s?.actions)],
      [f.errors, shown(s?.errors)],
      [f.warnings, shown(s?.warnings)],
    ]),
    entry.error ? h("p", { class: "reason" }, entry.error) : null,
    planFindings(entry),
  ];
}

function scoreText(score: EvaluationScore): string {
  return webText.score(number2(score.total), score.predicate ?? tpiReportText.noPredicate);
}

function shortfallLine(model: EvaluationModel, who: string, score: EvaluationScore): HTMLElement | null {
  if (!nextPredicate(model, score.predicate)) return null;
  return h("li", { class: "shortfall" }, webText.shortfall(who, shortfallText(model, score)));
}

function lkeDetails(a: AssessedWorkbook): HTMLElement | null {
  if (!a.model || !a.scores) return null;
  const model = a.model;
  const findings = a.read?.findings ?? [];
  const notes = [...a.scores.unit.notes, ...a.scores.tpi.notes].filter((n, i, all) => all.findIndex((m) => m.message === n.message) === i);
  const shortfalls = [
    shortfallLine(model, webText.facts.unit, a.scores.unit),
    shortfallLine(model, webText.facts.tpi, a.scores.tpi),
    ...a.scores.extra.map((e) => shortfallLine(model, e.name, e.score)),
  ].filter((x): x is HTMLElement => x !== null);
  return h("details", { class: "findings lke" },
    h("summary", {}, webText.lkeDetails),
    shortfalls.length ? h("ul", { class: "shortfalls" }, ...shortfalls) : null,
    h("h4", {}, webText.readerFindings(findings.length + notes.length)),
    findings.length + notes.length
      ? h("ul", { class: "reader" },
        ...findings.map((x) => h("li", { class: `entry ${x.severity}`, "data-code": x.code },
          h("span", { class: `badge ${x.severity}` }, uiText.severity[x.severity]), " ",
          h("span", { class: "cell" }, webText.atCell(x.sheet, x.cell)), " ",
          h("span", { class: "message" }, x.message))),
        ...notes.map((n) => h("li", { class: `entry ${n.severity}`, "data-code": n.code },
          h("span", { class: `badge ${n.severity}` }, uiText.severity[n.severity]), " ",
          h("span", { class: "message" }, n.message))))
      : h("p", {}, webText.noReaderFindings),
  );
}

function lkeItem(a: AssessedWorkbook): (HTMLElement | null)[] {
  const f = webText.facts;
  if (a.error !== null || !a.scores) {
    return [facts([[f.agency, shown(a.agency)], [f.year, shown(a.year)]]), h("p", { class: "reason" }, a.error ?? "")];
  }
  return [
    facts([
      [f.agency, shown(a.agency)],
      [f.year, shown(a.year)],
      [f.layout, a.layout ? webText.lkeLayout[a.layout] ?? a.layout : f.unknown],
      [f.unit, scoreText(a.scores.unit)],
      [f.tpi, scoreText(a.scores.tpi)],
      ...a.scores.extra.map((e): [string, string] => [e.name, scoreText(e.score)]),
    ]),
    lkeDetails(a),
  ];
}

function body(r: ReviewedFile | null): (HTMLElement | null)[] {
  if (!r) return [h("p", { class: "waiting" }, webText.waiting)];
  switch (r.kind) {
    case "plan":
      return planItem(r.entry);
    case "lke":
      return lkeItem(r.assessed);
    case "unreadable":
      return [h("p", { class: "reason" }, r.error)];
    case "own":
      return [h("p", { class: "skipped" }, webText.ownFile)];
  }
}

/** The list item of one file; `data-status` and `data-file` let a print or a test find it. */
export function fileItem(path: string, result: ReviewedFile | null): HTMLLIElement {
  const status = statusOf(result);
  return h("li", { class: `file ${status}`, "data-status": status, "data-file": path },
    h("div", { class: "head" },
      h("span", { class: `status ${status}` }, statusLabel(status)),
      " ",
      h("span", { class: "name" }, path)),
    ...body(result),
  );
}
