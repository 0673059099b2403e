// What a finding is about, in words: its catalog id with the Lampiran's text of that rencana
// aksi (or indicator, or area), so a reviewer reading "Target waktu belum diisi" sixty-eight
// times sees which action each one is. One lookup and one way of shortening, used by every
// output: the pane and sidebar lists, the CLI table, Hasil Validasi and the recap.

import { findAction, findArea, findIndicator, LAMPIRAN_I, type Catalog } from "../catalog/index.js";
import type { Finding } from "./codes.js";

export interface FindingSubject {
  kind: "action" | "indicator" | "area";
  /** The catalog id, e.g. "PW.4.2", "PW.4", "PW". */
  id: string;
  /** The Lampiran's text of it, whole (an area by its short label); "" for an id the catalog does not hold. */
  text: string;
}

/** The subject of a finding from its ref; null for a finding about the plan as a whole. */
export function findingSubject(finding: Pick<Finding, "ref">, catalog: Catalog = LAMPIRAN_I): FindingSubject | null {
  const id = finding.ref;
  if (!id) return null;
  const depth = id.split(".").length;
  if (depth >= 3) return { kind: "action", id, text: findAction(catalog, id)?.action.text ?? "" };
  if (depth === 2) return { kind: "indicator", id, text: findIndicator(catalog, id)?.text ?? "" };
  return { kind: "area", id, text: findArea(catalog, id)?.label ?? "" };
}

/** Text cut to at most `max` characters at a word boundary, "…" marking the cut. */
export function shortText(text: string, max: number): string {
  const t = text.replace(/\s+/g, " ").trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, Math.max(1, max - 1));
  const space = cut.lastIndexOf(" ");
  // Cut at the last word boundary unless that throws away more than a third of the room.
  return `${(space > max * 0.66 ? cut.slice(0, space) : cut).replace(/[\s,;:.-]+$/, "")}…`;
}

/**
 * "PW.4.2 Pelaksanaan pengendalian gratifikasi", shortened to `max` characters when given (the id
 * always whole); "" without a subject.
 */
export function subjectLabel(subject: FindingSubject | null, max?: number): string {
  if (!subject) return "";
  const full = subject.text ? `${subject.id} ${subject.text}` : subject.id;
  if (max === undefined || full.length <= max) return full;
  return `${subject.id} ${shortText(subject.text, Math.max(8, max - subject.id.length - 1))}`;
}
