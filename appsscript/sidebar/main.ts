// The Zona Integritas sidebar: the Rencana, Validasi and Penilaian sections, each button one core
// host action run on the server through google.script.run. One action at a time: while one runs,
// every button is disabled, so a double click does nothing twice.

import type { ActionName } from "../../core/actions/index.js";
import { serialFromIso } from "../../core/dates/serial.js";
import { sheetsText } from "../../core/i18n/appsscript.js";
import { reviewText } from "../../core/i18n/review.js";
import { uiText } from "../../core/i18n/ui.js";
import { hasRecaps, reviewLines, reviewMessage, reviewSources, type ReviewLine } from "../../core/review/index.js";
import type { SidebarInit, SidebarOutcome } from "../server/actions.js";
import type { ReviewInsertOutcome } from "../server/review.js";
import { SECTIONS, type SectionKey } from "../sections.js";
import { el } from "./dom.js";
import { fileSource, nextFrame, onPicked, XLSX_ACCEPT } from "../../ui/files.js";
import { buildPlanForm, carryOption, readAsOf, readPlanForm } from "./form.js";
import { errorText, showOutcome, showReview, showStatus } from "./results.js";
import { sendReview } from "./review.js";
import { callServer, insideSheets } from "./server.js";

const PRIMARY: readonly ActionName[] = ["sisipkanLampiran", "validasi", "hitungNilai"];

interface State {
  busy: boolean;
  /** The server answered the start-up call: the buttons may run. */
  ready: boolean;
  /** The spreadsheet's time zone and today, from the start-up call. */
  init: SidebarInit | null;
  buttons: Map<ActionName, HTMLButtonElement>;
  /** "Periksa berkas kiriman…". */
  review: HTMLButtonElement;
  status: HTMLElement;
  results: HTMLElement;
  root: HTMLElement;
}

function setBusy(state: State, busy: boolean, current?: HTMLButtonElement): void {
  state.busy = busy;
  state.root.setAttribute("aria-busy", String(busy));
  for (const button of [...state.buttons.values(), state.review]) {
    button.disabled = busy || !state.ready;
    button.classList.toggle("is-busy", busy && button === current);
  }
}

function selectCell(state: State, sheet: string, cell: string): void {
  callServer<boolean>("ziSelectCell", sheet, cell).catch((e) => showStatus(state.status, "fail", errorText(e)));
}

async function runAction(state: State, name: ActionName): Promise<void> {
  if (state.busy || !state.ready) return;
  const button = state.buttons.get(name);
  setBusy(state, true, button);
  showStatus(state.status, "busy", uiText.busy);
  try {
    const out = await callServer<SidebarOutcome>("ziRunAction", name, readPlanForm(), readAsOf());
    showOutcome(state.status, state.results, out, (sheet, cell) => selectCell(state, sheet, cell));
  } catch (e) {
    showStatus(state.status, "fail", errorText(e));
  } finally {
    setBusy(state, false);
    state.status.scrollIntoView?.({ block: "nearest" });
  }
}

/**
 * "Periksa berkas kiriman…": the picked files are read and reviewed here in the browser, one at a
 * time with the page drawn in between; their lean results go to the server in pieces, and the
 * server inserts the recap sheets.
 */
async function reviewPicked(state: State, picked: File[]): Promise<void> {
  if (state.busy || !state.ready || !state.init) return;
  setBusy(state, true, state.review);
  let lines: ReviewLine[] = [];
  try {
    const { timeZone, today } = state.init;
    const day = readAsOf() ?? today;
    const asOf = serialFromIso(day) ?? serialFromIso(today)!;
    const files = await reviewSources(picked.map(fileSource), { asOf, timeZone }, {
      progress: (i, n, name) => showStatus(state.status, "busy", reviewText.progress(i, n, name)),
      pause: nextFrame,
    });
    lines = reviewLines(files);
    let out: ReviewInsertOutcome = { ok: true, message: reviewMessage(files), inserted: [] };
    if (hasRecaps(files)) out = await sendReview(files, day, (i, n) => showStatus(state.status, "busy", reviewText.sending(i, n)));
    showReview(state.status, state.results, out, lines);
  } catch (e) {
    // The files were read: their lines stay, with what went wrong on the way to the spreadsheet.
    showReview(state.status, state.results, { ok: false, message: errorText(e), inserted: [] }, lines);
  } finally {
    setBusy(state, false);
    state.status.scrollIntoView?.({ block: "nearest" });
  }
}

/** The button, and the file input it opens: several .xlsx at once. */
function reviewPicker(state: State): HTMLElement {
  const input = el("input", {
    attrs: { id: "kiriman", type: "file", multiple: "", accept: XLSX_ACCEPT, hidden: "", tabindex: "-1" },
  });
  onPicked(input, (files) => void reviewPicked(state, files));
  state.review.addEventListener("click", () => input.click());
  return el("div", { className: "kiriman" }, [
    el("div", { className: "buttons" }, [state.review]),
    el("span", { className: "note", text: reviewText.help }),
    input,
  ]);
}

function actionButtons(state: State, actions: readonly ActionName[]): HTMLElement {
  const box = el("div", { className: "buttons" });
  for (const name of actions) {
    const button = el("button", {
      text: uiText.buttons[name],
      className: PRIMARY.includes(name) ? "primary" : "",
      attrs: { type: "button", "data-action": name },
    });
    button.disabled = true;
    button.addEventListener("click", () => void runAction(state, name));
    state.buttons.set(name, button);
    box.appendChild(button);
  }
  return box;
}

function section(state: State, key: SectionKey, actions: readonly ActionName[], defaultYear: number): HTMLElement {
  const node = el("section", { attrs: { "data-section": key } }, [
    el("h2", { text: uiText.sections[key] }),
    el("p", { className: "help", text: uiText.sectionHelp[key] }),
  ]);
  if (key !== "rencana") {
    if (key === "penilaian") for (const part of carryOption()) node.appendChild(part);
    node.appendChild(actionButtons(state, actions));
    if (key === "validasi") node.appendChild(reviewPicker(state));
    return node;
  }
  // Rencana: the form, the two plan buttons, then the as-of day and the monitoring buttons.
  node.appendChild(buildPlanForm(defaultYear));
  node.appendChild(actionButtons(state, actions.slice(0, 2)));
  node.appendChild(el("label", { text: uiText.fields.asOf, attrs: { for: "f-asof" } }));
  node.appendChild(el("input", { attrs: { id: "f-asof", type: "date" } }));
  node.appendChild(el("span", { className: "note", text: sheetsText.asOfHelp }));
  node.appendChild(actionButtons(state, actions.slice(2)));
  return node;
}

async function start(root: HTMLElement): Promise<void> {
  const status = el("p", { attrs: { id: "status", role: "status", "aria-live": "polite" } });
  const results = el("div", { attrs: { id: "results" } });
  const review = el("button", { text: reviewText.button, attrs: { type: "button", "data-review": "kiriman" } });
  review.disabled = true;
  const state: State = { busy: false, ready: false, init: null, buttons: new Map(), review, status, results, root };
  root.appendChild(el("header", {}, [el("h1", { text: uiText.appTitle }), el("p", { className: "subtitle", text: uiText.appSubtitle })]));
  if (!insideSheets()) {
    root.appendChild(el("p", { attrs: { id: "status", role: "status" }, className: "fail", text: uiText.outsideSheets }));
    root.setAttribute("aria-busy", "false");
    return;
  }
  root.appendChild(status);
  showStatus(status, "busy", sheetsText.loading);
  const sections = SECTIONS.map((s) => section(state, s.key, s.actions, new Date().getFullYear()));
  for (const s of sections) root.appendChild(s);
  root.appendChild(results);
  try {
    const init = await callServer<SidebarInit>("ziSidebarInit");
    state.init = init;
    state.ready = true;
    const year = document.getElementById("f-year") as HTMLInputElement | null;
    if (year && init.year) year.value = String(init.year);
    showStatus(status, "info", "");
  } catch (e) {
    showStatus(status, "fail", errorText(e));
  }
  setBusy(state, false);
}

const app = document.getElementById("app");
if (app) void start(app);
