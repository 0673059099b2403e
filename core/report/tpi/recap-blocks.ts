// The blocks under the TPI recap's table: the files that could not be assessed, with their
// reason, and the TPI's composition of Pasal 9 with cells to fill in.

import { tpiReportText } from "../../i18n/tpi-report.js";
import type { AssessedWorkbook } from "../../score/assess.js";
import type { SpecBuilder } from "../../sheet/spec.js";
import { STYLE } from "../common.js";
import type { RankedEntry } from "./entries.js";
import { INPUT } from "./style.js";

export function writeUnreadable(b: SpecBuilder, top: number, unreadable: readonly AssessedWorkbook[], last: number): number {
  if (!unreadable.length) return top;
  const t = tpiReportText.unreadable;
  b.set(top, 0, t.heading(unreadable.length)).style([top, 0], STYLE.section);
  const h = top + 1;
  b.set(h, 0, t.columns.no).set(h, 1, t.columns.file).set(h, 4, t.columns.reason);
  b.merge(h, 1, h, 3).merge(h, 4, h, last).style([h, 0, h, last], STYLE.header);
  let r = h + 1;
  unreadable.forEach((u, i) => {
    b.set(r, 0, i + 1).set(r, 1, u.file).set(r, 4, u.error ?? "");
    b.merge(r, 1, r, 3).merge(r, 4, r, last);
    r++;
  });
  b.style([h + 1, 0, r - 1, last], STYLE.body).style([h + 1, 0, r - 1, 0], STYLE.center);
  return r + 1;
}

/**
 * Consecutive column spans from `start`, each about as wide as its target (at least one column),
 * the last one running to the final column.
 */
export function spansByWidth(widths: readonly number[], start: number, targets: readonly number[]): [number, number][] {
  const last = widths.length - 1;
  const out: [number, number][] = [];
  let col = start;
  targets.forEach((target, i) => {
    const room = last - (targets.length - i); // keep a column for each later span
    let end = col;
    let width = widths[col] ?? 0;
    while (end < room && width + widths[end + 1] / 2 < target) width += widths[++end];
    out.push([col, end]);
    col = end + 1;
  });
  out.push([col, last]);
  return out;
}

/** Pasal 9: a ketua from the PD in charge of oversight, a sekretaris from the organisation unit, one anggota per assessed PD. */
export function writeTeam(b: SpecBuilder, top: number, ranked: readonly RankedEntry[], widths: number[]): number {
  const last = widths.length - 1;
  const t = tpiReportText.team;
  const c = t.columns;
  b.set(top, 0, t.heading).style([top, 0], STYLE.section);
  b.set(top + 1, 0, t.help).style([top + 1, 0], STYLE.note);
  const h = top + 2;
  // NAMA, NIP, JABATAN and ASAL spread over the table's columns, about this wide each (ASAL takes the rest).
  const spans = spansByWidth(widths, 2, [28, 24, 40]);
  b.set(h, 0, c.no).set(h, 1, c.role);
  [c.name, c.nip, c.position, c.origin].forEach((label, i) => b.set(h, spans[i][0], label).merge(h, spans[i][0], h, spans[i][1]));
  b.style([h, 0, h, last], STYLE.header);
  const members: [string, string][] = [
    [t.ketua, t.ketuaOrigin],
    [t.sekretaris, t.sekretarisOrigin],
    ...ranked.map((e): [string, string] => [t.anggota, t.anggotaOrigin(e.agency)]),
  ];
  let r = h + 1;
  members.forEach(([role, origin], i) => {
    b.set(r, 0, i + 1).set(r, 1, role).set(r, spans[3][0], origin);
    for (const [a, z] of spans) b.merge(r, a, r, z);
    r++;
  });
  b.style([h + 1, 0, r - 1, last], STYLE.body).style([h + 1, 0, r - 1, 0], STYLE.center);
  for (const [a, z] of spans) b.style([h + 1, a, r - 1, z], INPUT);
  return r + 1;
}
