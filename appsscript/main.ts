// The bundle's entry: esbuild wraps everything under the global ZI, and the generated stubs at
// the end of Code.js call ZI.entry.<name>. ZI.internal is for tests and the bench (a catalog can
// be passed in); nothing in Apps Script calls it.

import { LAMPIRAN_I } from "../core/index.js";
import { ENTRY_POINTS, entryDocs } from "./entry-points.js";
import { callSheetFunction, scriptTimeZone } from "./functions/custom.js";
import { insertAll, runAction, selectCell, sidebarInit } from "./server/actions.js";
import { applySheetSpec } from "./server/apply.js";
import { runFromMenu, summaryText } from "./server/menu.js";
import { readWorkbook } from "./server/read.js";

export const entry: Record<string, (...args: unknown[]) => unknown> = Object.fromEntries(ENTRY_POINTS.map((e) => [e.name, e.run]));

export { entryDocs };

export const internal = {
  applySheetSpec, insertAll, readWorkbook, runAction, runFromMenu, selectCell, sidebarInit, callSheetFunction, scriptTimeZone, summaryText, LAMPIRAN_I,
};
