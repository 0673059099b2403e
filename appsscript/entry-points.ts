// The one registry of what Apps Script must see as top-level functions: triggers, the menu's and
// the sidebar's server functions and the ZI_* custom functions. The build writes a stub with
// JSDoc and real parameters for each entry (Apps Script cannot see into the bundle, and a stub
// without parameters shows no argument help in Sheets).

import { functionDocs, SHEET_FUNCTIONS, uiText, type ActionName } from "../core/index.js";
import { callSheetFunction } from "./functions/custom.js";
import { runAction, selectCell, sidebarInit } from "./server/actions.js";
import { buildMenu, openSidebar, runFromMenu } from "./server/menu.js";
import { errorMessage, isUserFacing } from "./server/errors.js";
import { insertReviewRecaps, keepReviewPiece } from "./server/review.js";
import { ACTION_NAMES } from "./server/form.js";
import { menuFunctionName } from "./sections.js";

export interface ParamDoc {
  name: string;
  type: string;
  description: string;
}

export interface EntryDoc {
  name: string;
  /** JSDoc description lines. */
  description: string[];
  params: ParamDoc[];
  returns?: { type: string; description: string };
  /** A ZI_* function Sheets autocompletes (@customfunction). */
  customFunction?: boolean;
  /** False for a registry function without documentation: the build refuses it. */
  documented: boolean;
}

export interface EntryPoint extends EntryDoc {
  run: (...args: unknown[]) => unknown;
}

/**
 * Server functions called by the sidebar: an unexpected failure becomes one readable Indonesian
 * sentence for the failure handler; messages written for the user pass as they are.
 */
function guarded<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  return (...args: A) => {
    try {
      return fn(...args);
    } catch (e) {
      if (isUserFacing(e)) throw e;
      throw new Error(uiText.unexpected(errorMessage(e)));
    }
  };
}

const openEvent: ParamDoc = { name: "e", type: "Object", description: "The open event (any auth mode)." };

const serverEntries: EntryPoint[] = [
  {
    name: "onOpen", documented: true, params: [openEvent],
    description: ["Adds the Zona Integritas menu when the spreadsheet opens."],
    run: () => buildMenu(),
  },
  {
    name: "onInstall", documented: true, params: [openEvent],
    description: ["Adds the menu right after an install, without reopening the spreadsheet."],
    run: () => buildMenu(),
  },
  {
    name: "ziOpenSidebar", documented: true, params: [],
    description: ["Opens the Zona Integritas sidebar (menu: Buka panel)."],
    run: () => openSidebar(),
  },
  {
    name: "ziSidebarInit", documented: true, params: [],
    description: ["Sidebar start-up: the spreadsheet's time zone and today."],
    returns: { type: "Object", description: "{timeZone, today, year}" },
    run: guarded(() => sidebarInit()),
  },
  {
    name: "ziRunAction", documented: true,
    description: ["Runs a sidebar action (a core host action) and inserts its sheets under free names."],
    params: [
      { name: "name", type: "string", description: "The action: " + ACTION_NAMES.join(", ") + "." },
      { name: "form", type: "Object", description: "The Rencana form {agency, year, predicate, team, carryOfficial}." },
      { name: "asOf", type: "string", description: "As-of day YYYY-MM-DD, or empty for today." },
    ],
    returns: { type: "Object", description: "{ok, message, items, score, inserted}, plain values only." },
    run: guarded((name, form, asOf) => runAction(name, form, asOf)),
  },
  {
    name: "ziKeepReviewPiece", documented: true,
    description: [
      "Periksa berkas kiriman: keeps one piece of the sidebar's review results (every piece but the last) in the user's cache for 10 minutes.",
    ],
    params: [
      { name: "token", type: "string", description: "The review's random token (32 hex digits)." },
      { name: "index", type: "number", description: "The piece's number, from 0." },
      { name: "piece", type: "string", description: "At most 90 KB of the review's JSON text." },
    ],
    returns: { type: "boolean", description: "true once kept." },
    run: guarded((token, index, piece) => keepReviewPiece(token, index, piece)),
  },
  {
    name: "ziInsertReviewRecaps", documented: true,
    description: [
      "Periksa berkas kiriman: joins the review's pieces (the cached ones and the last), then inserts the recap sheets under free names.",
    ],
    params: [
      { name: "token", type: "string", description: "The review's random token (32 hex digits)." },
      { name: "count", type: "number", description: "How many pieces the review has, the last one included." },
      { name: "last", type: "string", description: "The last piece of the review's JSON text." },
      { name: "asOf", type: "string", description: "The day the files were reviewed on, YYYY-MM-DD." },
    ],
    returns: { type: "Object", description: "{ok, message, inserted}, plain values only." },
    run: guarded((token, count, last, asOf) => insertReviewRecaps(token, count, last, asOf)),
  },
  {
    name: "ziSelectCell", documented: true,
    description: ["Selects the cell a finding points to."],
    params: [
      { name: "sheet", type: "string", description: "Sheet name." },
      { name: "cell", type: "string", description: "A1 reference." },
    ],
    returns: { type: "boolean", description: "true once selected." },
    run: guarded((sheet, cell) => selectCell(sheet, cell)),
  },
];

const menuEntries: EntryPoint[] = ACTION_NAMES.map((action: ActionName) => ({
  name: menuFunctionName(action), documented: true, params: [],
  description: [`Menu: ${uiText.buttons[action]}.`],
  run: () => runFromMenu(action),
}));

/** A parameter name usable as a JavaScript identifier ("per tanggal" -> "per_tanggal"). */
export function identifier(name: string): string {
  const id = name.normalize("NFKD").replace(/[^A-Za-z0-9_$]/g, "_");
  return /^[A-Za-z_$]/.test(id) ? id : `_${id}`;
}

const customEntries: EntryPoint[] = Object.keys(SHEET_FUNCTIONS).map((key) => {
  const doc = functionDocs[key];
  return {
    name: `ZI_${key}`,
    customFunction: true,
    documented: doc !== undefined,
    description: doc ? [doc.description.id, `EN: ${doc.description.en}`] : [],
    params: (doc?.params ?? []).map((p) => ({
      name: identifier(p.name),
      type: "*",
      description: `${p.optional ? "(opsional) " : ""}${p.description.id} / ${p.description.en}`,
    })),
    returns: doc ? { type: "*", description: `${doc.returns.id} / ${doc.returns.en}` } : undefined,
    run: (...args: unknown[]) => callSheetFunction(key, args),
  };
});

export const ENTRY_POINTS: readonly EntryPoint[] = [...serverEntries, ...menuEntries, ...customEntries];

/** The metadata the build turns into stubs (everything but the functions). */
export function entryDocs(): EntryDoc[] {
  return ENTRY_POINTS.map(({ run: _run, ...doc }) => doc);
}
