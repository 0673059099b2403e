// Shows what an action did: its message, the sheets it inserted, the score with how far each
// component is from its threshold, and the findings grouped, each a link to its cell.

import type { ListItem, ScoreView } from "../../core/actions/index.js";
import { addinText } from "../../core/i18n/addin.js";
import { uiText } from "../../core/i18n/ui.js";
import type { PaneOutcome } from "../excel/actions.js";
import { h } from "./dom.js";

export type SelectCell = (sheet: string, cell: string) => void;

function number(n: number): string {
  return n.toLocaleString("id-ID", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

function signed(n: number): string {
  return n > 0 ? `+${number(n)}` : number(n);
}

function scoreBlock(score: ScoreView): HTMLElement {
  const head = h("tr", {}, ...[uiText.scoreColumns.label, uiText.scoreColumns.value, uiText.scoreColumns.threshold, uiText.scoreColumns.gap].map((t) => h("th", { scope: "col" }, t)));
  const rows = score.rows.map((r) =>
    h("tr", { class: r.ok ? "ok" : "short" },
      h("th", { scope: "row" }, r.label),
      h("td", {}, number(r.value)),
      h("td", {}, number(r.threshold)),
      h("td", {}, signed(r.value - r.threshold)),
    ),
  );
  return h("div", { class: "score" },
    h("p", { class: `predicate ${score.predicate ? "ok" : "short"}` }, uiText.predicate(score.predicate)),
    h("p", { class: "total" }, `${uiText.scoreTotal}: ${number(score.total)}`),
    h("table", {}, h("caption", {}, addinText.scoreCaption), h("thead", {}, head), h("tbody", {}, ...rows)),
  );
}

function itemLine(item: ListItem, select: SelectCell): HTMLElement {
  const go = item.sheet && item.cell ? h("a", { href: "#", class: "go", title: uiText.goTo(item.sheet, item.cell) }, uiText.goTo(item.sheet, item.cell)) : null;
  if (go) {
    const { sheet, cell } = item as Required<Pick<ListItem, "sheet" | "cell">>;
    go.addEventListener("click", (e) => {
      e.preventDefault();
      select(sheet, cell);
    });
  }
  return h("li", { class: `item ${item.severity}` },
    h("span", { class: "badge" }, uiText.severity[item.severity]),
    " ",
    h("span", { class: "text" }, item.text),
    go ? " " : null,
    go,
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

/** Replaces the container's content with the outcome. `lists`: the action lists findings (say so when there are none). */
export function renderOutcome(container: HTMLElement, outcome: PaneOutcome, select: SelectCell, lists = false): void {
  const parts = [
    h("p", { class: `message ${outcome.ok ? "ok" : "error"}`, role: outcome.ok ? "status" : "alert" }, outcome.message),
    outcome.inserted.length ? h("p", { class: "inserted" }, addinText.insertedAs(outcome.inserted)) : null,
    outcome.score ? scoreBlock(outcome.score) : null,
    outcome.items.length ? itemsBlock(outcome.items, select) : lists && outcome.ok ? h("p", { class: "none" }, uiText.noItems) : null,
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
