// What a plan holds, independent of where it is written: the Lampiran's editable parts, the
// team, and the monitoring values of each rencana aksi, keyed by its catalog id.

import type { Catalog } from "../catalog/index.js";
import { DEFAULT_TIME_ZONE } from "../dates/zone.js";
import type { CellValue } from "../sheet/types.js";

export type Predicate = "WBK" | "WBBM";

/** The monitoring columns of a rencana aksi row, in sheet order. */
export const VALUE_ROLES = ["target", "owner", "status", "doneOn", "evidence", "notes"] as const;
export type ValueRole = (typeof VALUE_ROLES)[number];

export type ActionValues = Record<ValueRole, CellValue> & {
  /** Columns a user added to the plan table, by their header text. */
  extra: Record<string, CellValue>;
};

export interface TeamMember {
  role: "ketua" | "anggota";
  name: CellValue;
  nip: CellValue;
  position: CellValue;
}

export interface Signature {
  placeDate: CellValue;
  title: CellValue;
  name: CellValue;
  nip: CellValue;
}

export interface PlanDocument {
  agency: string;
  year: number | null;
  predicate: Predicate | null;
  dasar: CellValue[];
  maksud: CellValue;
  tujuan: CellValue[];
  /** Always five slots: the ketua, then four anggota (Pasal 5). */
  team: TeamMember[];
  signature: Signature;
  /** Monitoring values by action id; ids absent here are written blank. */
  actions: Record<string, ActionValues>;
  /** Headers of the columns a user added after KETERANGAN, in order. */
  extraColumns: string[];
  /** The spreadsheet's time zone: Date values are read in it. */
  timeZone: string;
}

export interface NewPlanInput {
  agency: string;
  year: number;
  predicate?: Predicate | null;
  team?: Partial<Pick<TeamMember, "name" | "nip" | "position">>[];
  head?: { name?: string; nip?: string };
  timeZone?: string;
}

export function blankActionValues(): ActionValues {
  return { target: null, owner: null, status: null, doneOn: null, evidence: null, notes: null, extra: {} };
}

export function emptyTeam(): TeamMember[] {
  return [0, 1, 2, 3, 4].map((i) => ({ role: i === 0 ? "ketua" : "anggota", name: null, nip: null, position: null }));
}

/** A fresh plan with the Lampiran's pre-filled texts (Dasar, Maksud, Tujuan from Pasal 2). */
export function newPlanDocument(input: NewPlanInput, catalog: Catalog): PlanDocument {
  const team = emptyTeam();
  (input.team ?? []).slice(0, 5).forEach((m, i) => {
    team[i] = { ...team[i], name: m.name ?? null, nip: m.nip ?? null, position: m.position ?? null };
  });
  return {
    agency: input.agency.trim(),
    year: input.year,
    predicate: input.predicate ?? null,
    dasar: [...catalog.document.dasarDefaults],
    maksud: catalog.document.maksud,
    tujuan: [...catalog.document.tujuan],
    team,
    signature: {
      placeDate: null,
      title: null,
      name: input.head?.name ?? null,
      nip: input.head?.nip ?? null,
    },
    actions: {},
    extraColumns: [],
    timeZone: input.timeZone ?? DEFAULT_TIME_ZONE,
  };
}
