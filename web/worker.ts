// The worker side of the page: the same script, started from a Blob URL of its own text. A reading
// worker reviews one file per message and answers with the result as plain data; the recap worker
// writes a recap's .xlsx bytes. A large or hostile workbook, or a recap of many sheets, keeps this
// thread busy, never the page.

import { webText, type PortableReviewed } from "../core/index.js";
import { importExcelJs } from "./exceljs.js";
import { recapBytes, type RecapRequest } from "./recaps.js";
import { reviewBlob, type ReviewJob } from "./review-file.js";

export type ToWorker =
  | ({ type: "review" } & ReviewJob)
  | { type: "recap"; id: number; request: RecapRequest; exceljs: string };

export type FromWorker =
  | { type: "ready" }
  | { type: "result"; id: number; result: PortableReviewed }
  | { type: "recap"; id: number; bytes: ArrayBuffer }
  | { type: "recapFailed"; id: number; message: string };

/** What the page uses of a dedicated worker's global scope (the DOM lib has no worker types). */
export interface WorkerScope {
  onmessage: ((e: MessageEvent<ToWorker>) => void) | null;
  postMessage(message: FromWorker, transfer?: Transferable[]): void;
  importScripts(url: string): void;
}

async function recap(scope: WorkerScope, id: number, request: RecapRequest, exceljs: string): Promise<void> {
  try {
    const bytes = await recapBytes(request, importExcelJs(exceljs, (url) => scope.importScripts(url)));
    scope.postMessage({ type: "recap", id, bytes }, [bytes]);
  } catch (e) {
    scope.postMessage({ type: "recapFailed", id, message: e instanceof Error ? e.message : String(e) });
  }
}

export function startWorker(scope: WorkerScope): void {
  scope.onmessage = (e) => {
    const message = e.data;
    if (message.type === "recap") {
      void recap(scope, message.id, message.request, message.exceljs);
      return;
    }
    void reviewBlob(message)
      // reviewBlob answers every file; should it ever throw, the file still gets an answer.
      .catch((): PortableReviewed => ({ kind: "unreadable", file: message.path, error: webText.crashed }))
      .then((result) => scope.postMessage({ type: "result", id: message.id, result }));
  };
  // Tells the page the script runs here; a browser that refused it never says so.
  scope.postMessage({ type: "ready" });
}
