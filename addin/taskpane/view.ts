// The task pane's page: one section per role (Rencana, Validasi, Penilaian), the Rencana form,
// a button per core host action, and a result area per section. Labels come from core/i18n.

import type { ActionName, PlanForm } from "../../core/actions/index.js";
import type { Predicate } from "../../core/plan/model.js";
import { addinText } from "../../core/i18n/addin.js";
import { reviewText } from "../../core/i18n/review.js";
import { uiText } from "../../core/i18n/ui.js";
import type { ActionInput, PaneOutcome } from "../excel/actions.js";
import type { Unsupported } from "../excel/requirements.js";
import { h } from "../../ui/dom.js";
import { onPicked, XLSX_ACCEPT } from "../../ui/files.js";
import { renderError, renderNotice, renderOutcome, renderProgress, renderReview, type ReviewOutcome, type SelectCell } from "./result.js";

type SectionKey = keyof typeof uiText.sections;

export const SECTIONS: readonly { key: SectionKey; actions: readonly ActionName[] }[] = [
  { key: "rencana", actions: ["sisipkanLampiran", "perbaruiLampiran", "periksa", "laporanBerkala"] },
  { key: "validasi", actions: ["validasi"] },
  { key: "penilaian", actions: ["sisipkanLke", "hitungNilai"] },
];
/** What may keep the pane busy: a button's action, or "Periksa berkas kiriman…" (the Validasi section's). */
export type PaneTask = ActionName | "kiriman";

/** Actions whose point is a list of findings: an empty list is worth saying. */
const LISTING: readonly ActionName[] = ["periksa", "validasi"];
const TEAM_SIZE = 5;

export interface PaneHooks {
  run(name: ActionName): void;
  select(from: ActionName, sheet: string, cell: string): void;
  /** Files picked with "Periksa berkas kiriman…". */
  review(files: File[]): void;
}

function field(id: string, label: string, control: HTMLElement, note?: string): HTMLElement {
  return h("div", { class: "field" }, h("label", { for: id }, label), control, note ? h("small", {}, note) : null);
}

function teamFields(): HTMLElement {
  const f = uiText.fields;
  const members = Array.from({ length: TEAM_SIZE }, (_, i) =>
    h("fieldset", { class: "member" },
      h("legend", {}, i === 0 ? f.ketua : f.anggota(i)),
      field(`zi-team-${i}-name`, f.name, h("input", { id: `zi-team-${i}-name`, type: "text", maxlength: "120" })),
      field(`zi-team-${i}-nip`, f.nip, h("input", { id: `zi-team-${i}-nip`, type: "text", inputmode: "numeric", maxlength: "30" })),
      field(`zi-team-${i}-position`, f.position, h("input", { id: `zi-team-${i}-position`, type: "text", maxlength: "120" })),
    ),
  );
  return h("details", { class: "team" }, h("summary", {}, addinText.teamOptional), ...members);
}

function planForm(): HTMLElement {
  const f = uiText.fields;
  const predicate = h("select", { id: "zi-predicate" },
    h("option", { value: "" }, f.predicateAny), h("option", { value: "WBK" }, "WBK"), h("option", { value: "WBBM" }, "WBBM"));
  return h("div", { class: "form" },
    field("zi-agency", f.agency, h("input", { id: "zi-agency", type: "text", placeholder: f.agencyPlaceholder, maxlength: "200", autocomplete: "organization" })),
    h("div", { class: "row" },
      field("zi-year", f.year, h("input", { id: "zi-year", type: "number", min: "2000", max: "2100", step: "1", value: String(new Date().getFullYear()) })),
      field("zi-predicate", f.predicate, predicate),
    ),
    teamFields(),
    field("zi-asof", f.asOf, h("input", { id: "zi-asof", type: "date" }), addinText.asOfHelp),
  );
}

/** The Penilaian section's offer to carry an official LKE's answers (on unless unticked). */
function carryOption(): HTMLElement {
  const f = uiText.fields;
  return h("div", { class: "field check" },
    h("label", { for: "zi-carry" }, h("input", { id: "zi-carry", type: "checkbox", checked: true }), ` ${f.carryOfficial}`),
    h("small", {}, f.carryOfficialHelp));
}

function value(id: string): string {
  const el = document.getElementById(id) as HTMLInputElement | HTMLSelectElement | null;
  return el ? el.value.trim() : "";
}

export function readInput(): ActionInput {
  const yearText = value("zi-year");
  const predicate = value("zi-predicate");
  const form: PlanForm = {
    agency: value("zi-agency"),
    year: /^\d{4}$/.test(yearText) ? Number(yearText) : null,
    predicate: predicate === "WBK" || predicate === "WBBM" ? (predicate as Predicate) : null,
    team: Array.from({ length: TEAM_SIZE }, (_, i) => ({
      name: value(`zi-team-${i}-name`),
      nip: value(`zi-team-${i}-nip`),
      position: value(`zi-team-${i}-position`),
    })),
    carryOfficial: (document.getElementById("zi-carry") as HTMLInputElement | null)?.checked ?? true,
  };
  return { form, asOf: value("zi-asof") || undefined };
}

export class PaneView {
  private readonly buttons = new Map<ActionName, HTMLButtonElement>();
  private readonly results = new Map<SectionKey, HTMLElement>();
  private readonly statusLine: HTMLElement;
  private readonly reviewButton: HTMLButtonElement;
  private ready = false;
  /** Buttons this Excel cannot run (its ExcelApi is too old): they stay off. */
  private unavailable = new Set<ActionName>();
  private reviewAllowed = true;

  constructor(root: HTMLElement, private readonly hooks: PaneHooks) {
    document.title = uiText.appTitle;
    this.statusLine = h("p", { id: "zi-status", class: "status", role: "status" }, addinText.loading);
    this.reviewButton = h("button", { type: "button", "data-review": "kiriman", disabled: true }, reviewText.button);
    const sections = SECTIONS.map(({ key, actions }) => {
      const buttons = actions.map((name) => {
        const b = h("button", { type: "button", "data-action": name, disabled: true }, uiText.buttons[name]);
        b.addEventListener("click", () => this.hooks.run(name));
        this.buttons.set(name, b);
        return b;
      });
      const result = h("div", { class: "result", "data-result": key, "aria-live": "polite" });
      this.results.set(key, result);
      return h("section", { class: "section", "data-section": key },
        h("h2", {}, uiText.sections[key]),
        h("p", { class: "help" }, uiText.sectionHelp[key]),
        key === "rencana" ? planForm() : null,
        key === "penilaian" ? carryOption() : null,
        h("div", { class: "buttons" }, ...buttons),
        key === "validasi" ? this.reviewPicker() : null,
        result,
      );
    });
    root.replaceChildren(
      h("header", {}, h("h1", {}, uiText.appTitle), h("p", { class: "subtitle" }, uiText.appSubtitle)),
      this.statusLine,
      ...sections,
    );
  }

  /** "Periksa berkas kiriman…": a button opening the system's file picker (several .xlsx at once), and what it is for. */
  private reviewPicker(): HTMLElement {
    const input = h("input", { id: "zi-kiriman", type: "file", multiple: true, accept: XLSX_ACCEPT, hidden: true, tabindex: "-1" });
    onPicked(input, (files) => this.hooks.review(files));
    this.reviewButton.addEventListener("click", () => input.click());
    return h("div", { class: "kiriman" },
      h("div", { class: "buttons" }, this.reviewButton),
      h("p", { class: "help" }, reviewText.help),
      input,
    );
  }

  private sectionOf(name: ActionName): SectionKey {
    return SECTIONS.find((s) => s.actions.includes(name))!.key;
  }

  private refreshButtons(busy: PaneTask | null): void {
    const set = (b: HTMLButtonElement, on: boolean, label: string, unavailable: boolean) => {
      b.disabled = !this.ready || busy !== null || unavailable;
      b.textContent = on ? uiText.busy : label;
      if (on) b.setAttribute("aria-busy", "true");
      else b.removeAttribute("aria-busy");
    };
    for (const [name, b] of this.buttons) set(b, name === busy, uiText.buttons[name], this.unavailable.has(name));
    set(this.reviewButton, busy === "kiriman", reviewText.button, !this.reviewAllowed);
  }

  /**
   * Excel is there: the buttons come alive, except those this Excel cannot run, which the status
   * line names. `reviewAllowed`: this Excel can insert the recaps of "Periksa berkas kiriman…".
   */
  connected(unsupported: Unsupported | null = null, reviewAllowed = true): void {
    this.ready = true;
    this.unavailable = new Set(unsupported?.actions ?? []);
    this.reviewAllowed = reviewAllowed;
    if (unsupported) {
      this.statusLine.hidden = false;
      this.statusLine.className = "status warning";
      const names = [...unsupported.actions.map((a) => uiText.buttons[a]), ...(reviewAllowed ? [] : [reviewText.button])];
      this.statusLine.textContent = addinText.unsupported(unsupported.version, names);
    } else this.statusLine.hidden = true;
    this.refreshButtons(null);
  }

  /** Not inside Excel: say so, keep every button off. */
  outsideExcel(): void {
    this.ready = false;
    this.statusLine.hidden = false;
    this.statusLine.className = "status warning";
    this.statusLine.textContent = uiText.outsideExcel;
    this.refreshButtons(null);
  }

  busy(task: PaneTask | null): void {
    this.refreshButtons(task);
  }

  /** Which picked file is being read: "Membaca berkas 12 dari 40: …". */
  reviewProgress(i: number, n: number, name: string): void {
    renderProgress(this.results.get("validasi")!, i, n, name);
  }

  /** What the picked files came to: the summary, the recap sheets inserted, a line per file. */
  showReview(outcome: ReviewOutcome): void {
    renderReview(this.results.get("validasi")!, outcome);
  }

  reviewError(message: string): void {
    renderError(this.results.get("validasi")!, message);
  }

  show(name: ActionName, outcome: PaneOutcome): void {
    const select: SelectCell = (sheet, cell) => this.hooks.select(name, sheet, cell);
    renderOutcome(this.results.get(this.sectionOf(name))!, outcome, select, LISTING.includes(name));
  }

  error(name: ActionName, message: string): void {
    renderError(this.results.get(this.sectionOf(name))!, message);
  }

  /** A problem with one finding's link: said above the findings, which stay. */
  notice(name: ActionName, message: string): void {
    renderNotice(this.results.get(this.sectionOf(name))!, message);
  }
}
