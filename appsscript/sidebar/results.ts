// The outcome of an action: its message, the sheets it added, its findings (a summary, then one
// line per kind of finding that opens to the rencana aksi it concerns, each with a link to its
// cell; the core groups them), and the score. Every text from the workbook goes in through textContent.

import type { ListItem } from "../../core/actions/index.js";
import { sheetsText } from "../../core/i18n/appsscript.js";
import { findingReviewText } from "../../core/i18n/findings.js";
import { reviewText } from "../../core/i18n/review.js";
import type { ReviewLine } from "../../core/review/index.js";
import { uiText } from "../../core/i18n/ui.js";
import type { FindingsReview, ReviewEntry, ReviewGroup, SeverityCounts } from "../../core/validate/review.js";
import type { PlainScore, SidebarOutcome } from "../server/actions.js";
import type { ReviewInsertOutcome } from "../server/review.js";
import { clear, el, formatNumber } from "./dom.js";

export type StatusKind = "ok" | "fail" | "busy" | "info";

export function showStatus(status: HTMLElement, kind: StatusKind, text: string): void {
  status.className = kind;
  status.textContent = text;
}

type OnSelect = (sheet: string, cell: string) => void;

function cellLink(sheet: string | undefined, cell: string | undefined, onSelect: OnSelect): HTMLButtonElement | null {
  if (!sheet || !cell) return null;
  const link = el("button", { className: "link", text: uiText.goTo(sheet, cell), attrs: { type: "button" } });
  link.addEventListener("click", () => onSelect(sheet, cell));
  return link;
}

function itemNode(item: ListItem, onSelect: (sheet: string, cell: string) => void): HTMLLIElement {
  const li = el("li", { className: `sev-${item.severity}` }, [
    el("span", { className: "badge", text: uiText.severity[item.severity] ?? item.severity }),
    item.code ? el("span", { className: "code", text: item.code }) : null,
    el("span", { className: "text", text: item.text }),
  ]);
  const link = cellLink(item.sheet, item.cell, onSelect);
  if (link) li.appendChild(link);
  return li;
}

function summaryNode(review: FindingsReview): HTMLElement {
  const t = findingReviewText;
  const sev = uiText.severity;
  const counts = (c: SeverityCounts) => [c.error, c.warning, c.info].map((n) => el("td", { text: String(n) }));
  return el("table", { className: "summary" }, [
    el("caption", { text: t.summaryHeading }),
    el("thead", {}, [el("tr", {}, [t.summaryArea, sev.error, sev.warning, sev.info].map((x) => el("th", { text: x })))]),
    el("tbody", {}, review.summary.areas.map((a) => el("tr", { attrs: { "data-area": a.code ?? "" } }, [el("td", { text: a.label }), ...counts(a.counts)]))),
    el("tfoot", {}, [el("tr", {}, [el("td", { text: t.total }), ...counts(review.summary.counts)])]),
  ]);
}

function entryNode(entry: ReviewEntry, onSelect: OnSelect): HTMLLIElement {
  return el("li", { className: "entry" }, [
    entry.subject ? el("span", { className: "subject", text: entry.subject, attrs: { title: entry.subjectFull } }) : null,
    entry.message ? el("span", { className: "text", text: entry.message }) : null,
    cellLink(entry.sheet, entry.cell, onSelect),
  ]);
}

/** One kind of finding: its line with the count, opening to the rencana aksi it concerns. A group of one starts open. */
function groupNode(group: ReviewGroup, onSelect: OnSelect): HTMLElement {
  const details = el("details", { className: `group sev-${group.severity}`, attrs: { "data-code": group.code } }, [
    el("summary", {}, [el("span", { className: "badge", text: uiText.severity[group.severity] ?? group.severity }), el("span", { className: "line", text: group.line })]),
    group.message ? el("p", { className: "shared", text: group.message }) : null,
    el("ul", { className: "items" }, group.entries.map((e) => entryNode(e, onSelect))),
  ]);
  details.open = group.count === 1;
  return details;
}

function reviewNode(review: FindingsReview, notes: ListItem[], onSelect: OnSelect): HTMLElement {
  return el("div", { className: "review" }, [
    el("h3", { text: uiText.itemsHeading(review.summary.total) }),
    // Items without a code are notes about the workbook itself (a sheet too large to read), not findings.
    notes.length ? el("ul", { className: "items notes" }, notes.map((n) => itemNode(n, onSelect))) : null,
    summaryNode(review),
    ...review.groups.map((g) => groupNode(g, onSelect)),
  ]);
}

function itemsNode(items: ListItem[], onSelect: (sheet: string, cell: string) => void): HTMLElement {
  const box = el("div", { className: "items" }, [el("h3", { text: uiText.itemsHeading(items.length) })]);
  const groups = new Map<string, HTMLUListElement>();
  for (const item of items) {
    let list = groups.get(item.group);
    if (!list) {
      list = el("ul", { className: "items" });
      groups.set(item.group, list);
      if (item.group) box.appendChild(el("h3", { className: "group", text: item.group }));
      box.appendChild(list);
    }
    list.appendChild(itemNode(item, onSelect));
  }
  return box;
}

function scoreNode(score: PlainScore): HTMLElement {
  const c = uiText.scoreColumns;
  const rows = score.rows.map((r) => {
    const gap = r.value !== null && r.threshold !== null ? r.value - r.threshold : null;
    return el("tr", { className: r.ok ? "ok" : "missing" }, [
      el("td", { text: r.label }),
      el("td", { text: formatNumber(r.value) }),
      el("td", { text: formatNumber(r.threshold) }),
      el("td", { text: formatNumber(gap) }),
    ]);
  });
  return el("div", { className: "score" }, [
    el("p", { className: "predicate", text: uiText.predicate(score.predicate) }),
    el("p", { text: `${uiText.scoreTotal}: ${formatNumber(score.total)}` }),
    el("table", { className: "score" }, [
      el("thead", {}, [el("tr", {}, [c.label, c.value, c.threshold, c.gap].map((t) => el("th", { text: t })))]),
      el("tbody", {}, rows),
    ]),
  ]);
}

export function showOutcome(
  status: HTMLElement, results: HTMLElement, out: SidebarOutcome, onSelect: (sheet: string, cell: string) => void,
): void {
  const lines = [out.message];
  if (out.inserted.length) lines.push(sheetsText.insertedSheets(out.inserted));
  showStatus(status, out.ok ? "ok" : "fail", lines.filter(Boolean).join("\n") || uiText.done);
  clear(results);
  if (out.score) results.appendChild(scoreNode(out.score));
  if (out.review?.groups.length) results.appendChild(reviewNode(out.review, out.items.filter((i) => !i.code), onSelect));
  else if (out.items.length) results.appendChild(itemsNode(out.items, onSelect));
}

/** A failure handler's error as one readable sentence. */
export function errorText(error: unknown): string {
  const message = error && typeof error === "object" && typeof (error as { message?: unknown }).message === "string"
    ? (error as { message: string }).message.replace(/^(?:Error|Exception):\s*/, "")
    : "";
  return message || uiText.unexpected(String(error));
}

/** One line per picked file: its name, status, PD and counts or scores, or why it could not be read. */
function fileNode(line: ReviewLine): HTMLLIElement {
  return el("li", { className: `file tone-${line.tone}`, attrs: { "data-kind": line.kind } }, [
    el("span", { className: "name", text: line.file }),
    el("span", { className: "badge", text: line.status }),
    line.agency ? el("span", { className: "agency", text: line.agency }) : null,
    el("span", { className: "detail", text: line.detail }),
  ]);
}

/** What "Periksa berkas kiriman…" came to: the message and the new sheets above, a line per file below. */
export function showReview(status: HTMLElement, results: HTMLElement, out: ReviewInsertOutcome, lines: readonly ReviewLine[]): void {
  const text = [out.message, out.inserted.length ? sheetsText.insertedSheets(out.inserted) : ""];
  showStatus(status, out.ok ? "ok" : "fail", text.filter(Boolean).join("\n"));
  clear(results);
  results.appendChild(el("div", { className: "files" }, [
    el("h3", { text: reviewText.listHeading(lines.length) }),
    el("ol", { className: "files" }, lines.map(fileNode)),
  ]));
}
