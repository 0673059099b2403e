// The page: pick or drop files, set the as-of date, zone and kabupaten, watch each file's result
// arrive in the CLI's order, download the two recaps, print the list. The files are read by a
// Reviewer (workers, or the page itself) and results kept as the core's ReviewedFile, so the
// recaps are built from exactly what the CLI builds them from.

import {
  DEFAULT_TIME_ZONE, formatDateId, fromPortable, isoFromSerial, serialFromIso, todaySerial, toPortable, tpiReportText, webText, type ReviewedFile,
} from "../core/index.js";
import { h } from "../ui/dom.js";
import { XLSX_ACCEPT } from "../ui/files.js";
import { comparePaths, fromDrop, fromInput, type PickedFile } from "./files.js";
import { download } from "./download.js";
import type { RecapRequest } from "./recaps.js";
import { startReviewer, type Reviewer } from "./reviewer.js";
import { RecapWriter } from "./writer.js";
import { fileItem, statusLabel, statusOf, type Status } from "./view.js";

interface Row {
  path: string;
  file: File;
  result: ReviewedFile | null;
  item: HTMLLIElement;
}

/** Workers to read with: the page's own thread stays free for drawing; four at most, for memory. */
function workerCount(): number {
  const cores = navigator.hardwareConcurrency || 2;
  return Math.max(1, Math.min(4, cores - 1));
}

export function startPage(source: string): void {
  const app = document.getElementById("app") ?? document.body.appendChild(h("main", { id: "app" }));
  const rows = new Map<string, Row>();
  let queue: Row[] = [];
  let generation = 0;
  let jobId = 0;
  let running = 0;
  let reviewer: Promise<Reviewer> | null = null;
  const writer = new RecapWriter(source);
  let writing = false;
  let asOf = todaySerial(DEFAULT_TIME_ZONE);
  let timeZone = DEFAULT_TIME_ZONE;

  const t = webText;
  const filesInput = h("input", { type: "file", id: "zi-files", multiple: true, accept: XLSX_ACCEPT });
  const folderInput = h("input", { type: "file", id: "zi-folder", webkitdirectory: true, multiple: true });
  const clearButton = h("button", { type: "button", id: "zi-clear", disabled: true }, t.pick.clear);
  const drop = h("div", { class: "drop", id: "zi-drop" },
    h("label", { class: "button" }, t.pick.files, filesInput),
    h("label", { class: "button" }, t.pick.folder, folderInput),
    h("span", { class: "hint" }, t.pick.drop),
    clearButton,
  );
  const dateInput = h("input", { type: "date", id: "zi-as-of", value: isoFromSerial(asOf), required: true });
  const zoneSelect = h("select", { id: "zi-zone" }, ...Object.entries(t.fields.timeZones).map(([zone, label]) => h("option", { value: zone, selected: zone === timeZone }, label)));
  const kabupatenInput = h("input", { type: "text", id: "zi-kabupaten", value: tpiReportText.defaultKabupaten, autocomplete: "off" });
  const dateNote = h("p", { class: "note", id: "zi-date-note" }, t.fields.asOfHelp);
  const options = h("div", { class: "options" },
    h("div", { class: "field" }, h("label", { for: "zi-as-of" }, t.fields.asOf), dateInput, dateNote),
    h("div", { class: "field" }, h("label", { for: "zi-zone" }, t.fields.timeZone), zoneSelect),
    h("div", { class: "field" }, h("label", { for: "zi-kabupaten" }, t.fields.kabupaten), kabupatenInput, h("p", { class: "note" }, t.fields.kabupatenHelp)),
  );
  const validationButton = h("button", { type: "button", id: "zi-recap-validation", class: "primary", disabled: true }, t.buttons.recapValidation);
  const assessmentButton = h("button", { type: "button", id: "zi-recap-assessment", class: "primary", disabled: true }, t.buttons.recapAssessment);
  const printButton = h("button", { type: "button", id: "zi-print" }, t.buttons.print);
  const recapStatus = h("p", { class: "recap-status", id: "zi-recap-status", role: "status" });
  const progress = h("progress", { id: "zi-progress", max: "1", value: "0", hidden: true });
  const status = h("p", { class: "status-line", id: "zi-status", role: "status", "aria-live": "polite" });
  const printLine = h("p", { class: "print-only", id: "zi-print-line" });
  const list = h("ol", { class: "results", id: "zi-results" });

  app.replaceChildren(
    h("header", {}, h("h1", {}, t.title), h("p", { class: "subtitle" }, t.subtitle)),
    h("section", { class: "controls" },
      h("p", { class: "intro" }, t.intro),
      drop,
      options,
      h("div", { class: "actions" }, validationButton, assessmentButton, printButton),
      recapStatus,
    ),
    printLine,
    h("div", { class: "progress" }, progress, status),
    list,
  );

  const sorted = () => [...rows.values()].sort((a, b) => comparePaths(a.path, b.path));

  function refreshStatus(): void {
    const all = [...rows.values()];
    const done = all.filter((r) => r.result).length;
    const reading = done < all.length;
    app.dataset.state = !all.length ? "empty" : reading ? "reading" : "done";
    app.dataset.done = String(done);
    app.dataset.total = String(all.length);
    progress.hidden = !reading;
    progress.max = Math.max(1, all.length);
    progress.value = done;
    if (!all.length) status.textContent = "";
    else if (reading) status.textContent = `${t.reading} ${t.progress(done, all.length)}`;
    else {
      const counts = new Map<Status, number>();
      for (const r of all) counts.set(statusOf(r.result), (counts.get(statusOf(r.result)) ?? 0) + 1);
      const parts = (["complete", "incomplete", "unreadable", "lke", "own"] as Status[]).filter((s) => counts.get(s)).map((s) => t.count(counts.get(s)!, statusLabel(s)));
      status.textContent = `${t.allRead(all.length)} ${t.totals(parts)}`;
    }
    const ready = all.length > 0 && !reading && !writing;
    validationButton.disabled = !ready;
    assessmentButton.disabled = !ready;
    clearButton.disabled = !all.length;
    printLine.textContent = t.printedAt(formatDateId(asOf));
  }

  function redraw(): void {
    list.replaceChildren(...sorted().map((r) => r.item));
    refreshStatus();
  }

  function show(row: Row): void {
    const item = fileItem(row.path, row.result);
    row.item.replaceWith(item);
    row.item = item;
  }

  function ensureReviewer(): Promise<Reviewer> {
    reviewer ??= startReviewer(source, workerCount()).then((r) => {
      app.dataset.reader = r.mode;
      return r;
    });
    return reviewer;
  }

  async function pump(): Promise<void> {
    const r = await ensureReviewer();
    while (running < r.size && queue.length) {
      const row = queue.shift()!;
      const gen = generation;
      running++;
      void r.review({ id: ++jobId, path: row.path, file: row.file, asOf, timeZone }).then((portable) => {
        running--;
        // The next file goes to the worker before this one is drawn: reading never waits on drawing.
        void pump();
        // A result for a file since replaced, removed or re-read with another date is dropped.
        if (gen === generation && rows.get(row.path) === row) {
          row.result = fromPortable(portable);
          show(row);
          refreshStatus();
        }
      });
    }
  }

  function add(picked: PickedFile[]): void {
    for (const p of picked) {
      // The same path picked again is the newer file: read again.
      const row: Row = { path: p.path, file: p.file, result: null, item: fileItem(p.path, null) };
      queue = queue.filter((q) => q.path !== p.path);
      rows.set(p.path, row);
      queue.push(row);
    }
    queue.sort((a, b) => comparePaths(a.path, b.path));
    redraw();
    void pump();
  }

  /** Every file read again: the date or the zone changed what the findings say. */
  function rereadAll(): void {
    generation++;
    for (const row of rows.values()) {
      row.result = null;
      row.item = fileItem(row.path, null);
    }
    queue = sorted();
    redraw();
    void pump();
  }

  filesInput.addEventListener("change", () => {
    add(fromInput(filesInput.files));
    filesInput.value = "";
  });
  folderInput.addEventListener("change", () => {
    const picked = fromInput(folderInput.files);
    recapStatus.textContent = picked.length ? "" : t.pick.emptyFolder;
    add(picked);
    folderInput.value = "";
  });
  clearButton.addEventListener("click", () => {
    generation++;
    rows.clear();
    queue = [];
    recapStatus.textContent = "";
    redraw();
  });

  // A file dropped beside the zone would make the browser open it instead of the page reading it
  // (text dragged into a field is left alone).
  for (const type of ["dragover", "drop"] as const) {
    document.addEventListener(type, (e) => {
      if (e.dataTransfer?.types.includes("Files")) e.preventDefault();
    });
  }
  drop.addEventListener("dragover", () => drop.classList.add("over"));
  drop.addEventListener("dragleave", () => drop.classList.remove("over"));
  drop.addEventListener("drop", (e) => {
    drop.classList.remove("over");
    if (!e.dataTransfer) return;
    void fromDrop(e.dataTransfer).then((picked) => {
      recapStatus.textContent = picked.length ? "" : t.pick.emptyFolder;
      add(picked);
    });
  });

  dateInput.addEventListener("change", () => {
    const serial = serialFromIso(dateInput.value);
    dateNote.textContent = serial === null ? t.fields.badDate : t.fields.asOfHelp;
    dateNote.classList.toggle("error", serial === null);
    if (serial === null || serial === asOf) return;
    asOf = serial;
    rereadAll();
  });
  zoneSelect.addEventListener("change", () => {
    timeZone = zoneSelect.value;
    rereadAll();
  });

  async function recap(button: HTMLButtonElement, kind: RecapRequest["kind"], name: string): Promise<void> {
    const files = sorted().map((r) => r.result).filter((r): r is ReviewedFile => r !== null).map((r) => toPortable(r));
    writing = true;
    button.setAttribute("aria-busy", "true");
    refreshStatus();
    recapStatus.textContent = t.recapBusy;
    try {
      download(await writer.write({ kind, files, asOf, kabupaten: kabupatenInput.value }), name);
      recapStatus.textContent = t.recapReady(name);
    } catch (e) {
      recapStatus.textContent = t.recapFailed(e instanceof Error ? e.message : String(e));
    } finally {
      writing = false;
      button.removeAttribute("aria-busy");
      app.dataset.writer = writer.mode ?? "";
      refreshStatus();
    }
  }
  validationButton.addEventListener("click", () => void recap(validationButton, "validation", t.recapFile.validation(isoFromSerial(asOf))));
  assessmentButton.addEventListener("click", () => void recap(assessmentButton, "assessment", t.recapFile.assessment(isoFromSerial(asOf))));

  // Printed, every file's findings are open: what was closed on screen is closed again after.
  // Some print paths announce themselves twice; the first announcement's list is the one kept.
  let closed: HTMLDetailsElement[] | null = null;
  window.addEventListener("beforeprint", () => {
    if (closed) return;
    closed = [...list.querySelectorAll("details")].filter((d) => !d.open);
    for (const d of closed) d.open = true;
  });
  window.addEventListener("afterprint", () => {
    for (const d of closed ?? []) d.open = false;
    closed = null;
  });
  printButton.addEventListener("click", () => window.print());

  redraw();
  document.body.dataset.rendered = "true";
  performance.mark("zi-rendered");
  // The reading workers start once the page is drawn and idle, so the first files picked do not
  // wait for them.
  const idle = (window as { requestIdleCallback?: (f: () => void, o?: { timeout: number }) => void }).requestIdleCallback;
  if (idle) idle(() => void ensureReviewer(), { timeout: 2000 });
  else setTimeout(() => void ensureReviewer(), 500);
}
