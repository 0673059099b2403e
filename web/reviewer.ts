// Who reads the picked files: a few workers started from a Blob URL of the page's own script, so
// the page stays responsive whatever the files hold; or, when the browser refuses a worker (a
// policy, an old browser), the page itself, one file at a time, giving the event loop a turn
// between files so the progress and the results already read still draw.

import { webText, type PortableReviewed } from "../core/index.js";
import { reviewBlob, type ReviewJob } from "./review-file.js";
import type { FromWorker, ToWorker } from "./worker.js";

export interface Reviewer {
  mode: "worker" | "main";
  /** How many files it takes at once. */
  readonly size: number;
  review(job: ReviewJob): Promise<PortableReviewed>;
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

interface Pending {
  job: ReviewJob;
  resolve: (result: PortableReviewed) => void;
}

interface Slot {
  worker: Worker;
  /** Handed to this worker, oldest first: it reads them in that order, so the first is the one it is reading. */
  pending: Pending[];
}

/**
 * Files handed to one worker at a time: when it is done with one, the next is already there, so
 * reading never waits for the page to draw a result and send another file.
 */
const DEPTH = 2;

class WorkerPool implements Reviewer {
  readonly mode = "worker";
  private slots: Slot[] = [];
  private waiting: Pending[] = [];
  private starting = 0;

  constructor(private readonly url: string, first: Worker, workers: number) {
    this.add(first);
    // The others start while the first reads; one that fails to start leaves the pool smaller.
    for (let i = 1; i < workers; i++) this.spawn();
  }

  get size(): number {
    return Math.max(1, this.slots.length + this.starting) * DEPTH;
  }

  review(job: ReviewJob): Promise<PortableReviewed> {
    return new Promise((resolve) => {
      this.waiting.push({ job, resolve });
      this.dispatch();
    });
  }

  private spawn(): void {
    this.starting++;
    void startWorkerAt(this.url).then(
      (w) => {
        this.starting--;
        this.add(w);
      },
      () => {
        this.starting--;
        this.dispatch();
      },
    );
  }

  private add(worker: Worker): void {
    const slot: Slot = { worker, pending: [] };
    worker.onmessage = (e: MessageEvent<FromWorker>) => {
      const m = e.data;
      if (m.type !== "result") return;
      const at = slot.pending.findIndex((p) => p.job.id === m.id);
      if (at < 0) return;
      const [done] = slot.pending.splice(at, 1);
      done.resolve(m.result);
      this.dispatch();
    };
    worker.onerror = (e) => {
      e.preventDefault();
      this.fail(slot);
    };
    this.slots.push(slot);
    this.dispatch();
  }

  /** A worker that died on a file (out of memory) takes only that file with it; the files behind it go to another. */
  private fail(slot: Slot): void {
    slot.worker.onmessage = slot.worker.onerror = null;
    slot.worker.terminate();
    this.slots = this.slots.filter((s) => s !== slot);
    const [reading, ...behind] = slot.pending;
    reading?.resolve({ kind: "unreadable", file: reading.job.path, error: webText.crashed });
    this.waiting.unshift(...behind);
    this.spawn();
  }

  private dispatch(): void {
    while (this.waiting.length) {
      const slot = this.slots.filter((s) => s.pending.length < DEPTH).sort((a, b) => a.pending.length - b.pending.length)[0];
      if (!slot) {
        // No worker is left and none is coming: the page reads the rest itself.
        if (!this.slots.length && !this.starting) for (const p of this.waiting.splice(0)) void mainThreadReviewer.review(p.job).then(p.resolve);
        return;
      }
      const next = this.waiting.shift()!;
      slot.pending.push(next);
      const message: ToWorker = { type: "review", ...next.job };
      slot.worker.postMessage(message);
    }
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
