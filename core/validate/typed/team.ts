// The Tim Pembangunan ZI of a hand-typed plan (Pasal 5: 1 ketua, 4 anggota), when the sheet has
// one: a table with KEDUDUKAN DALAM TIM and NAMA columns, or "Ketua" / "Anggota" label rows.

import { emptyTeam, type TeamMember } from "../../plan/model.js";
import { cellRef } from "../../sheet/a1.js";
import type { CellValue, Grid } from "../../sheet/types.js";
import { cellText, isBlank } from "../../sheet/values.js";
import { teamHeaderAt } from "./headers.js";

export interface TypedTeam {
  found: boolean;
  /** The team block's first cell (its header or first label). */
  cell: string | null;
  team: TeamMember[];
}

type Role = TeamMember["role"];

const ROLE_WORD = /ketua|anggota|sekretaris/i;

/** "Ketua", "Ketua Tim", "Anggota 2", "Anggota Tim"; a secretary or deputy sits in the team as an anggota. */
function roleOf(v: CellValue | undefined): Role | null {
  // Asked of every short cell outside the plan's rows: one test without allocating turns most away.
  if (typeof v !== "string" || v.length > 40 || !ROLE_WORD.test(v)) return null;
  const t = cellText(v).toLowerCase().replace(/[^a-z0-9 ]+/g, " ").replace(/\s+/g, " ").trim();
  if (/^ketua(?: tim)?(?: pembangunan zi| zi)?$/.test(t)) return "ketua";
  if (/^(?:anggota|wakil ketua|sekretaris)(?: tim)?(?: \d)?$/.test(t)) return "anggota";
  return null;
}

function place(team: TeamMember[], role: Role, member: Omit<TeamMember, "role">): void {
  if (role === "ketua" && isBlank(team[0].name)) {
    team[0] = { role, ...member };
    return;
  }
  const slot = team.findIndex((m, i) => i > 0 && isBlank(m.name));
  if (slot > 0) team[slot] = { role: "anggota", ...member };
}

function nameRightOf(row: readonly CellValue[], c: number): CellValue {
  for (let k = c + 1; k < Math.min(row.length, c + 5); k++) {
    const t = cellText(row[k]).replace(/^:\s*/, "");
    if (t && t !== ":") return t;
  }
  return null;
}

/** Reads the team; rows marked in `skip` (the plan's own rows, 1 by row index) are never taken for team rows. */
export function readTypedTeam(grid: Grid, skip: Uint8Array): TypedTeam {
  const out: TypedTeam = { found: false, cell: null, team: emptyTeam() };
  const n = grid.values.length;
  for (let r = 0; r < n; r++) {
    if (skip[r]) continue;
    const row = grid.values[r] ?? [];
    const header = teamHeaderAt(row);
    if (header) {
      out.found = true;
      out.cell ??= cellRef(r, header.role);
      for (let k = r + 1; k < n && k <= r + 12; k++) {
        const body = grid.values[k] ?? [];
        const role = roleOf(body[header.role]);
        if (!role) {
          if (body.every((v) => isBlank(v))) break;
          continue;
        }
        const at = (c: number | null) => (c === null ? null : body[c] ?? null);
        place(out.team, role, { name: isBlank(at(header.name)) ? null : at(header.name), nip: at(header.nip), position: at(header.position) });
      }
      return out;
    }
    for (let c = 0; c < row.length; c++) {
      const role = roleOf(row[c]);
      if (!role) continue;
      out.found = true;
      out.cell ??= cellRef(r, c);
      place(out.team, role, { name: nameRightOf(row, c), nip: null, position: null });
      break;
    }
  }
  return out;
}
