// Task pane entry: draws the page at once, then waits for Office. Inside Excel every button runs
// its core host action in one Excel.run, once Excel says it has the API version the button needs;
// anywhere else the page says it needs Excel.

import type { ActionName } from "../../core/actions/index.js";
import { asOfDay } from "../../core/dates/zone.js";
import { addinText } from "../../core/i18n/addin.js";
import { uiText } from "../../core/i18n/ui.js";
import { hasRecaps, reviewLines, reviewMessage, reviewSources } from "../../core/review/index.js";
import { runAction, selectCell } from "../excel/actions.js";
import { browserTimeZone } from "../excel/read.js";
import { REVIEW_VERSION, unsupportedActions } from "../excel/requirements.js";
import { insertReviewRecaps } from "../excel/review.js";
import { fileSource, nextFrame } from "../../ui/files.js";
import { PaneView, readInput } from "./view.js";

function detail(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e);
  return text.trim() || "?";
}

let running = false;

async function run(name: ActionName): Promise<void> {
  // A double click, or a second button while the first works, does nothing: one action at a time.
  if (running) return;
  running = true;
  view.busy(name);
  try {
    const input = readInput();
    const outcome = await Excel.run((context) => runAction(context, name, input));
    view.show(name, outcome);
  } catch (e) {
    view.error(name, uiText.unexpected(detail(e)));
  } finally {
    running = false;
    view.busy(null);
  }
}

/**
 * "Periksa berkas kiriman…": the picked files are read and reviewed here in the pane, one at a
 * time with the page drawn in between; then one Excel.run inserts the recap sheets.
 */
async function review(picked: File[]): Promise<void> {
  if (running) return;
  running = true;
  view.busy("kiriman");
  try {
    const timeZone = browserTimeZone();
    const asOf = asOfDay(readInput().asOf, timeZone);
    const files = await reviewSources(picked.map(fileSource), { asOf, timeZone }, {
      progress: (i, n, name) => view.reviewProgress(i, n, name),
      pause: nextFrame,
    });
    const lines = reviewLines(files);
    let inserted: string[] = [];
    if (hasRecaps(files)) {
      try {
        inserted = await Excel.run((context) => insertReviewRecaps(context, files, asOf));
      } catch (e) {
        // The files were read: their lines stay, with what went wrong in Excel.
        view.showReview({ ok: false, message: uiText.unexpected(detail(e)), inserted: [], lines });
        return;
      }
    }
    view.showReview({ ok: true, message: reviewMessage(files), inserted, lines });
  } catch (e) {
    view.reviewError(uiText.unexpected(detail(e)));
  } finally {
    running = false;
    view.busy(null);
  }
}

/** A finding's link: selects its cell, or says in the action's section that the sheet is gone. */
async function select(from: ActionName, sheet: string, cell: string): Promise<void> {
  try {
    const found = await Excel.run((context) => selectCell(context, sheet, cell));
    if (!found) view.notice(from, addinText.sheetGone(sheet));
  } catch (e) {
    view.notice(from, uiText.unexpected(detail(e)));
  }
}

const view = new PaneView(document.getElementById("app")!, {
  run: (name) => void run(name),
  select: (from, sheet, cell) => void select(from, sheet, cell),
  review: (files) => void review(files),
});
performance.mark("zi-rendered");
document.body.dataset.rendered = "true";

if (typeof Office === "undefined") view.outsideExcel();
else {
  void Office.onReady().then((info) => {
    if (info.host !== Office.HostType.Excel) return view.outsideExcel();
    // Buttons whose ExcelApi this Excel lacks stay off with a sentence saying so, instead of failing with ApiNotFound.
    const supports = (name: string, version: string) => Office.context.requirements.isSetSupported(name, version);
    view.connected(unsupportedActions(supports), supports("ExcelApi", REVIEW_VERSION));
  });
}
