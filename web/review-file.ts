// One picked file reviewed, wherever it runs (the page's worker, or the page itself when the browser
// refuses the worker): refused by its size before its bytes are read, then read and reviewed by the
// core exactly as `zi validasi` and `zi nilai` review a file, and turned into plain data that a
// worker can post to the window.

import { filesText, MAX_FILE_BYTES, reviewXlsx, toPortable, webText, type PortableReviewed } from "../core/index.js";

export interface ReviewJob {
  id: number;
  path: string;
  file: Blob;
  /** As-of day (serial) for overdue and due-soon findings. */
  asOf: number;
  timeZone: string;
}

const MB = 2 ** 20;

export async function reviewBlob(job: ReviewJob): Promise<PortableReviewed> {
  // A 2 GB file would cost its whole size in memory before the reader could refuse it.
  if (job.file.size > MAX_FILE_BYTES) {
    return { kind: "unreadable", file: job.path, error: filesText.tooLarge(Math.ceil(job.file.size / MB), MAX_FILE_BYTES / MB) };
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await job.file.arrayBuffer());
  } catch (e) {
    // The file was moved or deleted after it was picked.
    return { kind: "unreadable", file: job.path, error: webText.notRead(e instanceof Error ? e.name : String(e)) };
  }
  return toPortable(reviewXlsx(job.path, bytes, { asOf: job.asOf, timeZone: job.timeZone }));
}
