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

async function review(scope: WorkerScope, job: ReviewJob): Promise<void> {
  // reviewBlob answers every file; should it ever throw, the file still gets an answer.
  const result = await reviewBlob(job).catch((): PortableReviewed => ({ kind: "unreadable", file: job.path, error: webText.crashed }));
  scope.postMessage({ type: "result", id: job.id, result });
}

export function startWorker(scope: WorkerScope): void {
  // One message at a time, in the order they came: the page knows which file a dead worker was reading.
  let queue = Promise.resolve();
  scope.onmessage = (e) => {
    const message = e.data;
    queue = queue.then(() => (message.type === "recap" ? recap(scope, message.id, message.request, message.exceljs) : review(scope, message)));
  };
  // Tells the page the script runs here; a browser that refused it never says so.
  scope.postMessage({ type: "ready" });
}
