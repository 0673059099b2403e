// What the sidebar sends, checked. google.script.run lets any caller pass anything to a public
// function, so the server takes only the fields and types it expects.

import { serialFromIso, type ActionName, type PlanForm } from "../../core/index.js";
import { uiText } from "../../core/i18n/ui.js";

export const ACTION_NAMES = Object.keys(uiText.buttons) as ActionName[];

export function isActionName(v: unknown): v is ActionName {
  return typeof v === "string" && (ACTION_NAMES as string[]).includes(v);
}

const MAX_TEXT = 500;
const TEAM_SIZE = 5;

function text(v: unknown): string {
  return typeof v === "string" ? v.slice(0, MAX_TEXT) : typeof v === "number" && Number.isFinite(v) ? String(v) : "";
}

function year(v: unknown): number | null {
  const n = typeof v === "number" ? v : typeof v === "string" && v.trim() ? Number(v.trim()) : NaN;
  return Number.isInteger(n) && n >= 1900 && n <= 9999 ? n : null;
}

export function emptyForm(): PlanForm {
  return { agency: "", year: null, predicate: null, team: [] };
}

export function planFormFrom(raw: unknown): PlanForm {
  if (!raw || typeof raw !== "object") return emptyForm();
  const o = raw as Record<string, unknown>;
  const team = Array.isArray(o.team) ? o.team.slice(0, TEAM_SIZE) : [];
  return {
    agency: text(o.agency),
    year: year(o.year),
    predicate: o.predicate === "WBK" || o.predicate === "WBBM" ? o.predicate : null,
    team: team.map((m) => {
      const member = m && typeof m === "object" ? (m as Record<string, unknown>) : {};
      return { name: text(member.name), nip: text(member.nip), position: text(member.position) };
    }),
    // Only an explicit false declines: a sidebar of an older version sends nothing and still carries.
    carryOfficial: o.carryOfficial !== false,
  };
}

/** The as-of date: undefined for today, the ISO day when valid, null when given but not a day. */
export function asOfFrom(raw: unknown): string | undefined | null {
  if (raw === undefined || raw === null || raw === "") return undefined;
  return typeof raw === "string" && serialFromIso(raw) !== null ? raw.trim() : null;
}
