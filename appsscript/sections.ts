// The three sections of the sidebar and the menu, with their actions in the order shown. The
// same grouping as the Excel task pane: Rencana for the PD, Validasi for the Inspektorat,
// Penilaian for the TPI.

import type { ActionName } from "../core/actions/index.js";

export type SectionKey = "rencana" | "validasi" | "penilaian";

export const SECTIONS: readonly { key: SectionKey; actions: readonly ActionName[] }[] = [
  { key: "rencana", actions: ["sisipkanLampiran", "perbaruiLampiran", "periksa", "laporanBerkala"] },
  { key: "validasi", actions: ["validasi"] },
  { key: "penilaian", actions: ["sisipkanLke", "hitungNilai"] },
];

/** Actions that need the Rencana form filled; from the menu they open the sidebar instead. */
export const FORM_ACTIONS: readonly ActionName[] = ["sisipkanLampiran"];

/** The global function a menu item calls for an action: "ziMenuPerbaruiLampiran". */
export function menuFunctionName(action: ActionName): string {
  return `ziMenu${action[0].toUpperCase()}${action.slice(1)}`;
}
