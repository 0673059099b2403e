// Who reads the picked files: a few workers started from a Blob URL of the page's own script, so
// the page stays responsive whatever the files hold; or, when the browser refuses a worker (a
// policy, an old browser), the page itself, one file at a time, giving the event loop a turn
// between files so the progress and the results already read still draw.

import { webText, type PortableReviewed } from "../core/index.js";
import { reviewBlob, type ReviewJob } from "./review-file.js";
import type { FromWorker, ToWorker } from "./worker.js";

export interface Reviewer {
  mode: "worker" | "main";
  /** How many files it reads at the same time. */
  size: number;
  review(job: ReviewJob): Promise<PortableReviewed>;
  close(): void;
}

/** How long a new worker may take to say it runs before the page reads the files itself. */
const START_TIMEOUT_MS = 10_000;

/** The page's own script as a Blob URL a worker can start from. */
export function scriptUrl(source: string): string {
  return URL.createObjectURL(new Blob([source], { type: "text/javascript" }));
}

/** A worker running the script at `url`, once it says it runs; rejected when the browser refuses it. */
export function startWorkerAt(url: string): Promise<Worker> {
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      worker = new Worker(url);
    } catch (e) {
      reject(e);
      return;
    }
    const timer = setTimeout(() => fail(new Error("timeout")), START_TIMEOUT_MS);
    const fail = (e: unknown) => {
      clearTimeout(timer);
      worker.terminate();
      reject(e);
    };
    worker.onerror = (e) => {
      e.preventDefault();
      fail(new Error(e.message || "worker error"));
    };
    worker.onmessage = (e: MessageEvent<FromWorker>) => {
      if (e.data.type !== "ready") return;
      clearTimeout(timer);
      worker.onerror = null;
      worker.onmessage = null;
      resolve(worker);
    };
  });
}

class WorkerPool implements Reviewer {
  readonly mode = "worker";
  private idle: Worker[] = [];
  private waiting: ((w: Worker | null) => void)[] = [];
  private alive: number;
  private closed = false;

  constructor(private readonly url: string, first: Worker, readonly size: number) {
    this.idle.push(first);
    this.alive = size;
    // The others start while the first reads; one that fails to start leaves the pool smaller.
    for (let i = 1; i < size; i++) void startWorkerAt(url).then((w) => this.give(w), () => this.lose());
  }

  /** A free worker; null once none is left (the page then reads itself). */
  private take(): Promise<Worker | null> {
    const w = this.idle.pop();
    if (w) return Promise.resolve(w);
    if (this.alive <= 0) return Promise.resolve(null);
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private give(w: Worker): void {
    if (this.closed) {
      w.terminate();
      return;
    }
    const next = this.waiting.shift();
    if (next) next(w);
    else this.idle.push(w);
  }

  private lose(): void {
    this.alive--;
    if (this.alive > 0) return;
    for (const next of this.waiting.splice(0)) next(null);
  }

  async review(job: ReviewJob): Promise<PortableReviewed> {
    const worker = await this.take();
    if (!worker) return mainThreadReviewer.review(job);
    return new Promise((resolve) => {
      worker.onmessage = (e: MessageEvent<FromWorker>) => {
        if (e.data.type !== "result" || e.data.id !== job.id) return;
        worker.onmessage = worker.onerror = null;
        this.give(worker);
        resolve(e.data.result);
      };
      // A worker that dies on a file (out of memory) takes only that file with it: a new one reads on.
      worker.onerror = (e) => {
        e.preventDefault();
        worker.onmessage = worker.onerror = null;
        worker.terminate();
        void startWorkerAt(this.url).then((w) => this.give(w), () => this.lose());
        resolve({ kind: "unreadable", file: job.path, error: webText.crashed });
      };
      const message: ToWorker = { type: "review", ...job };
      worker.postMessage(message);
    });
  }

  close(): void {
    this.closed = true;
    for (const w of this.idle) w.terminate();
    this.idle = [];
    URL.revokeObjectURL(this.url);
  }
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The page reads the files itself: one at a time, each after a turn of the event loop. */
export const mainThreadReviewer: Reviewer = {
  mode: "main",
  size: 1,
  async review(job) {
    await yieldToEventLoop();
    return reviewBlob(job);
  },
  close() {},
};

/**
 * Workers running `source` (the page's own script), `size` of them; the page itself when the
 * browser will not start one.
 */
export async function startReviewer(source: string, size: number): Promise<Reviewer> {
  let url: string;
  try {
    url = scriptUrl(source);
  } catch {
    return mainThreadReviewer;
  }
  try {
    return new WorkerPool(url, await startWorkerAt(url), size);
  } catch {
    URL.revokeObjectURL(url);
    return mainThreadReviewer;
  }
}
