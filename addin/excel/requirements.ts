// Which Excel can run which button. The manifest declares the highest ExcelApi version the code
// needs, so Office offers the add-in only where everything works; the pane still asks Excel at
// start-up (Office.context.requirements.isSetSupported), because it cannot know which manifest
// loaded it: a copy deployed before this one declared only SharedRuntime, and such an Excel
// would install the add-in and then fail with ApiNotFound. Each figure below is derived from the
// Office.js members the code uses (test/addin/requirements.test.ts keeps them true).

import { HOST_ACTIONS, type ActionName } from "../../core/actions/index.js";

/** addinText.unsupported names the Excel builds that bring ExcelApi 1.13: revisit it when `read` changes. */
export const EXCEL_API = {
  /** readWorkbook: Range.getMergedAreasOrNullObject is ExcelApi 1.13. */
  read: "1.13",
  /** applySheetSpecs: Worksheet.getRanges, RangeAreas and Worksheet.pageLayout are ExcelApi 1.9. */
  write: "1.9",
} as const;

/** "Periksa berkas kiriman…" reads files in the pane, not the workbook: it only inserts the recap sheets. */
export const REVIEW_VERSION = EXCEL_API.write;

/** The requirement set a button needs: every button may insert sheets, and most read the workbook first. */
export function versionFor(action: ActionName): string {
  return HOST_ACTIONS[action].reads ? EXCEL_API.read : EXCEL_API.write;
}

/** "1.13" > "1.9": versions compare part by part, as numbers. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

export type IsSetSupported = (name: string, minVersion: string) => boolean;

export interface Unsupported {
  /** Buttons this Excel cannot run. */
  actions: ActionName[];
  /** The ExcelApi version that brings them all back: the highest they need. */
  version: string;
}

/** The buttons whose ExcelApi version this Excel does not support; null when it runs them all. */
export function unsupportedActions(isSetSupported: IsSetSupported, actions: readonly ActionName[] = Object.keys(HOST_ACTIONS) as ActionName[]): Unsupported | null {
  const missing = actions.filter((a) => !isSetSupported("ExcelApi", versionFor(a)));
  if (!missing.length) return null;
  const versions = [...new Set(missing.map(versionFor))].sort(compareVersions);
  return { actions: missing, version: versions[versions.length - 1] };
}
