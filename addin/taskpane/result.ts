// Shows what an action did: its message, the sheets it inserted, the score with how far each
// component is from its threshold, and the findings: a summary, then one line per kind of finding
// that opens to the rencana aksi it concerns, each a link to its cell (the core groups them).

import type { ListItem, ScoreView } from "../../core/actions/index.js";
import { addinText } from "../../core/i18n/addin.js";
import { findingReviewText } from "../../core/i18n/findings.js";
import { number2 } from "../../core/i18n/numbers.js";
import { reviewText } from "../../core/i18n/review.js";
import type { ReviewLine } from "../../core/review/index.js";
import { uiText } from "../../core/i18n/ui.js";
import type { FindingsReview, ReviewEntry, ReviewGroup } from "../../core/validate/review.js";
import type { PaneOutcome } from "../excel/actions.js";
import { h } from "../../ui/dom.js";

export type SelectCell = (sheet: string, cell: string) => void;

function signed(n: number): string {
  return n > 0 ? `+${number2(n)}` : number2(n);
}

function scoreBlock(score: ScoreView): HTMLElement {
  const head = h("tr", {}, ...[uiText.scoreColumns.label, uiText.scoreColumns.value, uiText.scoreColumns.threshold, uiText.scoreColumns.gap].map((t) => h("th", { scope: "col" }, t)));
  const rows = score.rows.map((r) =>
    h("tr", { class: r.ok ? "ok" : "short" },
      h("th", { scope: "row" }, r.label),
      h("td", {}, number2(r.value)),
      h("td", {}, number2(r.threshold)),
      h("td", {}, signed(r.value - r.threshold)),
    ),
  );
  return h("div", { class: "score" },
    h("p", { class: `predicate ${score.predicate ? "ok" : "short"}` }, uiText.predicate(score.predicate)),
    h("p", { class: "total" }, `${uiText.scoreTotal}: ${number2(score.total)}`),
    h("table", {}, h("caption", {}, addinText.scoreCaption), h("thead", {}, head), h("tbody", {}, ...rows)),
  );
}

/** A link to a cell: selects it in the workbook. */
function goLink(sheet: string | undefined, cell: string | undefined, select: SelectCell): HTMLElement | null {
  if (!sheet || !cell) return null;
  const go = h("a", { href: "#", class: "go", title: uiText.goTo(sheet, cell) }, uiText.goTo(sheet, cell));
  go.addEventListener("click", (e) => {
    e.preventDefault();
    select(sheet, cell);
  });
  return go;
}

function itemLine(item: ListItem, select: SelectCell): HTMLElement {
  const go = goLink(item.sheet, item.cell, select);
  return h("li", { class: `item ${item.severity}` },
    h("span", { class: "badge" }, uiText.severity[item.severity]),
    " ",
    h("span", { class: "text" }, item.text),
    go ? " " : null,
    go,
  );
}

function summaryTable(review: FindingsReview): HTMLElement {
  const t = findingReviewText;
  const sev = uiText.severity;
  const counts = (c: { error: number; warning: number; info: number }) => [c.error, c.warning, c.info].map((n) => h("td", {}, String(n)));
  return h("table", { class: "summary" },
    h("caption", {}, t.summaryHeading),
    h("thead", {}, h("tr", {}, h("th", { scope: "col" }, t.summaryArea), h("th", { scope: "col" }, sev.error), h("th", { scope: "col" }, sev.warning), h("th", { scope: "col" }, sev.info))),
    h("tbody", {}, ...review.summary.areas.map((a) => h("tr", { "data-area": a.code ?? "" }, h("th", { scope: "row" }, a.label), ...counts(a.counts)))),
    h("tfoot", {}, h("tr", {}, h("th", { scope: "row" }, t.total), ...counts(review.summary.counts))),
  );
}

function entryLine(entry: ReviewEntry, select: SelectCell): HTMLElement {
  const go = goLink(entry.sheet, entry.cell, select);
  return h("li", { class: "entry" },
    entry.subject ? h("span", { class: "subject", title: entry.subjectFull }, entry.subject) : null,
    entry.subject && entry.message ? " " : null,
    entry.message ? h("span", { class: "text" }, entry.message) : null,
    go ? " " : null,
    go,
  );
}

/** One kind of finding: its line with the count, opening to the rencana aksi it concerns. A group of one starts open. */
function groupBlock(group: ReviewGroup, select: SelectCell): HTMLElement {
  return h("details", { class: `group ${group.severity}`, "data-code": group.code, open: group.count === 1 },
    h("summary", {}, h("span", { class: "badge" }, uiText.severity[group.severity]), " ", h("span", { class: "line" }, group.line)),
    group.message ? h("p", { class: "shared" }, group.message) : null,
    h("ul", {}, ...group.entries.map((e) => entryLine(e, select))),
  );
}

function reviewBlock(review: FindingsReview, select: SelectCell): HTMLElement {
  return h("div", { class: "review" },
    h("h3", {}, uiText.itemsHeading(review.summary.total)),
    summaryTable(review),
    ...review.groups.map((g) => groupBlock(g, select)),
  );
}

function itemsBlock(items: readonly ListItem[], select: SelectCell): HTMLElement {
  const groups = new Map<string, ListItem[]>();
  for (const item of items) {
    const list = groups.get(item.group) ?? [];
    list.push(item);
    groups.set(item.group, list);
  }
  return h("div", { class: "items" },
    h("h3", {}, uiText.itemsHeading(items.length)),
    ...[...groups].map(([group, list]) => h("section", { class: "group" }, h("h4", {}, group), h("ul", {}, ...list.map((i) => itemLine(i, select))))),
  );
}

function findings(outcome: PaneOutcome, select: SelectCell, lists: boolean): HTMLElement | null {
  if (outcome.review?.groups.length) {
    // Items without a code are notes about the workbook itself, not findings: listed above the review.
    const notes = outcome.items.filter((i) => !i.code);
    const block = reviewBlock(outcome.review, select);
    if (notes.length) block.prepend(h("ul", { class: "notes" }, ...notes.map((i) => itemLine(i, select))));
    return block;
  }
  if (!outcome.review && outcome.items.length) return itemsBlock(outcome.items, select);
  return lists && outcome.ok ? h("p", { class: "none" }, uiText.noItems) : null;
}

/** Replaces the container's content with the outcome. `lists`: the action lists findings (say so when there are none). */
export function renderOutcome(container: HTMLElement, outcome: PaneOutcome, select: SelectCell, lists = false): void {
  const parts = [
    h("p", { class: `message ${outcome.ok ? "ok" : "error"}`, role: outcome.ok ? "status" : "alert" }, outcome.message),
    outcome.inserted.length ? h("p", { class: "inserted" }, addinText.insertedAs(outcome.inserted)) : null,
    outcome.score ? scoreBlock(outcome.score) : null,
    findings(outcome, select, lists),
  ];
  container.replaceChildren(...parts.filter((p): p is HTMLElement => p !== null));
}

export function renderError(container: HTMLElement, message: string): void {
  container.replaceChildren(h("p", { class: "message error", role: "alert" }, message));
}

/** A warning above the current result (a link whose sheet is gone), keeping the list below it. */
export function renderNotice(container: HTMLElement, message: string): void {
  container.querySelector(":scope > .notice")?.remove();
  container.prepend(h("p", { class: "message error notice", role: "alert" }, message));
}

/** What "Periksa berkas kiriman…" came to. */
export interface ReviewOutcome {
  ok: boolean;
  message: string;
  /** Names the recap sheets got. */
  inserted: string[];
  lines: ReviewLine[];
}

/** "Membaca berkas 12 dari 40: dinkes.xlsx", with a bar. */
export function renderProgress(container: HTMLElement, i: number, n: number, name: string): void {
  container.replaceChildren(
    h("p", { class: "progress", role: "status", "aria-live": "polite" }, reviewText.progress(i, n, name)),
    h("progress", { max: String(n), value: String(i - 1) }),
  );
}

/** One line per picked file: its name, status, PD and counts or scores, or why it could not be read. */
function fileLine(line: ReviewLine): HTMLElement {
  return h("li", { class: `file ${line.tone}`, "data-kind": line.kind },
    h("span", { class: "name" }, line.file),
    " ",
    h("span", { class: "badge" }, line.status),
    line.agency ? h("span", { class: "agency" }, line.agency) : null,
    h("span", { class: "detail" }, line.detail),
  );
}

export function renderReview(container: HTMLElement, outcome: ReviewOutcome): void {
  const parts: HTMLElement[] = [
    h("p", { class: `message ${outcome.ok ? "ok" : "error"}`, role: outcome.ok ? "status" : "alert" }, outcome.message),
  ];
  if (outcome.inserted.length) parts.push(h("p", { class: "inserted" }, addinText.insertedAs(outcome.inserted)));
  parts.push(h("div", { class: "files" },
    h("h3", {}, reviewText.listHeading(outcome.lines.length)),
    h("ol", { class: "files" }, ...outcome.lines.map(fileLine)),
  ));
  container.replaceChildren(...parts);
}
