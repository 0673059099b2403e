// The outcome of an action: its message, the sheets it added, its findings grouped with a link
// to each cell, and the score. Every text from the workbook goes in through textContent.

import type { ListItem } from "../../core/actions/index.js";
import { sheetsText } from "../../core/i18n/appsscript.js";
import { uiText } from "../../core/i18n/ui.js";
import type { PlainScore, SidebarOutcome } from "../server/actions.js";
import { clear, el, formatNumber } from "./dom.js";

export type StatusKind = "ok" | "fail" | "busy" | "info";

export function showStatus(status: HTMLElement, kind: StatusKind, text: string): void {
  status.className = kind;
  status.textContent = text;
}

function itemNode(item: ListItem, onSelect: (sheet: string, cell: string) => void): HTMLLIElement {
  const li = el("li", { className: `sev-${item.severity}` }, [
    el("span", { className: "badge", text: uiText.severity[item.severity] ?? item.severity }),
    item.code ? el("span", { className: "code", text: item.code }) : null,
    el("span", { className: "text", text: item.text }),
  ]);
  if (item.sheet && item.cell) {
    const { sheet, cell } = item;
    const link = el("button", { className: "link", text: uiText.goTo(sheet, cell), attrs: { type: "button" } });
    link.addEventListener("click", () => onSelect(sheet, cell));
    li.appendChild(link);
  }
  return li;
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
  if (out.items.length) results.appendChild(itemsNode(out.items, onSelect));
}

/** A failure handler's error as one readable sentence. */
export function errorText(error: unknown): string {
  const message = error && typeof error === "object" && typeof (error as { message?: unknown }).message === "string"
    ? (error as { message: string }).message.replace(/^(?:Error|Exception):\s*/, "")
    : "";
  return message || uiText.unexpected(String(error));
}
