// The Rencana form: Perangkat Daerah, Tahun, Predikat and the five members of the Tim
// Pembangunan ZI (Pasal 5: one ketua, four anggota), read into the PlanForm the server expects.

import type { PlanForm } from "../../core/actions/index.js";
import { uiText } from "../../core/i18n/ui.js";
import { el } from "./dom.js";

const TEAM_SLOTS = 5;
const MEMBER_FIELDS = ["name", "nip", "position"] as const;

function field(id: string, label: string, input: HTMLInputElement | HTMLSelectElement): DocumentFragment {
  input.id = id;
  const frag = document.createDocumentFragment();
  frag.appendChild(el("label", { text: label, attrs: { for: id } }));
  frag.appendChild(input);
  return frag;
}

export function buildPlanForm(defaultYear: number): HTMLFormElement {
  const form = el("form", { attrs: { id: "rencana-form", autocomplete: "off" } });
  form.addEventListener("submit", (e) => e.preventDefault());
  const f = uiText.fields;
  form.appendChild(field("f-agency", f.agency, el("input", { attrs: { type: "text", maxlength: "200", placeholder: f.agencyPlaceholder } })));
  form.appendChild(field("f-year", f.year, el("input", { attrs: { type: "number", min: "2000", max: "2100", step: "1", value: String(defaultYear) } })));
  const predicate = el("select", {}, [
    el("option", { text: f.predicateAny, attrs: { value: "" } }),
    el("option", { text: "WBK", attrs: { value: "WBK" } }),
    el("option", { text: "WBBM", attrs: { value: "WBBM" } }),
  ]);
  form.appendChild(field("f-predicate", f.predicate, predicate));
  const team = el("details", { attrs: { id: "f-team" } }, [el("summary", { text: f.team })]);
  for (let i = 0; i < TEAM_SLOTS; i++) {
    const set = el("fieldset", {}, [el("legend", { text: i === 0 ? f.ketua : f.anggota(i) })]);
    const labels = { name: f.name, nip: f.nip, position: f.position };
    for (const key of MEMBER_FIELDS) {
      set.appendChild(field(`f-team-${i}-${key}`, labels[key], el("input", { attrs: { type: "text", maxlength: "200" } })));
    }
    team.appendChild(set);
  }
  form.appendChild(team);
  return form;
}

/** The Penilaian section's offer to carry an official LKE's answers (ticked unless the user unticks it). */
export function carryOption(): HTMLElement[] {
  const f = uiText.fields;
  const box = el("input", { attrs: { id: "f-carry", type: "checkbox", checked: "" } });
  return [el("label", { className: "check", attrs: { for: "f-carry" } }, [box, document.createTextNode(f.carryOfficial)]), el("span", { className: "note", text: f.carryOfficialHelp })];
}

function value(id: string): string {
  const node = document.getElementById(id) as HTMLInputElement | HTMLSelectElement | null;
  return node ? node.value : "";
}

/** The form as sent: trimmed text, the year as a number (null when not one), team up to its last filled slot. */
export function readPlanForm(): PlanForm {
  const yearText = value("f-year").trim();
  const year = /^\d{4}$/.test(yearText) ? Number(yearText) : null;
  const predicate = value("f-predicate");
  const team = Array.from({ length: TEAM_SLOTS }, (_, i) => ({
    name: value(`f-team-${i}-name`).trim(),
    nip: value(`f-team-${i}-nip`).trim(),
    position: value(`f-team-${i}-position`).trim(),
  }));
  while (team.length && !team[team.length - 1].name && !team[team.length - 1].nip && !team[team.length - 1].position) team.pop();
  return {
    agency: value("f-agency").trim(),
    year,
    predicate: predicate === "WBK" || predicate === "WBBM" ? predicate : null,
    team,
    carryOfficial: (document.getElementById("f-carry") as HTMLInputElement | null)?.checked ?? true,
  };
}

/** The as-of day as YYYY-MM-DD, or null for today. */
export function readAsOf(): string | null {
  const v = value("f-asof").trim();
  return /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : null;
}
