// The "Zona Integritas" menu and the sidebar. Menu items run the actions directly and report in
// an alert; an action that needs the Rencana form opens the sidebar where the form is.

import { sheetsText, uiText, type ActionName } from "../../core/index.js";
import { FORM_ACTIONS, menuFunctionName, SECTIONS } from "../sections.js";
import { errorMessage } from "./errors.js";
import { emptyForm } from "./form.js";
import { runAction, type ServerOptions, type SidebarOutcome } from "./actions.js";

/** Name of the HTML file of the pushed project (Sidebar.html). */
export const SIDEBAR_FILE = "Sidebar";
/** Items listed in an alert; the sidebar shows them all. */
const ALERT_ITEMS = 10;

export function buildMenu(): void {
  const ui = SpreadsheetApp.getUi();
  const menu = ui.createMenu(uiText.menu.title).addItem(uiText.menu.open, "ziOpenSidebar");
  for (const section of SECTIONS) {
    menu.addSeparator();
    for (const action of section.actions) {
      const label = uiText.buttons[action];
      menu.addItem(label, menuFunctionName(action));
    }
  }
  menu.addToUi();
}

export function openSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile(SIDEBAR_FILE).setTitle(sheetsText.sidebarTitle);
  SpreadsheetApp.getUi().showSidebar(html);
}

/** 75.456 -> "75,46": two decimals at most, Indonesian comma (no Intl locale data needed). */
function decimal(n: number): string {
  return String(Math.round(n * 100) / 100).replace(".", ",");
}

/**
 * The outcome as the text of an alert: message, new sheets, the first findings (by kind with
 * their count when the action grouped them, else each naming its rencana aksi), the score.
 */
export function summaryText(out: SidebarOutcome): string {
  const lines = [out.message];
  if (out.inserted.length) lines.push(sheetsText.insertedSheets(out.inserted));
  const notes = out.review ? out.items.filter((i) => !i.code) : out.items;
  // Each row with the number of findings it stands for, so "… dan N temuan lainnya" counts findings.
  const rows = [
    ...notes.map((item) => {
      const where = item.sheet && item.cell ? ` — ${item.sheet}!${item.cell}` : "";
      const subject = item.subject ? `${item.subject}: ` : "";
      return { text: `• [${uiText.severity[item.severity]}] ${subject}${item.text}${where}`, count: 1 };
    }),
    ...(out.review?.groups ?? []).map((g) => ({ text: `• [${uiText.severity[g.severity]}] ${g.line}`, count: g.count })),
  ];
  lines.push(...rows.slice(0, ALERT_ITEMS).map((r) => r.text));
  const rest = rows.slice(ALERT_ITEMS).reduce((n, r) => n + r.count, 0);
  if (rest) lines.push(sheetsText.moreItems(rest));
  if (out.score) {
    lines.push(uiText.predicate(out.score.predicate));
    if (out.score.total !== null) lines.push(`${uiText.scoreTotal}: ${decimal(out.score.total)}`);
  }
  return lines.join("\n");
}

export function runFromMenu(action: ActionName, options: ServerOptions = {}): void {
  const ui = SpreadsheetApp.getUi();
  const title = uiText.buttons[action];
  if (FORM_ACTIONS.includes(action)) {
    openSidebar();
    return;
  }
  let text: string;
  try {
    text = summaryText(runAction(action, emptyForm(), undefined, options));
  } catch (e) {
    text = uiText.unexpected(errorMessage(e));
  }
  ui.alert(title, text, ui.ButtonSet.OK);
}
