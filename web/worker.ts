// The worker side of the page: the same script, started from a Blob URL of its own text. It reviews
// one file per message and answers with the result as plain data, so a large or hostile workbook
// keeps this thread busy, never the page.

import { webText, type PortableReviewed } from "../core/index.js";
import { reviewBlob, type ReviewJob } from "./review-file.js";

export type FromWorker = { type: "ready" } | { type: "result"; id: number; result: PortableReviewed };

/** What the page uses of a dedicated worker's global scope (the DOM lib has no worker types). */
export interface WorkerScope {
  onmessage: ((e: MessageEvent<ReviewJob>) => void) | null;
  postMessage(message: FromWorker): void;
}

export function startWorker(scope: WorkerScope): void {
  scope.onmessage = (e) => {
    const job = e.data;
    void reviewBlob(job)
      // reviewBlob answers every file; should it ever throw, the file still gets an answer.
      .catch((): PortableReviewed => ({ kind: "unreadable", file: job.path, error: webText.crashed }))
      .then((result) => scope.postMessage({ type: "result", id: job.id, result }));
  };
  // Tells the page the script runs here; a browser that refused it never says so.
  scope.postMessage({ type: "ready" });
}
